"""What the welfare documents print: plain frozen values the services fill (documents never read the DB)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from equilibri_desktop.domain.welfare.results import SurveyResults


@dataclass(frozen=True)
class EngagementHeader:
    number_label: str  # "3/2026" in the document register, "ESEMPIO" for specimens
    issued_on: date
    engagement_title: str
    firm_name: str  # the firm, or "network (n firms)"
    firm_names: tuple[str, ...]
    consultant: str
    ateco: str = ""
    employees_women: int = 0
    employees_men: int = 0
    collective_agreement: str = ""
    union_representation: str = ""


@dataclass(frozen=True)
class SurveyReportData:
    header: EngagementHeader
    results: SurveyResults
    per_firm: tuple[tuple[str, SurveyResults], ...]  # only for a network
    need_labels: tuple[str, ...]


@dataclass(frozen=True)
class PlanMeasureLine:
    label: str
    category: str
    amount_per_worker: Decimal
    unit_value: Decimal | None
    workers: int
    total: Decimal
    exempt: bool
    rule: str
    source: str
    warnings: tuple[str, ...]
    provider: str
    worker_gain: Decimal  # estimate, per worker
    firm_saving: Decimal  # estimate, per worker


@dataclass(frozen=True)
class PlanData:
    header: EngagementHeader
    year: int
    basis: str  # label
    binding: bool  # owed by contract or irrevocable regulation
    labour_costs: Decimal
    workers_women: int
    workers_men: int
    adopted_on: date | None
    measures: tuple[PlanMeasureLine, ...]
    total_cost: Decimal
    deductible_rule: str
    deductible_consequence: str
    deductible_source: str
    employer_contributions: Decimal
    employee_contributions: Decimal
    income_tax: Decimal
    worker_gain: Decimal
    firm_saving: Decimal
    notes: str = ""
    productivity_note: str = ""


@dataclass(frozen=True)
class MeetingLine:
    held_on: date
    hours: Decimal
    topic: str
    participants: str
    next_steps: str


@dataclass(frozen=True)
class ActivityReportData:
    header: EngagementHeader
    stage: str
    started_on: date
    meetings: tuple[MeetingLine, ...]
    responses: int
    plan_years: tuple[int, ...]
    next_steps: str
