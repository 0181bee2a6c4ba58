"""What a revocation asks back: the principal (paid − still due) and the legal interest on it, counted day by
day at the rate in force in each calendar year, from the day each recovered payment went out to the day of
repayment. Amounts are integer cents; interest is rounded half up once per payment.

The principal is taken from the latest payments first: what is still due is deemed covered by the earliest
money, so the interest never runs on money the firm was entitled to keep.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import TrancheCondition
from equilibri_desktop.domain.grants.legal_figures import legal_interest_rate

# Interest "in ragione d'anno" (art. 1284 c.c.) on a civil year of 365 days, the practice of the
# public bodies' calculators; a leap day counts as one more day at the same daily rate.
DAYS_IN_YEAR = Decimal(365)


@dataclass(frozen=True)
class PaidAmount:
    paid_on: date
    cents: int
    condition: TrancheCondition = TrancheCondition.IMPRESA_COSTITUITA


@dataclass(frozen=True)
class InterestPeriod:
    """One stretch of days at one rate, for one portion of the principal."""

    principal_cents: int
    start: date  # the day the money went out (interest runs from the next day)
    end: date  # last day counted
    days: int
    rate_pct: Decimal
    source: str
    interest: Decimal  # in cents, not yet rounded


@dataclass(frozen=True)
class Recovery:
    paid_cents: int
    due_cents: int
    principal_cents: int  # paid − due, never negative
    interest_cents: int
    periods: tuple[InterestPeriod, ...]
    repayment_on: date

    @property
    def total_cents(self) -> int:
        return self.principal_cents + self.interest_cents


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def interest_periods(principal_cents: int, paid_on: date, repayment_on: date) -> list[InterestPeriod]:
    """The days from the day after `paid_on` to `repayment_on` (included), split at each 1 January."""
    periods, start = [], paid_on
    while start < repayment_on:
        first = start + timedelta(days=1)  # the first day counted decides the year and its rate
        end = min(date(first.year, 12, 31), repayment_on)
        days = (end - start).days
        rate = legal_interest_rate(first)
        interest = Decimal(principal_cents) * rate.value / 100 * days / DAYS_IN_YEAR
        periods.append(InterestPeriod(principal_cents, start, end, days, rate.value, rate.source, interest))
        start = end
    return periods


def portions_to_recover(payments: Sequence[PaidAmount], principal_cents: int) -> list[PaidAmount]:
    """The payments (or parts of them) that make up the principal, latest first."""
    portions, left = [], principal_cents
    for payment in sorted(payments, key=lambda p: p.paid_on, reverse=True):
        if left <= 0:
            break
        take = min(left, payment.cents)
        portions.append(PaidAmount(payment.paid_on, take, payment.condition))
        left -= take
    return portions


def recovery_due(payments: Sequence[PaidAmount], due_cents: int, repayment_on: date) -> Recovery:
    """Total revocation: `due_cents` 0; partial: what the firm may keep (e.g. the grant recomputed on the
    spending that was eligible)."""
    if due_cents < 0:
        raise DomainError("L'importo che resta dovuto non può essere negativo.")
    paid = sum(p.cents for p in payments)
    principal = max(0, paid - due_cents)
    periods: list[InterestPeriod] = []
    interest = 0
    for portion in portions_to_recover(payments, principal):
        if portion.paid_on > repayment_on:
            raise DomainError(f"La restituzione ({repayment_on:%d/%m/%Y}) non può precedere il pagamento del "
                              f"{portion.paid_on:%d/%m/%Y}.")
        own = interest_periods(portion.cents, portion.paid_on, repayment_on)
        periods += own
        interest += _half_up(sum((p.interest for p in own), Decimal(0)))
    return Recovery(paid, due_cents, principal, interest, tuple(periods), repayment_on)


def check_revocation_ground(firm_not_constituted: bool, payments: Sequence[PaidAmount]) -> None:
    """A revocation because the firm was never constituted contradicts an advance paid on its constitution:
    the office would be saying both that the firm exists and that it does not."""
    if firm_not_constituted and any(p.condition == TrancheCondition.IMPRESA_COSTITUITA and p.cents
                                    for p in payments):
        raise DomainError("Non si può revocare per mancata costituzione dell'impresa: è già stato pagato un "
                          "anticipo previsto alla costituzione. Indica il motivo effettivo (per esempio attività "
                          "cessata o rendiconto non presentato).")
