"""What the office date alone does to an agreement: it comes into force on its stated date once every party has
signed, a withdrawal ends it when the notice has run, and it expires (or renews itself, when tacit renewal was
agreed) the day after its end date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from equilibri_desktop.domain.network.codes import AgreementStatus

S = AgreementStatus
IN_FORCE = (S.IN_VIGORE, S.RINNOVATO)  # a renewed agreement is in force for its new term


@dataclass(frozen=True)
class CalendarFacts:
    status: AgreementStatus
    all_signed: bool
    in_force_from: date | None  # the stated date of entry into force, if any
    end_date: date | None
    tacit_renewal: bool
    closing_on: date | None = None  # a withdrawal that ends the agreement, effective on this day


def due_on_calendar(facts: CalendarFacts, today: date) -> AgreementStatus | None:
    """The status the agreement must take on `today`, or None when the date changes nothing. An agreement is in
    force through its end date and expires the day after."""
    if facts.status == S.IN_FIRMA:
        if facts.all_signed and facts.in_force_from is not None and facts.in_force_from <= today:
            return S.IN_VIGORE
        return None
    if facts.status not in IN_FORCE:
        return None
    if facts.closing_on is not None and facts.closing_on <= today:
        return S.RECEDUTO
    if facts.end_date is not None and facts.end_date < today:
        return S.RINNOVATO if facts.tacit_renewal else S.SCADUTO
    return None


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def renewed_end(end_date: date, renewal_months: int, today: date) -> date:
    """The end of the term a tacitly renewed agreement is in on `today`: one more period at a time, so an
    office that opens the program months later finds the right term (never before `today`)."""
    months = renewal_months or 12
    end = add_months(end_date, months)
    while end < today:
        end = add_months(end, months)
    return end
