"""Attendance per session, typed from the signed sheet: a session's list and one mark at a time.

Marking is one short transaction touching two rows, so a clerk can type 300 names in minutes.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.events.statuses import (
    STATUS_TABLE,
    ParticipantStatus,
    check_attendance_allowed,
)
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.services.events.dto import AttendanceRow
from equilibri_desktop.storage.models import (
    EventAttendance,
    EventParticipant,
    EventSession,
)


def session_attendance(db: Database, session_uuid: uuid.UUID) -> tuple[AttendanceRow, ...]:
    """Everyone registered to the session's event, by name, with their presence at this session."""
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        sess = records.find(session, EventSession, session_uuid)
        present = dict(session.execute(select(EventAttendance.participant_id, EventAttendance.present)
                                       .where(EventAttendance.session_id == sess.id)).all())
        rows = session.execute(select(EventParticipant.id, EventParticipant.uuid, EventParticipant.surname,
                                      EventParticipant.first_name, EventParticipant.organisation_name,
                                      EventParticipant.status)
                               .where(EventParticipant.event_id == sess.event_id,
                                      EventParticipant.status != ParticipantStatus.IN_ATTESA.value)
                               .order_by(EventParticipant.search_name, EventParticipant.id))
        return tuple(AttendanceRow(u, f"{s} {f}", org, ParticipantStatus(st).label, bool(present.get(pid, False)),
                                   STATUS_TABLE[ParticipantStatus(st)].attendance_allowed)
                     for pid, u, s, f, org, st in rows)


def mark_attendance(db: Database, session_uuid: uuid.UUID, participant_uuid: uuid.UUID,
                    present: bool = True) -> AttendanceRow:
    """Record presence (or absence) at one session. A cancelled or waiting registration is refused; a
    registered person marked present becomes «presente»."""
    db.require(Permission.EVENTS_WRITE)
    with db.unit_of_work() as session:
        sess = records.find(session, EventSession, session_uuid)
        p = records.find(session, EventParticipant, participant_uuid)
        if p.event_id != sess.event_id:
            raise records.NotFoundError(code="events.attendance.not_registered")
        check_attendance_allowed(p.status)
        row = session.scalar(select(EventAttendance).where(EventAttendance.participant_id == p.id,
                                                           EventAttendance.session_id == sess.id))
        if row is None:
            session.add(EventAttendance(participant_id=p.id, session_id=sess.id, present=present))
        elif row.present != present:
            row.present = present
        if present and p.status in (ParticipantStatus.ISCRITTA.value, ParticipantStatus.ASSENTE.value):
            p.status = ParticipantStatus.PRESENTE.value
        session.flush()
        status = ParticipantStatus(p.status)
        return AttendanceRow(p.uuid, f"{p.surname} {p.first_name}", p.organisation_name, status.label, present,
                             True)
