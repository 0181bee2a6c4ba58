"""What the flexible-work services hand to screens and documents: frozen rows and details, plain values."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from equilibri_desktop.domain.flexwork.agreement import AgreementInput
from equilibri_desktop.domain.flexwork.codes import CommunicationType, Phase, Sector, Stage
from equilibri_desktop.domain.flexwork.coworking import SpaceInput
from equilibri_desktop.domain.flexwork.monitoring import MonitoringResults
from equilibri_desktop.domain.flexwork.pathway import AssessmentInput
from equilibri_desktop.domain.flexwork.regulation import RegulationInput


@dataclass(frozen=True)
class Ref:
    """An organisation or a person picked from the registry."""

    uuid: uuid.UUID
    name: str
    detail: str = ""  # municipality, or the masked codice fiscale


@dataclass(frozen=True)
class StageRow:
    stage: Stage
    reached_on: date
    note: str
    recorded_by: str


@dataclass(frozen=True)
class PathwayRow:
    uuid: uuid.UUID
    organisation: str
    sector: Sector
    stage: Stage
    consultant: str
    agreements: int
    pending_communications: int


@dataclass(frozen=True)
class PathwayDetail:
    uuid: uuid.UUID
    version: int
    organisation: Ref
    organisation_fiscal_code: str
    sector: Sector
    stage: Stage
    consultant: str
    collective_agreement: str
    contact_band_required: bool
    inail_pat: str
    inail_tariff: str
    notes: str
    stages: tuple[StageRow, ...]
    assessment: AssessmentInput | None
    regulation: RegulationInput | None
    agreements: int
    questionnaires: int


@dataclass(frozen=True)
class AgreementRow:
    uuid: uuid.UUID
    worker: str
    start_on: date
    end_on: date | None
    remote_days: int
    priority: str
    withdrawn_on: date | None
    printed: bool


@dataclass(frozen=True)
class AgreementDetail:
    uuid: uuid.UUID
    version: int
    pathway_uuid: uuid.UUID
    worker: Ref
    worker_sex: str
    data: AgreementInput
    withdrawn_on: date | None


@dataclass(frozen=True)
class CommunicationRow:
    uuid: uuid.UUID
    pathway_uuid: uuid.UUID
    agreement_uuid: uuid.UUID
    organisation: str
    worker: str
    kind: CommunicationType
    event_on: date
    due_on: date
    exported_on: date | None
    sent_on: date | None
    receipt: str

    @property
    def late(self) -> bool:
        return self.sent_on is not None and self.sent_on > self.due_on


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int


@dataclass(frozen=True)
class SpaceRow:
    uuid: uuid.UUID
    version: int
    data: SpaceInput
    operator: Ref | None
    placements: int
    agreements: tuple[str, ...]  # the operator's network agreements not ended: "CW-2026-001 (bozza)"


@dataclass(frozen=True)
class PlacementRow:
    uuid: uuid.UUID
    person: str
    kind: str
    start_on: date
    end_on: date
    amount: Decimal
    person_uuid: uuid.UUID | None = None  # to load the row back into the form and change it
    kind_code: str = ""
    version: int = 0


@dataclass(frozen=True)
class Indicators:
    pathways: int
    by_stage: tuple[tuple[str, int], ...]
    with_regulation: int
    agreements: int
    agreements_by_sex: tuple[tuple[str, int], ...]
    agreements_by_priority: tuple[tuple[str, int], ...]
    remote_days_week: int  # agile days a week across the agreements in force
    monitoring: MonitoringResults
    commute_hours_saved_week: Decimal | None  # from the 'after' questionnaires; None when withheld
    commute_km_saved_week: Decimal | None
    communications_pending: int
    communications_late: int
    placements: int
    placements_amount: Decimal


@dataclass(frozen=True)
class CommunicationReminder:
    """A communication due soon or overdue, as data: the home page words it in the user's language."""

    kind: CommunicationType
    due_on: date
    overdue: bool
    organisation: str
    worker: str
    record_kind: str  # for the navigator
    record_uuid: uuid.UUID


@dataclass(frozen=True)
class QuestionnaireEntry:
    """A typed questionnaire as the clerk finds it again to undo a mistake: when and by whom, never its answers
    (one person's answers shown alone would undo the anonymity the averages keep)."""

    uuid: uuid.UUID
    number: int  # order of entry within the pathway
    phase: Phase
    entered_at: datetime  # office time
    entered_by: str
