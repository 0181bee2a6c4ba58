"""The agreement's PDF, numbered and registered in the document register with its SHA-256; every version
(original and amendments) keeps its own documents."""

from __future__ import annotations

import uuid

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.admin import office_profile
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.documents.dto import DocumentRef
from equilibri_desktop.services.network.agreements import get_agreement
from equilibri_desktop.services.network.document_data import agreement_document_data

DOCUMENT_KIND = "accordo_rete"
RECORD_TYPE = "network_agreement"


def generate_agreement_document(db: Database, agreement_uuid: uuid.UUID, digital: bool = False) -> DocumentRef:
    """Draw and register the agreement. `digital`: signature blocks say "firmato digitalmente" (always so for an
    agreement between public administrations)."""
    from equilibri_desktop.documents.network.agreement import (
        build_agreement_pdf,  # ReportLab is slow to import
    )

    db.require(Permission.NETWORK_WRITE)
    detail = get_agreement(db, agreement_uuid)
    profile = office_profile.load_profile(db).normalised()
    amended = next((code for u, code, _s in detail.versions if u == detail.amends_uuid), "")
    data = agreement_document_data(detail, profile.project_title, digital, office_today(), amended)
    return register.create_document(
        db, kind=DOCUMENT_KIND, record_type=RECORD_TYPE, record_uuid=detail.uuid,
        title=f"Accordo {detail.code} – {detail.title}",
        render=lambda _number, path: build_agreement_pdf(data, profile, path))


def agreement_documents(db: Database, agreement_uuid: uuid.UUID) -> tuple[DocumentRef, ...]:
    db.require(Permission.NETWORK_READ)
    return register.list_documents(db, RECORD_TYPE, agreement_uuid)
