"""An agreement's files besides its registered PDFs: annexes (project sheet, delegation acts…) added by the
clerk, and the scans and digitally signed copies the signatures stored. Each is kept with its SHA-256 and
handed out only while it still matches."""

from __future__ import annotations

import uuid
from pathlib import Path

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.file_names import refuse_executable, safe_file_name
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents.files import file_sha256, stage_copy
from equilibri_desktop.services.network import agreement_records as records
from equilibri_desktop.services.network.dto import AgreementDetail
from equilibri_desktop.services.network.signatures import FOLDER
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import NetworkAgreement, NetworkAttachment


def add_attachment(db: Database, agreement_uuid: uuid.UUID, source: Path, description: str) -> AgreementDetail:
    """Keep a copy of `source` with the agreement (any version, in any status: annexes come at any time)."""
    db.require(Permission.NETWORK_WRITE)
    source = Path(source)
    if not description.strip():
        raise ValidationError.coded("attachment_description", "network.attachments.description_missing")
    if not source.is_file() or source.stat().st_size == 0:
        raise ValidationError.coded("attachment_description", "network.attachments.file_missing",
                                    name=source.name)
    refuse_executable(source.name)  # a double click in the data folder must never run a program
    with db.unit_of_work() as session:
        agreement = find_by_uuid(session, NetworkAgreement, agreement_uuid)
        folder = db.config.data_dir / FOLDER / str(agreement.uuid)
        staged = stage_copy(source, folder / safe_file_name(source.name)[-80:])
        staged.target = folder / f"{staged.sha256[:12]}_{staged.target.name}"
        session.add(NetworkAttachment(agreement_id=agreement.id, kind="allegato",
                                      description=description.strip()[:300],
                                      file_path=(FOLDER / str(agreement.uuid) / staged.target.name).as_posix(),
                                      sha256=staged.sha256))
        session.flush()
        staged.place()
        return records.detail(session, agreement, office_today())


def attachment_path(db: Database, attachment_uuid: uuid.UUID) -> Path:
    """The stored file, after checking it is still the one recorded."""
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        attachment = find_by_uuid(session, NetworkAttachment, attachment_uuid)
        relative, sha256, what = attachment.file_path, attachment.sha256, attachment.description
    path = db.config.data_dir / relative
    if not path.is_file():
        raise DomainError(code="network.attachments.file_gone", params={"what": what, "path": path})
    if file_sha256(path) != sha256:
        raise DomainError(code="network.attachments.file_altered", params={"what": what, "path": path})
    return path
