"""Records written with one executemany per chunk instead of one ORM statement each, audited as a flush would be.

An import of 20,000 people spent most of its database time building ORM objects and flushing them one by one.
A bulk path keeps each new record as a plain dict of its columns and hands them here: the bookkeeping columns are
stamped as the session's before_flush hook stamps them, the rows go in with Core insert() a chunk at a time (a
database trigger still fires for every row), and the audit entries the after_flush hook would have written are
queued with the same masking (storage.audit_log.creation_entries), so the chain at commit holds what an ORM flush
would have given it. Changes to loaded records go the same way (`update_records`), version-checked like the ORM.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from equilibri_desktop.storage import audit_log
from equilibri_desktop.storage.base import RecordMixin, utcnow
from equilibri_desktop.storage.session import USER_KEY

CHUNK = 1_000  # rows per executemany: PostgreSQL's driver packs them into multi-row INSERTs


@cache
def column_defaults(model: type[RecordMixin]) -> dict[str, Any]:
    """Every column but the key, with the model's scalar Python default (None where it has none)."""
    return {column.key: column.default.arg if column.default is not None and column.default.is_scalar else None
            for column in model.__table__.c if column.key != "id"}


def new_row(model: type[RecordMixin], values: dict[str, Any]) -> dict[str, Any]:
    """A full row for `model`: `values` over the model's defaults (unknown keys refused: a typo would be lost)."""
    row = dict(column_defaults(model))
    unknown = values.keys() - row.keys()
    if unknown:
        raise KeyError(f"{model.__tablename__} has no column {sorted(unknown)}")
    row.update(values)
    return row


def insert_records(session: Session, model: type[RecordMixin], rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (from `new_row`) in the session's transaction, stamped and audited like an ORM flush."""
    if not rows:
        return
    user = session.info.get(USER_KEY, "")
    now = utcnow()
    for row in rows:
        row["uuid"] = row["uuid"] or uuid.uuid4()
        row["created_at"] = row["created_at"] or now
        row["updated_at"] = now
        row["created_by"] = row["created_by"] or user
        row["updated_by"] = user
        row["version"] = 1
    # The Core table, not the mapped class: an ORM bulk insert splits the rows by which columns are None (a
    # statement per shape), while Core sends each chunk as one executemany.
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(model.__table__), rows[start:start + CHUNK])
    audit_log.queue(session, audit_log.creation_entries(model, rows, user))


def update_records(session: Session, model: type[RecordMixin],
                   changes: Sequence[tuple[RecordMixin, dict[str, Any]]]) -> None:
    """Set the given fields of loaded records of `model` in a few statements, all changing the same fields: each
    row only if its version is still the one loaded (else StaleDataError, as the ORM raises), stamped, audited,
    and the objects left showing the stored values."""
    if not changes:
        return
    session.flush()  # an object's own pending changes must not be overwritten or lost
    user = session.info.get(USER_KEY, "")
    now = utcnow()
    table = model.__table__
    fields = list(changes[0][1])
    if any(values.keys() != set(fields) for _obj, values in changes):
        raise ValueError("update_records: every record must change the same fields")
    rows = [{"b_id": obj.id, "b_version": obj.version, **values, "updated_at": now, "updated_by": user,
             "version": obj.version + 1} for obj, values in changes]
    statement = update(table).where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
    written = 0
    for start in range(0, len(rows), CHUNK):
        written += session.execute(statement, rows[start:start + CHUNK]).rowcount
    if written != len(rows):
        raise StaleDataError(f"{len(rows) - written} {model.__tablename__} rows were changed meanwhile")
    entries = audit_log.update_entries(model, [(obj.uuid, {key: (getattr(obj, key), values[key]) for key in fields})
                                               for obj, values in changes], user)
    for (obj, _values), row in zip(changes, rows, strict=True):
        for key in (*fields, "updated_at", "updated_by", "version"):
            set_committed_value(obj, key, row[key])
    audit_log.queue(session, entries)
