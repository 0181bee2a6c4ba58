"""Field mode on the laptop: open a kit (decrypt, verify, create or reopen the laptop's encrypted database and
load the event into it), and tell which kit and event the open database belongs to."""

from __future__ import annotations

import json
import logging
import os
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.field import sealing
from equilibri_desktop.domain.users import actor_for, parse_roles
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.field import local_db
from equilibri_desktop.services.field.dto import FieldInfo
from equilibri_desktop.services.field.office_identity import schema_revision
from equilibri_desktop.services.field.values import column_value
from equilibri_desktop.storage.models import (
    AppMeta,
    Event,
    EventAttendance,
    EventParticipant,
    EventSession,
    FieldBase,
    Municipality,
    UserAccount,
)

KIT_KEY = "field.kit"
PACKAGE_KEY = "field.last_package"
log = logging.getLogger(__name__)


def read_kit(path: str | os.PathLike, passphrase: str) -> dict:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DomainError(code="field.laptop.kit_unreadable",
                          params={"path": path, "reason": exc.strerror or exc}) from exc
    return sealing.unseal(data, passphrase, expected_kind=sealing.KIT, schema=schema_revision(), office_id=None)


def _load(session: Session, kit: dict) -> None:
    ids = dict(session.execute(select(Municipality.istat_code, Municipality.id)).all())
    source = kit["event"]
    event = Event(uuid=uuid.UUID(source["uuid"]), municipality_id=ids.get(source["municipality"]),
                  **{k: column_value(Event, k, v) for k, v in source.items()
                     if k not in ("uuid", "version", "municipality")})
    session.add(event)
    session.flush()
    sessions = {}
    for s in kit["sessions"]:
        row = EventSession(event_id=event.id, uuid=uuid.UUID(s["uuid"]),
                           **{k: column_value(EventSession, k, v) for k, v in s.items() if k != "uuid"})
        session.add(row)
        sessions[s["uuid"]] = row
    participants = {}
    for p in kit["lookup"]:
        values = {k: column_value(EventParticipant, k, v) for k, v in p["values"].items()}
        row = EventParticipant(event_id=event.id, uuid=uuid.UUID(p["uuid"]), surname=p["surname"],
                               first_name=p["first_name"], participant_kind=p["participant_kind"],
                               organisation_name=p["organisation_name"],
                               registered_at=column_value(EventParticipant, "registered_at", p["registered_at"]),
                               search_name=_name_key(p["surname"], p["first_name"]), **values)
        session.add(row)
        participants[p["uuid"]] = row
        session.add(FieldBase(record_uuid=row.uuid, table_name="event_participant", version=p["version"],
                              values_json=json.dumps(p["values"], sort_keys=True), fiscal_code_hash=p["cf_hash"]))
    session.flush()
    for a in kit["attendance"]:
        session.add(EventAttendance(uuid=uuid.UUID(a["uuid"]), participant_id=participants[a["participant_uuid"]].id,
                                    session_id=sessions[a["session_uuid"]].id, present=a["present"]))
        session.add(FieldBase(record_uuid=uuid.UUID(a["uuid"]), table_name="event_attendance", version=a["version"],
                              values_json=json.dumps({"present": a["present"]})))
    user = kit["user"]
    if user["password_hash"]:
        session.add(UserAccount(username=user["username"], display_name=user["display_name"],
                                password_hash=user["password_hash"], roles=user["roles"],
                                protected_data=user["protected_data"]))
    meta = {k: kit[k] for k in ("kit_uuid", "made_at", "made_by", "cf_key")} | {
        "event_uuid": source["uuid"], "event_title": source["title"], "office_id": kit["office_id"],
        "user": {k: v for k, v in user.items() if k != "password_hash"}}
    session.add(AppMeta(key=KIT_KEY, value=json.dumps(meta, sort_keys=True)))


def _name_key(surname: str, first_name: str) -> str:
    from equilibri_desktop.domain.search_keys import person_name_key

    return person_name_key(surname, first_name)


def kit_meta(session: Session) -> dict:
    value = session.scalar(select(AppMeta.value).where(AppMeta.key == KIT_KEY))
    if value is None:
        raise DomainError(code="field.laptop.not_laptop")
    return json.loads(value)


def field_info(db: Database) -> FieldInfo:
    with db.unit_of_work() as session:
        meta = kit_meta(session)
    user = meta["user"]
    return FieldInfo(uuid.UUID(meta["kit_uuid"]), uuid.UUID(meta["event_uuid"]), meta["event_title"],
                     user["username"], user["display_name"], meta["office_id"])


def open_kit(kit_path: str | os.PathLike, passphrase: str, data_dir: str | os.PathLike) -> tuple[Database, FieldInfo]:
    """Decrypt and verify the kit, then open (or create and fill) the laptop's database for it. Reopening
    the same kit later finds every record confirmed until then."""
    kit = read_kit(kit_path, passphrase)
    kit["office_id"] = sealing.office_of(Path(kit_path).read_bytes(), sealing.KIT)
    user = kit["user"]
    db, fresh = local_db.open_local(Path(data_dir), kit["kit_uuid"], passphrase, user["username"])
    try:
        if fresh or _empty(db):
            with db.unit_of_work() as session:
                _load(session, kit)
            log.info("field database created for kit %s", kit["kit_uuid"])
        db.actor = actor_for(user["username"], user["display_name"], parse_roles(user["roles"]),
                             bool(user["protected_data"]))
        return db, field_info(db)
    except Exception:
        db.dispose()
        raise


def open_for_field_mode(kit_path: str | os.PathLike, passphrase: str, data_dir: str | os.PathLike
                        ) -> tuple[Database, FieldInfo, sealing.SealKey]:
    """`open_kit`, plus the key the return packages will be sealed with, derived now: field mode keeps that key
    (wiped when its window closes), never the passphrase."""
    db, info = open_kit(kit_path, passphrase, data_dir)
    return db, info, sealing.SealKey.derive(passphrase)


def _empty(db: Database) -> bool:
    with db.unit_of_work() as session:
        return session.scalar(select(AppMeta.value).where(AppMeta.key == KIT_KEY)) is None
