"""The open database of a running program and the unit of work every service uses."""

from __future__ import annotations

import getpass
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.access import Actor, Permission, unrestricted_actor
from equilibri_desktop.domain.errors import StaleRecordError
from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.base import RecordMixin
from equilibri_desktop.storage.engine import make_engine
from equilibri_desktop.storage.session import USER_KEY, make_session_factory


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "utente"


@dataclass
class Database:
    config: AppConfig
    engine: Engine
    sessions: sessionmaker[Session]
    actor: Actor = field(default_factory=lambda: unrestricted_actor(default_user()))

    @property
    def user(self) -> str:
        return self.actor.username

    @user.setter
    def user(self, username: str) -> None:
        self.actor = unrestricted_actor(username)

    def require(self, permission: Permission) -> None:
        """Services call this first: a direct call without the right fails like a click would."""
        self.actor.require(permission)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self.sessions()
        session.info[USER_KEY] = self.user
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise StaleRecordError(None, None) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def connect(config: AppConfig, user: str | None = None) -> Database:
    """Open without migrating (callers decide when to back up and upgrade)."""
    config.ensure_folders()
    engine = make_engine(config.database_url)
    return Database(config=config, engine=engine, sessions=make_session_factory(engine),
                    actor=unrestricted_actor(user or default_user()))


def check_version(record: RecordMixin, expected_version: int) -> None:
    """Refuse a save built on an old copy of the record, naming who changed it and when."""
    if record.version != expected_version:
        raise StaleRecordError(record.updated_by, record.updated_at)


def schema_is_current(db: Database) -> bool:
    return not migrate.needs_upgrade(db.engine)

