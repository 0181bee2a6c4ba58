"""Session factory and the flush hooks: authors, times, tombstones and the audit trail of every record."""

from __future__ import annotations

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from equilibri_desktop.storage import audit_log
from equilibri_desktop.storage.base import RecordMixin, utcnow
from equilibri_desktop.storage.models.meta import Tombstone
from equilibri_desktop.storage.models.users import UserAccount  # noqa: F401 - registers the table

USER_KEY = "user"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def _changed(obj: RecordMixin) -> bool:
    state = inspect(obj)
    return any(attr.history.has_changes() for attr in state.attrs)


@event.listens_for(Session, "before_flush")
def _stamp_records(session: Session, _context, _instances) -> None:
    audit_log.refuse_audit_changes_in_flush(session)
    user = session.info.get(USER_KEY, "")
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, RecordMixin):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by = obj.created_by or user
            obj.updated_by = user
    for obj in session.dirty:
        if isinstance(obj, RecordMixin) and _changed(obj):
            obj.updated_at = now
            obj.updated_by = user
    for obj in session.deleted:
        if isinstance(obj, RecordMixin):
            session.add(Tombstone(record_uuid=obj.uuid, table_name=obj.__tablename__, deleted_at=now, deleted_by=user))


@event.listens_for(Session, "after_flush")
def _audit_records(session: Session, _context) -> None:
    # After the flush: new records have their uuid, and the history still shows the old values. The
    # entries wait for the commit: chaining them takes the chain's lock, which must not be held for the
    # whole of a long transaction (an import) while colleagues wait to log in or save.
    audit_log.queue(session, audit_log.flush_entries(session, session.info.get(USER_KEY, "")))


@event.listens_for(Session, "before_commit")
def _chain_audit_entries(session: Session) -> None:
    session.flush()  # the last changes' entries join the queue first
    audit_log.append_queued(session)


@event.listens_for(Session, "after_rollback")
def _drop_audit_queue(session: Session) -> None:
    audit_log.drop_queue(session)


@event.listens_for(Session, "do_orm_execute")
def _guard_audit_trail(state: ORMExecuteState) -> None:
    audit_log.refuse_bulk_audit_changes(state)
