"""The stable identity of an office database and its schema revision: what kits and packages are bound to."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.models import AppMeta
from equilibri_desktop.storage.models.field import OFFICE_ID_KEY


def office_id(session: Session) -> str:
    value = session.scalar(select(AppMeta.value).where(AppMeta.key == OFFICE_ID_KEY))
    if not value:  # written by migration 0014; a database restored from older copies gets one on first use
        import uuid

        value = str(uuid.uuid4())
        session.add(AppMeta(key=OFFICE_ID_KEY, value=value))
        session.flush()
    return value


def schema_revision() -> str:
    return migrate.head_revision()
