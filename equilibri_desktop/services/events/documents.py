"""Certificates as registered PDF/A documents (sign-in sheets: `sign_in.py`); a batch of certificates with progress
and cancel (services.documents.batch: drawn on every core, filed in order a few per transaction, so a cancel keeps
the finished ones) and one combined PDF of the event's certificates for printing."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.events.attendance import format_hours, require_qualified
from equilibri_desktop.domain.events.codes import (
    CertificateKind,
    EventDocumentKind,
    EventKind,
)
from equilibri_desktop.services.admin import office_profile
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents import batch as document_batch
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.documents.batch import PlannedDocument
from equilibri_desktop.services.documents.drawing import Drawing
from equilibri_desktop.services.documents.dto import DocumentNumber, DocumentRef
from equilibri_desktop.services.events import records
from equilibri_desktop.services.events.certificates import (
    CertificateStanding,
    standings,
)
from equilibri_desktop.storage.models import (
    Event,
    EventParticipant,
    GeneratedDocument,
    Municipality,
)

PRINT_FOLDER = "stampe"


def municipality_name(session, municipality_id: int | None) -> str:
    if not municipality_id:
        return ""
    return session.scalar(select(Municipality.name).where(Municipality.id == municipality_id)) or ""


@dataclass(frozen=True)
class _CertificateContext:
    event_title: str
    kind_label: str
    certificate_title: str
    organiser: str
    place: str
    issue_place: str
    first_day: date | None
    last_day: date | None
    total_minutes: int
    topics: tuple[str, ...]
    trainers: tuple[str, ...]
    signer_name: str
    signer_role: str


def _context(session, event: Event, profile) -> _CertificateContext:
    rows = records.session_rows(session, event.id)
    town = municipality_name(session, event.municipality_id)
    topics = tuple(t.strip() for t in event.topics.splitlines() if t.strip()) or \
        tuple(dict.fromkeys(r.topic for r in rows if r.topic))
    return _CertificateContext(
        event.title, EventKind(event.kind).label, CertificateKind(event.certificate_kind).label,
        event.organiser or profile.body_name, ", ".join(x for x in (event.place, town) if x), town or "",
        min((r.day for r in rows), default=None), max((r.day for r in rows), default=None),
        sum(r.minutes for r in rows), topics, tuple(dict.fromkeys(r.trainer for r in rows if r.trainer)),
        event.signer_name or profile.signatory_name, event.signer_role or profile.signatory_role)


def _planned(standing: CertificateStanding, person: dict, ctx: _CertificateContext, profile,
             issued_on: date) -> PlannedDocument:
    from equilibri_desktop.documents.events.certificate import build_certificate_pdf
    from equilibri_desktop.documents.events.data import CertificateData

    q = standing.qualification

    def drawing(number: DocumentNumber) -> Drawing:
        data = CertificateData(
            number.label, ctx.certificate_title, standing.name, person["sex"], person["birth_date"],
            person["birth_place"], person["fiscal_code"], ctx.event_title, ctx.kind_label, ctx.organiser, ctx.place,
            ctx.first_day, ctx.last_day, format_hours(q.attended_minutes), format_hours(q.total_minutes),
            f"{q.percent}".replace(".", ","), ctx.topics, ctx.trainers, ctx.signer_name, ctx.signer_role,
            ctx.issue_place or "", issued_on)
        return Drawing(build_certificate_pdf, data, profile)

    return PlannedDocument("event_participant", standing.participant_uuid,
                           f"{ctx.certificate_title} – {standing.name} – {ctx.event_title}", drawing)


def _link(session, refs: Sequence[DocumentRef]) -> None:
    """The participants' certificates, recorded in the transaction that files them (read in one query; the
    flush writes them, with their audit entries)."""
    found = {p.uuid: p for p in session.scalars(select(EventParticipant).where(
        EventParticipant.uuid.in_([ref.record_uuid for ref in refs])))}
    for ref in refs:
        participant = found.get(ref.record_uuid) or records.find(session, EventParticipant, ref.record_uuid)
        participant.certificate_uuid = ref.uuid


def _issue(db: Database, standing: CertificateStanding, person: dict, ctx: _CertificateContext, profile,
           issued_on: date) -> DocumentRef:
    (ref,) = document_batch.create_documents(
        db, kind=EventDocumentKind.ATTESTATO.value, issued_on=issued_on, total=1,
        documents=[_planned(standing, person, ctx, profile, issued_on)], progress=lambda *_: None,
        is_cancelled=lambda: False, filed=_link)
    return ref


def _people(session, event_id: int) -> dict[uuid.UUID, dict]:
    from equilibri_desktop.storage.models import Person

    rows = session.execute(select(EventParticipant.uuid, EventParticipant.sex, EventParticipant.birth_date,
                                  EventParticipant.fiscal_code, Person.birth_place_name)
                           .outerjoin(Person, Person.id == EventParticipant.person_id)
                           .where(EventParticipant.event_id == event_id))
    return {u: {"sex": sex, "birth_date": born, "fiscal_code": code, "birth_place": place or ""}
            for u, sex, born, code, place in rows}


def _prepare(db: Database, event_uuid: uuid.UUID):
    profile = office_profile.load_profile(db).normalised()
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        return profile, _context(session, event, profile), standings(session, event), _people(session, event.id)


def issue_certificate(db: Database, participant_uuid: uuid.UUID, issued_on: date | None = None) -> DocumentRef:
    """One certificate; refused (BelowMinimumError) below the event's minimum attendance."""
    db.require(Permission.EVENTS_CERTIFY)
    with db.unit_of_work() as session:
        event_uuid = session.scalar(select(Event.uuid).join(EventParticipant, EventParticipant.event_id == Event.id)
                                    .where(EventParticipant.uuid == participant_uuid))
    if event_uuid is None:
        raise DomainError(code="events.documents.participant_gone")
    profile, ctx, rows, people = _prepare(db, event_uuid)
    standing = next(r for r in rows if r.participant_uuid == participant_uuid)
    require_qualified(standing.qualification, standing.name)
    return _issue(db, standing, people[participant_uuid], ctx, profile, issued_on or office_today())


@dataclass(frozen=True)
class CertificateBatch:
    issued: tuple[DocumentRef, ...]
    already_issued: int
    not_qualified: tuple[CertificateStanding, ...]
    combined_path: Path | None  # one PDF with every certificate of the event, for printing
    cancelled: bool


def issue_certificates(db: Database, event_uuid: uuid.UUID, progress: Callable[[int, int], None] = lambda d, t: None,
                       is_cancelled: Callable[[], bool] = lambda: False, issued_on: date | None = None
                       ) -> CertificateBatch:
    """A certificate for everyone qualified who has none yet, then one combined PDF of all of them.
    `progress(done, total)` after each; a cancel stops after the current certificate and keeps the others."""
    db.require(Permission.EVENTS_CERTIFY)
    issued_on = issued_on or office_today()
    profile, ctx, rows, people = _prepare(db, event_uuid)
    todo = [r for r in rows if r.qualification.qualifies and r.certificate_uuid is None]
    # Numbered in the order of the list, drawn on every core, filed a few per transaction with their link.
    issued = document_batch.create_documents(
        db, kind=EventDocumentKind.ATTESTATO.value, issued_on=issued_on, total=len(todo),
        documents=(_planned(r, people[r.participant_uuid], ctx, profile, issued_on) for r in todo),
        progress=progress, is_cancelled=is_cancelled, filed=_link)
    cancelled = len(issued) < len(todo)
    already = sum(1 for r in rows if r.qualification.qualifies and r.certificate_uuid is not None)
    combined = None if cancelled else combined_certificates(db, event_uuid)
    return CertificateBatch(tuple(issued), already, tuple(r for r in rows if not r.qualification.qualifies),
                            combined, cancelled)


def combined_certificates(db: Database, event_uuid: uuid.UUID) -> Path | None:
    """Every registered certificate of the event, checked against its SHA-256, in one PDF/A for printing."""
    import pikepdf

    from equilibri_desktop.documents.pdfa import save_pdfa

    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        docs = list(session.scalars(select(GeneratedDocument.uuid).join(
            EventParticipant, EventParticipant.certificate_uuid == GeneratedDocument.uuid)
            .where(EventParticipant.event_id == event.id).order_by(EventParticipant.search_name)))
        title = event.title
    if not docs:
        return None
    target = db.config.data_dir / register.FOLDER / PRINT_FOLDER / f"attestati-{event_uuid.hex[:8]}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    # The parts stay open until the combined file is written: pikepdf copies their pages lazily.
    with ExitStack() as parts:
        combined = parts.enter_context(pikepdf.new())
        for path in register.document_paths(db, docs):  # read and checked in one go
            combined.pages.extend(parts.enter_context(pikepdf.open(path)).pages)
        save_pdfa(combined, target, title=f"Attestati – {title}", author="",
                  subject="Stampa cumulativa degli attestati")
    return target
