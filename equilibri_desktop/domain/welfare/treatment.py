"""How the tax rules in force in a plan's year treat one measure: exempt or taxed, the limit and its source,
and the warnings when the amount goes over a dated threshold."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.money import format_euro
from equilibri_desktop.domain.welfare import tax_rules
from equilibri_desktop.domain.welfare.catalogue import TaxCategory
from equilibri_desktop.domain.welfare.dated import for_year


@dataclass(frozen=True)
class MeasureAmounts:
    """What the plan gives one worker in a year; `unit_value` is the daily value of a meal voucher."""

    category: TaxCategory
    amount_per_worker: Decimal
    unit_value: Decimal | None = None
    with_children: bool = False  # the workers concerned have dependent children (fringe threshold)


@dataclass(frozen=True)
class TaxTreatment:
    category: TaxCategory
    year: int
    exempt: bool  # False: the value is taxed and bears contributions like salary
    rule: str  # one line: what applies
    source: str  # the law cited for the figure
    warnings: tuple[str, ...] = ()


def _fringe(m: MeasureAmounts, year: int) -> TaxTreatment:
    entry = tax_rules.fringe_threshold(year)
    limit = entry.value.with_children if m.with_children else entry.value.general
    rule = CodedText("welfare.tax.fringe_rule_children" if m.with_children else "welfare.tax.fringe_rule",
                     limit=format_euro(limit), year=year)
    if m.amount_per_worker > limit:
        warning = CodedText("welfare.tax.fringe_over", amount=format_euro(m.amount_per_worker),
                            limit=format_euro(limit), year=year, source=entry.source)
        return TaxTreatment(m.category, year, False, rule, entry.source, (warning,))
    return TaxTreatment(m.category, year, True, rule, entry.source)


def _meal(m: MeasureAmounts, year: int) -> TaxTreatment:
    entry = tax_rules.meal_voucher_limit(year)
    limit = entry.value.electronic
    rule = CodedText("welfare.tax.meal_rule", limit=format_euro(limit), year=year)
    if m.unit_value is not None and m.unit_value > limit:
        warning = CodedText("welfare.tax.meal_over", value=format_euro(m.unit_value), limit=format_euro(limit),
                            year=year, source=entry.source)
        return TaxTreatment(m.category, year, False, rule, entry.source, (warning,))
    return TaxTreatment(m.category, year, True, rule, entry.source)


def _yearly_limit(m: MeasureAmounts, year: int, table, what: str) -> TaxTreatment:
    entry = for_year(table, year)
    rule = CodedText("welfare.tax.yearly_rule", what=what, limit=format_euro(entry.value))
    if m.amount_per_worker > entry.value:
        warning = CodedText("welfare.tax.yearly_over", amount=format_euro(m.amount_per_worker),
                            limit=format_euro(entry.value), source=entry.source)
        return TaxTreatment(m.category, year, False, rule, entry.source, (warning,))
    return TaxTreatment(m.category, year, True, rule, entry.source)


_UNLIMITED = {  # message codes
    TaxCategory.ART_51_F: "welfare.tax.unlimited_f",
    TaxCategory.ART_51_F_BIS: "welfare.tax.unlimited_refund",
    TaxCategory.ART_51_F_TER: "welfare.tax.unlimited_refund",
    TaxCategory.ORGANISATION: "welfare.tax.organisation",
}


def tax_treatment(m: MeasureAmounts, year: int) -> TaxTreatment:
    """The treatment under the rules in force in `year` (the plan's tax year)."""
    if m.category is TaxCategory.FRINGE:
        return _fringe(m, year)
    if m.category is TaxCategory.MEAL_VOUCHER:
        return _meal(m, year)
    if m.category is TaxCategory.HEALTH_FUND:
        return _yearly_limit(m, year, tax_rules.HEALTH_FUND_LIMITS, "Contributi")
    if m.category is TaxCategory.PENSION_FUND:
        return _yearly_limit(m, year, tax_rules.PENSION_FUND_LIMITS, "Contributi")
    return TaxTreatment(m.category, year, True, CodedText(_UNLIMITED[m.category]), m.category.reference)
