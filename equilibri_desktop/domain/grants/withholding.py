"""The 4% withholding of art. 28 c. 2 DPR 600/1973 on a payment of a grant.

It is due on grants to firms for their running costs, not on the part meant for buying capital goods (beni
strumentali), and not at all when the beneficiary is a non-commercial body. The part for capital goods is the
share of the eligible cost plan the cost items marked as capital goods make up; each payment carries that
share of its amount out of the base.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from equilibri_desktop.domain.grants.legal_figures import withholding_rate

LEGAL_REFERENCE = "art. 28, comma 2, D.P.R. 600/1973"


@dataclass(frozen=True)
class CostShare:
    amount_cents: int
    capital_good: bool
    eligible: bool = True


@dataclass(frozen=True)
class Withholding:
    gross_cents: int
    capital_goods_cents: int  # the part of the payment for capital goods: outside the base
    base_cents: int  # what the rate applies to
    rate_pct: Decimal
    withholding_cents: int
    net_cents: int
    reference: str  # the law, with "art. 28, comma 2"
    exempt_reason: str = ""  # why nothing is withheld, when nothing is


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def capital_goods_share(items: Iterable[CostShare]) -> Decimal:
    """Share (0–1) of the eligible costs that buys capital goods."""
    eligible = [item for item in items if item.eligible]
    total = sum(item.amount_cents for item in eligible)
    if total <= 0:
        return Decimal(0)
    return Decimal(sum(item.amount_cents for item in eligible if item.capital_good)) / Decimal(total)


def withholding_on(gross_cents: int, on: date, capital_share: Decimal = Decimal(0),
                   non_commercial: bool = False) -> Withholding:
    """The withholding on a payment of `gross_cents` made on `on`."""
    rate = withholding_rate(on)
    capital = _half_up(Decimal(gross_cents) * capital_share)
    base = gross_cents - capital
    if non_commercial:
        return Withholding(gross_cents, capital, 0, rate.value, 0, gross_cents, rate.source,
                           "ente non commerciale: ritenuta non dovuta")
    withheld = _half_up(Decimal(base) * rate.value / 100)
    exempt = "" if base else "contributo interamente per beni strumentali: ritenuta non dovuta"
    return Withholding(gross_cents, capital, base, rate.value, withheld, gross_cents - withheld, rate.source,
                       exempt)
