"""Time bands of an agile day (contact band, disconnection band): parsing "HH:MM", lengths across midnight,
and the checks the law asks of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.domain.flexwork.legal import DAILY_REST_HOURS, figure

_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class Band:
    start: time
    end: time  # may be earlier than start: the band runs past midnight

    @property
    def minutes(self) -> int:
        length = _minutes(self.end) - _minutes(self.start)
        return length if length > 0 else length + DAY_MINUTES

    def covers(self, minute: int) -> bool:
        start, end = _minutes(self.start), _minutes(self.end)
        if start < end:
            return start <= minute < end
        return minute >= start or minute < end

    def overlaps(self, other: Band) -> bool:
        return any(self.covers(m) and other.covers(m) for m in range(0, DAY_MINUTES, 5))

    @property
    def text(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def parse_time(text: str) -> time | None:
    match = _TIME.match(text or "")
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


def parse_band(start: str, end: str, field: str, label: str) -> tuple[Band | None, list[FieldError]]:
    """A band typed as two "HH:MM" texts; both empty means no band."""
    if not (start or "").strip() and not (end or "").strip():
        return None, []
    begin, finish = parse_time(start), parse_time(end)
    if begin is None or finish is None:
        return None, [FieldError.coded(field, "flexwork.bands.times_unreadable", label=label)]
    if begin == finish:
        return None, [FieldError.coded(field, "flexwork.bands.empty_band", label=label)]
    return Band(begin, finish), []


def band_problems(contact: Band | None, disconnection: Band | None, contact_required: bool,
                  on: date, prefix: str = "") -> list[FieldError]:
    """The rules on the two bands: the disconnection band is mandatory and covers the daily rest; a contact
    band where the collective agreement requires one; the worker is never to be reached while disconnected."""
    errors = []
    rest_hours = figure(DAILY_REST_HOURS, on)
    if disconnection is None:
        errors.append(FieldError.coded(f"{prefix}disconnection", "flexwork.bands.disconnection_required"))
    elif disconnection.minutes < rest_hours * 60:
        hours = f"{disconnection.minutes / 60:g}".replace(".", ",")
        errors.append(FieldError.coded(f"{prefix}disconnection", "flexwork.bands.rest_not_covered", hours=hours,
                                       rest_hours=rest_hours))
    if contact is None and contact_required:
        errors.append(FieldError.coded(f"{prefix}contact", "flexwork.bands.contact_required"))
    if contact is not None and disconnection is not None and contact.overlaps(disconnection):
        errors.append(FieldError.coded(f"{prefix}contact", "flexwork.bands.contact_in_disconnection"))
    return errors
