"""The events history of the registry cards: a person's registrations, attendance and certificates; an
organisation's people trained and the events it organised or joined as a partner. Paged and sorted in SQL
(an organisation may send hundreds of people to courses over the years)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, literal, or_, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.events.attendance import format_hours
from equilibri_desktop.domain.events.codes import EventKind
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.services.registry.card_pages import CardPage, sorted_slice
from equilibri_desktop.storage.models import (
    Event,
    EventAttendance,
    EventParticipant,
    EventPartner,
    EventSession,
    Organisation,
    Person,
)


@dataclass(frozen=True)
class TrainingLink:
    """One registration: the event, the person, where she stands, the hours she attended, her certificate."""

    uuid: uuid.UUID  # the registration
    event_uuid: uuid.UUID
    event_title: str
    kind_label: str
    first_day: date | None
    person_uuid: uuid.UUID | None  # None: registered at the event, not (yet) in the registry
    person_name: str
    status_label: str
    attended_minutes: int
    total_minutes: int
    certificate_uuid: uuid.UUID | None  # the register's document

    @property
    def attended_hours(self) -> str:
        return format_hours(self.attended_minutes)

    @property
    def has_certificate(self) -> bool:
        return self.certificate_uuid is not None


@dataclass(frozen=True)
class EventRoleLink:
    """An event the organisation organised or joined as a partner."""

    uuid: uuid.UUID  # the event
    title: str
    kind_label: str
    first_day: date | None
    organiser: bool
    partner: bool
    people: int  # its participants who came from the organisation
    total_minutes: int

    @property
    def roles(self) -> tuple[bool, bool]:
        return self.organiser, self.partner


def is_participant(session, person_id: int) -> bool:
    """Whether the person registered for any event: the events line of work is then hers too (need to know)."""
    return session.scalar(select(EventParticipant.id).where(EventParticipant.person_id == person_id).limit(1)) \
        is not None


def _minutes_of_event():
    return (select(func.coalesce(func.sum(EventSession.minutes), 0)).where(EventSession.event_id == Event.id)
            .correlate(Event).scalar_subquery())


def _attended_minutes():
    return (select(func.coalesce(func.sum(EventSession.minutes), 0))
            .join(EventAttendance, EventAttendance.session_id == EventSession.id)
            .where(EventAttendance.participant_id == EventParticipant.id, EventAttendance.present.is_(True))
            .correlate(EventParticipant).scalar_subquery())


def _by_label(column, enum):
    """Sort a coded column by its label, as the clerk reads it."""
    return case({item.value: item.label for item in enum}, value=column, else_=column)


def _trainings(db: Database, owner_model, owner_uuid: uuid.UUID, owner_column, sort: str | None, descending: bool,
               offset: int, limit: int) -> CardPage[TrainingLink]:
    attended, total = _attended_minutes().label("attended"), _minutes_of_event().label("total")
    with db.unit_of_work() as session:
        owner = records.find(session, owner_model, owner_uuid)
        query = (select(EventParticipant, Event.uuid, Event.title, Event.kind, Event.first_day, Person.uuid,
                        attended, total)
                 .join(Event, Event.id == EventParticipant.event_id)
                 .outerjoin(Person, Person.id == EventParticipant.person_id)
                 .where(owner_column == owner.id))
        sorts = {"first_day": Event.first_day, "event_title": func.lower(Event.title),
                 "kind_label": _by_label(Event.kind, EventKind), "person_name": EventParticipant.search_name,
                 "status_label": _by_label(EventParticipant.status, ParticipantStatus),
                 "attended_hours": attended, "has_certificate": EventParticipant.certificate_uuid.is_not(None)}
        count, rows = sorted_slice(session, query, sorts, sort, descending, offset, limit, EventParticipant.id)
        return CardPage(tuple(
            TrainingLink(p.uuid, event_uuid, title, EventKind(kind).label, first_day, person_uuid,
                         f"{p.surname} {p.first_name}", ParticipantStatus(p.status).label, int(minutes or 0),
                         int(event_minutes or 0), p.certificate_uuid)
            for p, event_uuid, title, kind, first_day, person_uuid, minutes, event_minutes in rows), count)


def person_trainings(db: Database, person_uuid: uuid.UUID, sort: str | None = "first_day", descending: bool = True,
                     offset: int = 0, limit: int = 200) -> CardPage[TrainingLink]:
    """The events a registry person registered for, with attendance and certificate."""
    db.require(Permission.EVENTS_READ)
    return _trainings(db, Person, person_uuid, EventParticipant.person_id, sort, descending, offset, limit)


def organisation_trainings(db: Database, organisation_uuid: uuid.UUID, sort: str | None = "first_day",
                           descending: bool = True, offset: int = 0, limit: int = 200) -> CardPage[TrainingLink]:
    """Everyone who came from the organisation, one row per event."""
    db.require(Permission.EVENTS_READ)
    return _trainings(db, Organisation, organisation_uuid, EventParticipant.organisation_id, sort, descending,
                      offset, limit)


def organisation_events(db: Database, organisation_uuid: uuid.UUID, sort: str | None = "first_day",
                        descending: bool = True, offset: int = 0, limit: int = 200) -> CardPage[EventRoleLink]:
    """The events the organisation organised (the organiser typed as its name) or joined as a partner."""
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        org = records.find(session, Organisation, organisation_uuid)
        # The organiser is free text (often the office itself): it names this organisation when it is its name.
        organiser = func.lower(func.trim(Event.organiser)) == org.name.strip().lower()
        partner = (select(literal(1)).where(EventPartner.event_id == Event.id, EventPartner.organisation_id == org.id)
                   .correlate(Event).exists())
        people = (select(func.count(EventParticipant.id))
                  .where(EventParticipant.event_id == Event.id, EventParticipant.organisation_id == org.id)
                  .correlate(Event).scalar_subquery().label("people"))
        total = _minutes_of_event().label("total")
        query = (select(Event.uuid, Event.title, Event.kind, Event.first_day, organiser.label("organiser"),
                        partner.label("partner"), people, total).where(or_(organiser, partner)))
        sorts = {"first_day": Event.first_day, "title": func.lower(Event.title),
                 "kind_label": _by_label(Event.kind, EventKind), "people": people, "total_minutes": total}
        count, rows = sorted_slice(session, query, sorts, sort, descending, offset, limit, Event.id)
        return CardPage(tuple(EventRoleLink(key, title, EventKind(kind).label, first_day, bool(is_organiser),
                                            bool(is_partner), int(n or 0), int(minutes or 0))
                              for key, title, kind, first_day, is_organiser, is_partner, n, minutes in rows), count)
