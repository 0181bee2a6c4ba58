"""Drafts of unsaved form input, kept in files so a crash loses at most a few seconds of typing.

Files, not the database: a form saves its draft every few seconds, and those writes must not touch
the audited database. One JSON file per user, form and record under `<data_dir>/bozze`, written to a
temporary file and renamed over the old one, so a crash leaves either the old or the new draft. The
file name is a hash: it reveals neither the user nor the record. Contents are never logged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.services.admin.database import Database

log = logging.getLogger(__name__)

DRAFTS_FOLDER = "bozze"
DRAFT_FORMAT = 1
MAX_AGE_DAYS = 30  # older drafts are personal data nobody is coming back for


@dataclass(frozen=True)
class Draft:
    form_key: str  # which form, e.g. "registry/person"
    record_uuid: uuid.UUID | None  # the record being edited; None for a new one
    saved_at: datetime  # UTC
    data: dict[str, Any]  # the form's field values, as JSON types


def drafts_dir(db: Database) -> Path:
    return db.config.data_dir / DRAFTS_FOLDER


def _path(db: Database, form_key: str, record_uuid: uuid.UUID | None) -> Path:
    key = f"{db.user}\n{form_key}\n{record_uuid or ''}".encode("utf-8")
    return drafts_dir(db) / f"{hashlib.sha256(key).hexdigest()[:32]}.json"


def save_draft(db: Database, form_key: str, record_uuid: uuid.UUID | None, data: dict[str, Any]) -> Draft:
    """Replace this user's draft of this form and record. `data` must hold JSON types only."""
    folder = drafts_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    draft = Draft(form_key=form_key, record_uuid=record_uuid, saved_at=utc_now(), data=dict(data))
    content = json.dumps({"format": DRAFT_FORMAT, "user": db.user, "form_key": form_key,
                          "record_uuid": str(record_uuid) if record_uuid else None,
                          "saved_at": draft.saved_at.isoformat(), "data": draft.data}, ensure_ascii=False)
    target = _path(db, form_key, record_uuid)
    partial = target.with_name(target.name + ".partial")
    # Readable by this OS account only, like the database next to it.
    handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, target)
    return draft


def _read(path: Path) -> dict[str, Any] | None:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        return content if content.get("format") == DRAFT_FORMAT else None
    except (OSError, ValueError, AttributeError):
        log.warning("unreadable draft file %s ignored", path.name)
        return None


def _to_draft(content: dict[str, Any]) -> Draft:
    record = content.get("record_uuid")
    return Draft(form_key=content["form_key"], record_uuid=uuid.UUID(record) if record else None,
                 saved_at=datetime.fromisoformat(content["saved_at"]), data=content["data"])


def load_draft(db: Database, form_key: str, record_uuid: uuid.UUID | None) -> Draft | None:
    path = _path(db, form_key, record_uuid)
    content = _read(path) if path.exists() else None
    return _to_draft(content) if content and content.get("user") == db.user else None


def discard_draft(db: Database, form_key: str, record_uuid: uuid.UUID | None) -> None:
    """Call after a successful save, or when the user declines the draft."""
    _path(db, form_key, record_uuid).unlink(missing_ok=True)


def list_drafts(db: Database) -> list[Draft]:
    """This user's drafts, newest first: after a crash the app offers them back."""
    found = []
    for path in drafts_dir(db).glob("*.json"):
        content = _read(path)
        if content and content.get("user") == db.user:
            found.append(_to_draft(content))
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def purge_old_drafts(db: Database, now: datetime | None = None, max_age_days: int = MAX_AGE_DAYS) -> int:
    """Delete every user's drafts older than `max_age_days` (and stray partial files); returns how many."""
    limit = (now or utc_now()) - timedelta(days=max_age_days)
    removed = 0
    for path in [*drafts_dir(db).glob("*.json"), *drafts_dir(db).glob("*.partial")]:
        if datetime.fromtimestamp(path.stat().st_mtime, timezone.utc) < limit:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
