"""Issue #16 «done when»: the office makes a kit; a laptop registers 50 people (5 already in the registry,
3 typed twice) with attendance and consents, survives a SIGKILL mid-entry, sends a return package through a dry
run, conflict and match decisions, the merge; importing again is a no-op; a second laptop's package merges; a
wrong passphrase and one altered byte are refused. On SQLite and, with CI's server, PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.field.conflicts import Choice
from equilibri_desktop.domain.field.errors import (
    DamagedPackageError,
    DecisionsMissingError,
    ReceiptRefusedError,
    WrongPassphraseError,
)
from equilibri_desktop.services.events import attendance, participants
from equilibri_desktop.services.events.dto import Consents
from equilibri_desktop.services.events.events import get_event
from equilibri_desktop.services.field import local_db, merge, package, returns
from equilibri_desktop.services.field.dto import Decisions, Outcome
from equilibri_desktop.storage.models import AuditEntry, EventAttendance, EventParticipant, FieldNote
from tests.field_helpers import (
    PASSPHRASE,
    field_person,
    make_kit,
    newcomer,
    office_event,
    open_laptop,
    register_field,
)
from tests.registry_helpers import add_person, municipality_id

ROOT = Path(__file__).resolve().parents[1]
KILLED_WRITER = """
import sys
from tests.field_helpers import PASSPHRASE, newcomer, open_laptop, register_field
db, info = open_laptop(sys.argv[1], sys.argv[2])
for index in range(int(sys.argv[3]), int(sys.argv[4])):
    register_field(db, info.event_uuid, newcomer(index))
    print(index, flush=True)  # confirmed: the clerk saw it in the list
"""


def _count(db, model) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(model))


def _registry(db):
    """Five people already in the registry: three the laptop will meet with their codice fiscale, two without."""
    town = municipality_id(db, "Melegnano")
    people = [add_person(db, surname, first, born=born, municipality_id=town, sex=sex)
              for surname, first, born, sex in (("Rossi", "Maria", date(1980, 4, 2), "F"),
                                               ("Ferrari", "Luca", date(1975, 9, 30), "M"),
                                               ("Russo", "Elena", date(1990, 1, 15), "F"),
                                               ("Ricci", "Chiara", date(1988, 6, 21), "F"),
                                               ("Marino", "Giorgio", date(1969, 11, 3), "M"))]
    return town, people


def _type_in_killed_process(kit_path, data_dir, start: int, stop: int) -> set[int]:
    """Registrations in a separate program killed (SIGKILL) half-way: returns the indexes it confirmed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(kit_path), str(data_dir), str(start),
                              str(stop)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    confirmed = set()
    for line in child.stdout:
        confirmed.add(int(line))
        if len(confirmed) == 4:
            child.kill()  # mid-entry: the fifth registration is being written
            break
    child.wait(timeout=30)
    child.stdout.close()
    return confirmed


def test_field_day_from_kit_to_merge_and_back(db, tmp_path):
    town, registry = _registry(db)
    event = office_event(db, registered=3)
    kit = make_kit(db, event.uuid, tmp_path)
    office_a = next(p for p in participants.list_participants(db, event.uuid) if p.surname == "UfficioA")

    # --- on the laptop: 45 newcomers (3 typed twice), 5 people of the registry, attendance, consents, a note
    laptop_dir = tmp_path / "portatile"
    field, info = open_laptop(kit.path, laptop_dir)
    assert info.event_title == event.title
    first_session = get_event(field, info.event_uuid).sessions[0]
    for index in range(40):
        register_field(field, info.event_uuid, newcomer(index), photos=index % 3 == 0)
    twice = [register_field(field, info.event_uuid, newcomer(i)) for i in (4, 10, 20)]
    assert all(r.merged for r in twice), "typed twice on the laptop: completed, not duplicated"
    for surname, first, born, sex in (("Rossi", "Maria", date(1980, 4, 2), "F"), ("Ferrari", "Luca",
                                      date(1975, 9, 30), "M"), ("Russo", "Elena", date(1990, 1, 15), "F")):
        register_field(field, info.event_uuid, field_person(surname, first, born=born, with_code=True, sex=sex))
    register_field(field, info.event_uuid, field_person("Ricci", "Chiara", born=date(1988, 6, 21),
                                                        municipality_id=town))
    register_field(field, info.event_uuid, field_person("Marin", "Giorgio", born=date(1969, 11, 3),
                                                        municipality_id=town, sex="M"))  # a slip of the pen
    participants.record_consents(field, office_a.uuid, Consents("2026.1", photos=True))
    field.dispose()
    confirmed = _type_in_killed_process(kit.path, laptop_dir, 40, 45)
    field, info = open_laptop(kit.path, laptop_dir)  # reopened after the kill: every confirmed record is there
    names = {p.surname for p in participants.list_participants(field, info.event_uuid)}
    assert {newcomer(i).surname for i in confirmed} <= names
    for index in range(40, 45):
        if newcomer(index).surname not in names:
            register_field(field, info.event_uuid, newcomer(index))  # the clerk types the lost one again
    rows = participants.list_participants(field, info.event_uuid)
    assert len(rows) == 3 + 50
    for row in rows:
        attendance.mark_attendance(field, first_session.uuid, row.uuid, True)
    from equilibri_desktop.services.field import capture

    capture.add_note(field, rows[5].uuid, "Chiede del nido comunale: richiamare lunedì.")

    # --- meanwhile in the office: the same registration gets a new privacy notice version
    participants.record_consents(db, office_a.uuid, Consents("2026.2", news=True))
    package_path = returns.prepare_return(field, tmp_path / "rientro.eqr", PASSPHRASE).path

    # --- bad input: refused, nothing written
    with pytest.raises(WrongPassphraseError):
        package.open_package(db, package_path, "non è la frase giusta")
    altered = tmp_path / "alterato.eqr"
    data = bytearray(package_path.read_bytes())
    data[len(data) // 2] ^= 0x01
    altered.write_bytes(bytes(data))
    with pytest.raises(DamagedPackageError):
        package.open_package(db, altered, PASSPHRASE)
    assert _count(db, EventParticipant) == 3

    # --- dry run: the report, nothing written
    opened = package.open_package(db, package_path, PASSPHRASE)
    rehearsal = merge.merge_package(db, opened, dry_run=True, report_path=tmp_path / "prova.xlsx")
    assert rehearsal.report_path.exists() and rehearsal.receipt_code == ""
    assert _count(db, EventParticipant) == 3
    assert rehearsal.count(Outcome.LINKED) == 3  # exact codice fiscale
    likely = {i.name: i for i in rehearsal.items if i.outcome == Outcome.LIKELY}
    assert set(likely) == {"Ricci Chiara", "Marin Giorgio"}
    assert likely["Marin Giorgio"].candidates[0].name == "Marino Giorgio"
    (conflict,) = [i for i in rehearsal.items if i.outcome == Outcome.CONFLICT]
    sides = {c.field: (c.field_value, c.office_value) for c in conflict.conflicts}
    assert sides == {"privacy_notice_version": ("2026.1", "2026.2")}
    assert sum(1 for i in rehearsal.items if i.kind == "iscrizione" and i.outcome == Outcome.NEW) == 45
    with pytest.raises(DecisionsMissingError):
        merge.merge_package(db, opened)
    assert _count(db, EventParticipant) == 3

    # --- the clerk decides: both likely matches confirmed, the office's notice kept; then the merge
    people = {f"{p.surname} {p.first_name}": p.uuid for p in registry}
    decisions = Decisions({likely["Ricci Chiara"].record_uuid: people["Ricci Chiara"],
                           likely["Marin Giorgio"].record_uuid: people["Marino Giorgio"]},
                          {(conflict.record_uuid, "privacy_notice_version"): Choice.OFFICE})
    done = merge.merge_package(db, opened, decisions, report_path=tmp_path / "unione.xlsx")
    assert done.receipt_code and not done.undecided
    rows = {p.name: p for p in participants.list_participants(db, event.uuid)}
    assert len(rows) == 53
    assert sum(1 for p in rows.values() if p.in_registry) == 5
    merged_a = rows["UfficioA Laura"]
    assert (merged_a.privacy_notice_version, merged_a.consent_photos, merged_a.consent_news) == ("2026.2", True, True)
    assert merged_a.status == "presente"
    assert _count(db, EventAttendance) == 53 and _count(db, FieldNote) == 1
    with db.unit_of_work() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.detail.contains("rientro dal campo"))).all()
    assert actions.count(AuditAction.IMPORT.value) == 1 and actions.count(AuditAction.MERGE.value) == 3

    # --- the same package again: nothing changes, not even the activity log
    entries = _count(db, AuditEntry)
    again = merge.merge_package(db, package.open_package(db, package_path, PASSPHRASE))
    assert again.already_imported and {i.outcome for i in again.items} == {Outcome.SKIPPED}
    assert again.receipt_code == done.receipt_code
    assert (_count(db, EventParticipant), _count(db, AuditEntry)) == (53, entries)

    # --- a second laptop of the same event: two people the first one met, three new
    second, info2 = open_laptop(kit.path, tmp_path / "secondo")
    for index in (0, 2, 60 - 3, 60 - 2, 60 - 1):
        source = newcomer(index) if index < 45 else field_person(f"Secondo{chr(65 + 60 - index)}",
                                                                   born=date(1999, 3, 3))
        row = register_field(second, info2.event_uuid, source)
        attendance.mark_attendance(second, get_event(second, info2.event_uuid).sessions[1].uuid,
                                   row.participant.uuid, True)
    second_path = returns.prepare_return(second, tmp_path / "rientro2.eqr", PASSPHRASE).path
    merged = merge.merge_package(db, package.open_package(db, second_path, PASSPHRASE))
    assert merged.count(Outcome.FOLDED) == 2 and merged.count(Outcome.NEW) == 3 + 5  # 3 people, 5 presences
    assert _count(db, EventParticipant) == 56

    # --- the receipt: a wrong code keeps the data; the right one deletes the laptop's database
    with pytest.raises(ReceiptRefusedError):
        returns.forget_field_data(field, "AAAAA-BBBBB")
    returns.forget_field_data(field, done.receipt_code.lower().replace("-", " "))
    assert not local_db.database_path(laptop_dir, str(info.kit_uuid)).exists()
    second.dispose()
