"""Hours, the minimum attendance for a certificate and why someone did not qualify."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.domain.messages import CodedText


def hours(minutes: int) -> Decimal:
    """Minutes as hours with two decimals (1h30 → 1,50)."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_hours(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} h" if not m else f"{h} h {m:02d} min"


@dataclass(frozen=True)
class Qualification:
    qualifies: bool
    attended_minutes: int
    total_minutes: int
    reason: str  # why not, in Italian (a CodedText the interface words); empty when qualifies

    @property
    def percent(self) -> Decimal:
        if not self.total_minutes:
            return Decimal(0)
        return (Decimal(self.attended_minutes) * 100 / self.total_minutes).quantize(Decimal("0.1"))


def qualification(status: ParticipantStatus | str, attended_minutes: int, total_minutes: int,
                  min_pct: Decimal) -> Qualification:
    """Whether a participant reached the minimum share of the course's hours (attended ≥ min% of total)."""
    status = ParticipantStatus(status)
    if status in (ParticipantStatus.ANNULLATA, ParticipantStatus.IN_ATTESA):
        return Qualification(False, attended_minutes, total_minutes,
                             CodedText("events.attendance.cancelled" if status is ParticipantStatus.ANNULLATA
                                       else "events.attendance.waiting"))
    if total_minutes <= 0:
        return Qualification(False, attended_minutes, total_minutes, CodedText("events.attendance.no_sessions"))
    if attended_minutes <= 0:
        return Qualification(False, 0, total_minutes, CodedText("events.attendance.no_attendance"))
    # Exact comparison in integers: attended/total >= pct/100.
    if Decimal(attended_minutes) * 100 < min_pct * total_minutes:
        q = Qualification(False, attended_minutes, total_minutes, "")
        return Qualification(False, attended_minutes, total_minutes,
                             CodedText("events.attendance.below_minimum", percent=q.percent,
                                       attended=format_hours(attended_minutes), total=format_hours(total_minutes),
                                       minimum=f"{min_pct.normalize():f}"))
    return Qualification(True, attended_minutes, total_minutes, "")


class BelowMinimumError(DomainError):
    pass


def require_qualified(q: Qualification, name: str) -> None:
    if not q.qualifies:
        raise BelowMinimumError(code="events.attendance.no_certificate", params={"name": name, "reason": q.reason})
