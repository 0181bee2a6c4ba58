"""The office's clock: moments are stored in UTC and read, dated and printed in Italian time.

The time-zone database ships with the program (the `tzdata` package), so Windows PCs, which have none
that Python can read, give the same dates as the server.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Europe/Rome")


def office_time(moment: datetime) -> datetime:
    """`moment` (timezone-aware) on the office's clock."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a stored moment must carry its time zone")
    return moment.astimezone(OFFICE_TZ)


def office_day(moment: datetime) -> date:
    return office_time(moment).date()


def office_text(moment: datetime) -> str:
    """`dd/mm/yyyy HH:MM` in Italian time, as acts and screens write it."""
    return office_time(moment).strftime("%d/%m/%Y %H:%M")
