"""The sign-in sheet of a session as a registered PDF/A document: everyone holding a place, by name."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.events.attendance import format_hours
from equilibri_desktop.domain.events.codes import EventDocumentKind, EventKind
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.services.admin import office_profile
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.documents.dto import DocumentNumber, DocumentRef
from equilibri_desktop.services.events import records
from equilibri_desktop.services.events.documents import municipality_name
from equilibri_desktop.storage.models import Event, EventParticipant, EventSession


def _sign_in_data(db: Database, session_uuid: uuid.UUID):
    from equilibri_desktop.documents.events.data import SignInRow, SignInSheetData

    with db.unit_of_work() as session:
        sess = records.find(session, EventSession, session_uuid)
        event = session.get(Event, sess.event_id)
        rows = records.session_rows(session, event.id)
        position = next(r.position for r in rows if r.uuid == sess.uuid)
        people = session.execute(select(EventParticipant.surname, EventParticipant.first_name,
                                        EventParticipant.organisation_name)
                                 .where(EventParticipant.event_id == event.id, EventParticipant.status.in_(
                                     [s.value for s in ParticipantStatus if s.counted]))
                                 .order_by(EventParticipant.search_name, EventParticipant.id)).all()
        place = ", ".join(x for x in (event.place, municipality_name(session, event.municipality_id)) if x)
        return event.uuid, lambda number: SignInSheetData(
            number, event.title, EventKind(event.kind).label, place, position, len(rows), sess.day, sess.starts,
            sess.ends, format_hours(sess.minutes), sess.trainer, sess.topic,
            tuple(SignInRow(f"{s} {f}", org) for s, f, org in people))


def generate_sign_in_sheet(db: Database, session_uuid: uuid.UUID) -> DocumentRef:
    """The session's sign-in sheet with everyone holding a place, registered in the document register."""
    from equilibri_desktop.documents.events.sign_in import build_sign_in_sheet_pdf

    db.require(Permission.EVENTS_WRITE)
    _event_uuid, make = _sign_in_data(db, session_uuid)
    profile = office_profile.load_profile(db).normalised()
    data = make("")

    def render(number: DocumentNumber, path: Path) -> None:
        build_sign_in_sheet_pdf(make(number.label), profile, path)

    return register.create_document(db, kind=EventDocumentKind.FOGLIO_FIRME.value, record_type="event_session",
                                    record_uuid=session_uuid, render=render,
                                    title=f"Foglio firme {data.day:%d/%m/%Y} – {data.event_title}")
