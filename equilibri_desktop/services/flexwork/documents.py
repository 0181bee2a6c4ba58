"""Print a pathway's regulation and a worker's agreement into the document register (PDF/A, numbered per kind
and year)."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.flexwork.documents import FlexworkDocumentKind as Kind
from equilibri_desktop.services.admin import office_profile
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents.dto import DocumentRef
from equilibri_desktop.services.documents.register import create_document
from equilibri_desktop.services.flexwork import document_data as dd
from equilibri_desktop.services.flexwork.agreements import get_agreement
from equilibri_desktop.services.flexwork.pathways import get_pathway
from equilibri_desktop.services.flexwork.records import find_agreement, find_pathway
from equilibri_desktop.services.flexwork.settings import retention_years
from equilibri_desktop.storage.models import Organisation, Person


def _address(db: Database, pathway_uuid: uuid.UUID) -> str:
    with db.unit_of_work() as session:
        org = session.get(Organisation, find_pathway(session, pathway_uuid).organisation_id)
        return ", ".join(part for part in (org.address, org.cap, org.municipality_name) if part)


def print_regulation(db: Database, pathway_uuid: uuid.UUID) -> DocumentRef:
    from equilibri_desktop.documents.flexwork.regulation import build_regulation_pdf

    db.require(Permission.FLEXWORK_WRITE)
    p = get_pathway(db, pathway_uuid)
    if p.regulation is None:
        raise DomainError(code="flexwork.documents.regulation_unsaved")
    profile, address = office_profile.load_profile(db), _address(db, pathway_uuid)

    def render(number, path: Path) -> None:
        build_regulation_pdf(dd.regulation_data(p, p.regulation, address, number.label, number.issued_on),
                             profile, path)

    return create_document(db, kind=Kind.REGULATION.value, record_type="flexwork_pathway", record_uuid=p.uuid,
                           title=f"{Kind.REGULATION.label} – {p.organisation.name}", render=render)


def _worker(db: Database, agreement_uuid: uuid.UUID) -> tuple[str, str, str]:
    with db.unit_of_work() as session:
        person = session.get(Person, find_agreement(session, agreement_uuid).person_id)
        born = "nato/a" if person.sex not in ("F", "M") else ("nata" if person.sex == "F" else "nato")
        birth = (f"{born} a {person.birth_place_name or '—'} il "
                 f"{person.birth_date:%d/%m/%Y}" if person.birth_date else f"{born} a {person.birth_place_name or '—'}")
        return f"{person.first_name} {person.surname}", person.fiscal_code or "", birth


def print_agreement(db: Database, agreement_uuid: uuid.UUID) -> DocumentRef:
    """The agreement carries the worker's codice fiscale and birth: only who handles agreements unmasked prints."""
    from equilibri_desktop.documents.flexwork.agreement import build_agreement_pdf

    db.require(Permission.FLEXWORK_AGREEMENTS)
    if not db.actor.sees_personal_data:
        raise DomainError(code="flexwork.documents.personal_data")
    a = get_agreement(db, agreement_uuid)
    p = get_pathway(db, a.pathway_uuid)
    profile, address = office_profile.load_profile(db), _address(db, p.uuid)
    name, fiscal_code, birth = _worker(db, agreement_uuid)
    years = retention_years(db)

    def render(number, path: Path) -> None:
        build_agreement_pdf(dd.agreement_data(p, a.data, address, name, fiscal_code, birth, years, number.label,
                                              number.issued_on), profile, path)

    return create_document(db, kind=Kind.AGREEMENT.value, record_type="flexwork_agreement", record_uuid=a.uuid,
                           title=f"{Kind.AGREEMENT.label} – {name}", render=render)


def printed_agreements(db: Database, pathway_uuid: uuid.UUID) -> int:
    from equilibri_desktop.storage.models import FlexworkAgreement, GeneratedDocument

    db.require(Permission.FLEXWORK_READ)
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        ids = select(FlexworkAgreement.uuid).where(FlexworkAgreement.pathway_id == p.id)
        return len(set(session.scalars(select(GeneratedDocument.record_uuid).where(
            GeneratedDocument.kind == Kind.AGREEMENT.value, GeneratedDocument.record_uuid.in_(ids)))))
