"""The rows a merge creates, written with insert() and executemany instead of one ORM INSERT per row.

On SQLite the ORM inserts row by row whenever it must read the new key back (no insert sentinel), which made a
2,000-registration package cost thousands of statements. New registrations, attendance marks and bookkeeping rows
are kept out of the session while the merge decides, then written here in a few statements; the audit entries the
flush hook would have written are queued the same way (storage.audit_log.creation_entries), so the hash chain at
commit sees exactly what an ORM flush would have given it. Changes to existing rows still go through the ORM.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from equilibri_desktop.services.field.merge_people import NewMergedRecord
from equilibri_desktop.storage import audit_log
from equilibri_desktop.storage.base import RecordMixin, utcnow
from equilibri_desktop.storage.models import EventAttendance, EventParticipant, FieldMergedRecord
from equilibri_desktop.storage.session import USER_KEY

_CHUNK = 500  # rows per IN (...) list and per executemany batch


def _defaults(model: type) -> dict[str, Any]:
    return {c.key: c.default.arg if c.default is not None and c.default.is_scalar else None
            for c in model.__table__.c if c.key != "id"}


def _row(obj: Any, defaults: dict[str, Any]) -> dict[str, Any]:
    """Every column of a transient object, with the model's scalar defaults where the merge set nothing."""
    loaded = obj.__dict__  # what the merge set (an ORM object's loaded values, read without its machinery)
    return {key: default if loaded.get(key) is None else loaded[key] for key, default in defaults.items()}


def _stamp(rows: list[dict[str, Any]], user: str) -> None:
    """What the session's before_flush hook does for a new record (storage/session.py)."""
    now = utcnow()
    for row in rows:
        row["uuid"] = row["uuid"] or uuid.uuid4()  # the column's own default, which a Core insert would not know
        row["created_at"] = row["created_at"] or now
        row["updated_at"] = now
        row["created_by"] = row["created_by"] or user
        row["updated_by"] = user
        row["version"] = 1


def _insert(session: Session, model: type, rows: list[dict[str, Any]]) -> None:
    # The Core table, not the mapped class: ORM bulk insert splits rows by which columns are None (a statement
    # per shape), while Core sends each chunk as one executemany.
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(model.__table__), rows[start:start + _CHUNK])


def _insert_records(session: Session, model: type[RecordMixin], objects: list[Any]) -> None:
    if not objects:
        return
    user = session.info.get(USER_KEY, "")
    defaults = _defaults(model)
    rows = [_row(obj, defaults) for obj in objects]
    _stamp(rows, user)
    _insert(session, model, rows)
    ids: dict[Any, int] = {}
    uuids = [row["uuid"] for row in rows]
    for start in range(0, len(uuids), _CHUNK):
        ids |= {u: i for i, u in session.execute(select(model.id, model.uuid)
                                                 .where(model.uuid.in_(uuids[start:start + _CHUNK])))}
    for obj, row in zip(objects, rows, strict=True):
        # The objects stay transient: attendance and notes need the id, the report and the log the uuid.
        row["id"] = obj.id = ids[row["uuid"]]
        obj.uuid = row["uuid"]
    audit_log.queue(session, audit_log.creation_entries(model, rows, user))


def write_new(session: Session, participants: list[EventParticipant],
              marks: list[tuple[EventAttendance, EventParticipant]], merged: list[NewMergedRecord]) -> None:
    """Insert the merge's new registrations, then their attendance (which needs the registrations' ids), then
    the bookkeeping of every record merged for the first time."""
    _insert_records(session, EventParticipant, participants)
    for mark, participant in marks:
        mark.participant_id = participant.id
    _insert_records(session, EventAttendance, [mark for mark, _ in marks])
    defaults = _defaults(FieldMergedRecord)
    _insert(session, FieldMergedRecord, [_row(row, defaults) for row in merged])
