"""What the welfare services hand to screens and documents: frozen values built inside the session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from equilibri_desktop.domain.welfare.engagement import Stage, UnionRepresentation
from equilibri_desktop.domain.welfare.plan_rules import (
    Deductibility,
    Estimate,
    EstimateSettings,
    PlanBasis,
)
from equilibri_desktop.domain.welfare.treatment import TaxTreatment


@dataclass(frozen=True)
class FirmRef:
    uuid: uuid.UUID
    name: str
    kind: str
    ateco: str = ""
    municipality: str = ""


@dataclass(frozen=True)
class EngagementRow:
    uuid: uuid.UUID
    title: str
    firms: str  # the firm's name, or the network's name and how many firms
    stage: Stage
    consultant: str
    started_on: date
    hours: Decimal
    responses: int


@dataclass(frozen=True)
class MeetingRow:
    uuid: uuid.UUID
    held_on: date
    hours: Decimal
    topic: str
    participants: str
    next_steps: str


@dataclass(frozen=True)
class EngagementDetail:
    uuid: uuid.UUID
    version: int
    title: str
    firms: tuple[FirmRef, ...]
    network_name: str
    ateco: str
    employees_women: int
    employees_men: int
    employees_permanent: int
    employees_fixed_term: int
    employees_part_time: int
    collective_agreement: str
    union_representation: UnionRepresentation
    consultant: str
    started_on: date
    stage: Stage
    next_steps: str
    notes: str
    meetings: tuple[MeetingRow, ...]
    responses: int
    plan_years: tuple[int, ...]

    @property
    def hours(self) -> Decimal:
        return sum((m.hours for m in self.meetings), Decimal(0))

    @property
    def is_network(self) -> bool:
        return len(self.firms) > 1

    @property
    def display_name(self) -> str:
        if self.is_network:
            return f"{self.network_name} ({len(self.firms)} imprese)"
        return self.firms[0].name if self.firms else ""


@dataclass(frozen=True)
class MeasureInput:
    code: str
    label: str = ""
    need: str = ""  # for local services: the need the service answers (sets the tax category)
    amount_per_worker: Decimal = Decimal(0)
    unit_value: Decimal | None = None
    workers: int = 0
    with_children: bool = False
    provider_uuid: uuid.UUID | None = None


@dataclass(frozen=True)
class PlanInput:
    year: int
    basis: PlanBasis = PlanBasis.VOLUNTARY
    labour_costs: Decimal = Decimal(0)
    workers_women: int = 0
    workers_men: int = 0
    adopted_on: date | None = None
    settings: EstimateSettings = field(default_factory=EstimateSettings)
    measures: tuple[MeasureInput, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class MeasureRow:
    position: int
    code: str
    label: str
    need: str
    amount_per_worker: Decimal
    unit_value: Decimal | None
    workers: int
    with_children: bool
    provider: FirmRef | None
    treatment: TaxTreatment
    estimate: Estimate

    @property
    def total(self) -> Decimal:
        return self.amount_per_worker * self.workers


@dataclass(frozen=True)
class PlanDetail:
    uuid: uuid.UUID
    version: int
    engagement_uuid: uuid.UUID
    engagement_title: str
    firm_name: str
    year: int
    basis: PlanBasis
    labour_costs: Decimal
    workers_women: int
    workers_men: int
    adopted_on: date | None
    settings: EstimateSettings
    measures: tuple[MeasureRow, ...]
    deductibility: Deductibility
    notes: str
    productivity_note: str = ""

    @property
    def total_cost(self) -> Decimal:
        return sum((m.total for m in self.measures), Decimal(0))

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(w for m in self.measures for w in m.treatment.warnings)

    @property
    def worker_gain(self) -> Decimal:
        return sum((m.estimate.worker_gain * m.workers for m in self.measures), Decimal(0))

    @property
    def firm_saving(self) -> Decimal:
        return sum((m.estimate.firm_saving * m.workers for m in self.measures), Decimal(0))


@dataclass(frozen=True)
class ImportProblem:
    row: int  # as the spreadsheet program numbers it; 0 for the file as a whole
    field: str
    message: str


@dataclass(frozen=True)
class SurveyImportReport:
    file_name: str
    rows_read: int
    imported: int  # 0 whenever any problem was found: the import is all-or-nothing
    problems: tuple[ImportProblem, ...]
    unknown_columns: tuple[str, ...]
    dry_run: bool

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Indicators:
    year: int | None
    firms_consulted: int
    engagements: int
    networks: int
    plans_adopted: int
    workers_covered_women: int
    workers_covered_men: int
    hours: Decimal
    responses: int
    measures_by_category: tuple[tuple[str, int], ...]  # tax category label, number of measures in plans
