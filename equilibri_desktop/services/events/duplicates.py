"""Registrations of one person that slipped in twice (e.g. a codice fiscale added later): find and merge them."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.events.matching import identity_keys
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.services.events.dto import ParticipantRow
from equilibri_desktop.services.events.waiting import promote_waiting
from equilibri_desktop.storage.models import Event, EventAttendance, EventParticipant

# Which status survives a merge: the one that says most about what happened.
_RANK = {ParticipantStatus.PRESENTE: 5, ParticipantStatus.ASSENTE: 4, ParticipantStatus.ISCRITTA: 3,
         ParticipantStatus.IN_ATTESA: 2, ParticipantStatus.ANNULLATA: 1}


def duplicate_groups(db: Database, event_uuid: uuid.UUID) -> tuple[tuple[ParticipantRow, ...], ...]:
    """Groups of registrations of the same person in one event (two or more each)."""
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        people = list(session.scalars(select(EventParticipant).where(EventParticipant.event_id == event.id)
                                      .order_by(EventParticipant.id)))
        parent = {p.id: p.id for p in people}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        seen: dict[tuple, int] = {}
        for p in people:
            keys = list(identity_keys(p.surname, p.first_name, p.fiscal_code, p.birth_date, p.municipality_id))
            if p.person_id:
                keys.append(("person", p.person_id))
            for key in keys:
                if key in seen:
                    parent[root(p.id)] = root(seen[key])
                else:
                    seen[key] = p.id
        groups: dict[int, list[EventParticipant]] = {}
        for p in people:
            groups.setdefault(root(p.id), []).append(p)
        names = records.municipality_names(session)
        minutes = records.attended_minutes(session, event.id)
        return tuple(tuple(records.participant_row(p, names, minutes.get(p.id, 0), None) for p in group)
                     for group in groups.values() if len(group) > 1)


def merge_participants(db: Database, keep_uuid: uuid.UUID, drop_uuid: uuid.UUID) -> ParticipantRow:
    """Fold `drop` into `keep`: blanks filled, attendance united, the most telling status and the latest
    consents kept; `drop` is removed (its UUID stays in the trail). One transaction."""
    db.require(Permission.EVENTS_WRITE)
    if keep_uuid == drop_uuid:
        raise DomainError(code="events.duplicates.same")
    with db.unit_of_work() as session:
        keep = records.find(session, EventParticipant, keep_uuid)
        drop = records.find(session, EventParticipant, drop_uuid)
        if keep.event_id != drop.event_id:
            raise DomainError(code="events.duplicates.other_event")
        for name in ("sex", "birth_date", "municipality_id", "fiscal_code", "phone", "email", "organisation_id",
                     "organisation_name", "person_id", "certificate_uuid"):
            if not getattr(keep, name) and getattr(drop, name):
                setattr(keep, name, getattr(drop, name))
        drop_day, keep_day = drop.consent_on or drop.privacy_on, keep.consent_on or keep.privacy_on
        if drop_day and (keep_day is None or drop_day >= keep_day):
            for name in ("privacy_notice_version", "privacy_on", "consent_photos", "consent_news", "consent_on",
                         "consent_collected_by"):
                setattr(keep, name, getattr(drop, name))
        if _RANK[ParticipantStatus(drop.status)] > _RANK[ParticipantStatus(keep.status)]:
            keep.status = drop.status
        keep.registered_at = min(keep.registered_at, drop.registered_at)
        mine = {a.session_id: a for a in session.scalars(select(EventAttendance)
                                                         .where(EventAttendance.participant_id == keep.id))}
        for a in session.scalars(select(EventAttendance).where(EventAttendance.participant_id == drop.id)):
            if a.session_id not in mine:
                mine[a.session_id] = EventAttendance(participant_id=keep.id, session_id=a.session_id, present=a.present)
                session.add(mine[a.session_id])
            elif a.present and not mine[a.session_id].present:
                mine[a.session_id].present = True
            session.delete(a)
        session.flush()
        audit.record(session, AuditAction.MERGE, table_name="event_participant", record_uuid=keep.uuid,
                     detail=f"iscrizione {drop.uuid} unita a {keep.uuid}")
        session.delete(drop)
        session.flush()
        promote_waiting(session, session.get(Event, keep.event_id))
        session.flush()
        return records.participant_row(keep, records.municipality_names(session),
                                       records.attended_minutes(session, keep.event_id).get(keep.id, 0), None)

