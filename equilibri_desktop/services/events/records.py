"""Shared lookups of the events services: find rows by UUID, count places, build DTOs."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.events.statuses import (
    COUNTED,
    ParticipantStatus,
    allowed_next,
)
from equilibri_desktop.services.events.dto import (
    EventDetail,
    ParticipantRow,
    PartnerRow,
    SessionRow,
)
from equilibri_desktop.storage.models import (
    Event,
    EventAttendance,
    EventParticipant,
    EventPartner,
    EventSession,
    Municipality,
    Organisation,
)

_MISSING = {
    Event: "events.records.event_gone",
    EventSession: "events.records.session_gone",
    EventParticipant: "events.records.participant_gone",
}


def find(session: Session, model, record_uuid: uuid.UUID, *, lock: bool = False):
    query = select(model).where(model.uuid == record_uuid)
    if lock:
        query = query.with_for_update()
    row = session.scalar(query)
    if row is None:
        raise NotFoundError(code=_MISSING.get(model, "events.records.record_gone"))
    return row


def counted(session: Session, event_id: int) -> int:
    return session.scalar(select(func.count()).select_from(EventParticipant).where(
        EventParticipant.event_id == event_id, EventParticipant.status.in_([s.value for s in COUNTED]))) or 0


def waiting_list(session: Session, event_id: int) -> list[EventParticipant]:
    """Who waits for a place, first come first served."""
    return list(session.scalars(select(EventParticipant).where(
        EventParticipant.event_id == event_id, EventParticipant.status == ParticipantStatus.IN_ATTESA.value)
        .order_by(EventParticipant.registered_at, EventParticipant.id)))


def session_rows(session: Session, event_id: int) -> tuple[SessionRow, ...]:
    rows = session.scalars(select(EventSession).where(EventSession.event_id == event_id)
                           .order_by(EventSession.day, EventSession.starts, EventSession.id))
    return tuple(SessionRow(s.uuid, i + 1, s.day, s.starts, s.ends, s.minutes, s.trainer, s.topic)
                 for i, s in enumerate(rows))


def event_detail(session: Session, event: Event) -> EventDetail:
    partners = session.execute(select(Organisation.uuid, Organisation.name).join(
        EventPartner, EventPartner.organisation_id == Organisation.id).where(EventPartner.event_id == event.id)
        .order_by(Organisation.name))
    place = session.scalar(select(Municipality.name).where(Municipality.id == event.municipality_id)) \
        if event.municipality_id else ""
    return EventDetail(
        event.uuid, event.version, event.kind, event.title, event.line_of_work, event.place, event.municipality_id,
        place or "", event.organiser, event.target, event.capacity, event.registration_open,
        event.min_attendance_pct, event.certificate_kind, event.topics, event.signer_name, event.signer_role,
        event.notes, session_rows(session, event.id), tuple(PartnerRow(u, n) for u, n in partners),
        counted(session, event.id), len(waiting_list(session, event.id)))


def attended_minutes(session: Session, event_id: int) -> dict[int, int]:
    """Minutes of presence per participant id."""
    query = (select(EventAttendance.participant_id, func.sum(EventSession.minutes))
             .join(EventSession, EventSession.id == EventAttendance.session_id)
             .where(EventSession.event_id == event_id, EventAttendance.present.is_(True))
             .group_by(EventAttendance.participant_id))
    return {pid: int(total or 0) for pid, total in session.execute(query)}


def participant_row(p: EventParticipant, municipalities: dict[int, str], minutes: int,
                    waiting_position: int | None) -> ParticipantRow:
    status = ParticipantStatus(p.status)
    return ParticipantRow(
        p.uuid, p.surname, p.first_name, p.organisation_name, status.value, status.label,
        tuple(s.value for s in allowed_next(status)), p.fiscal_code, p.birth_date,
        municipalities.get(p.municipality_id, "") if p.municipality_id else "", p.email, p.phone,
        p.person_id is not None, waiting_position, p.privacy_notice_version, p.consent_photos, p.consent_news,
        minutes, p.certificate_uuid is not None, sex=p.sex, municipality_id=p.municipality_id,
        participant_kind=p.participant_kind)


def municipality_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Municipality.id, Municipality.name)).all())
