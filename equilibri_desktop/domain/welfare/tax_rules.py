"""The figures of the law on company welfare, as dated data with their source (TUIR = D.P.R. 917/1986).

Temporary raises end on their own: the entry that follows a temporary one restores the ordinary figure and
cites the ordinary rule, so a plan for a year after the last budget law falls back to the TUIR text.
Checked against the budget laws up to L. 199/2025 (legge di bilancio 2026).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from equilibri_desktop.domain.welfare.dated import Dated, for_year

ORDINARY_FRINGE = "TUIR art. 51 c. 3, terzo periodo (soglia ordinaria)"


@dataclass(frozen=True)
class FringeThreshold:
    """Goods, services and (when the law says so) utility, rent and mortgage refunds a worker may receive in a
    year without tax; above the threshold the WHOLE value is taxed, not only the excess."""

    general: Decimal
    with_children: Decimal  # workers with dependent children (TUIR art. 12 c. 2)


FRINGE_THRESHOLDS: tuple[Dated[FringeThreshold], ...] = (
    Dated(date(2008, 1, 1), FringeThreshold(Decimal("258.23"), Decimal("258.23")), ORDINARY_FRINGE),
    Dated(date(2020, 1, 1), FringeThreshold(Decimal("516.46"), Decimal("516.46")), "D.L. 104/2020 art. 112"),
    Dated(date(2021, 1, 1), FringeThreshold(Decimal("516.46"), Decimal("516.46")),
          "D.L. 41/2021 art. 6-quinquies"),
    Dated(date(2022, 1, 1), FringeThreshold(Decimal(3000), Decimal(3000)),
          "D.L. 115/2022 art. 12; D.L. 176/2022 art. 3 c. 10"),
    Dated(date(2023, 1, 1), FringeThreshold(Decimal("258.23"), Decimal(3000)), "D.L. 48/2023 art. 40"),
    Dated(date(2024, 1, 1), FringeThreshold(Decimal(1000), Decimal(2000)), "L. 213/2023 art. 1 c. 16"),
    Dated(date(2025, 1, 1), FringeThreshold(Decimal(1000), Decimal(2000)), "L. 207/2024 art. 1 cc. 390-391"),
    Dated(date(2028, 1, 1), FringeThreshold(Decimal("258.23"), Decimal("258.23")), ORDINARY_FRINGE),
)


@dataclass(frozen=True)
class MealVoucherLimit:
    """Daily tax-free value of meal vouchers (TUIR art. 51 c. 2 lett. c)."""

    paper: Decimal
    electronic: Decimal


MEAL_VOUCHER_LIMITS: tuple[Dated[MealVoucherLimit], ...] = (
    Dated(date(2015, 7, 1), MealVoucherLimit(Decimal("5.29"), Decimal(7)), "L. 190/2014 art. 1 c. 16"),
    Dated(date(2020, 1, 1), MealVoucherLimit(Decimal(4), Decimal(8)), "L. 160/2019 art. 1 c. 677"),
    Dated(date(2026, 1, 1), MealVoucherLimit(Decimal(4), Decimal(10)), "L. 199/2025 art. 1 c. 14"),
)


@dataclass(frozen=True)
class ProductivityBonusRule:
    """Substitute tax on productivity bonuses (L. 208/2015 art. 1 cc. 182-189): rate, yearly ceiling per
    worker, and the employment income of the previous year above which it does not apply. A bonus turned
    into welfare measures instead is not taxed at all (c. 184)."""

    rate: Decimal
    ceiling: Decimal
    income_limit: Decimal


PRODUCTIVITY_BONUS: tuple[Dated[ProductivityBonusRule], ...] = (
    Dated(date(2016, 1, 1), ProductivityBonusRule(Decimal("0.10"), Decimal(2000), Decimal(50000)),
          "L. 208/2015 art. 1 cc. 182-186"),
    Dated(date(2017, 1, 1), ProductivityBonusRule(Decimal("0.10"), Decimal(3000), Decimal(80000)),
          "L. 232/2016 art. 1 c. 160"),
    Dated(date(2023, 1, 1), ProductivityBonusRule(Decimal("0.05"), Decimal(3000), Decimal(80000)),
          "L. 197/2022 art. 1 c. 63"),
    Dated(date(2024, 1, 1), ProductivityBonusRule(Decimal("0.05"), Decimal(3000), Decimal(80000)),
          "L. 213/2023 art. 1 c. 18"),
    Dated(date(2025, 1, 1), ProductivityBonusRule(Decimal("0.05"), Decimal(3000), Decimal(80000)),
          "L. 207/2024 art. 1 c. 385"),
    Dated(date(2026, 1, 1), ProductivityBonusRule(Decimal("0.01"), Decimal(5000), Decimal(80000)),
          "L. 199/2025 art. 1 c. 9"),
    Dated(date(2028, 1, 1), ProductivityBonusRule(Decimal("0.10"), Decimal(3000), Decimal(80000)),
          "L. 208/2015 art. 1 c. 182, come modificato dalla L. 232/2016"),
)

# Contributions to supplementary health funds (TUIR art. 51 c. 2 lett. a) and to pension funds (D.Lgs.
# 252/2005 art. 8 c. 4): yearly limits per worker.
HEALTH_FUND_LIMITS: tuple[Dated[Decimal], ...] = (
    Dated(date(2008, 1, 1), Decimal("3615.20"), "TUIR art. 51 c. 2 lett. a"),
)
PENSION_FUND_LIMITS: tuple[Dated[Decimal], ...] = (
    Dated(date(2007, 1, 1), Decimal("5164.57"), "D.Lgs. 252/2005 art. 8 c. 4"),
)

# A voluntary plan's art. 100 measures are deductible up to 5 per mille of the labour costs in the tax return.
ART_100_SHARE: tuple[Dated[Decimal], ...] = (
    Dated(date(2004, 1, 1), Decimal("0.005"), "TUIR art. 100 c. 1"),
)


def fringe_threshold(year: int) -> Dated[FringeThreshold]:
    return for_year(FRINGE_THRESHOLDS, year)


def meal_voucher_limit(year: int) -> Dated[MealVoucherLimit]:
    return for_year(MEAL_VOUCHER_LIMITS, year)


def productivity_bonus(year: int) -> Dated[ProductivityBonusRule]:
    return for_year(PRODUCTIVITY_BONUS, year)
