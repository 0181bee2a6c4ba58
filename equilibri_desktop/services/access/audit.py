"""The audit trail for services and screens: record an action, search entries, show a record's history.

Creates, changes and deletions of records are recorded by the session hooks on their own; services call
`record` for what the database cannot see: logins, exports, documents, views of protected people, merges.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Actor, Permission
from equilibri_desktop.domain.audit import (
    RESTRICTED_ACTIONS,
    AuditAction,
    changes_text,
    masked_change,
)
from equilibri_desktop.domain.office_time import OFFICE_TZ
from equilibri_desktop.services.access.audit_names import in_form_order, record_names
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.dto import Page
from equilibri_desktop.storage import audit_log
from equilibri_desktop.storage.models.audit import AuditEntry
from equilibri_desktop.storage.session import USER_KEY

DETAIL_LENGTH = 300


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any  # "***" for a masked value
    new: Any


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC, timezone-aware
    username: str
    action: str  # an AuditAction value
    action_label: str
    table_name: str
    record_uuid: uuid.UUID | None
    changes: tuple[FieldChange, ...]  # in the order of the record's form
    detail: str
    record_name: str = ""  # the record's name today ("" when unknown or deleted): the UI shows kind and name

    @property
    def record(self) -> tuple[str, str]:
        """(table, name): what the entry is about, for a list column."""
        return self.table_name, self.record_name


@dataclass(frozen=True)
class AuditFilter:
    """Every field narrows the search; a `date` bound is a whole local day, `until` included."""

    username: str | None = None
    since: date | datetime | None = None
    until: date | datetime | None = None
    table_name: str | None = None
    record_uuid: uuid.UUID | None = None
    action: AuditAction | str | None = None


def record(session: Session, action: AuditAction | str, *, table_name: str = "",
           record_uuid: uuid.UUID | None = None, changes: dict[str, tuple[Any, Any]] | None = None,
           detail: str = "", username: str | None = None) -> None:
    """Append one entry in the caller's transaction. Sensitive values in `changes` are masked here;
    `detail` is shown as written, so it must never hold personal data (use counts and record uuids)."""
    session.flush()  # the records' own entries come first
    masked = {key: masked_change(key, old, new) for key, (old, new) in (changes or {}).items()}
    entry = audit_log.NewEntry(
        username=username if username is not None else session.info.get(USER_KEY, ""),
        action=AuditAction(action).value, table_name=table_name, record_uuid=record_uuid,
        changes=changes_text(masked), detail=detail[:DETAIL_LENGTH],
    )
    audit_log.queue(session, [entry])  # chained at commit, after the records' own entries


def _utc_bound(value: date | datetime, end: bool) -> datetime:
    # Days are the office's (Europe/Rome), never the machine's: a server set to UTC would otherwise file the
    # first half hour of New Year's Day under 31 December.
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=OFFICE_TZ)
    day = value + timedelta(days=1) if end else value
    return datetime.combine(day, time.min, tzinfo=OFFICE_TZ).astimezone(UTC)


def visible(query: Select, actor: Actor) -> Select:
    """Without "dati protetti" the entries about protection are not there at all, not even as a count."""
    if actor.can(Permission.PROTECTED_DATA):
        return query
    return query.where(AuditEntry.action.not_in([action.value for action in RESTRICTED_ACTIONS]))


def filtered(query: Select, criteria: AuditFilter, actor: Actor) -> Select:
    query = visible(query, actor)
    if criteria.username:
        query = query.where(AuditEntry.username == criteria.username)
    if criteria.since is not None:
        query = query.where(AuditEntry.at >= _utc_bound(criteria.since, end=False))
    if criteria.until is not None:
        bound = _utc_bound(criteria.until, end=True)
        query = query.where(AuditEntry.at < bound if not isinstance(criteria.until, datetime)
                            else AuditEntry.at <= bound)
    if criteria.table_name:
        query = query.where(AuditEntry.table_name == criteria.table_name)
    if criteria.record_uuid is not None:
        query = query.where(AuditEntry.record_uuid == criteria.record_uuid)
    if criteria.action:
        query = query.where(AuditEntry.action == AuditAction(criteria.action).value)
    return query


def to_row(entry: AuditEntry, names: dict[uuid.UUID, str] | None = None) -> AuditRow:
    changes = json.loads(entry.changes) if entry.changes else {}
    try:
        label = AuditAction(entry.action).label
    except ValueError:  # written by a newer version
        label = entry.action
    return AuditRow(
        id=entry.id, at=entry.at, username=entry.username, action=entry.action, action_label=label,
        table_name=entry.table_name, record_uuid=entry.record_uuid, detail=entry.detail,
        changes=tuple(FieldChange(key, *changes[key]) for key in in_form_order(entry.table_name, changes)),
        record_name=(names or {}).get(entry.record_uuid, "") if entry.record_uuid else "",
    )


def _rows(session: Session, entries) -> tuple[AuditRow, ...]:
    names = record_names(session, [(e.table_name, e.record_uuid) for e in entries])
    return tuple(to_row(entry, names) for entry in entries)


def search_audit(db: Database, criteria: AuditFilter = AuditFilter(), offset: int = 0,
                 limit: int = 100) -> Page[AuditRow]:
    """Newest first. Needs AUDIT_READ."""
    db.require(Permission.AUDIT_READ)
    with db.unit_of_work() as session:
        query = filtered(select(AuditEntry), criteria, db.actor).order_by(AuditEntry.id.desc())
        entries = session.scalars(query.offset(offset).limit(limit + 1)).all()
        rows = _rows(session, entries[:limit])
    return Page(items=rows, offset=offset, limit=limit, has_more=len(entries) > limit)


def count_audit(db: Database, criteria: AuditFilter = AuditFilter()) -> int:
    db.require(Permission.AUDIT_READ)
    with db.unit_of_work() as session:
        return session.scalar(filtered(select(func.count()).select_from(AuditEntry), criteria, db.actor)) or 0


def record_history(db: Database, record_uuid: uuid.UUID) -> tuple[AuditRow, ...]:
    """Everything recorded about one record, oldest first. Reading the registry is enough: the
    sensitive values were masked when the entries were written, and protection entries need PROTECTED_DATA."""
    db.require(Permission.REGISTRY_READ)
    with db.unit_of_work() as session:
        query = visible(select(AuditEntry).where(AuditEntry.record_uuid == record_uuid), db.actor)
        entries = session.scalars(query.order_by(AuditEntry.id)).all()
        return _rows(session, entries)


def audit_users(db: Database) -> tuple[str, ...]:
    """Usernames that appear in the trail, for the search screen's user filter."""
    db.require(Permission.AUDIT_READ)
    with db.unit_of_work() as session:
        return tuple(session.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username)))
