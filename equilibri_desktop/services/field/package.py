"""A return package opened in the office: decrypted, authenticated, bound to this office database and schema."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.field import sealing
from equilibri_desktop.domain.field.errors import DamagedPackageError
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.field.office_identity import office_id, schema_revision
from equilibri_desktop.services.field.values import content_hash


@dataclass(frozen=True)
class OpenedPackage:
    path: Path
    body: dict
    content_hash: str
    office_id: str

    @property
    def package_uuid(self) -> uuid.UUID:
        return uuid.UUID(self.body["package_uuid"])

    @property
    def event_uuid(self) -> uuid.UUID:
        return uuid.UUID(self.body["event_uuid"])

    @property
    def records(self) -> dict:
        return self.body["records"]


def open_package(db: Database, path: str | os.PathLike, passphrase: str) -> OpenedPackage:
    """Every refusal (wrong passphrase, altered or truncated file, another office, another schema) happens here,
    before the database is touched."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise DomainError(code="field.package.unreadable",
                          params={"source": source, "reason": exc.strerror or exc}) from exc
    with db.unit_of_work() as session:
        ours = office_id(session)
    body = sealing.unseal(data, passphrase, expected_kind=sealing.RETURN, schema=schema_revision(), office_id=ours)
    if not isinstance(body.get("records"), dict) or "package_uuid" not in body:
        raise DamagedPackageError(code="field.package.data_missing")
    return OpenedPackage(source, body, content_hash(body), ours)
