"""The register of generated documents: numbered per kind and year, stored in the data folder with their
SHA-256, linked to the record they are about, re-opened only when the file is still the registered one.

Numbers come from the database (next free one) and are protected by the unique (kind, year, number)
constraint: when two users take the same number at once, the slower one draws its document again with the
next number. The PDF is drawn outside any transaction, so a long document never holds the database.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from equilibri_desktop.documents import pdfa
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, NotFoundError
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.services.access import audit, audit_anchors
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents.dto import (
    RECORD_PERMISSIONS,
    DocumentFileError,
    DocumentFilter,
    DocumentNumber,
    DocumentRef,
    kind_label,
    read_permission,
    write_permission,
)
from equilibri_desktop.services.documents.files import file_sha256, stage, stage_copy, sync_folders
from equilibri_desktop.services.registry.dto import Page
from equilibri_desktop.storage.models import GeneratedDocument

FOLDER = "documenti"
NUMBER_ATTEMPTS = 5
SIGNED_SUFFIXES = (".pdf", ".p7m", ".tif", ".tiff", ".jpg", ".jpeg", ".png")
_NUMBER_QUERY = re.compile(r"^\s*(?:n\.?\s*)?(\d+)\s*(?:/\s*(\d{4}))?\s*$", re.IGNORECASE)

Renderer = Callable[[DocumentNumber, Path], object]


def to_ref(row: GeneratedDocument) -> DocumentRef:
    return DocumentRef(
        uuid=row.uuid, kind=row.kind, kind_label=kind_label(row.kind), year=row.year, number=row.number,
        issued_on=row.issued_on, title=row.title, record_type=row.record_type, record_uuid=row.record_uuid,
        file_path=row.file_path, sha256=row.sha256, size_bytes=row.size_bytes, created_by=row.created_by,
        created_at=row.created_at, signed_copy_path=row.signed_copy_path,
        signed_copy_sha256=row.signed_copy_sha256)


def next_number(db: Database, kind: str, year: int) -> int:
    with db.unit_of_work() as session:
        last = session.scalar(select(func.max(GeneratedDocument.number))
                              .where(GeneratedDocument.kind == kind, GeneratedDocument.year == year))
    return (last or 0) + 1


def create_document(db: Database, *, kind: str, record_type: str, record_uuid: uuid.UUID, title: str,
                    render: Renderer, issued_on: date | None = None) -> DocumentRef:
    """Give the next number of `kind` in the year of `issued_on` (today), let `render(number, path)` write the
    PDF, store it and register it. Needs the write permission of the record type."""
    db.require(write_permission(record_type))
    issued_on = issued_on or office_today()
    folder = db.config.data_dir / FOLDER / str(issued_on.year)
    for _attempt in range(NUMBER_ATTEMPTS):
        numbering = DocumentNumber(kind=kind, year=issued_on.year, issued_on=issued_on,
                                   number=next_number(db, kind, issued_on.year))
        with pdfa.rendering_for_register(audit_anchors.current_label(db)):  # the trail, anchored in the PDF
            staged = stage(folder / f"{kind}-{numbering.number}.pdf", lambda temp, n=numbering: render(n, temp))
        try:
            with db.unit_of_work() as session:
                row = GeneratedDocument(
                    kind=kind, year=numbering.year, number=numbering.number, issued_on=issued_on,
                    title=title[:300], record_type=record_type, record_uuid=record_uuid,
                    file_path=f"{FOLDER}/{numbering.year}/{staged.target.name}", sha256=staged.sha256,
                    size_bytes=staged.size_bytes)
                session.add(row)
                session.flush()  # a number taken meanwhile fails here, before the file takes its name
                audit.record(session, AuditAction.DOCUMENT, table_name="generated_document", record_uuid=row.uuid,
                             detail=f"{kind} n. {numbering.label} per {record_type} {record_uuid}")
                staged.place()
                sync_folders([staged.target.parent])  # the name is on disk before the row is committed
                ref = to_ref(row)
        except IntegrityError:
            staged.discard()
            continue
        except BaseException:
            staged.discard()
            raise
        return ref
    raise DomainError(code="documents.number_busy")


def _row(session: Session, doc_uuid: uuid.UUID) -> GeneratedDocument:
    row = session.scalar(select(GeneratedDocument).where(GeneratedDocument.uuid == doc_uuid))
    if row is None:
        raise NotFoundError(code="documents.not_found")
    return row


def get_document(db: Database, doc_uuid: uuid.UUID) -> DocumentRef:
    with db.unit_of_work() as session:
        ref = to_ref(_row(session, doc_uuid))
    db.require(read_permission(ref.record_type))
    return ref


def _checked_file(db: Database, ref: DocumentRef, relative: str, sha256: str, what: str) -> Path:
    """`what`: "original" or "signed" (the signed copy)."""
    path = db.config.data_dir / relative
    params = {"number": ref.number_label, "kind_label": ref.kind_label, "path": str(path)}
    if not path.is_file():
        raise DocumentFileError(CodedText(f"documents.{what}_missing", **params), ref, "missing")
    if file_sha256(path) != sha256:
        raise DocumentFileError(CodedText(f"documents.{what}_changed", **params), ref, "changed")
    return path


def document_path(db: Database, doc_uuid: uuid.UUID) -> Path:
    """The registered PDF, after checking it is the file that was generated (DocumentFileError if not)."""
    ref = get_document(db, doc_uuid)
    return _checked_file(db, ref, ref.file_path, ref.sha256, "original")


def document_paths(db: Database, doc_uuids: list[uuid.UUID]) -> list[Path]:
    """`document_path` of many documents, in the order given, read in one query (a batch's print file)."""
    with db.unit_of_work() as session:
        rows = session.scalars(select(GeneratedDocument).where(GeneratedDocument.uuid.in_(doc_uuids))).all()
        refs = {row.uuid: to_ref(row) for row in rows}
    missing = [u for u in doc_uuids if u not in refs]
    if missing:
        raise NotFoundError(code="documents.not_found")
    for record_type in {ref.record_type for ref in refs.values()}:
        db.require(read_permission(record_type))
    return [_checked_file(db, refs[u], refs[u].file_path, refs[u].sha256, "original") for u in doc_uuids]


def signed_copy_path(db: Database, doc_uuid: uuid.UUID) -> Path:
    ref = get_document(db, doc_uuid)
    if not ref.has_signed_copy:
        raise DomainError(code="documents.no_signed_copy", params={"number": ref.number_label})
    return _checked_file(db, ref, ref.signed_copy_path, ref.signed_copy_sha256, "signed")


def _signed_suffix(source: Path) -> str:
    name = source.name.lower()
    if name.endswith(".pdf.p7m"):
        return ".pdf.p7m"
    suffix = source.suffix.lower()
    if suffix not in SIGNED_SUFFIXES:
        raise DomainError(code="documents.signed_suffix")
    return suffix


def attach_signed_copy(db: Database, doc_uuid: uuid.UUID, source_path: Path) -> DocumentRef:
    """Copy the signed or scanned copy next to the original, with its own SHA-256. A copy attached earlier
    stays on disk (the trail names both checksums); the register points to the new one."""
    source = Path(source_path)
    ref = get_document(db, doc_uuid)
    db.require(write_permission(ref.record_type))
    if not source.is_file() or source.stat().st_size == 0:
        raise DomainError(code="documents.source_empty", params={"name": source.name})
    suffix = _signed_suffix(source)
    original = db.config.data_dir / ref.file_path
    staged = stage_copy(source, original.parent / f"{original.stem}-firmato{suffix}")
    # Named after its checksum: a second signed copy never overwrites the first one.
    staged.target = original.parent / f"{original.stem}-firmato-{staged.sha256[:10]}{suffix}"
    try:
        with db.unit_of_work() as session:
            row = _row(session, doc_uuid)
            before = row.signed_copy_sha256
            row.signed_copy_path = f"{FOLDER}/{ref.year}/{staged.target.name}"
            row.signed_copy_sha256 = staged.sha256
            session.flush()
            audit.record(session, AuditAction.DOCUMENT, table_name="generated_document", record_uuid=row.uuid,
                         changes={"signed_copy_sha256": (before, staged.sha256)},
                         detail=f"copia firmata del documento {ref.kind} n. {ref.number_label}")
            already_there = staged.target.exists() and file_sha256(staged.target) == staged.sha256
            if already_there:  # the same file attached again: keep the one in place
                staged.discard()
            else:
                staged.place()
            updated = to_ref(row)
    except BaseException:
        if not staged.placed:
            staged.discard()
        raise
    return updated


def _visible(query: Select, db: Database) -> Select:
    """Only the documents of records the actor may read (grant documents need GRANTS_READ, others the
    registry's read permission)."""
    readable = [kind for kind, (read, _write) in RECORD_PERMISSIONS.items() if db.actor.can(read)]
    others = db.actor.can(read_permission(""))
    if others and len(readable) == len(RECORD_PERMISSIONS):
        return query
    condition = GeneratedDocument.record_type.in_(readable)
    if others:
        condition = or_(condition, GeneratedDocument.record_type.not_in(list(RECORD_PERMISSIONS)))
    return query.where(condition)


def list_documents(db: Database, record_type: str, record_uuid: uuid.UUID) -> tuple[DocumentRef, ...]:
    """A record's documents, newest first."""
    db.require(read_permission(record_type))
    with db.unit_of_work() as session:
        rows = session.scalars(select(GeneratedDocument).where(
            GeneratedDocument.record_type == record_type, GeneratedDocument.record_uuid == record_uuid)
            .order_by(GeneratedDocument.issued_on.desc(), GeneratedDocument.id.desc()))
        return tuple(to_ref(row) for row in rows)


def _filtered(query: Select, db: Database, criteria: DocumentFilter) -> Select:
    query = _visible(query, db)
    if criteria.kind:
        query = query.where(GeneratedDocument.kind == criteria.kind)
    if criteria.year:
        query = query.where(GeneratedDocument.year == criteria.year)
    if criteria.record_type:
        query = query.where(GeneratedDocument.record_type == criteria.record_type)
    text = criteria.text.strip()
    number = _NUMBER_QUERY.match(text)
    if number and number.group(2) and int(number.group(2)) < 1900:
        number = None  # "2026/0006" is a protocol quoted in titles, not document 2026 of year 6
    if number:
        query = query.where(GeneratedDocument.number == int(number.group(1)))
        if number.group(2):
            query = query.where(GeneratedDocument.year == int(number.group(2)))
    elif text:
        query = query.where(func.lower(GeneratedDocument.title).contains(text.lower(), autoescape=True))
    return query


def list_all(db: Database, criteria: DocumentFilter | None = None, offset: int = 0,
             limit: int = 100) -> Page[DocumentRef]:
    """The whole register, latest issue date first, filtered in SQL. Shows only documents the actor may read."""
    criteria = criteria or DocumentFilter()
    with db.unit_of_work() as session:
        query = _filtered(select(GeneratedDocument), db, criteria).order_by(
            GeneratedDocument.issued_on.desc(), GeneratedDocument.id.desc())
        rows = session.scalars(query.offset(offset).limit(limit + 1)).all()
        items = tuple(to_ref(row) for row in rows[:limit])
    return Page(items=items, offset=offset, limit=limit, has_more=len(rows) > limit)


def count_all(db: Database, criteria: DocumentFilter | None = None) -> int:
    criteria = criteria or DocumentFilter()
    with db.unit_of_work() as session:
        query = _filtered(select(func.count()).select_from(GeneratedDocument), db, criteria)
        return session.scalar(query) or 0


def document_years(db: Database) -> tuple[int, ...]:
    with db.unit_of_work() as session:
        query = _visible(select(GeneratedDocument.year).distinct(), db).order_by(GeneratedDocument.year.desc())
        return tuple(session.scalars(query))
