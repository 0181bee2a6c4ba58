"""What the clerk does at the event, on the laptop: register someone (short form, codice fiscale checked when
given and recognised against the office's registrations by its keyed hash), intake notes. Attendance and
consents are the events services themselves (`mark_attendance`, `record_consents`), on the laptop database.

Each call is one committed transaction: what the clerk confirmed is on disk before the screen says so.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import func, or_, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.events.rules import ParticipantInput
from equilibri_desktop.domain.field.matching import LIKELY_SCORE, fiscal_code_hash, name_score
from equilibri_desktop.domain.identifiers import normalise_fiscal_code, validate_person_fiscal_code
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import participants, records
from equilibri_desktop.services.events.dto import Consents, Registration
from equilibri_desktop.services.field.dto import FieldRegistration, NoteRow
from equilibri_desktop.services.field.laptop import kit_meta
from equilibri_desktop.storage.models import EventParticipant, FieldBase, FieldNote

NOTE_MAX = 2000


def register_in_field(db: Database, event_uuid: uuid.UUID, data: ParticipantInput,
                      consents: Consents | None = None) -> Registration:
    """Register at the event. A codice fiscale is optional, but when given it must be valid (its birth date and
    sex fill the blanks); a code the office already registered for this event is that registration, completed."""
    db.require(Permission.EVENTS_WRITE)
    code = normalise_fiscal_code(data.fiscal_code)
    if code:
        decoded = validate_person_fiscal_code(code)
        if data.birth_date is not None and data.birth_date != decoded.birth_date:
            raise ValidationError.coded("birth_date", "field.capture.birth_date", birth_date=decoded.birth_date)
        data = replace(data, fiscal_code=code, birth_date=data.birth_date or decoded.birth_date,
                       sex=data.sex or decoded.sex)
        office = _office_registration(db, code)
        if office is not None:
            row = participants.record_consents(db, office, consents) if consents else _row(db, event_uuid, office)
            return Registration(row, merged=True)
    return participants.register_participant(db, event_uuid, data, consents)


def register_and_check(db: Database, event_uuid: uuid.UUID, data: ParticipantInput,
                       consents: Consents | None = None) -> FieldRegistration:
    """Register (saved at once, as always), then name the laptop's registrations she may repeat."""
    registration = register_in_field(db, event_uuid, data, consents)
    return FieldRegistration(registration, possible_repeats(db, registration.participant.uuid))


def possible_repeats(db: Database, participant_uuid: uuid.UUID) -> tuple[str, ...]:
    """The event's other registrations on this laptop that may be the same person typed twice: a similar name
    (a typing slip allowed) with the same birth date or the same municipality. The events service folds a
    registration only when the codice fiscale, or name, birth date and municipality together, are the same; with
    one of them missing, the person is in front of the clerk now, and she can check — the office would
    otherwise only see two people."""
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        p = records.find(session, EventParticipant, participant_uuid)
        same = ([EventParticipant.birth_date == p.birth_date] if p.birth_date is not None else []) + (
            [EventParticipant.municipality_id == p.municipality_id] if p.municipality_id is not None else [])
        if not same:
            return ()
        rows = session.execute(select(EventParticipant.surname, EventParticipant.first_name,
                                      EventParticipant.fiscal_code)
                               .where(EventParticipant.event_id == p.event_id, EventParticipant.id != p.id, or_(*same))
                               .order_by(EventParticipant.id))
        # Two different codes are two people; the kit never carries the office's codes, so "" proves nothing.
        return tuple(f"{surname} {first}" for surname, first, code in rows
                     if not (code and p.fiscal_code and code != p.fiscal_code)
                     and name_score(p.surname, p.first_name, surname, first) >= LIKELY_SCORE)


def _office_registration(db: Database, code: str) -> uuid.UUID | None:
    with db.unit_of_work() as session:
        key = bytes.fromhex(kit_meta(session)["cf_key"])
        return session.scalar(select(FieldBase.record_uuid).where(
            FieldBase.fiscal_code_hash == fiscal_code_hash(key, code), FieldBase.table_name == "event_participant"))


def _row(db: Database, event_uuid: uuid.UUID, participant_uuid: uuid.UUID):
    return next(p for p in participants.list_participants(db, event_uuid) if p.uuid == participant_uuid)


def add_note(db: Database, participant_uuid: uuid.UUID, text: str) -> NoteRow:
    db.require(Permission.EVENTS_WRITE)
    clean = text.strip()
    if not clean:
        raise ValidationError.coded("note", "field.capture.note_empty")
    if len(clean) > NOTE_MAX:
        raise ValidationError.coded("note", "field.capture.note_too_long", length=len(clean), maximum=NOTE_MAX)
    with db.unit_of_work() as session:
        p = records.find(session, EventParticipant, participant_uuid)
        note = FieldNote(participant_id=p.id, text=clean)
        session.add(note)
        session.flush()
        return NoteRow(note.uuid, p.uuid, f"{p.surname} {p.first_name}", note.text, note.created_at, note.created_by)


def list_notes(db: Database) -> tuple[NoteRow, ...]:
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        rows = session.execute(select(FieldNote, EventParticipant.uuid, EventParticipant.surname,
                                      EventParticipant.first_name)
                               .join(EventParticipant, EventParticipant.id == FieldNote.participant_id)
                               .order_by(FieldNote.created_at.desc(), FieldNote.id.desc()))
        return tuple(NoteRow(n.uuid, pu, f"{s} {f}", n.text, n.created_at, n.created_by) for n, pu, s, f in rows)


def count_notes(db: Database) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(FieldNote)) or 0
