"""The de minimis check before a ranking is final (Reg. UE 2023/2831).

A single undertaking may receive at most the ceiling in de minimis aid over any rolling period of three years
(the grant date and the three years before it, not "the current and two previous financial years"). The
applicant declares in the application what she (and the undertakings linked to her) received in that period;
declared + this grant must stay within the ceiling, otherwise the grant is cut to the headroom or refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from equilibri_desktop.domain.grants.legal_figures import de_minimis_ceiling
from equilibri_desktop.domain.money import format_euro, from_cents


@dataclass(frozen=True)
class DeMinimisOutcome:
    entitled_cents: int  # the grant before the check
    allowed_cents: int  # the grant after it
    ceiling_cents: int
    declared_cents: int
    source: str
    reason: str  # "" when the grant fits; otherwise why it is cut or refused

    @property
    def reduced(self) -> bool:
        return self.allowed_cents < self.entitled_cents


def period_start(grant_on: date) -> date:
    """First day of the rolling three years ending on `grant_on`."""
    try:
        return grant_on.replace(year=grant_on.year - 3)
    except ValueError:  # 29 February
        return grant_on.replace(year=grant_on.year - 3, day=28)


def check_de_minimis(entitled_cents: int, declared_cents: int, grant_on: date) -> DeMinimisOutcome:
    ceiling = de_minimis_ceiling(grant_on)
    headroom = max(0, ceiling.value - max(0, declared_cents))
    allowed = min(entitled_cents, headroom)
    reason = ""
    if allowed < entitled_cents:
        total = format_euro(from_cents(declared_cents + entitled_cents))
        limit = format_euro(from_cents(ceiling.value))
        start = period_start(grant_on)
        if allowed <= 0:
            reason = (f"Non finanziabile: aiuti de minimis dichiarati {format_euro(from_cents(declared_cents))} "
                      f"dal {start:%d/%m/%Y}; con il contributo si arriverebbe a {total}, oltre il massimale di "
                      f"{limit} ({ceiling.source}).")
        else:
            reason = (f"Contributo ridotto a {format_euro(from_cents(allowed))}: aiuti de minimis dichiarati "
                      f"{format_euro(from_cents(declared_cents))} dal {start:%d/%m/%Y}, massimale {limit} "
                      f"({ceiling.source}).")
    return DeMinimisOutcome(entitled_cents, allowed, ceiling.value, declared_cents, ceiling.source, reason)
