"""Drawing a grant document again in place of its previous version: same number, new file, one register line.

The commission's minutes are regenerated whenever a score is corrected; the decision cites them by number, so
a second register entry would leave the decision citing a version that is no longer the one in force. The old
file stays on disk (the audit trail names both checksums). A version already registered in the official
register, or with a signed copy attached, is an act: it is never replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.documents import pdfa
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.access import audit, audit_anchors
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents.dto import DocumentNumber, DocumentRef, kind_label
from equilibri_desktop.services.documents.files import stage
from equilibri_desktop.services.documents.register import FOLDER, get_document
from equilibri_desktop.storage.models import GeneratedDocument, GrantOfficialNumber


def replaceable_reason(document: GeneratedDocument, registered: bool) -> str:
    """Why `document` may not be replaced by a new version ("" when it may)."""
    label = f"{kind_label(document.kind).lower()} n. {document.number}/{document.year}"
    if registered:
        return (f"Il {label} è già iscritto nel registro ufficiale: non si sostituisce. Per correggerlo adotta "
                "un nuovo atto che lo rettifica.")
    if document.signed_copy_sha256:
        return f"Il {label} ha già una copia firmata: non si sostituisce."
    return ""


def replace_document(db: Database, document_id: int, title: str, issued_on: date,
                     render: Callable[[DocumentNumber, Path], object]) -> DocumentRef:
    """Draw the document again with its own number and point its register line to the new file."""
    with db.unit_of_work() as session:
        row = session.get(GeneratedDocument, document_id)
        registered = session.scalar(select(GrantOfficialNumber.id).where(
            GrantOfficialNumber.document_id == document_id)) is not None
        reason = replaceable_reason(row, registered)
        if reason:
            raise DomainError(reason)
        number = DocumentNumber(kind=row.kind, year=row.year, number=row.number, issued_on=issued_on)
        version, doc_uuid = row.version + 1, row.uuid
    folder = db.config.data_dir / FOLDER / str(number.year)
    token = pdfa.AUDIT_ANCHOR.set(audit_anchors.current_label(db))
    try:
        staged = stage(folder / f"{number.kind}-{number.number}-v{version}.pdf", lambda temp: render(number, temp))
    finally:
        pdfa.AUDIT_ANCHOR.reset(token)
    try:
        with db.unit_of_work() as session:
            row = session.get(GeneratedDocument, document_id)
            before = row.sha256
            row.file_path = f"{FOLDER}/{number.year}/{staged.target.name}"
            row.sha256, row.size_bytes = staged.sha256, staged.size_bytes
            row.issued_on, row.title = issued_on, title[:300]
            session.flush()
            audit.record(session, AuditAction.DOCUMENT, table_name="generated_document", record_uuid=row.uuid,
                         changes={"sha256": (before, staged.sha256)},
                         detail=f"{row.kind} n. {number.label} sostituito da una nuova versione")
            staged.place()
    except BaseException:
        staged.discard()
        raise
    return get_document(db, doc_uuid)
