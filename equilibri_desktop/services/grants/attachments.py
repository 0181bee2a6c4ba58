"""Files attached to an application: copied into the data folder, with a SHA-256 that shows later whether
the stored copy is still the one received.

Layout: <data folder>/allegati/<protocol year>/<application uuid>/<file>. A removed attachment's row is
deleted (the session leaves a tombstone and an audit entry) and its file is moved, never deleted, to
allegati/cestino/<application uuid>/.
"""

from __future__ import annotations

import logging
import os
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_now, utc_now
from equilibri_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from equilibri_desktop.domain.file_names import refuse_executable, safe_file_name
from equilibri_desktop.domain.grants.application_parts import EDITABLE_STATUSES
from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.text_safety import clean_text
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.documents.files import file_sha256, stage_copy
from equilibri_desktop.services.grants.application_records import find_application
from equilibri_desktop.services.grants.score_records import current_member
from equilibri_desktop.storage.models import GrantApplication, GrantAttachment

log = logging.getLogger(__name__)
FOLDER = "allegati"
TRASH = "cestino"
INTACT, CHANGED, MISSING = "intatto", "modificato", "mancante"
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


@dataclass(frozen=True)
class AttachmentEntry:
    uuid: uuid.UUID
    version: int
    kind: str
    original_name: str
    stored_path: str  # relative to the data folder, with "/" separators
    sha256: str
    size_bytes: int
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class AttachmentFile:
    entry: AttachmentEntry
    path: Path
    state: str  # INTACT, CHANGED (checksum differs from the one stored) or MISSING

    @property
    def intact(self) -> bool:
        return self.state == INTACT


def _entry(row: GrantAttachment) -> AttachmentEntry:
    return AttachmentEntry(row.uuid, row.version, row.kind, row.original_name, row.stored_path, row.sha256,
                           row.size_bytes, row.created_by, row.created_at)


def _safe_name(name: str) -> str:
    """Safe on Windows: no device names, forbidden or bidirectional characters (domain.file_names)."""
    return safe_file_name(_UNSAFE.sub("_", name))


def _free_path(folder: Path, name: str) -> Path:
    target, number = folder / name, 2
    while target.exists():
        stem, dot, suffix = name.rpartition(".")
        target = folder / (f"{stem} ({number}).{suffix}" if dot else f"{name} ({number})")
        number += 1
    return target


def _copy(source: Path, folder: Path) -> tuple[Path, str, int]:
    """Copy through a temporary name, then hash: a half-copied file never bears the real name."""
    staged = stage_copy(source, _free_path(folder, _safe_name(source.name)))
    staged.place()
    return staged.target, staged.sha256, staged.size_bytes


def _year(application: GrantApplication) -> int:
    return application.protocol_year or office_now().year


def add_attachment(db: Database, application_uuid: uuid.UUID, source_path: str | os.PathLike,
                   kind: str = "") -> AttachmentEntry:
    """Copy `source_path` into the application's folder and record it with its SHA-256 and size."""
    db.require(Permission.GRANTS_WRITE)
    source = Path(source_path)
    if not source.is_file():
        raise DomainError(f"Il file «{source.name}» non esiste o non è un file: scegli di nuovo.")
    refuse_executable(source.name)  # a double click in the data folder must never run a program
    kind = " ".join(kind.split())
    if len(kind) > 60:
        raise ValidationError.single("kind", "Il tipo di allegato supera i 60 caratteri.")
    data_dir = db.config.data_dir
    with db.unit_of_work() as session:
        application = find_application(session, application_uuid)
        folder = data_dir / FOLDER / str(_year(application)) / str(application.uuid)
        target, sha256, size = _copy(source, folder)
        try:
            row = GrantAttachment(application_id=application.id, kind=kind, original_name=clean_text(source.name)[:255],
                                  stored_path=target.relative_to(data_dir).as_posix(), sha256=sha256,
                                  size_bytes=size)
            session.add(row)
            session.flush()
            entry = _entry(row)
        except BaseException:
            target.unlink(missing_ok=True)  # nothing recorded: no orphan file either
            raise
    log.info("attachment %s added to application %s (%d bytes)", entry.uuid, application_uuid, size)
    return entry


def list_attachments(db: Database, application_uuid: uuid.UUID) -> tuple[AttachmentEntry, ...]:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        application = find_application(session, application_uuid)
        rows = session.scalars(select(GrantAttachment).where(GrantAttachment.application_id == application.id)
                               .order_by(GrantAttachment.created_at, GrantAttachment.id))
        return tuple(_entry(row) for row in rows)


def _find(session, attachment_uuid: uuid.UUID) -> GrantAttachment:
    row = session.scalar(select(GrantAttachment).where(GrantAttachment.uuid == attachment_uuid))
    if row is None:
        raise NotFoundError("L'allegato non esiste più: forse è stato tolto da un collega. Ricarica la domanda.")
    return row


def check_file(db: Database, entry: AttachmentEntry) -> AttachmentFile:
    """The stored copy's path and whether it still matches the checksum recorded when it was added."""
    path = db.config.data_dir / Path(entry.stored_path)
    if not path.is_file():
        return AttachmentFile(entry, path, MISSING)
    return AttachmentFile(entry, path, INTACT if file_sha256(path) == entry.sha256 else CHANGED)


def open_attachment(db: Database, attachment_uuid: uuid.UUID) -> AttachmentFile:
    """The file to open, verified: the screen warns when it is CHANGED or MISSING.

    The commission, which reads no application otherwise (need to know), opens the attachments of the
    applications of the calls it sits on: the evaluation needs them."""
    if not db.actor.can(Permission.GRANTS_READ):
        db.require(Permission.GRANTS_SCORE)
    with db.unit_of_work() as session:
        row = _find(session, attachment_uuid)
        if not db.actor.can(Permission.GRANTS_READ):
            current_member(session, db.actor, session.get(GrantApplication, row.application_id).call_id)
        entry = _entry(row)
    checked = check_file(db, entry)
    if not checked.intact:
        log.warning("attachment %s is %s", attachment_uuid, checked.state)
    return checked


def verify_attachments(db: Database, application_uuid: uuid.UUID) -> tuple[AttachmentFile, ...]:
    """Every attachment of the application with its state (reads each file once)."""
    return tuple(check_file(db, entry) for entry in list_attachments(db, application_uuid))


def remove_attachment(db: Database, attachment_uuid: uuid.UUID, expected_version: int) -> Path | None:
    """Delete the record and move the file to the trash folder; returns where the file went (None if it
    was already missing). Refused once the formal check is over: the decision rested on the files."""
    db.require(Permission.GRANTS_WRITE)
    data_dir = db.config.data_dir
    with db.unit_of_work() as session:
        row = _find(session, attachment_uuid)
        check_version(row, expected_version)
        application = session.get(GrantApplication, row.application_id)
        status = ApplicationStatus(application.status)
        if status not in EDITABLE_STATUSES:
            raise DomainError(f"Gli allegati di una domanda «{status.label}» non si tolgono più.")
        source = data_dir / Path(row.stored_path)
        trash = data_dir / FOLDER / TRASH / str(application.uuid)
        session.delete(row)
    # After the commit: should the move fail, the file stays where it was, never lost.
    if not source.is_file():
        return None
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    trash.mkdir(parents=True, exist_ok=True)
    moved = _free_path(trash, f"{stamp}-{source.name}")
    os.replace(source, moved)
    log.info("attachment %s removed; file kept in the trash", attachment_uuid)
    return moved
