"""What the call services hand to screens and to the other grant services: calls, members, editions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from equilibri_desktop.domain.grants.call_rules import CallInput


@dataclass(frozen=True)
class CallRow:
    uuid: uuid.UUID
    version: int
    title: str
    cup: str
    status: str  # CallStatus code
    status_label: str
    edition: int
    budget_cents: int
    max_grant_cents: int
    opens_at: datetime | None  # UTC
    closes_at: datetime | None
    applications: int


@dataclass(frozen=True)
class CommissionMemberRow:
    uuid: uuid.UUID
    username: str
    display_name: str
    role: str  # "presidente", "componente", ...
    has_scored: bool  # scores or conflict declarations exist: the member can no longer be removed


@dataclass(frozen=True)
class CommissionerChoice:
    """A user with the commissario role, who may be appointed to a commission."""

    username: str
    display_name: str


@dataclass(frozen=True)
class MunicipalityChoice:
    id: int
    name: str
    district: str
    sud_est_milano: bool  # one of the 9 municipalities of the ASSEMI social district


@dataclass(frozen=True)
class CallEditionRow:
    edition: int  # the edition this change produced
    reason: str
    previous_settings: str  # JSON of the settings before the change
    created_by: str
    created_at: datetime


@dataclass(frozen=True)
class CallDetail:
    uuid: uuid.UUID
    version: int
    status: str
    status_label: str
    edition: int
    settings: CallInput
    municipality_names: tuple[str, ...]  # of settings.municipality_ids, by name
    members: tuple[CommissionMemberRow, ...]
    applications: int
    scored: bool  # some application was scored: result-altering changes need a new edition
    updated_by: str
    updated_at: datetime

    @property
    def title(self) -> str:
        return self.settings.title

    @property
    def cup(self) -> str:
        return self.settings.cup

    @property
    def total_points(self) -> Decimal:
        return self.settings.total_points

    def to_input(self) -> CallInput:
        return self.settings
