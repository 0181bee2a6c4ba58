"""Validation of events, sessions and participants: every problem named next to its field, nothing half-saved."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time
from decimal import Decimal

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.events.codes import (
    CertificateKind,
    EventKind,
    LineOfWork,
    Target,
)

DEFAULT_MIN_ATTENDANCE_PCT = Decimal(75)  # usual for professional courses; a setting of each event


@dataclass(frozen=True)
class SessionInput:
    day: date | None
    starts: time | None
    ends: time | None
    trainer: str = ""
    topic: str = ""
    uuid: object | None = None  # an existing session being edited, None for a new one

    @property
    def minutes(self) -> int:
        if not (self.starts and self.ends):
            return 0
        return (self.ends.hour * 60 + self.ends.minute) - (self.starts.hour * 60 + self.starts.minute)


@dataclass(frozen=True)
class EventInput:
    kind: str = EventKind.CORSO.value
    title: str = ""
    line_of_work: str = LineOfWork.RETE.value
    place: str = ""
    municipality_id: int | None = None
    organiser: str = ""
    target: str = Target.PROFESSIONISTI.value
    capacity: int | None = None
    registration_open: bool = True
    min_attendance_pct: Decimal = DEFAULT_MIN_ATTENDANCE_PCT
    certificate_kind: str = CertificateKind.FREQUENZA.value
    topics: str = ""
    signer_name: str = ""
    signer_role: str = ""
    notes: str = ""
    partner_uuids: tuple = ()
    sessions: tuple[SessionInput, ...] = field(default_factory=tuple)


def _session_errors(index: int, s: SessionInput) -> list[FieldError]:
    where = f"sessions[{index}]"
    errors = []
    if s.day is None:
        errors.append(FieldError.coded(where, "events.rules.session_date_missing", number=index + 1))
    if s.starts is None or s.ends is None:
        errors.append(FieldError.coded(where, "events.rules.session_times_missing", number=index + 1))
    elif s.minutes <= 0:
        errors.append(FieldError.coded(where, "events.rules.session_ends_early", number=index + 1, ends=s.ends,
                                           starts=s.starts))
    return errors


def validate_session(index: int, s: SessionInput) -> SessionInput:
    errors = _session_errors(index, s)
    if errors:
        raise ValidationError(errors)
    return replace(s, trainer=s.trainer.strip(), topic=s.topic.strip())


def validate_event(data: EventInput, registered: int = 0) -> EventInput:
    """The cleaned event, or a ValidationError listing every wrong field; `registered` is how many
    participants hold a place now (the capacity may not fall below it)."""
    errors: list[FieldError] = []
    title = data.title.strip()
    if not title:
        errors.append(FieldError.coded("title", "events.rules.title"))
    for name, enum in (("kind", EventKind), ("line_of_work", LineOfWork), ("target", Target),
                       ("certificate_kind", CertificateKind)):
        if getattr(data, name) not in {m.value for m in enum}:
            errors.append(FieldError.coded(name, "events.rules.choice_unknown"))
    if data.capacity is not None:
        if data.capacity < 1:
            errors.append(FieldError.coded("capacity", "events.rules.capacity"))
        elif data.capacity < registered:
            errors.append(FieldError.coded("capacity", "events.rules.capacity_below_registered", registered=registered,
                                           capacity=data.capacity))
    if not (Decimal(0) <= data.min_attendance_pct <= Decimal(100)):
        errors.append(FieldError.coded("min_attendance_pct", "events.rules.min_attendance_pct"))
    sessions = []
    for i, s in enumerate(data.sessions):
        found = _session_errors(i, s)
        errors += found
        if not found:
            sessions.append(replace(s, trainer=s.trainer.strip(), topic=s.topic.strip()))
    if errors:
        raise ValidationError(errors)
    return replace(data, title=title, place=data.place.strip(), organiser=data.organiser.strip(),
                   sessions=tuple(sessions))


@dataclass(frozen=True)
class ParticipantInput:
    """Minimal data taken at the event (name and a contact); the rest may be completed later."""

    surname: str = ""
    first_name: str = ""
    sex: str = ""
    birth_date: date | None = None
    municipality_id: int | None = None
    fiscal_code: str = ""
    phone: str = ""
    email: str = ""
    organisation_uuid: object | None = None
    organisation_name: str = ""
    participant_kind: str = Target.CITTADINI.value
    person_uuid: object | None = None  # registry person, when taken from the registry


def validate_participant(data: ParticipantInput) -> ParticipantInput:
    errors = []
    surname, first = data.surname.strip(), data.first_name.strip()
    if not surname:
        errors.append(FieldError.coded("surname", "events.rules.surname"))
    if not first:
        errors.append(FieldError.coded("first_name", "events.rules.first_name"))
    code = data.fiscal_code.strip().upper()
    if code and len(code) != 16:
        errors.append(FieldError.coded("fiscal_code", "events.rules.fiscal_code"))
    if data.sex not in ("", "F", "M"):
        errors.append(FieldError.coded("sex", "events.rules.sex"))
    if data.participant_kind not in {t.value for t in Target}:
        errors.append(FieldError.coded("participant_kind", "events.rules.participant_kind"))
    if errors:
        raise ValidationError(errors)
    return replace(data, surname=surname, first_name=first, fiscal_code=code, phone=data.phone.strip(),
                   email=data.email.strip(), organisation_name=data.organisation_name.strip())
