"""What the ranking service hands to the screens and the document builders. Money is integer cents,
scores are Decimal. `applicant_name` is None when this user may not see it (a protected person)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from equilibri_desktop.services.grants.evaluation_dto import Completeness


@dataclass(frozen=True)
class CallChoice:
    uuid: uuid.UUID
    title: str
    status: str
    status_label: str


@dataclass(frozen=True)
class RankingRow:
    application_uuid: uuid.UUID
    position: int | None  # None for the not admitted
    public_code: str
    protocol: str
    applicant_name: str | None
    vulnerability_route: bool  # never published by name
    score: Decimal
    outcome: str  # RankingOutcome code
    outcome_label: str
    eligible_cost_cents: int
    grant_cents: int
    remaining_after_cents: int  # budget left once this row and those above it were served


@dataclass(frozen=True)
class RankingPreview:
    """The ranking as it would be frozen now: computed, never stored."""

    call_uuid: uuid.UUID
    call_title: str
    budget_cents: int
    granted_cents: int
    rows: tuple[RankingRow, ...]
    incomplete: tuple[Completeness, ...]  # applications whose scoring is not finished
    under_check: int  # applications still being checked by the office
    final_exists: bool  # a DEFINITIVA was already frozen: further changes go through a scorrimento
    # Why the final ranking cannot be frozen now without an early reason ("" when it can).
    final_blocked: str = ""
    final_early_possible: bool = False  # a provisional one is published: an early final needs a reason

    @property
    def remaining_cents(self) -> int:
        return self.budget_cents - self.granted_cents

    @property
    def complete(self) -> bool:
        return not self.incomplete


@dataclass(frozen=True)
class RankingSummary:
    uuid: uuid.UUID
    call_uuid: uuid.UUID
    number: int
    kind: str  # RankingKind code
    kind_label: str
    ranked_on: date
    published: bool
    reason: str
    budget_cents: int
    granted_cents: int
    created_at: datetime
    created_by: str
    published_on: date | None = None
    early_reason: str = ""
    # Why the grant decision cannot be generated from this version ("" when it can).
    decision_blocked: str = ""

    @property
    def remaining_cents(self) -> int:
        return self.budget_cents - self.granted_cents


@dataclass(frozen=True)
class RankingDetail:
    summary: RankingSummary
    call_title: str
    rows: tuple[RankingRow, ...]
