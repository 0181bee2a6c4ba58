"""Indicators per event and per period: participants by sex, age band, municipality and kind; hours
delivered; certificates issued. Counted are the participants who attended (presente) — registrations that
never came do not make an event's reach. Exportable to xlsx."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.events.attendance import hours
from equilibri_desktop.domain.events.codes import EventKind, Target
from equilibri_desktop.domain.events.matching import age_band
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.models import (
    Event,
    EventParticipant,
    EventSession,
    Municipality,
)

_SEX = {"F": "Donne", "M": "Uomini", "": "Non indicato"}


@dataclass(frozen=True)
class Indicators:
    title: str
    events: int
    participants: int  # who attended at least one session
    registrations: int
    hours_delivered: object  # Decimal: the sessions' hours
    certificates: int
    by_sex: tuple[tuple[str, int], ...]
    by_age: tuple[tuple[str, int], ...]
    by_municipality: tuple[tuple[str, int], ...]
    by_kind: tuple[tuple[str, int], ...]
    by_event_kind: tuple[tuple[str, int], ...]


def _compute(session, event_ids: list[int], title: str, on: date) -> Indicators:
    minutes = session.scalar(select(func.coalesce(func.sum(EventSession.minutes), 0))
                             .where(EventSession.event_id.in_(event_ids))) if event_ids else 0
    rows = session.execute(select(EventParticipant.status, EventParticipant.sex, EventParticipant.birth_date,
                                  Municipality.name, EventParticipant.participant_kind,
                                  EventParticipant.certificate_uuid, Event.kind)
                           .join(Event, Event.id == EventParticipant.event_id)
                           .outerjoin(Municipality, Municipality.id == EventParticipant.municipality_id)
                           .where(EventParticipant.event_id.in_(event_ids))).all() if event_ids else []
    came = [r for r in rows if r.status == ParticipantStatus.PRESENTE.value]

    def count(values) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0])))

    return Indicators(
        title, len(event_ids), len(came), len(rows), hours(int(minutes or 0)),
        sum(1 for r in rows if r.certificate_uuid), count(_SEX.get(r.sex, r.sex) for r in came),
        count(age_band(r.birth_date, on) for r in came), count(r.name or "Non indicato" for r in came),
        count(Target(r.participant_kind).label for r in came), count(EventKind(r.kind).label for r in came))


def event_indicators(db: Database, event_uuid: uuid.UUID, on: date) -> Indicators:
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        event_id, title = session.execute(select(Event.id, Event.title).where(Event.uuid == event_uuid)).one()
        return _compute(session, [event_id], title, on)


def period_indicators(db: Database, start: date, end: date) -> Indicators:
    """Every event whose first session falls in [start, end]; ages on the period's last day."""
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        ids = list(session.scalars(select(Event.id).where(Event.first_day >= start, Event.first_day <= end)))
        return _compute(session, ids, f"Eventi dal {start:%d/%m/%Y} al {end:%d/%m/%Y}", end)


def export_indicators(db: Database, data: Indicators, path: Path) -> Path:
    """One sheet with the totals and one row per breakdown; the export goes into the activity log."""
    from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook

    db.require(Permission.EVENTS_READ)
    rows: list[tuple] = [("Totali", "Eventi", data.events), ("Totali", "Partecipanti presenti", data.participants),
                         ("Totali", "Iscrizioni", data.registrations),
                         ("Totali", "Ore erogate", data.hours_delivered), ("Totali", "Attestati", data.certificates)]
    for group, pairs in (("Sesso", data.by_sex), ("Fascia d'età", data.by_age), ("Comune", data.by_municipality),
                         ("Tipo di partecipante", data.by_kind), ("Tipo di evento", data.by_event_kind)):
        rows += [(group, label, n) for label, n in pairs]
    write_workbook(path, [SheetSpec(title="Indicatori", headers=("Gruppo", "Voce", data.title), rows=rows,
                                    widths=(22, 34, 24))])
    with db.unit_of_work() as session:
        audit.record(session, AuditAction.EXPORT, table_name="event", detail=f"indicatori eventi: {path.name}")
    return path
