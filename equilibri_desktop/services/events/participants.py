"""Registrations: register (from the registry or new at the event), change status, complete data later,
consents, and one registration per person — a second one for the same person (same codice fiscale, or same
name + birth date + municipality, or the same registry person) completes the first instead of duplicating it.

`register_participant` needs no interface: field laptops and imports call it as the screens do.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today, utc_now
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.events.matching import identity_keys
from equilibri_desktop.domain.events.rules import ParticipantInput, validate_participant
from equilibri_desktop.domain.events.statuses import (
    ParticipantStatus,
    check_transition,
    status_on_entry,
)
from equilibri_desktop.domain.search_keys import person_name_key
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.services.events.dto import Consents, ParticipantRow, Registration
from equilibri_desktop.services.events.waiting import promote_waiting
from equilibri_desktop.storage.models import (
    Event,
    EventParticipant,
    Organisation,
    Person,
)

log = logging.getLogger(__name__)
_FILLABLE = ("sex", "birth_date", "municipality_id", "fiscal_code", "phone", "email", "organisation_id",
             "organisation_name", "person_id")


def _from_registry(session: Session, data: ParticipantInput) -> tuple[ParticipantInput, int | None]:
    if data.person_uuid is None:
        return data, None
    person = records.find(session, Person, data.person_uuid)
    return replace(data, surname=data.surname or person.surname, first_name=data.first_name or person.first_name,
                   sex=data.sex or person.sex, birth_date=data.birth_date or person.birth_date,
                   municipality_id=data.municipality_id or person.municipality_id,
                   fiscal_code=data.fiscal_code or (person.fiscal_code or ""), phone=data.phone or person.phone,
                   email=data.email or person.email), person.id


def _organisation(session: Session, data: ParticipantInput) -> tuple[int | None, str]:
    if data.organisation_uuid is None:
        return None, data.organisation_name
    org = session.scalar(select(Organisation).where(Organisation.uuid == data.organisation_uuid))
    return (org.id, org.name) if org else (None, data.organisation_name)


def _same_person(session: Session, event_id: int, values: dict) -> EventParticipant | None:
    conditions = []
    if values.get("person_id"):
        conditions.append(EventParticipant.person_id == values["person_id"])
    for key in identity_keys(values["surname"], values["first_name"], values["fiscal_code"], values["birth_date"],
                             values["municipality_id"]):
        if key[0] == "cf":
            conditions.append(EventParticipant.fiscal_code == key[1])
        else:
            conditions.append(and_(EventParticipant.search_name == key[1], EventParticipant.birth_date == key[2],
                                   EventParticipant.municipality_id == key[3]))
    if not conditions:
        return None
    return session.scalar(select(EventParticipant).where(EventParticipant.event_id == event_id, or_(*conditions))
                          .order_by(EventParticipant.id).limit(1))


def _apply_consents(p: EventParticipant, consents: Consents | None, collector: str) -> None:
    if consents is None:
        return
    day = consents.on or office_today()
    if consents.privacy_notice_version:
        p.privacy_notice_version, p.privacy_on = consents.privacy_notice_version, day
    p.consent_photos, p.consent_news, p.consent_on, p.consent_collected_by = (
        consents.photos, consents.news, day, collector)


def _row(session: Session, p: EventParticipant) -> ParticipantRow:
    waiting = None
    if p.status == ParticipantStatus.IN_ATTESA.value:
        waiting = next((i + 1 for i, w in enumerate(records.waiting_list(session, p.event_id)) if w.id == p.id), None)
    return records.participant_row(p, records.municipality_names(session),
                                   records.attended_minutes(session, p.event_id).get(p.id, 0), waiting)


def register_participant(db: Database, event_uuid: uuid.UUID, data: ParticipantInput,
                         consents: Consents | None = None) -> Registration:
    """Register someone: with a place while there are places, on the waiting list otherwise. The same person
    registered again completes the first registration (`merged=True`) instead of adding a second one."""
    db.require(Permission.EVENTS_WRITE)
    with db.unit_of_work() as session:
        filled, person_id = _from_registry(session, data)
        clean = validate_participant(filled)
        event = records.find(session, Event, event_uuid, lock=True)
        org_id, org_name = _organisation(session, clean)
        values = {name: getattr(clean, name) for name in ("surname", "first_name", "sex", "birth_date",
                                                          "municipality_id", "fiscal_code", "phone", "email")}
        values |= {"organisation_id": org_id, "organisation_name": org_name, "person_id": person_id}
        existing = _same_person(session, event.id, values)
        if existing is not None:
            for name in _FILLABLE:
                if not getattr(existing, name) and values[name]:
                    setattr(existing, name, values[name])
            if existing.status == ParticipantStatus.ANNULLATA.value:
                existing.status = status_on_entry(records.counted(session, event.id), event.capacity).value
            _apply_consents(existing, consents, db.user)
            session.flush()
            log.info("event %s: registration %s completed by a repeated one", event.uuid, existing.uuid)
            return Registration(_row(session, existing), merged=True)
        if not event.registration_open:
            raise DomainError(code="events.participants.closed")
        status = status_on_entry(records.counted(session, event.id), event.capacity)
        p = EventParticipant(event_id=event.id, participant_kind=clean.participant_kind, status=status.value,
                             registered_at=utc_now(), search_name=person_name_key(clean.surname, clean.first_name),
                             **values)
        _apply_consents(p, consents, db.user)
        session.add(p)
        session.flush()
        return Registration(_row(session, p), merged=False)


def update_participant(db: Database, participant_uuid: uuid.UUID, data: ParticipantInput) -> ParticipantRow:
    """Complete or correct the data of a registration (e.g. someone new at the event, later in the office)."""
    db.require(Permission.EVENTS_WRITE)
    with db.unit_of_work() as session:
        p = records.find(session, EventParticipant, participant_uuid)
        filled, person_id = _from_registry(session, data)
        clean = validate_participant(filled)
        org_id, org_name = _organisation(session, clean)
        for name in ("surname", "first_name", "sex", "birth_date", "municipality_id", "fiscal_code", "phone",
                     "email", "participant_kind"):
            setattr(p, name, getattr(clean, name))
        if org_id is not None or org_name != p.organisation_name:
            # The same name typed again keeps the registry organisation it came from (its card counts her).
            p.organisation_id, p.organisation_name = org_id, org_name
        p.person_id = person_id or p.person_id
        p.search_name = person_name_key(clean.surname, clean.first_name)
        session.flush()
        return _row(session, p)


def record_consents(db: Database, participant_uuid: uuid.UUID, consents: Consents) -> ParticipantRow:
    db.require(Permission.EVENTS_WRITE)
    with db.unit_of_work() as session:
        p = records.find(session, EventParticipant, participant_uuid)
        _apply_consents(p, consents, db.user)
        session.flush()
        return _row(session, p)


def change_status(db: Database, participant_uuid: uuid.UUID, new_status: ParticipantStatus | str
                  ) -> tuple[ParticipantRow, tuple[uuid.UUID, ...]]:
    """Move a registration along the allowed transitions; a freed place goes to the waiting list. Returns the
    registration and the UUIDs moved up from the waiting list."""
    db.require(Permission.EVENTS_WRITE)
    with db.unit_of_work() as session:
        p = records.find(session, EventParticipant, participant_uuid)
        event = records.find(session, Event, _event_uuid(session, p), lock=True)
        new = check_transition(p.status, new_status)
        was_counted = ParticipantStatus(p.status).counted
        if new.counted and not was_counted and event.capacity is not None \
                and records.counted(session, event.id) >= event.capacity:
            raise DomainError(code="events.participants.full", params={"capacity": event.capacity})
        p.status = new.value
        session.flush()
        promoted = promote_waiting(session, event) if was_counted and not new.counted else ()
        return _row(session, p), promoted


def _event_uuid(session: Session, p: EventParticipant) -> uuid.UUID:
    return session.scalar(select(Event.uuid).where(Event.id == p.event_id))


def list_participants(db: Database, event_uuid: uuid.UUID, text: str = "", status: str = ""
                      ) -> tuple[ParticipantRow, ...]:
    """The event's registrations by name; the waiting list shows each one's place in line."""
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        query = select(EventParticipant).where(EventParticipant.event_id == event.id)
        if text.strip():
            query = query.where(EventParticipant.search_name.contains(person_name_key(text, "").strip(),
                                                                      autoescape=True))
        if status:
            query = query.where(EventParticipant.status == status)
        minutes = records.attended_minutes(session, event.id)
        line = {w.id: i + 1 for i, w in enumerate(records.waiting_list(session, event.id))}
        names = records.municipality_names(session)
        return tuple(records.participant_row(p, names, minutes.get(p.id, 0), line.get(p.id))
                     for p in session.scalars(query.order_by(EventParticipant.search_name, EventParticipant.id)))
