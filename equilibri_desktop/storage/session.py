"""Session factory and the flush hooks that stamp authors, times and tombstones on every record."""

from __future__ import annotations

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from equilibri_desktop.storage.base import RecordMixin, utcnow
from equilibri_desktop.storage.models.meta import Tombstone

USER_KEY = "user"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def _changed(obj: RecordMixin) -> bool:
    state = inspect(obj)
    return any(attr.history.has_changes() for attr in state.attrs)


@event.listens_for(Session, "before_flush")
def _stamp_records(session: Session, _context, _instances) -> None:
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
