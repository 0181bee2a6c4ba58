"""What the application services hand to the screens: list rows, the full detail, save results.

The applicant's address and municipality arrive already masked for users without the "dati protetti"
permission when she is a protected person (`address_hidden`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.domain.grants.application_parts import (
    CoApplicantInput,
    CostItemInput,
)
from equilibri_desktop.domain.grants.application_rules import (
    ApplicationInput,
    cofinancing_pct,
    eligible_cost_cents,
    total_cost_cents,
)
from equilibri_desktop.domain.grants.protocol import protocol_label
from equilibri_desktop.services.registry.dto import RecordStamp

APPLICATION_SORT_COLUMNS = ("protocol", "received_at", "applicant", "business_name", "status", "public_code",
                            "call", "updated_at")


@dataclass(frozen=True)
class ApplicationFilter:
    call_uuid: uuid.UUID | None = None
    status: str | None = None  # ApplicationStatus code
    text: str = ""  # protocol ('2026/7'), public code, applicant's name, business name


@dataclass(frozen=True)
class ApplicationRow:
    uuid: uuid.UUID
    version: int
    call_title: str
    protocol_year: int | None
    protocol_number: int | None
    received_at: datetime | None
    public_code: str
    applicant_name: str
    business_name: str
    status: str
    status_label: str

    @property
    def protocol(self) -> str:
        return protocol_label(self.protocol_year, self.protocol_number)


@dataclass(frozen=True)
class PersonSummary:
    """A person of the registry as an application shows her."""

    uuid: uuid.UUID
    display_name: str
    fiscal_code: str
    sex: str
    birth_date: date | None
    municipality: str  # "" when hidden
    address: str  # HIDDEN_ADDRESS when hidden
    address_hidden: bool
    # As the registry knows them: a new application starts from these instead of retyping them.
    occupational_status: str = ""
    did_date: date | None = None


@dataclass(frozen=True)
class CoApplicantEntry:
    person: PersonSummary
    role: str


@dataclass(frozen=True)
class DeclarationEntry:
    code: str
    label: str
    given: bool


@dataclass(frozen=True)
class StatusChangeEntry:
    from_status: str
    from_label: str
    to_status: str
    to_label: str
    reason: str
    reply_deadline: date | None
    changed_by: str
    changed_at: datetime


@dataclass(frozen=True)
class ApplicationDetail:
    uuid: uuid.UUID
    version: int
    call_uuid: uuid.UUID
    call_title: str
    status: str
    status_label: str
    allowed_next: tuple[str, ...]  # the statuses the workflow allows from here
    editable: bool  # the form may still be changed (until the formal check ends)
    protocol_year: int | None
    protocol_number: int | None
    received_at: datetime | None
    public_code: str
    applicant: PersonSummary
    applicant_kind: str
    occupational_status: str
    did_date: date | None
    business_name: str
    service_kind: str
    service_description: str
    target_users: str
    planned_legal_form: str
    ateco_code: str
    own_cofinancing_cents: int
    women_quota_pct: Decimal | None
    women_board_pct: Decimal | None
    vulnerability_route: bool
    notes: str
    de_minimis_received_cents: int | None
    cost_items: tuple[CostItemInput, ...]
    co_applicants: tuple[CoApplicantEntry, ...]
    served_municipalities: tuple[tuple[int, str], ...]  # (municipality id, name)
    declarations: tuple[DeclarationEntry, ...]
    history: tuple[StatusChangeEntry, ...]  # oldest first
    reply_deadline: date | None  # while the applicant may reply to a notice or an integration request
    stamp: RecordStamp
    # Steps the workflow allows but the procedure's order does not yet: (target status, what to do first).
    blocked: tuple[tuple[str, str], ...] = ()
    accepted_on: date | None = None  # the beneficiary accepted the grant

    def why_blocked(self, target: str) -> str:
        return dict(self.blocked).get(target, "")

    @property
    def protocol(self) -> str:
        return protocol_label(self.protocol_year, self.protocol_number)

    @property
    def display_name(self) -> str:
        return self.protocol or "Bozza"

    @property
    def total_cost_cents(self) -> int:
        return total_cost_cents(self.cost_items)

    @property
    def eligible_cost_cents(self) -> int:
        return eligible_cost_cents(self.cost_items)

    @property
    def cofinancing_pct(self) -> Decimal | None:
        return cofinancing_pct(self.own_cofinancing_cents, self.eligible_cost_cents)

    def to_input(self) -> ApplicationInput:
        return ApplicationInput(
            call_uuid=self.call_uuid, applicant_uuid=self.applicant.uuid, applicant_kind=self.applicant_kind,
            occupational_status=self.occupational_status, did_date=self.did_date, business_name=self.business_name,
            service_kind=self.service_kind, service_description=self.service_description,
            target_users=self.target_users, planned_legal_form=self.planned_legal_form, ateco_code=self.ateco_code,
            own_cofinancing_cents=self.own_cofinancing_cents, women_quota_pct=self.women_quota_pct,
            women_board_pct=self.women_board_pct, vulnerability_route=self.vulnerability_route, notes=self.notes,
            de_minimis_received_cents=self.de_minimis_received_cents, cost_items=self.cost_items,
            co_applicants=tuple(CoApplicantInput(c.person.uuid, c.role) for c in self.co_applicants),
            served_municipality_ids=tuple(m_id for m_id, _name in self.served_municipalities),
            declarations=frozenset(d.code for d in self.declarations if d.given))


@dataclass(frozen=True)
class ApplicationSaveResult:
    application: ApplicationDetail
    warnings: tuple[FieldError, ...]  # shown next to their fields; the application is saved anyway


@dataclass(frozen=True)
class CallChoice:
    """A call an application may be registered to, for the form's picker and the list's filter."""

    uuid: uuid.UUID
    title: str
    status: str
    accepts_applications: bool
    min_cofinancing_pct: Decimal | None = None  # the call's minimum own share of the eligible costs
