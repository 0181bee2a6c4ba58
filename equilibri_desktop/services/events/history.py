"""A registry person's courses and certificates, an organisation's people trained: for the registry cards."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.events.codes import EventKind
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.storage.models import (
    Event,
    EventParticipant,
    Organisation,
    Person,
)


@dataclass(frozen=True)
class TrainingLink:
    event_uuid: uuid.UUID
    event_title: str
    kind_label: str
    first_day: date | None
    person_name: str
    status_label: str
    attended_hours: str
    has_certificate: bool


def _links(session, condition) -> tuple[TrainingLink, ...]:
    from equilibri_desktop.domain.events.attendance import format_hours

    rows = session.execute(select(EventParticipant, Event.uuid, Event.title, Event.kind, Event.first_day)
                           .join(Event, Event.id == EventParticipant.event_id).where(condition)
                           .order_by(Event.first_day.desc().nulls_last(), EventParticipant.search_name)).all()
    minutes: dict[int, dict[int, int]] = {}
    out = []
    for p, event_uuid, title, kind, first_day in rows:
        per_event = minutes.setdefault(p.event_id, records.attended_minutes(session, p.event_id))
        out.append(TrainingLink(event_uuid, title, EventKind(kind).label, first_day, f"{p.surname} {p.first_name}",
                                ParticipantStatus(p.status).label, format_hours(per_event.get(p.id, 0)),
                                p.certificate_uuid is not None))
    return tuple(out)


def person_trainings(db: Database, person_uuid: uuid.UUID) -> tuple[TrainingLink, ...]:
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        person = records.find(session, Person, person_uuid)
        return _links(session, EventParticipant.person_id == person.id)


def organisation_trainings(db: Database, organisation_uuid: uuid.UUID) -> tuple[TrainingLink, ...]:
    """Everyone who came from the organisation, one row per event attended."""
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        org = records.find(session, Organisation, organisation_uuid)
        return _links(session, EventParticipant.organisation_id == org.id)
