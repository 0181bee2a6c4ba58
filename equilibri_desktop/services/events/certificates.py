"""Who qualifies for a certificate (the event's minimum share of its hours) and who does not, and why."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.events.attendance import Qualification, qualification
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.storage.models import Event, EventParticipant


@dataclass(frozen=True)
class CertificateStanding:
    participant_uuid: uuid.UUID
    name: str
    organisation: str
    status_label: str
    qualification: Qualification
    certificate_uuid: uuid.UUID | None

    @property
    def percent(self) -> Decimal:
        return self.qualification.percent


@dataclass(frozen=True)
class CertificateOverview:
    min_attendance_pct: Decimal
    total_minutes: int
    qualified: tuple[CertificateStanding, ...]
    not_qualified: tuple[CertificateStanding, ...]  # each with its reason


def standings(session: Session, event: Event) -> list[CertificateStanding]:
    total = sum(s.minutes for s in records.session_rows(session, event.id))
    minutes = records.attended_minutes(session, event.id)
    people = session.scalars(select(EventParticipant).where(EventParticipant.event_id == event.id)
                             .order_by(EventParticipant.search_name, EventParticipant.id))
    from equilibri_desktop.domain.events.statuses import ParticipantStatus

    return [CertificateStanding(p.uuid, f"{p.surname} {p.first_name}", p.organisation_name,
                                ParticipantStatus(p.status).label,
                                qualification(p.status, minutes.get(p.id, 0), total, event.min_attendance_pct),
                                p.certificate_uuid) for p in people]


def certificate_overview(db: Database, event_uuid: uuid.UUID) -> CertificateOverview:
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        rows = standings(session, event)
        total = sum(s.minutes for s in records.session_rows(session, event.id))
        return CertificateOverview(event.min_attendance_pct, total,
                                   tuple(r for r in rows if r.qualification.qualifies),
                                   tuple(r for r in rows if not r.qualification.qualifies))
