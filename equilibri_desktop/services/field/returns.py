"""«Chiudi e prepara il rientro»: every record of the laptop with its stable UUID, times, authors and — for an
office registration it changed — the base version and values it started from, sealed like the kit. Nothing
is deleted until the office's receipt code matches the last package *and* nothing was confirmed after it."""

from __future__ import annotations

import json
import os
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.domain.field import sealing
from equilibri_desktop.domain.field.conflicts import FIELD_EDITABLE
from equilibri_desktop.domain.field.errors import ReceiptRefusedError
from equilibri_desktop.domain.field.matching import normalise_receipt, receipt_code
from equilibri_desktop.io.safe_write import write_file
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.field import local_db
from equilibri_desktop.services.field.dto import FieldStatus, ReturnSummary
from equilibri_desktop.services.field.laptop import PACKAGE_KEY, kit_meta
from equilibri_desktop.services.field.values import content_hash, to_json
from equilibri_desktop.storage.models import (
    AppMeta,
    EventAttendance,
    EventParticipant,
    EventSession,
    FieldBase,
    FieldNote,
    Municipality,
)

PARTICIPANT_FIELDS = ("surname", "first_name", "sex", "birth_date", "fiscal_code", "phone", "email",
                      "organisation_name", "participant_kind", "registered_at", *FIELD_EDITABLE)


def _stamp(row) -> dict:
    return {"uuid": str(row.uuid), "created_at": to_json(row.created_at), "created_by": row.created_by,
            "updated_at": to_json(row.updated_at), "updated_by": row.updated_by}


def collect_records(session: Session) -> dict:
    """Every record the office needs, in a stable order (the same data gives the same content hash)."""
    bases = {b.record_uuid: b for b in session.scalars(select(FieldBase))}
    istat = dict(session.execute(select(Municipality.id, Municipality.istat_code)).all())
    people, marks, notes = [], [], []
    for p in session.scalars(select(EventParticipant).order_by(EventParticipant.uuid)):
        values = {name: to_json(getattr(p, name)) for name in PARTICIPANT_FIELDS}
        base = bases.get(p.uuid)
        if base is None:
            people.append(_stamp(p) | {"origin": "field", "values": values | {
                "municipality": istat.get(p.municipality_id, "")}})
            continue
        before = json.loads(base.values_json)
        changed = {name: values[name] for name in FIELD_EDITABLE if values[name] != before.get(name)}
        if changed:
            people.append(_stamp(p) | {"origin": "office", "base_version": base.version, "base": before,
                                       "values": changed})
    query = (select(EventAttendance, EventParticipant.uuid, EventSession.uuid)
             .join(EventParticipant, EventParticipant.id == EventAttendance.participant_id)
             .join(EventSession, EventSession.id == EventAttendance.session_id).order_by(EventAttendance.uuid))
    for a, p_uuid, s_uuid in session.execute(query):
        base = bases.get(a.uuid)
        if base is not None and json.loads(base.values_json).get("present") == a.present:
            continue
        marks.append(_stamp(a) | {"participant_uuid": str(p_uuid), "session_uuid": str(s_uuid), "present": a.present,
                                  "base_version": base.version if base else None})
    query = (select(FieldNote, EventParticipant.uuid)
             .join(EventParticipant, EventParticipant.id == FieldNote.participant_id).order_by(FieldNote.uuid))
    for n, p_uuid in session.execute(query):
        notes.append(_stamp(n) | {"participant_uuid": str(p_uuid), "text": n.text})
    return {"participants": people, "attendance": marks, "notes": notes}


def prepare_return(db: Database, target: str | os.PathLike, secret: str | sealing.SealKey, overwrite: bool = False
                   ) -> ReturnSummary:
    """Write the return package (a second one may be made at any time: each has its own UUID). `secret` is the
    passphrase, or the key field mode derived from it when the kit was opened (it keeps no passphrase)."""
    db.require(Permission.EVENTS_WRITE)
    with db.unit_of_work() as session:
        meta = kit_meta(session)
        records = collect_records(session)
        package_uuid = uuid.uuid4()
        body = {"package_uuid": str(package_uuid), "kit_uuid": meta["kit_uuid"], "event_uuid": meta["event_uuid"],
                "made_at": to_json(utc_now()), "made_by": db.user, "records": records}
        sealed = sealing.seal(sealing.RETURN, body, secret, schema=_schema(), office_id=meta["office_id"])
        path = write_file(Path(target), lambda p: p.write_bytes(sealed), overwrite=overwrite)
        last = {"package_uuid": str(package_uuid), "content_hash": content_hash(body),
                "records_hash": content_hash(records), "made_at": body["made_at"], "path": str(path)}
        session.merge(AppMeta(key=PACKAGE_KEY, value=json.dumps(last, sort_keys=True)))
        return ReturnSummary(Path(path), package_uuid, len(records["participants"]), len(records["attendance"]),
                             len(records["notes"]))


def _schema() -> str:
    from equilibri_desktop.services.field.office_identity import schema_revision

    return schema_revision()


def _last_package(session: Session) -> dict | None:
    value = session.scalar(select(AppMeta.value).where(AppMeta.key == PACKAGE_KEY))
    return json.loads(value) if value else None


def field_status(db: Database) -> FieldStatus:
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        records = collect_records(session)
        last = _last_package(session)
        counts = [session.scalar(select(func.count()).select_from(model)) or 0
                  for model in (EventParticipant, EventAttendance, FieldNote)]
        changed = 0 if last and last["records_hash"] == content_hash(records) else sum(
            len(v) for v in records.values())
        return FieldStatus(counts[0], counts[1], counts[2], changed,
                           datetime.fromisoformat(last["made_at"]) if last else None, last["path"] if last else "")


def confirm_receipt(db: Database, code: str) -> None:
    """Check the office's receipt; raises ReceiptRefusedError when the laptop must keep its data."""
    with db.unit_of_work() as session:
        meta = kit_meta(session)
        last = _last_package(session)
        if last is None:
            raise ReceiptRefusedError(code="field.returns.no_package")
        if normalise_receipt(code) != receipt_code(last["package_uuid"], last["content_hash"], meta["office_id"]):
            raise ReceiptRefusedError(code="field.returns.receipt_mismatch")
        if content_hash(collect_records(session)) != last["records_hash"]:
            raise ReceiptRefusedError(code="field.returns.newer_data")


def forget_field_data(db: Database, code: str) -> None:
    """The receipt matches: close the laptop database and delete it with its salt."""
    confirm_receipt(db, code)
    with db.unit_of_work() as session:
        kit_uuid = kit_meta(session)["kit_uuid"]
    db.dispose()
    local_db.remove_local(db.config.data_dir, kit_uuid)
