"""Whole-trail work on the audit log: verifying the hash chain and exporting entries to `.xlsx`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.audit_chain import ChainChecker, StoredEntry
from equilibri_desktop.domain.office_time import office_time
from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.models.audit import AuditEntry

CHUNK = 5_000
_HASHED = (AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.action, AuditEntry.table_name,
           AuditEntry.record_uuid, AuditEntry.changes, AuditEntry.detail, AuditEntry.prev_hash,
           AuditEntry.entry_hash)
EXPORT_HEADER = ("N.", "Data", "Ora", "Utente", "Azione", "Tabella", "Record", "Campi modificati", "Dettaglio",
                 "Impronta")
EXPORT_WIDTHS = (8, 12, 10, 18, 24, 22, 38, 60, 40, 20)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int  # entries found intact before the first broken one (all of them when ok)
    first_broken_id: int | None
    reason: str  # Italian, for the administrator; "" when ok
    last_id: int  # id of the last intact entry: with last_hash, worth noting down outside the database
    last_hash: str


def verify_chain(db: Database, chunk: int = CHUNK) -> VerifyResult:
    """Recompute every entry's hash in id order; stop at the first edited, missing or moved entry.

    Needs AUDIT_READ. Reads in chunks by id, so memory stays flat on any size of trail.
    """
    db.require(Permission.AUDIT_READ)
    checker = ChainChecker()
    checked = 0
    after = 0
    with db.unit_of_work() as session:
        while True:
            rows = session.execute(
                select(*_HASHED).where(AuditEntry.id > after).order_by(AuditEntry.id).limit(chunk)
            ).all()
            for row in rows:
                problem = checker.check(StoredEntry(*row))
                if problem:
                    return VerifyResult(False, checked, row.id, problem, checker.expected_id - 1, checker.last_hash)
                checked += 1
            if len(rows) < chunk:
                break
            after = rows[-1].id
    return VerifyResult(True, checked, None, "", checker.expected_id - 1, checker.last_hash)


def _changes_text(row: audit.AuditRow) -> str:
    return "; ".join(f"{c.field}: {'' if c.old is None else c.old} → {'' if c.new is None else c.new}"
                     for c in row.changes)


def _export_rows(db: Database, criteria: audit.AuditFilter) -> Iterator[tuple]:
    after = 0
    while True:
        with db.unit_of_work() as session:
            query = audit.filtered(select(AuditEntry), criteria, db.actor).where(AuditEntry.id > after)
            entries = session.scalars(query.order_by(AuditEntry.id).limit(CHUNK)).all()
            batch = [(audit.to_row(entry), entry.entry_hash) for entry in entries]
        for row, digest in batch:
            local = office_time(row.at)  # the writer shows dates only: the time goes in its own column
            yield (row.id, local.date(), f"{local:%H:%M:%S}", row.username, row.action_label, row.table_name,
                   str(row.record_uuid or ""), _changes_text(row), row.detail, digest[:16])
        if len(batch) < CHUNK:
            return
        after = batch[-1][0].id


def export_audit_xlsx(db: Database, criteria: audit.AuditFilter, path: Path) -> int:
    """Write the matching entries (oldest first) to `path`; the export is itself recorded. Needs AUDIT_READ."""
    db.require(Permission.AUDIT_READ)
    sheet = SheetSpec("Registro attività", EXPORT_HEADER, _export_rows(db, criteria), EXPORT_WIDTHS)
    count = write_workbook(path, [sheet], overwrite=True)  # the screen's save dialog asked
    with db.unit_of_work() as session:
        audit.record(session, AuditAction.EXPORT, table_name=AuditEntry.__tablename__,
                     detail=f"registro delle attività: {count} voci nel file {Path(path).name}")
    return count
