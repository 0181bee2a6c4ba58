"""Events: list with filter and sort, read, create and change (sessions and partners included), open or
close registrations. A change that lowers the capacity below who already holds a place is refused."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace

from sqlalchemy import case, extract, func, or_, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.events.codes import EventKind, LineOfWork
from equilibri_desktop.domain.events.rules import EventInput, validate_event
from equilibri_desktop.domain.events.statuses import COUNTED, ParticipantStatus
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.events import records
from equilibri_desktop.services.events.dto import EventDetail, EventFilter, EventRow
from equilibri_desktop.services.events.waiting import promote_waiting
from equilibri_desktop.storage.models import (
    Event,
    EventParticipant,
    EventPartner,
    EventSession,
    Municipality,
    Organisation,
)

log = logging.getLogger(__name__)
_SORTS = {"first_day": Event.first_day, "title": Event.title, "kind": Event.kind}


def list_events(db: Database, criteria: EventFilter | None = None) -> tuple[EventRow, ...]:
    """Events filtered and sorted in SQL; a few hundred a year, so one page."""
    criteria = criteria or EventFilter()
    db.require(Permission.EVENTS_READ)
    sessions = (select(EventSession.event_id, func.count(EventSession.id).label("n"),
                       func.sum(EventSession.minutes).label("minutes")).group_by(EventSession.event_id).subquery())
    people = (select(EventParticipant.event_id,
                     func.sum(case((EventParticipant.status.in_([s.value for s in COUNTED]), 1), else_=0)).label("c"),
                     func.sum(case((EventParticipant.status == ParticipantStatus.IN_ATTESA.value, 1), else_=0))
                     .label("w")).group_by(EventParticipant.event_id).subquery())
    query = (select(Event, Municipality.name, sessions.c.n, sessions.c.minutes, people.c.c, people.c.w)
             .outerjoin(Municipality, Municipality.id == Event.municipality_id)
             .outerjoin(sessions, sessions.c.event_id == Event.id).outerjoin(people, people.c.event_id == Event.id))
    if criteria.text.strip():
        text = criteria.text.strip().lower()
        query = query.where(or_(func.lower(Event.title).contains(text, autoescape=True),
                                func.lower(Event.place).contains(text, autoescape=True)))
    if criteria.kind:
        query = query.where(Event.kind == criteria.kind)
    if criteria.line_of_work:
        query = query.where(Event.line_of_work == criteria.line_of_work)
    if criteria.year:
        query = query.where(extract("year", Event.first_day) == criteria.year)
    column = _SORTS.get(criteria.sort, Event.first_day)
    query = query.order_by(column.desc().nulls_last() if criteria.descending else column.asc().nulls_last(),
                           Event.id.desc())
    with db.unit_of_work() as session:
        return tuple(EventRow(e.uuid, e.title, e.kind, EventKind(e.kind).label, LineOfWork(e.line_of_work).label,
                              place or "", e.first_day, int(n or 0), int(minutes or 0), int(c or 0), int(w or 0),
                              e.capacity, e.registration_open)
                     for e, place, n, minutes, c, w in session.execute(query))


def get_event(db: Database, event_uuid: uuid.UUID) -> EventDetail:
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        return records.event_detail(session, records.find(session, Event, event_uuid))


def _apply(session, event: Event, clean: EventInput) -> None:
    for name in ("kind", "title", "line_of_work", "place", "municipality_id", "organiser", "target", "capacity",
                 "registration_open", "min_attendance_pct", "certificate_kind", "topics", "signer_name",
                 "signer_role", "notes"):
        setattr(event, name, getattr(clean, name))
    existing = {s.uuid: s for s in session.scalars(select(EventSession).where(EventSession.event_id == event.id))}
    kept = set()
    for position, s in enumerate(clean.sessions):
        row = existing.get(s.uuid) if s.uuid else None
        if row is None:
            row = EventSession(event_id=event.id)
            session.add(row)
        else:
            kept.add(row.uuid)
        row.position, row.day, row.starts, row.ends = position, s.day, s.starts, s.ends
        row.minutes, row.trainer, row.topic = s.minutes, s.trainer, s.topic
    for gone in set(existing) - kept:
        _drop_session(session, existing[gone])
    event.first_day = min((s.day for s in clean.sessions), default=None)
    wanted = set(clean.partner_uuids)
    ids = dict(session.execute(select(Organisation.uuid, Organisation.id).where(Organisation.uuid.in_(wanted)))
               .all()) if wanted else {}
    current = {p.organisation_id: p for p in session.scalars(select(EventPartner)
                                                             .where(EventPartner.event_id == event.id))}
    for org_id in set(ids.values()) - set(current):
        session.add(EventPartner(event_id=event.id, organisation_id=org_id))
    for org_id in set(current) - set(ids.values()):
        session.delete(current[org_id])


def _drop_session(session, row: EventSession) -> None:
    from equilibri_desktop.storage.models import EventAttendance

    for attendance in session.scalars(select(EventAttendance).where(EventAttendance.session_id == row.id)):
        session.delete(attendance)
    session.flush()
    session.delete(row)


def create_event(db: Database, data: EventInput) -> EventDetail:
    db.require(Permission.EVENTS_WRITE)
    clean = validate_event(data)
    with db.unit_of_work() as session:
        event = Event(kind=clean.kind, title=clean.title, line_of_work=clean.line_of_work, target=clean.target,
                      certificate_kind=clean.certificate_kind)
        session.add(event)
        session.flush()
        _apply(session, event, clean)
        session.flush()
        log.info("event %s created", event.uuid)
        return records.event_detail(session, event)


def update_event(db: Database, event_uuid: uuid.UUID, expected_version: int, data: EventInput) -> EventDetail:
    """Save the event; a larger capacity moves the waiting list up."""
    db.require(Permission.EVENTS_WRITE)
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid, lock=True)
        check_version(event, expected_version)
        clean = validate_event(data, registered=records.counted(session, event.id))
        _apply(session, event, clean)
        session.flush()
        promote_waiting(session, event)
        session.flush()
        return records.event_detail(session, event)


def set_registration_open(db: Database, event_uuid: uuid.UUID, is_open: bool) -> EventDetail:
    db.require(Permission.EVENTS_WRITE)
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        event.registration_open = is_open
        session.flush()
        return records.event_detail(session, event)


def event_input_defaults(db: Database) -> EventInput:
    """A new event: a course organised by the office, signed by its signatory."""
    from equilibri_desktop.services.admin import office_profile

    db.require(Permission.EVENTS_READ)
    profile = office_profile.load_profile(db)
    return EventInput(organiser=profile.body_name, signer_name=profile.signatory_name,
                      signer_role=profile.signatory_role)


def organisation_choices(db: Database) -> tuple[tuple[uuid.UUID, str], ...]:
    """Organisations of the registry that may be partners, by name."""
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        rows = session.execute(select(Organisation.uuid, Organisation.name).order_by(Organisation.name).limit(2000))
        return tuple((key, name) for key, name in rows)


def event_input(detail: EventDetail) -> EventInput:
    """The editable values of a stored event, for a form to start from."""
    from equilibri_desktop.domain.events.rules import SessionInput

    return replace(EventInput(), kind=detail.kind, title=detail.title, line_of_work=detail.line_of_work,
                   place=detail.place, municipality_id=detail.municipality_id, organiser=detail.organiser,
                   target=detail.target, capacity=detail.capacity, registration_open=detail.registration_open,
                   min_attendance_pct=detail.min_attendance_pct, certificate_kind=detail.certificate_kind,
                   topics=detail.topics, signer_name=detail.signer_name, signer_role=detail.signer_role,
                   notes=detail.notes, partner_uuids=tuple(p.uuid for p in detail.partners),
                   sessions=tuple(SessionInput(s.day, s.starts, s.ends, s.trainer, s.topic, s.uuid)
                                  for s in detail.sessions))
