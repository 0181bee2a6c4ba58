"""What the evaluation service hands to the screens: the commission, the applications to score, one
member's scoring sheet and who still holds up each application. Points are Decimal, never float."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from equilibri_desktop.domain.messages import CodedList, CodedText


@dataclass(frozen=True)
class MemberCall:
    """A call whose commission the current user sits on."""

    call_uuid: uuid.UUID
    title: str
    member_name: str
    member_role: str


@dataclass(frozen=True)
class MissingMember:
    member: str  # display name
    declaration_missing: bool
    criteria: tuple[str, ...]  # codes not scored yet

    @property
    def text(self) -> str:
        if self.declaration_missing:
            return CodedText("evaluation.missing_declaration", member=self.member)
        return CodedText("evaluation.missing_criteria", member=self.member, criteria=", ".join(self.criteria))


@dataclass(frozen=True)
class Completeness:
    application_uuid: uuid.UUID
    public_code: str
    protocol: str
    complete: bool
    score: Decimal  # what the averages give so far
    missing: tuple[MissingMember, ...]
    no_member_left: bool  # every member declared a conflict: the call needs another member

    @property
    def missing_text(self) -> str:
        """Who holds the application up, in Italian; coded, so the interface words it (ui service_messages.said)."""
        if self.no_member_left:
            return CodedText("evaluation.no_member_left")
        return CodedList(m.text for m in self.missing)


@dataclass(frozen=True)
class ApplicationToScore:
    application_uuid: uuid.UUID
    public_code: str
    protocol: str  # "12/2026"
    received_at: datetime | None
    applicant_name: str  # "nominativo riservato" for a protected person without "dati protetti"
    business_name: str
    service_label: str
    status: str
    status_label: str
    my_declaration: bool | None  # None: not declared yet; True: conflict declared
    my_scored: int  # criteria I scored
    criteria_count: int
    my_total: Decimal | None
    complete: bool  # every member without conflict scored every criterion
    missing_text: str
    scorable: bool  # its status still allows scoring


@dataclass(frozen=True)
class SheetCriterion:
    code: str
    label: str
    max_points: Decimal
    points: Decimal | None


@dataclass(frozen=True)
class ProjectCost:
    description: str
    category: str
    amount_cents: int
    eligible: bool


@dataclass(frozen=True)
class ProjectAttachment:
    uuid: uuid.UUID
    kind: str
    original_name: str


@dataclass(frozen=True)
class ScoringProject:
    """What a commissioner needs to score: the project, its cost plan and attachments (no registry data)."""

    service_description: str
    target_users: str
    planned_legal_form: str
    costs: tuple[ProjectCost, ...]
    own_cofinancing_cents: int
    attachments: tuple[ProjectAttachment, ...]

    @property
    def total_cents(self) -> int:
        return sum(c.amount_cents for c in self.costs)

    @property
    def eligible_cents(self) -> int:
        return sum(c.amount_cents for c in self.costs if c.eligible)


@dataclass(frozen=True)
class ScoringSheet:
    application_uuid: uuid.UUID
    public_code: str
    protocol: str
    applicant_name: str
    business_name: str
    service_label: str
    status_label: str
    member_name: str
    declaration: bool | None
    declared_on: date | None
    declaration_note: str
    criteria: tuple[SheetCriterion, ...]
    note: str
    scorable: bool  # the application's status still allows declarations and scores
    editable: bool  # scorable, and this member declared no conflict
    not_editable_reason: str
    project: ScoringProject | None = None  # what is being scored, shown beside the grid

    @property
    def total(self) -> Decimal:
        return sum((c.points for c in self.criteria if c.points is not None), Decimal("0.00"))

    @property
    def max_total(self) -> Decimal:
        return sum((c.max_points for c in self.criteria), Decimal(0))
