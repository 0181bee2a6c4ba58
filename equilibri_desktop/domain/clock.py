"""The one office clock: every "now" and "today" of the program comes from here, in Europe/Rome.

Services, documents and screens ask `utc_now()` / `office_now()` / `office_today()`; tests replace the
clock with `use_clock(FixedClock(...))` instead of waiting on, or racing, the machine's wall clock (a
protocol number taken at 23:30 UTC on 31 December belongs to the next year in Rome).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from equilibri_desktop.domain.office_time import OFFICE_TZ


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that moves only when told to: `advance(minutes=10)`, `set(moment)`."""

    def __init__(self, moment: datetime):
        self.set(moment)

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=OFFICE_TZ)
        self._moment = moment.astimezone(UTC)

    def advance(self, **delta: float) -> None:
        self._moment += timedelta(**delta)

    def now(self) -> datetime:
        return self._moment


_clock: Clock = SystemClock()


def current_clock() -> Clock:
    return _clock


def set_clock(clock: Clock) -> Clock:
    """Install `clock`; returns the one it replaces."""
    global _clock
    previous, _clock = _clock, clock
    return previous


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)


def utc_now() -> datetime:
    """Now, in UTC: what the database stores."""
    return _clock.now().astimezone(UTC)


def office_now() -> datetime:
    """Now on the office's clock (Europe/Rome)."""
    return _clock.now().astimezone(OFFICE_TZ)


def office_today() -> date:
    """Today in Italy: the date acts, protocols, deadlines and default dates use."""
    return office_now().date()
