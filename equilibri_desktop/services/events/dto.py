"""What the events services hand to screens and documents: frozen rows built inside the session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from equilibri_desktop.domain.events.attendance import hours


@dataclass(frozen=True)
class EventFilter:
    text: str = ""
    kind: str = ""
    line_of_work: str = ""
    year: int | None = None
    sort: str = "first_day"  # first_day | title | kind
    descending: bool = True


@dataclass(frozen=True)
class EventRow:
    uuid: uuid.UUID
    title: str
    kind: str
    kind_label: str
    line_of_work_label: str
    municipality: str
    first_day: date | None
    sessions: int
    total_minutes: int
    counted: int
    waiting: int
    capacity: int | None
    registration_open: bool

    @property
    def hours(self) -> Decimal:
        return hours(self.total_minutes)


@dataclass(frozen=True)
class SessionRow:
    uuid: uuid.UUID
    position: int
    day: date
    starts: time
    ends: time
    minutes: int
    trainer: str
    topic: str

    @property
    def label(self) -> str:
        return f"{self.position}. {self.day:%d/%m/%Y} {self.starts:%H:%M}–{self.ends:%H:%M}"


@dataclass(frozen=True)
class PartnerRow:
    uuid: uuid.UUID
    name: str


@dataclass(frozen=True)
class EventDetail:
    uuid: uuid.UUID
    version: int
    kind: str
    title: str
    line_of_work: str
    place: str
    municipality_id: int | None
    municipality: str
    organiser: str
    target: str
    capacity: int | None
    registration_open: bool
    min_attendance_pct: Decimal
    certificate_kind: str
    topics: str
    signer_name: str
    signer_role: str
    notes: str
    sessions: tuple[SessionRow, ...]
    partners: tuple[PartnerRow, ...]
    counted: int
    waiting: int

    @property
    def total_minutes(self) -> int:
        return sum(s.minutes for s in self.sessions)

    @property
    def places_left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.counted, 0)


@dataclass(frozen=True)
class ParticipantRow:
    uuid: uuid.UUID
    surname: str
    first_name: str
    organisation: str
    status: str
    status_label: str
    next_statuses: tuple[str, ...]  # allowed now (from the domain's table)
    fiscal_code: str
    birth_date: date | None
    municipality: str
    email: str
    phone: str
    in_registry: bool
    waiting_position: int | None
    privacy_notice_version: str
    consent_photos: bool
    consent_news: bool
    attended_minutes: int
    has_certificate: bool
    # What a form needs to complete or correct the registration later (codes, not labels).
    sex: str = ""
    municipality_id: int | None = None
    participant_kind: str = ""

    @property
    def name(self) -> str:
        return f"{self.surname} {self.first_name}"


@dataclass(frozen=True)
class Registration:
    participant: ParticipantRow
    merged: bool  # True: the same person was already registered; her registration was completed instead
    promoted: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class AttendanceRow:
    participant_uuid: uuid.UUID
    name: str
    organisation: str
    status_label: str
    present: bool
    can_attend: bool


@dataclass(frozen=True)
class Consents:
    privacy_notice_version: str = ""
    photos: bool = False
    news: bool = False
    on: date | None = None  # the office day when None
