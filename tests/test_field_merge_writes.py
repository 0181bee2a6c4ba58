"""The merge writes its new rows with insert() and executemany, outside the ORM flush: the activity log must get
exactly the entries the flush hook would have written, chained the same way; and the laptop warns when a person
seems typed twice without the codice fiscale that would have folded her."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.services.access.audit_reports import verify_chain
from equilibri_desktop.services.events import attendance, participants
from equilibri_desktop.services.events.events import get_event
from equilibri_desktop.services.field import capture, merge, merge_writes, package, returns
from equilibri_desktop.services.field.dto import Outcome
from equilibri_desktop.services.field.merge_people import NewRow
from equilibri_desktop.services.field.merge_writes import write_new
from equilibri_desktop.storage.models import (
    AuditEntry,
    Event,
    EventAttendance,
    EventParticipant,
    FieldImport,
    FieldMergedRecord,
)
from tests.field_helpers import PASSPHRASE, field_person, make_kit, office_event, open_laptop, register_field
from tests.registry_helpers import municipality_id


def _values(event_id: int, surname: str) -> dict:
    return {"event_id": event_id, "surname": surname, "first_name": "Anna", "search_name": surname.lower(),
            "birth_date": date(1981, 3, 4), "participant_kind": "cittadini", "status": "iscritta",
            "registered_at": datetime(2026, 12, 1, 9, 0, tzinfo=UTC), "consent_photos": True,
            "privacy_notice_version": "2026.1", "phone": "333 1234567"}


def test_bulk_written_registrations_get_the_entries_a_flush_would_write(db):
    event = office_event(db, registered=0)
    with db.unit_of_work() as session:
        event_id = session.scalar(select(Event.id).where(Event.uuid == event.uuid))
        flushed = EventParticipant(**_values(event_id, "Flush"))
        session.add(flushed)
        session.flush()
        by_flush = [e for e in session.info.get("audit_queue", []) if e.record_uuid == flushed.uuid]
        bulk = EventParticipant(**_values(event_id, "Flush"))
        write_new(session, [bulk], [], [])
        by_bulk = [e for e in session.info["audit_queue"] if e.record_uuid == bulk.uuid]
        session.rollback()
    assert by_flush and [(e.action, e.table_name, e.username, e.changes, e.detail) for e in by_bulk] == \
        [(e.action, e.table_name, e.username, e.changes, e.detail) for e in by_flush]
    assert '"surname"' in by_bulk[0].changes and '"consent_photos"' in by_bulk[0].changes  # defaults included


def test_a_merge_logs_every_new_row_and_keeps_the_chain_intact(db, tmp_path):
    event = office_event(db, registered=1)
    laptop, info = open_laptop(make_kit(db, event.uuid, tmp_path).path, tmp_path / "portatile")
    first_session = get_event(laptop, info.event_uuid).sessions[0]
    for name in ("Rossi", "Bianchi", "Verdi"):
        row = register_field(laptop, info.event_uuid, field_person(name, born=date(1990, 5, 6))).participant
        attendance.mark_attendance(laptop, first_session.uuid, row.uuid, True)
    path = returns.prepare_return(laptop, tmp_path / "rientro.eqr", PASSPHRASE).path
    laptop.dispose()
    with db.unit_of_work() as s:
        before = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0
    result = merge.merge_package(db, package.open_package(db, path, PASSPHRASE))
    assert result.count(Outcome.NEW) == 6  # three registrations, three attendance marks
    with db.unit_of_work() as s:
        created = s.execute(select(AuditEntry.table_name, AuditEntry.record_uuid).where(
            AuditEntry.id > before, AuditEntry.action == AuditAction.CREATE.value)).all()
        new_people = set(s.scalars(select(EventParticipant.uuid).where(EventParticipant.surname.in_(
            ["Rossi", "Bianchi", "Verdi"]))))
        marks = set(s.scalars(select(EventAttendance.uuid).join(EventParticipant).where(
            EventParticipant.uuid.in_(new_people))))
    assert sorted(u for t, u in created if t == "event_participant") == sorted(new_people)
    assert sorted(u for t, u in created if t == "event_attendance") == sorted(marks) and len(marks) == 3
    assert {p.name for p in participants.list_participants(db, event.uuid) if p.status == "presente"} >= {
        "Rossi Giulia", "Bianchi Giulia", "Verdi Giulia"}
    assert verify_chain(db).ok


def test_the_laptop_warns_when_name_and_birth_date_or_municipality_repeat(db, tmp_path):
    event = office_event(db, registered=0)
    laptop, info = open_laptop(make_kit(db, event.uuid, tmp_path).path, tmp_path / "portatile")
    town = municipality_id(laptop, "Melegnano")
    first = capture.register_and_check(laptop, info.event_uuid, field_person("Rossi", "Maria", born=date(1980, 2, 3)))
    assert first.repeats == ()
    # the same name and birth date, typed again with a slip and no municipality: saved, and flagged
    again = capture.register_and_check(laptop, info.event_uuid, field_person("Rosi", "Maria", born=date(1980, 2, 3)))
    assert not again.registration.merged and again.repeats == ("Rossi Maria",)
    # the same name and municipality, no birth date
    capture.register_and_check(laptop, info.event_uuid, field_person("Neri", "Luca", municipality_id=town))
    twice = capture.register_and_check(laptop, info.event_uuid, field_person("Neri", "Luca", municipality_id=town))
    assert twice.repeats == ("Neri Luca",)
    # someone else born the same day, or the same name born elsewhere and another day: no warning
    other = capture.register_and_check(laptop, info.event_uuid, field_person("Gialli", "Sara", born=date(1980, 2, 3)))
    assert other.repeats == ()
    namesake = capture.register_and_check(laptop, info.event_uuid, field_person("Rossi", "Maria",
                                                                                  born=date(1955, 9, 9)))
    assert namesake.repeats == ()
    laptop.dispose()


def _counts(db) -> dict[str, int]:
    with db.unit_of_work() as s:
        return {model.__tablename__: s.scalar(select(func.count()).select_from(model))
                for model in (EventParticipant, EventAttendance, FieldMergedRecord, FieldImport, AuditEntry)}


def test_a_failure_midway_through_the_bulk_writes_leaves_nothing_and_the_same_package_merges_after(
        db, tmp_path, monkeypatch):
    event = office_event(db, registered=1)
    laptop, info = open_laptop(make_kit(db, event.uuid, tmp_path).path, tmp_path / "portatile")
    first_session = get_event(laptop, info.event_uuid).sessions[0]
    for name in ("Rossi", "Bianchi"):
        row = register_field(laptop, info.event_uuid, field_person(name, born=date(1990, 5, 6))).participant
        attendance.mark_attendance(laptop, first_session.uuid, row.uuid, True)
    path = returns.prepare_return(laptop, tmp_path / "rientro.eqr", PASSPHRASE).path
    laptop.dispose()
    opened = package.open_package(db, path, PASSPHRASE)
    before = _counts(db)
    assert merge.merge_package(db, opened, dry_run=True).count(Outcome.NEW) == 4
    assert _counts(db) == before  # the rehearsal wrote nothing

    real_insert, written = merge_writes._insert, []

    def fail_on_bookkeeping(session, model, rows):
        if model is FieldMergedRecord:  # registrations and attendance are already in the transaction
            raise OSError("disco pieno")
        written.append(model)
        real_insert(session, model, rows)

    monkeypatch.setattr(merge_writes, "_insert", fail_on_bookkeeping)
    with pytest.raises(OSError, match="disco pieno"):
        merge.merge_package(db, opened)
    assert written == [EventParticipant, EventAttendance]
    assert _counts(db) == before
    assert verify_chain(db).ok

    monkeypatch.setattr(merge_writes, "_insert", real_insert)
    result = merge.merge_package(db, opened)
    assert result.count(Outcome.NEW) == 4 and not result.already_imported
    after = _counts(db)
    assert after["event_participant"] == before["event_participant"] + 2
    assert after["event_attendance"] == before["event_attendance"] + 2
    assert after["field_merged_record"] == before["field_merged_record"] + 4 and after["field_import"] == 1
    assert verify_chain(db).ok
    again = merge.merge_package(db, opened)  # the same package again: every record skipped, not one row written
    assert again.count(Outcome.SKIPPED) == 4 and _counts(db) == after


def test_a_new_row_reads_like_a_new_orm_object_and_refuses_unknown_columns():
    row = NewRow(EventParticipant, surname="Rossi", status="iscritta")
    assert row.surname == "Rossi" and row.person_id is None and row.id is None
    row.person_id = 7
    assert row.person_id == 7
    with pytest.raises(AttributeError):
        _ = row.surnmae  # a typo is not a column: no silent None
    with pytest.raises(TypeError, match="surnmae"):
        NewRow(EventParticipant, surnmae="Rossi")
