"""The merge of a return package in the office: one transaction, a report per record, the same package again
changes nothing. A dry run runs exactly the same code and rolls back; the real run refuses while a conflict or
a likely match waits for the clerk (nothing is applied blindly, nothing waits in a hidden backlog)."""

from __future__ import annotations

import logging
import os
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.domain.field.conflicts import Choice
from equilibri_desktop.domain.field.errors import DecisionsMissingError
from equilibri_desktop.domain.field.matching import receipt_code
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.services.field.dto import Conflict, Decisions, MergeItem, MergeResult, Outcome
from equilibri_desktop.services.field.merge_people import (
    MergeContext,
    NewRow,
    index_registrations,
    log_later,
    merge_participant,
    read_targets,
    registry_lookup,
    remember,
    write_pending_audit,
)
from equilibri_desktop.services.field.merge_report import write_report
from equilibri_desktop.services.field.merge_writes import write_new
from equilibri_desktop.services.field.package import OpenedPackage
from equilibri_desktop.services.field.values import content_hash
from equilibri_desktop.storage.models import (
    Event,
    EventAttendance,
    EventParticipant,
    EventSession,
    FieldImport,
    FieldMergedRecord,
    FieldNote,
    Municipality,
)

log = logging.getLogger(__name__)
_CHUNK = 500  # uuids per IN (...) list: well under every backend's parameter limit


class _RolledBack(Exception):
    def __init__(self, result: MergeResult):
        super().__init__("dry run")
        self.result = result


def _merged_records(session, package: OpenedPackage) -> dict[uuid.UUID, FieldMergedRecord]:
    uuids = [uuid.UUID(r["uuid"]) for kind in ("participants", "attendance", "notes") for r in package.records[kind]]
    found = {}
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start:start + _CHUNK]
        found |= {r.field_uuid: r for r in session.scalars(select(FieldMergedRecord)
                                                           .where(FieldMergedRecord.field_uuid.in_(chunk)))}
    return found


def _participant_of(ctx: MergeContext, field_uuid: uuid.UUID) -> EventParticipant | None:
    if field_uuid in ctx.participants:
        return ctx.participants[field_uuid]
    previous = ctx.merged.get(field_uuid)
    target = previous.office_uuid if previous else field_uuid
    if target in ctx.targets:
        return ctx.targets[target]
    return ctx.session.scalar(select(EventParticipant).where(EventParticipant.uuid == target))


def _marks(session, event_id: int) -> dict[tuple[int, int], EventAttendance]:
    """The event's attendance already in the office, read once (not one query per field mark)."""
    rows = session.scalars(select(EventAttendance).join(EventSession, EventSession.id == EventAttendance.session_id)
                           .where(EventSession.event_id == event_id))
    return {(row.participant_id, row.session_id): row for row in rows}


def _attendance(ctx: MergeContext, record: dict, sessions: dict[str, int],
                marks: dict[tuple[int, int], EventAttendance]) -> MergeItem:
    field_uuid = uuid.UUID(record["uuid"])
    previous = ctx.merged.get(field_uuid)
    participant = _participant_of(ctx, uuid.UUID(record["participant_uuid"]))
    name = f"{participant.surname} {participant.first_name}" if participant else ""
    if previous is not None and previous.content_hash == content_hash(record):
        return MergeItem(field_uuid, "presenza", name, Outcome.SKIPPED)
    session_id = sessions.get(record["session_uuid"])
    if participant is None or session_id is None:
        return MergeItem(field_uuid, "presenza", name, Outcome.REFUSED,
                         CodedText("field.merge.attendance_gone"))
    row = None if participant.id is None else marks.get((participant.id, session_id))
    present, outcome, decided = bool(record["present"]), Outcome.NEW, ""
    if row is None:
        row = NewRow(EventAttendance, uuid=field_uuid, session_id=session_id, present=present,
                              created_at=datetime.fromisoformat(record["created_at"]), created_by=record["created_by"])
        ctx.new_marks.append((row, participant))  # its participant_id is known once new registrations are written
    elif row.present == present:
        outcome = Outcome.SKIPPED
    elif row.uuid == field_uuid and row.version == (previous.office_version if previous else record["base_version"]):
        row.present, outcome = present, Outcome.UPDATED  # nobody in the office touched it since the laptop's copy
        ctx.session.flush()
    else:
        choice = ctx.decisions.conflicts.get((field_uuid, "present"))
        if choice is None:
            return MergeItem(field_uuid, "presenza", name, Outcome.CONFLICT,
                             CodedText("field.merge.attendance_differs"), (
                Conflict(field_uuid, "present", "Presenza", None, present, row.present, record["updated_by"],
                         datetime.fromisoformat(record["updated_at"]), row.updated_by, row.updated_at),))
        decided = "presenza: " + ("campo" if choice == Choice.FIELD else "ufficio")
        log_later(ctx, AuditAction.MERGE, table_name="event_attendance", record_uuid=row.uuid,
                  changes={"present": (row.present, present)},
                  detail=f"rientro dal campo {ctx.package_uuid}: conflitto sulla presenza deciso ({decided})")
        outcome = Outcome.UPDATED if choice == Choice.FIELD else Outcome.SKIPPED
        if choice == Choice.FIELD:
            row.present = present
            ctx.session.flush()
    if row.present and participant.status in (ParticipantStatus.ISCRITTA.value, ParticipantStatus.ASSENTE.value):
        participant.status = ParticipantStatus.PRESENTE.value
    remember(ctx, field_uuid, "event_attendance", row.uuid, record, row.version, {"present": row.present})
    return MergeItem(field_uuid, "presenza", name, outcome, decided=decided)


def _note(ctx: MergeContext, record: dict, notes: list[tuple[FieldNote, EventParticipant]]) -> MergeItem:
    field_uuid = uuid.UUID(record["uuid"])
    previous = ctx.merged.get(field_uuid)
    participant = _participant_of(ctx, uuid.UUID(record["participant_uuid"]))
    name = f"{participant.surname} {participant.first_name}" if participant else ""
    if previous is not None and previous.content_hash == content_hash(record):
        return MergeItem(field_uuid, "nota", name, Outcome.SKIPPED)
    if participant is None:
        return MergeItem(field_uuid, "nota", name, Outcome.REFUSED, CodedText("field.merge.note_gone"))
    note = ctx.session.scalar(select(FieldNote).where(FieldNote.uuid == field_uuid))
    if note is None:
        note = FieldNote(uuid=field_uuid, text=record["text"],
                         created_at=datetime.fromisoformat(record["created_at"]), created_by=record["created_by"])
        notes.append((note, participant))  # added once the new registrations have their ids
        outcome = Outcome.NEW
    else:
        note.text, outcome = record["text"], Outcome.UPDATED
    remember(ctx, field_uuid, "field_note", note.uuid, record, note.version, {})
    return MergeItem(field_uuid, "nota", name, outcome)


def _record_import(session, db: Database, package: OpenedPackage, event: Event, result: MergeResult,
                   first: bool) -> None:
    if first:
        session.add(FieldImport(package_uuid=package.package_uuid, kit_uuid=uuid.UUID(package.body["kit_uuid"]),
                                event_uuid=event.uuid, content_hash=package.content_hash,
                                receipt_code=result.receipt_code, records=len(result.items), imported_by=db.user))
    audit.record(session, AuditAction.IMPORT, table_name="field_import", record_uuid=package.package_uuid,
                 detail=f"rientro dal campo per l'evento {event.uuid}: " + ", ".join(
                     f"{result.count(o)} {o.value}" for o in Outcome if result.count(o)))


def merge_package(db: Database, package: OpenedPackage, decisions: Decisions | None = None, *,
                  dry_run: bool = False, report_path: str | os.PathLike | None = None,
                  overwrite_report: bool = False) -> MergeResult:
    """Merge (or, with `dry_run`, rehearse) the package; the report, when asked, lists every record."""
    db.require(Permission.EVENTS_FIELD)
    decisions = decisions or Decisions()
    try:
        with db.unit_of_work() as session:
            event = records.find(session, Event, package.event_uuid, lock=True)
            previous_import = session.scalar(select(FieldImport).where(
                FieldImport.package_uuid == package.package_uuid))
            rows = session.execute(select(Municipality.id, Municipality.istat_code, Municipality.name)).all()
            ctx = MergeContext(session, event.id, package.package_uuid, decisions, {i: m for m, i, _ in rows},
                               {m: n for m, _, n in rows}, _merged_records(session, package))
            index_registrations(ctx)
            ctx.registry = registry_lookup(session, package.records["participants"], decisions)
            read_targets(ctx, package.records["participants"],
                         package.records["attendance"] + package.records["notes"])
            marks = _marks(session, event.id)
            sessions = {str(u): i for i, u in session.execute(select(EventSession.id, EventSession.uuid)
                                                              .where(EventSession.event_id == event.id))}
            # Lookups must not flush row by row: what this run creates stays out of the session and is written
            # by write_new below in a few executemany statements; the run keeps its own index of it
            # (MergeContext.created).
            with session.no_autoflush:
                items = [merge_participant(ctx, r) for r in package.records["participants"]]
                items += [_attendance(ctx, r, sessions, marks) for r in package.records["attendance"]]
                notes: list[tuple[FieldNote, EventParticipant]] = []
                items += [_note(ctx, r, notes) for r in package.records["notes"]]
            write_new(session, ctx.new_participants, ctx.new_marks, ctx.new_merged)
            for note, participant in notes:
                note.participant_id = participant.id
                session.add(note)
            session.flush()
            write_pending_audit(ctx)
            code = receipt_code(str(package.package_uuid), package.content_hash, package.office_id)
            result = MergeResult(package.package_uuid, event.title, dry_run, tuple(items),
                                 "" if dry_run else code, previous_import is not None)
            if dry_run:
                raise _RolledBack(result)
            if result.undecided:
                raise DecisionsMissingError(code="field.merge.decisions_missing",
                                            params={"conflicts": result.count(Outcome.CONFLICT),
                                            "likely": result.count(Outcome.LIKELY)})
            # The same package again writes not one row, not even an entry.
            if previous_import is None or any(i.outcome != Outcome.SKIPPED for i in items):
                _record_import(session, db, package, event, result, previous_import is None)
    except _RolledBack as rolled:
        result = rolled.result
    log.info("field package %s %s: %d records", package.package_uuid, "rehearsed" if dry_run else "merged",
             len(result.items))
    if report_path is not None:
        path = write_report(result, Path(report_path), sources=(package.path,), overwrite=overwrite_report)
        result = MergeResult(result.package_uuid, result.event_title, result.dry_run, result.items,
                             result.receipt_code, result.already_imported, path)
    return result
