"""The office prepares a field kit from an event: the event and its sessions, the municipalities, the field
user's account, and — only when chosen — a minimal lookup of the registrations already made (name, status,
consents and a keyed hash of the codice fiscale; never addresses, birth dates or contacts)."""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission, Role
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.field import sealing
from equilibri_desktop.domain.field.conflicts import FIELD_EDITABLE
from equilibri_desktop.domain.field.matching import fiscal_code_hash
from equilibri_desktop.io.safe_write import write_file
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.services.field.dto import KitSummary
from equilibri_desktop.services.field.office_identity import office_id, schema_revision
from equilibri_desktop.services.field.values import to_json
from equilibri_desktop.storage.models import (
    Event,
    EventAttendance,
    EventParticipant,
    EventSession,
    Municipality,
    UserAccount,
)

MIN_PASSPHRASE = 10  # a kit travels: a short passphrase would fall to a guesser in hours even through scrypt
_EVENT_FIELDS = ("kind", "title", "line_of_work", "place", "organiser", "target", "capacity", "registration_open",
                 "min_attendance_pct", "certificate_kind", "topics", "signer_name", "signer_role", "notes",
                 "first_day")
_SESSION_FIELDS = ("position", "day", "starts", "ends", "minutes", "trainer", "topic")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise DomainError(code="field.kit.passphrase_short", params={"minimum": MIN_PASSPHRASE})


def _istat(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Municipality.id, Municipality.istat_code)).all())


def _user(session: Session, db: Database, username: str) -> dict:
    account = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if account is None:
        if username != db.user:
            raise DomainError(code="field.kit.user_unknown", params={"username": username})
        # An installation without accounts (or the command line's administrator): the clerk works as an operator.
        return {"username": username, "display_name": username, "roles": Role.OPERATORE.value,
                "protected_data": False, "password_hash": ""}
    if not account.active:
        raise DomainError(code="field.kit.user_disabled", params={"username": username})
    return {"username": account.username, "display_name": account.display_name, "roles": account.roles,
            "protected_data": account.protected_data, "password_hash": account.password_hash}


def _lookup(session: Session, event: Event, cf_key: bytes, istat: dict[int, str]) -> tuple[list, list]:
    people, marks = [], []
    for p in session.scalars(select(EventParticipant).where(EventParticipant.event_id == event.id)
                             .order_by(EventParticipant.id)):
        people.append({"uuid": str(p.uuid), "version": p.version, "surname": p.surname,
                       "first_name": p.first_name, "participant_kind": p.participant_kind,
                       "registered_at": to_json(p.registered_at), "organisation_name": p.organisation_name,
                       "cf_hash": fiscal_code_hash(cf_key, p.fiscal_code),
                       "values": {name: to_json(getattr(p, name)) for name in FIELD_EDITABLE}})
    query = (select(EventAttendance.uuid, EventAttendance.version, EventAttendance.present, EventParticipant.uuid,
                    EventSession.uuid)
             .join(EventParticipant, EventParticipant.id == EventAttendance.participant_id)
             .join(EventSession, EventSession.id == EventAttendance.session_id)
             .where(EventSession.event_id == event.id))
    for a_uuid, version, present, p_uuid, s_uuid in session.execute(query):
        marks.append({"uuid": str(a_uuid), "version": version, "present": present, "participant_uuid": str(p_uuid),
                      "session_uuid": str(s_uuid)})
    return people, marks


def make_kit(db: Database, event_uuid: uuid.UUID, target: str | os.PathLike, passphrase: str, *,
             include_lookup: bool = True, field_username: str | None = None, overwrite: bool = False) -> KitSummary:
    """Write the encrypted kit; the passphrase is used to derive the key and never stored."""
    db.require(Permission.EVENTS_FIELD)
    check_passphrase(passphrase)
    kit_uuid = uuid.uuid4()
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        istat = _istat(session)
        cf_key = os.urandom(32)
        sessions = list(session.scalars(select(EventSession).where(EventSession.event_id == event.id)
                                        .order_by(EventSession.position, EventSession.id)))
        people, marks = _lookup(session, event, cf_key, istat) if include_lookup else ([], [])
        user = _user(session, db, field_username or db.user)
        body = {
            "kit_uuid": str(kit_uuid), "made_at": to_json(utc_now()), "made_by": db.user,
            "event": {"uuid": str(event.uuid), "version": event.version,
                      "municipality": istat.get(event.municipality_id, ""),
                      **{name: to_json(getattr(event, name)) for name in _EVENT_FIELDS}},
            "sessions": [{"uuid": str(s.uuid), **{n: to_json(getattr(s, n)) for n in _SESSION_FIELDS}}
                         for s in sessions],
            "municipalities": sorted(istat.values()),
            "user": user, "cf_key": cf_key.hex(), "lookup": people, "attendance": marks,
        }
        sealed = sealing.seal(sealing.KIT, body, passphrase, schema=schema_revision(), office_id=office_id(session))
        path = write_file(Path(target), lambda p: p.write_bytes(sealed), overwrite=overwrite)
        audit.record(session, AuditAction.EXPORT, table_name="event", record_uuid=event.uuid,
                     detail=f"kit da campo {kit_uuid}: {len(sessions)} sessioni, {len(people)} iscrizioni "
                            f"di riconoscimento, utente {user['username']}")
        logging.getLogger(__name__).info("field kit %s written for event %s", kit_uuid, event.uuid)
        return KitSummary(Path(path), kit_uuid, event.title, len(sessions), len(people), user["username"])
