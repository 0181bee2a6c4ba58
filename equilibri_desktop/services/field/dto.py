"""What the field services hand to screens, the command line and reports: frozen values only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from equilibri_desktop.domain.field.conflicts import Choice
from equilibri_desktop.services.events.dto import Registration


@dataclass(frozen=True)
class KitSummary:
    path: Path
    kit_uuid: uuid.UUID
    event_title: str
    sessions: int
    lookup: int  # registrations of the event carried for recognition (0 when not chosen)
    field_user: str


@dataclass(frozen=True)
class FieldInfo:
    """The open field database: which kit, which event, who types."""

    kit_uuid: uuid.UUID
    event_uuid: uuid.UUID
    event_title: str
    username: str
    display_name: str
    office_id: str


@dataclass(frozen=True)
class FieldStatus:
    registrations: int
    attendance: int
    notes: int
    changed_since_package: int  # records confirmed after the last return package (0: the package has them all)
    last_package_at: datetime | None
    last_package_path: str


@dataclass(frozen=True)
class FieldRegistration:
    registration: Registration
    repeats: tuple[str, ...]  # names of laptop registrations that may be the same person typed twice


@dataclass(frozen=True)
class NoteRow:
    uuid: uuid.UUID
    participant_uuid: uuid.UUID
    participant: str
    text: str
    at: datetime
    author: str


@dataclass(frozen=True)
class ReturnSummary:
    path: Path
    package_uuid: uuid.UUID
    registrations: int
    attendance: int
    notes: int


class Outcome(StrEnum):
    NEW = "nuova"
    LINKED = "collegata all'anagrafica"
    FOLDED = "unita a un'iscrizione già presente"
    UPDATED = "aggiornata"
    SKIPPED = "già unita, nessuna modifica"
    CONFLICT = "conflitto da decidere"
    LIKELY = "possibile corrispondenza da decidere"
    REFUSED = "scartata"


@dataclass(frozen=True)
class Conflict:
    record_uuid: uuid.UUID
    field: str
    label: str
    base: Any
    field_value: Any
    office_value: Any
    field_author: str
    field_at: datetime | None
    office_author: str
    office_at: datetime | None


@dataclass(frozen=True)
class MatchCandidate:
    person_uuid: uuid.UUID
    name: str
    birth_date: date | None
    municipality: str
    score: float


@dataclass(frozen=True)
class MergeItem:
    record_uuid: uuid.UUID
    kind: str  # "iscrizione", "presenza", "nota"
    name: str  # the participant's name (the report is for the clerk who merges)
    outcome: Outcome
    detail: str = ""
    conflicts: tuple[Conflict, ...] = ()
    candidates: tuple[MatchCandidate, ...] = ()
    decided: str = ""  # how the clerk's decision was applied, for the report


@dataclass(frozen=True)
class Decisions:
    """The clerk's answers: a likely match confirmed (the person's uuid) or rejected (None), and per conflicting
    field which side wins."""

    matches: dict[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)
    conflicts: dict[tuple[uuid.UUID, str], Choice] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeResult:
    package_uuid: uuid.UUID
    event_title: str
    dry_run: bool
    items: tuple[MergeItem, ...]
    receipt_code: str  # "" in a dry run
    already_imported: bool  # the same package was merged before: nothing changed
    report_path: Path | None = None

    def count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def undecided(self) -> tuple[MergeItem, ...]:
        return tuple(i for i in self.items if i.outcome in (Outcome.CONFLICT, Outcome.LIKELY))
