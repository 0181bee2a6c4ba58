"""Writing the hash-chained audit trail, and the guards that keep it append-only.

Every entry is written here, inside the caller's transaction: entries are queued while the transaction
works and chained at its commit (take the chain lock, read the last entry, insert the new ones with
id = last id + 1 and prev_hash = its hash), so the lock is held only for that final step. The primary key makes
a fork impossible even without the lock: two writers claiming the same id cannot both commit.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, inspect, select, text
from sqlalchemy.orm import ORMExecuteState, Session

from equilibri_desktop.domain.audit import (
    ACTION_LABELS,
    GENESIS_HASH,
    MASK,
    AuditAction,
    changes_text,
    entry_hash,
    is_protection_field,
    is_sensitive,
    is_skipped,
    masked_change,
    plain_value,
)
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.storage.base import RecordMixin, utcnow
from equilibri_desktop.storage.models.audit import AuditEntry

# pg_advisory_xact_lock key: "EQAUDIT1" as a 64-bit integer; released by PostgreSQL at commit/rollback.
_PG_LOCK_KEY = int.from_bytes(b"EQAUDIT1", "big") & 0x7FFF_FFFF_FFFF_FFFF


class AuditAppendOnlyError(DomainError):
    """Someone tried to change or delete an audit entry."""

    def __init__(self) -> None:
        super().__init__("Il registro delle attività non si può modificare né cancellare.")


@dataclass(frozen=True)
class NewEntry:
    username: str
    action: str
    table_name: str = ""
    record_uuid: uuid.UUID | None = None
    changes: str = ""  # canonical JSON from domain.audit.changes_text
    detail: str = ""
    at: datetime = field(default_factory=utcnow)


def _lock_chain(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    elif connection.dialect.name == "sqlite":
        # A no-op write takes SQLite's single write lock now, before the last entry is read, so the
        # read cannot go stale (a deferred transaction would only lock at its first real write).
        connection.execute(text("UPDATE app_meta SET value = value WHERE 1 = 0"))


def append(connection: Connection, entries: Sequence[NewEntry]) -> None:
    """Chain and insert `entries` in the connection's current transaction."""
    if not entries:
        return
    _lock_chain(connection)
    last = connection.execute(
        select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    last_id, prev = (last.id, last.entry_hash) if last else (0, GENESIS_HASH)
    rows = []
    for entry in entries:
        last_id += 1
        digest = entry_hash(last_id, entry.at, entry.username, entry.action, entry.table_name,
                            entry.record_uuid, entry.changes, entry.detail, prev)
        rows.append({"id": last_id, "at": entry.at, "username": entry.username, "action": entry.action,
                     "table_name": entry.table_name, "record_uuid": entry.record_uuid,
                     "changes": entry.changes, "detail": entry.detail, "prev_hash": prev, "entry_hash": digest})
        prev = digest
    connection.execute(insert(AuditEntry), rows)


_QUEUE = "audit_queue"


def queue(session: Session, entries: Sequence[NewEntry]) -> None:
    """Keep `entries` for the commit, in order (see append_queued)."""
    if entries:
        session.info.setdefault(_QUEUE, []).extend(entries)


def append_queued(session: Session) -> None:
    """At commit: chain everything the transaction queued, in one short step under the chain's lock."""
    entries = session.info.pop(_QUEUE, [])
    if entries:
        append(session.connection(), entries)


def take_queued(session: Session) -> list[NewEntry]:
    """The entries queued so far, taken out of the queue: a long import keeps them on disk, not in memory, and
    chains them with `append` just before its commit."""
    return session.info.pop(_QUEUE, [])


def drop_queue(session: Session) -> None:
    session.info.pop(_QUEUE, None)


def _audited_columns(obj: RecordMixin | type[RecordMixin]) -> Iterator[str]:
    model = obj if isinstance(obj, type) else type(obj)
    excluded = getattr(model, "__audit_exclude__", frozenset())
    for attr in inspect(model).column_attrs:
        if not is_skipped(attr.key) and attr.key not in excluded:
            yield attr.key


def _created(obj: RecordMixin) -> dict[str, list[Any]]:
    return _created_values(type(obj), inspect(obj).dict)  # loaded values only: never a lazy load inside a flush


def _created_values(model: type[RecordMixin], loaded: dict[str, Any],
                    audited: Sequence[str] | None = None) -> dict[str, list[Any]]:
    return {key: masked_change(key, None, loaded.get(key)) for key in audited or _audited_columns(model)
            if loaded.get(key) not in (None, "")}


def _updated(obj: RecordMixin) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes = {}
    for key in _audited_columns(obj):
        history = state.attrs[key].history
        if history.added or history.deleted:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = masked_change(key, old, new)
    return changes


def _deleted(obj: RecordMixin) -> dict[str, list[Any]]:
    loaded = inspect(obj).dict
    return {key: masked_change(key, loaded.get(key), None) for key in _audited_columns(obj)
            if loaded.get(key) not in (None, "")}


def flush_entries(session: Session, username: str) -> list[NewEntry]:
    """One entry per record the flush created, changed or deleted (call from after_flush), plus a
    separate PROTECTION entry for protection fields, which readers without "dati protetti" never see."""
    found: list[NewEntry] = []
    now = utcnow()
    for objects, action, describe in ((session.new, AuditAction.CREATE, _created),
                                      (session.dirty, AuditAction.UPDATE, _updated),
                                      (session.deleted, AuditAction.DELETE, _deleted)):
        for obj in objects:
            if not isinstance(obj, RecordMixin):
                continue
            found += _entries(action, describe(obj), obj.__tablename__, obj.uuid, username, now)
    return found


def _entries(action: AuditAction, changes: dict[str, list[Any]], table_name: str, record_uuid: uuid.UUID,
             username: str, now: datetime) -> list[NewEntry]:
    # A False flag or empty details say nothing about a new or deleted record: no entry for them.
    protection = {key: change for key, change in changes.items() if is_protection_field(key)
                  and (action is AuditAction.UPDATE or any(v not in (None, "", False) for v in change))}
    ordinary = {key: change for key, change in changes.items() if not is_protection_field(key)}
    entry = {"username": username, "table_name": table_name, "record_uuid": record_uuid, "at": now}
    found = []
    if ordinary or action is not AuditAction.UPDATE:  # an update of bookkeeping fields only: nothing
        found.append(NewEntry(action=action.value, changes=changes_text(ordinary), **entry))
    if protection:
        found.append(NewEntry(action=AuditAction.PROTECTION.value, changes=changes_text(protection),
                              detail=ACTION_LABELS[action].lower(), **entry))
    return found


def creation_entries(model: type[RecordMixin], rows: Sequence[dict[str, Any]], username: str) -> list[NewEntry]:
    """The entries the flush hook writes for new records, for rows written by a bulk insert() that bypasses the
    flush: the same masking and the same protection split (what _entries does, with each column's rule decided
    once for all the rows); queue them, and the commit chains them."""
    now, table = utcnow(), model.__tablename__
    plan = [(key, is_sensitive(key), is_protection_field(key)) for key in _audited_columns(model)]
    create, protection_action = AuditAction.CREATE.value, AuditAction.PROTECTION.value
    detail = ACTION_LABELS[AuditAction.CREATE].lower()
    found = []
    for row in rows:
        ordinary, protection = {}, {}
        for key, sensitive, protecting in plan:
            value = row.get(key)
            if value is None or value == "":
                continue
            change = [None, MASK if sensitive else plain_value(value)]
            if not protecting:
                ordinary[key] = change
            elif change[1] not in ("", False):  # a False flag says nothing about a new record (as in _entries)
                protection[key] = change
        found.append(NewEntry(username=username, action=create, table_name=table, record_uuid=row["uuid"],
                              changes=changes_text(ordinary), at=now))
        if protection:
            found.append(NewEntry(username=username, action=protection_action, table_name=table,
                                  record_uuid=row["uuid"], changes=changes_text(protection), detail=detail, at=now))
    return found


def update_entries(model: type[RecordMixin], changes: Sequence[tuple[uuid.UUID, dict[str, tuple[Any, Any]]]],
                   username: str) -> list[NewEntry]:
    """The entries the flush hook writes for changed records, for changes written by a bulk update(): each
    record's (old, new) per field, masked and split as `_updated` would."""
    now, audited = utcnow(), set(_audited_columns(model))
    return [entry for record_uuid, fields in changes for entry in _entries(
        AuditAction.UPDATE, {key: masked_change(key, old, new) for key, (old, new) in fields.items()
                             if key in audited and old != new}, model.__tablename__, record_uuid, username, now)]


def refuse_audit_changes_in_flush(session: Session) -> None:
    """before_flush guard: audit rows are inserted only by `append`, never added, edited or deleted."""
    if any(isinstance(obj, AuditEntry) for obj in (*session.new, *session.deleted)):
        raise AuditAppendOnlyError()
    if any(isinstance(obj, AuditEntry) and session.is_modified(obj) for obj in session.dirty):
        raise AuditAppendOnlyError()


def refuse_bulk_audit_changes(state: ORMExecuteState) -> None:
    """do_orm_execute guard: `session.execute(update(AuditEntry))` or delete() bypasses the flush."""
    # Compared by name: an ORM statement carries an annotated copy of the Table, not the Table itself.
    target = getattr(getattr(state.statement, "table", None), "name", None)
    if (state.is_update or state.is_delete) and target == AuditEntry.__tablename__:
        raise AuditAppendOnlyError()
