"""Generate the grant documents: read what they print, give them a number, draw, store and register them.

Each function needs GRANTS_DECIDE, works on one record (a ranking, an application or a call) identified by
uuid, and returns the register's DocumentRef. The batch of grant communications reads its letters in one
transaction and files them a few per transaction, so a cancel keeps every document finished before it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from equilibri_desktop.documents.grants.data import AnnexKind
from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.grants.codes import DocumentKind
from equilibri_desktop.domain.grants.procedure import decision_gate
from equilibri_desktop.domain.grants.protocol import protocol_label
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents import batch as document_batch
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.documents.batch import PlannedDocument
from equilibri_desktop.services.documents.drawing import Drawing
from equilibri_desktop.services.documents.dto import DocumentNumber, DocumentRef
from equilibri_desktop.services.grants.application_records import find_application
from equilibri_desktop.services.grants.document_common import (
    FUNDED,
    Office,
    latest_document,
    load_ranking,
    numbered,
    ranking_entries,
)
from equilibri_desktop.services.grants.document_data import annex_data, decision_data
from equilibri_desktop.services.grants.document_replace import replace_document
from equilibri_desktop.services.grants.letter_data import (
    communication_data,
    communications_data,
    exclusion_data,
    revocation_data,
)
from equilibri_desktop.services.grants.minutes_data import minutes_data
from equilibri_desktop.services.grants.procedure import FINAL_KINDS
from equilibri_desktop.storage.models import GrantApplication, GrantCall, Municipality, Person

RANKING, APPLICATION, CALL = "grant_ranking", "grant_application", "grant_call"


@dataclass(frozen=True)
class PreparedDocument:
    """A document ready to be numbered and drawn."""

    kind: DocumentKind
    record_type: str
    record_uuid: uuid.UUID
    title: str
    data: Any
    build: Callable[[Any, Any, Path], str]
    replaces: int | None = None  # id of the previous version drawn again in its place (same number)


def _builders():
    # ReportLab loads only when a document is drawn: the screens open faster without it.
    from equilibri_desktop.documents.grants import annexes, decision, letters, minutes

    return {
        DocumentKind.DETERMINAZIONE: decision.build_grant_decision_pdf,
        DocumentKind.ALLEGATO_A: annexes.build_ranking_annex_pdf,
        DocumentKind.ALLEGATO_B: annexes.build_ranking_annex_pdf,
        DocumentKind.ESCLUSIONE: letters.build_exclusion_letter_pdf,
        DocumentKind.CONCESSIONE: letters.build_grant_communication_pdf,
        DocumentKind.REVOCA: letters.build_revocation_pdf,
        DocumentKind.VERBALE: minutes.build_scoring_minutes_pdf,
        DocumentKind.VERBALE_RISERVATO: minutes.build_minutes_restricted_annex_pdf,
    }


def _store(db: Database, office: Office, prepared: PreparedDocument, issued_on: date) -> DocumentRef:
    def render(number: DocumentNumber, path: Path) -> None:
        data = prepared.data
        if prepared.kind not in (DocumentKind.ALLEGATO_A, DocumentKind.ALLEGATO_B):  # annexes print the decision's
            data = replace(data, header=numbered(data.header, number))
        prepared.build(data, office.profile, path)

    if prepared.replaces is not None:
        return replace_document(db, prepared.replaces, prepared.title, issued_on, render)
    return document_register.create_document(
        db, kind=prepared.kind.value, record_type=prepared.record_type, record_uuid=prepared.record_uuid,
        title=prepared.title, render=render, issued_on=issued_on)


def _office(db: Database) -> Office:
    return Office(organisation.load_profile(db).normalised())


def application_title(label: str, application: GrantApplication) -> str:
    # Titles are listed in the register: protocol and public code, never the applicant's name.
    protocol = protocol_label(application.protocol_year, application.protocol_number)
    return f"{label} – domanda prot. {protocol} (codice {application.public_code})"


def generate_prepared(db: Database, prepare: Callable[[Any, Office, date], PreparedDocument], issued_on: date | None,
              office: Office | None = None) -> DocumentRef:
    db.require(Permission.GRANTS_DECIDE)
    issued_on = issued_on or office_today()
    office = office or _office(db)
    with db.unit_of_work() as session:
        prepared = prepare(session, office, issued_on)
    return _store(db, office, prepared, issued_on)


def generate_decision(db: Database, ranking_uuid: uuid.UUID, issued_on: date | None = None) -> DocumentRef:
    """The grant decision covering the whole (final) ranking."""
    builders = _builders()

    def prepare(session, office, on):
        ranking = load_ranking(session, ranking_uuid)
        decision_gate(ranking.kind in FINAL_KINDS).enforce()
        call = session.get(GrantCall, ranking.call_id)
        return PreparedDocument(DocumentKind.DETERMINAZIONE, RANKING, ranking_uuid,
                         f"Determinazione di concessione – graduatoria n. {ranking.number} – {call.title}",
                         decision_data(session, ranking, office, on), builders[DocumentKind.DETERMINAZIONE])

    return generate_prepared(db, prepare, issued_on)


def generate_annex(db: Database, ranking_uuid: uuid.UUID, kind: AnnexKind | str,
                   issued_on: date | None = None) -> DocumentRef:
    """Annex A (public) or B (restricted) of the latest decision of the ranking."""
    kind = AnnexKind(kind)
    document_kind = DocumentKind.ALLEGATO_A if kind is AnnexKind.PUBLIC else DocumentKind.ALLEGATO_B
    builders = _builders()

    def prepare(session, office, _on):
        ranking = load_ranking(session, ranking_uuid)
        data = annex_data(session, ranking, kind, office)
        title = (f"Allegato {kind.value} alla determinazione n. {data.decision.number_label} – "
                 f"graduatoria n. {ranking.number}")
        return PreparedDocument(document_kind, RANKING, ranking_uuid, title, data, builders[document_kind])

    return generate_prepared(db, prepare, issued_on)


def _application_document(kind: DocumentKind, label: str, loader) -> Callable[..., DocumentRef]:
    def generate(db: Database, application_uuid: uuid.UUID, issued_on: date | None = None,
                 office: Office | None = None) -> DocumentRef:
        builders = _builders()

        def prepare(session, office, on):
            application = find_application(session, application_uuid)
            data = loader(session, application, office, on)
            title_label = "Esclusione della domanda" if getattr(data, "final", False) else label
            return PreparedDocument(kind, APPLICATION, application_uuid, application_title(title_label, application),
                             data, builders[kind])

        return generate_prepared(db, prepare, issued_on, office)

    return generate


generate_exclusion_letter = _application_document(
    DocumentKind.ESCLUSIONE, "Comunicazione dei motivi ostativi", exclusion_data)
generate_grant_communication = _application_document(
    DocumentKind.CONCESSIONE, "Comunicazione di concessione", communication_data)
generate_revocation = _application_document(DocumentKind.REVOCA, "Provvedimento di revoca", revocation_data)


def _minutes_document(kind: DocumentKind, label: str) -> Callable[..., DocumentRef]:
    def generate(db: Database, call_uuid: uuid.UUID, issued_on: date | None = None) -> DocumentRef:
        """Generated again, it replaces its previous version (same number) while that is not registered."""
        builders = _builders()

        def prepare(session, office, on):
            call = session.scalar(select(GrantCall).where(GrantCall.uuid == call_uuid))
            if call is None:
                raise NotFoundError("Bando non trovato.")
            previous = latest_document(session, kind, CALL, call_uuid)
            return PreparedDocument(kind, CALL, call_uuid, f"{label} – {call.title}",
                                    minutes_data(session, call, office, on), builders[kind],
                                    previous.id if previous is not None else None)

        return generate_prepared(db, prepare, issued_on)

    return generate


# The commission's scoring minutes of a call, and their restricted annex (criteria revealing vulnerability).
generate_minutes = _minutes_document(DocumentKind.VERBALE, "Verbale della commissione")
generate_minutes_annex = _minutes_document(DocumentKind.VERBALE_RISERVATO, "Allegato riservato al verbale")


def funded_applications(db: Database, ranking_uuid: uuid.UUID) -> tuple[uuid.UUID, ...]:
    """The applications a ranking funds, in ranking order."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        ranking = load_ranking(session, ranking_uuid)
        ids = [e.application_id for e in ranking_entries(session, ranking) if e.outcome in FUNDED]
        rows = session.execute(select(GrantApplication.id, GrantApplication.uuid).where(GrantApplication.id.in_(ids)))
        by_id = {row.id: row.uuid for row in rows}
        return tuple(by_id[i] for i in ids)


PLAN_CHUNK = 50  # letters whose data is read in one transaction, while the letters before are drawn
FIRST_CHUNK = 2


def _communication_plan(db: Database, applications: tuple[uuid.UUID, ...], office: Office,
                        issued_on: date) -> Iterator[PlannedDocument]:
    """The letters' data, read a chunk at a time in one transaction each, the rows they need loaded in bulk."""
    build = _builders()[DocumentKind.CONCESSIONE]
    # A small first chunk: the first letter is drawn (and shown as done) without waiting for fifty letters' data.
    bounds = [0, *range(min(FIRST_CHUNK, len(applications)), len(applications), PLAN_CHUNK), len(applications)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        chunk = applications[start:end]
        if not chunk:
            continue
        plans = []
        with db.unit_of_work() as session:
            rows = session.scalars(select(GrantApplication).where(GrantApplication.uuid.in_(chunk))).all()
            by_uuid = {row.uuid: row for row in rows}
            # Kept in the session's identity map: each letter's lookups of its applicant and call are then free.
            people = session.scalars(select(Person).where(Person.id.in_({row.applicant_id for row in rows}))).all()
            towns = {p.municipality_id for p in people} | {p.domicile_municipality_id for p in people}
            session.scalars(select(Municipality).where(Municipality.id.in_(towns - {None}))).all()  # addresses
            session.scalars(select(GrantCall).where(GrantCall.id.in_({row.call_id for row in rows}))).all()
            ordered = [by_uuid.get(u) or find_application(session, u) for u in chunk]
            letters = communications_data(session, ordered, office, issued_on)  # a few queries a chunk
            for application_uuid, application, data in zip(chunk, ordered, letters, strict=True):

                def drawing(number: DocumentNumber, data=data) -> Drawing:
                    return Drawing(build, replace(data, header=numbered(data.header, number)), office.profile)

                plans.append(PlannedDocument(APPLICATION, application_uuid, application_title(
                    "Comunicazione di concessione", application), drawing))
        yield from plans


def generate_grant_communications(db: Database, ranking_uuid: uuid.UUID, progress: Callable[[int, int], None],
                                  is_cancelled: Callable[[], bool],
                                  issued_on: date | None = None) -> list[DocumentRef]:
    """One grant communication per funded application of the ranking, numbered and filed in ranking order.
    `progress(done, total)` as they are filed; when `is_cancelled()` turns true the batch stops drawing and
    keeps every letter already drawn. Large batches are drawn on every core (services.documents.batch)."""
    db.require(Permission.GRANTS_DECIDE)
    applications = funded_applications(db, ranking_uuid)
    office = _office(db)
    issued_on = issued_on or office_today()
    return document_batch.create_documents(
        db, kind=DocumentKind.CONCESSIONE.value, issued_on=issued_on, total=len(applications),
        documents=_communication_plan(db, applications, office, issued_on), progress=progress,
        is_cancelled=is_cancelled)
