"""The audit trail anchored outside its database (issue 13): written at every backup and in every
document, compared with the chain by `equilibri-admin audit verify`.

Where anchors live: beside each backup copy (`<copia>.ancora`), in the append-only checkpoint file of the
data folder and of the second backup folder (`registro-ancore.txt`, one line per backup), and in the
keywords of every generated PDF ("Registro attività n. N:<hash>"). See domain.audit_anchor for what a
comparison proves.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit_anchor import Anchor, anchor_problems, parse_label, parse_line
from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.services.admin.backup_settings import backup_settings_of
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage import backup as backups
from equilibri_desktop.storage.models.audit import AuditEntry

log = logging.getLogger(__name__)
CHECKPOINT = "registro-ancore.txt"
DOCUMENT_KEYWORD = "Registro attività"
_DOCUMENT_ANCHOR = re.compile(rf"{DOCUMENT_KEYWORD} (n\. \d+:[0-9a-f]{{16,64}})")


def _append(path: Path, line: str) -> None:
    """Append one line and sync: the checkpoint file is only ever added to."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _write_small(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.tmp")
    try:
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def anchor_backup(config: AppConfig, copy: Path, second_copy: Path | None = None,
                  head: tuple[int, str] | None = None) -> Anchor | None:
    """Write the anchor of a finished copy beside it and into the checkpoint files; never fails the backup.
    `head`: the trail's last entry in the copy, when the caller read it already (a compressed copy)."""
    head = head or backups.read_chain_head(copy)
    if head is None:
        return None
    anchor = Anchor(head[0], head[1], office_now().strftime("%d/%m/%Y %H:%M:%S"), copy.name)
    try:
        _write_small(copy.with_name(copy.name + backups.ANCHOR_SUFFIX), anchor.line() + "\n")
        _append(config.data_dir / CHECKPOINT, anchor.line())
        if second_copy is not None:
            _write_small(second_copy.with_name(second_copy.name + backups.ANCHOR_SUFFIX), anchor.line() + "\n")
            _append(second_copy.parent / CHECKPOINT, anchor.line())
    except OSError as exc:  # the copy itself is good: a missing anchor is reported by verify, not here
        log.warning("audit anchor not written (%s)", type(exc).__name__)
    return anchor


def current_label(db: Database) -> str:
    """The short anchor printed in a document's metadata ("" before the first entry)."""
    with db.unit_of_work() as session:
        row = session.execute(select(AuditEntry.id, AuditEntry.entry_hash)
                              .order_by(AuditEntry.id.desc()).limit(1)).first()
    return f"{DOCUMENT_KEYWORD} n. {row.id}:{row.entry_hash[:32]}" if row else ""


def _file_anchors(folder: Path) -> list[Anchor]:
    found = []
    checkpoint = folder / CHECKPOINT
    if checkpoint.is_file():
        for line in checkpoint.read_text(encoding="utf-8", errors="replace").splitlines():
            if anchor := parse_line(line, f"il file delle ancore {checkpoint}"):
                found.append(anchor)
    for sidecar in folder.glob(f"*{backups.ANCHOR_SUFFIX}") if folder.is_dir() else ():
        text = sidecar.read_text(encoding="utf-8", errors="replace")
        if anchor := parse_line(text, f"la copia {sidecar.name.removesuffix(backups.ANCHOR_SUFFIX)}"):
            found.append(anchor)
    return found


def _document_anchors(folder: Path) -> list[Anchor]:
    import pikepdf

    found = []
    for pdf_path in sorted(folder.rglob("*.pdf")) if folder.is_dir() else ():
        try:
            with pikepdf.open(pdf_path) as pdf:
                keywords = str(pdf.docinfo.get("/Keywords", ""))
        except Exception:  # a damaged or foreign PDF: the register's own check reports it
            continue
        if match := _DOCUMENT_ANCHOR.search(keywords):
            if anchor := parse_label(match.group(1), f"il documento {pdf_path.name}"):
                found.append(anchor)
    return found


def find_anchors(config: AppConfig) -> list[Anchor]:
    """Every anchor this installation can reach: checkpoints, copies' anchors, documents."""
    folders = [config.data_dir, config.backup_dir]
    second = backup_settings_of(config).second_folder if config.is_sqlite else ""
    if second:
        folders.append(Path(second))
    anchors = [anchor for folder in folders for anchor in _file_anchors(folder)]
    return anchors + _document_anchors(config.documents_dir)


def compare_with_anchors(db: Database) -> tuple[int, list[str]]:
    """(anchors found, problems): a chain shorter than an anchor, or an entry no longer matching it."""
    db.require(Permission.AUDIT_READ)
    anchors = find_anchors(db.config)
    wanted = sorted({a.entry_id for a in anchors})
    with db.unit_of_work() as session:
        last_id = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0
        hashes: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            hashes.update(session.execute(select(AuditEntry.id, AuditEntry.entry_hash)
                                          .where(AuditEntry.id.in_(wanted[start:start + 500]))).all())
    return len(anchors), anchor_problems(anchors, last_id, hashes)
