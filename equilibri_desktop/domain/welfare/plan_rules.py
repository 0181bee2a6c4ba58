"""The plan as a whole: its legal basis and what the firm may deduct, and the labelled estimate of the firm's
cost and the worker's net gain against paying the same value as salary."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.money import format_euro, round_cents
from equilibri_desktop.domain.welfare import tax_rules
from equilibri_desktop.domain.welfare.catalogue import TaxCategory
from equilibri_desktop.domain.welfare.dated import for_year


class PlanBasis(StrEnum):
    VOLUNTARY = "volontario"  # the employer's unilateral, revocable choice
    CONTRACT = "contratto"  # national, territorial or company agreement
    REGULATION = "regolamento"  # a company regulation that binds the employer (irrevocable)

    @property
    def label(self) -> str:
        return PLAN_BASIS_LABELS[self]


PLAN_BASIS_LABELS = {
    PlanBasis.VOLUNTARY: "Volontario (atto unilaterale revocabile)",
    PlanBasis.CONTRACT: "Accordo o contratto collettivo",
    PlanBasis.REGULATION: "Regolamento aziendale vincolante",
}


@dataclass(frozen=True)
class Deductibility:
    deductible: Decimal  # of the art. 100 measures' cost
    limit: Decimal | None  # None: fully deductible
    rule: str
    consequence: str
    source: str


def deductibility(basis: PlanBasis, art_100_cost: Decimal, labour_costs: Decimal, year: int) -> Deductibility:
    """Lett. f measures offered voluntarily are deductible only up to 5 per mille of labour costs (TUIR art.
    100 c. 1); owed by contract or irrevocable regulation they are labour costs, fully deductible (art. 95).
    The other measures (f-bis, f-ter, fringe benefits, vouchers, funds) are labour costs in every case."""
    if basis is not PlanBasis.VOLUNTARY:
        return Deductibility(art_100_cost, None, CodedText("welfare.deductibility.full_rule"),
                             CodedText("welfare.deductibility.full_consequence"), "TUIR art. 95 c. 1")
    share = for_year(tax_rules.ART_100_SHARE, year)
    limit = round_cents(labour_costs * share.value)
    deductible = min(art_100_cost, limit)
    lost = art_100_cost - deductible
    per_mille = (share.value * 1000).quantize(Decimal(1), ROUND_HALF_UP)
    limit_text, labour_text = format_euro(limit), format_euro(labour_costs)
    consequence = (CodedText("welfare.deductibility.limit_lost", limit=limit_text, per_mille=per_mille,
                             labour_costs=labour_text, lost=format_euro(lost)) if lost > 0
                   else CodedText("welfare.deductibility.limit", limit=limit_text, per_mille=per_mille,
                                  labour_costs=labour_text))
    return Deductibility(deductible, limit, CodedText("welfare.deductibility.limit_rule", per_mille=per_mille),
                         consequence, share.source)


@dataclass(frozen=True)
class EstimateSettings:
    """Rates the consultant sets for the firm: no law fixes them for a given worker."""

    employer_contributions: Decimal = Decimal("0.30")  # INPS/INAIL share paid by the employer
    employee_contributions: Decimal = Decimal("0.0919")  # INPS share withheld from the worker
    income_tax: Decimal = Decimal("0.35")  # the worker's marginal IRPEF rate plus surcharges

    def validated(self) -> EstimateSettings:
        errors = [FieldError.coded(name, "welfare.plan_rules.percentage")
                  for name in ("employer_contributions", "employee_contributions", "income_tax")
                  if not Decimal(0) <= getattr(self, name) < Decimal(1)]
        if errors:
            raise ValidationError(errors)
        return self


@dataclass(frozen=True)
class Estimate:
    """STIMA: per worker, the value given as exempt welfare against the same value given as gross salary."""

    value: Decimal
    welfare_cost: Decimal
    welfare_net: Decimal
    salary_cost: Decimal
    salary_net: Decimal

    @property
    def worker_gain(self) -> Decimal:
        return self.welfare_net - self.salary_net

    @property
    def firm_saving(self) -> Decimal:
        return self.salary_cost - self.welfare_cost


def estimate(value: Decimal, exempt: bool, settings: EstimateSettings) -> Estimate:
    """An exempt measure costs the firm its value and reaches the worker whole; salary bears contributions on
    both sides and income tax. A taxed measure is treated as salary."""
    salary_cost = round_cents(value * (1 + settings.employer_contributions))
    salary_net = round_cents(value * (1 - settings.employee_contributions) * (1 - settings.income_tax))
    if not exempt:
        return Estimate(value, salary_cost, salary_net, salary_cost, salary_net)
    return Estimate(value, round_cents(value), round_cents(value), salary_cost, salary_net)


def productivity_note(year: int) -> str:
    """What the survey's «premio in welfare» question is about: the bonus's tax in `year`, and none at all once
    it is turned into welfare measures (L. 208/2015 art. 1 c. 184)."""
    entry = tax_rules.productivity_bonus(year)
    rule = entry.value
    rate = f"{(rule.rate * 100).normalize():f}".replace(".", ",")
    return CodedText("welfare.productivity_note", year=year, rate=rate, ceiling=format_euro(rule.ceiling),
                     previous=year - 1, income_limit=format_euro(rule.income_limit), source=entry.source)


def art_100_measure(category: TaxCategory) -> bool:
    return category is TaxCategory.ART_51_F
