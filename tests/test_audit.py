"""The audit trail: every change recorded and masked, append-only, hash chain that detects tampering."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text, update

from equilibri_desktop.domain.access import Actor, Permission, PermissionDeniedError, Role
from equilibri_desktop.domain.audit import AuditAction, entry_hash
from equilibri_desktop.domain.clock import FixedClock, office_today, use_clock
from equilibri_desktop.services.access import audit, audit_reports
from equilibri_desktop.storage.audit_log import AuditAppendOnlyError
from equilibri_desktop.storage.models import Person
from equilibri_desktop.storage.models.audit import AuditEntry

FISCAL_CODE = "RSSLRA80A41F205X"


def _person(db, **values) -> Person:
    with db.unit_of_work() as s:
        person = Person(**{"surname": "Rossi", "first_name": "Laura", **values})
        s.add(person)
    return person


def _rows(db) -> list[audit.AuditRow]:
    return list(reversed(audit.search_audit(db, limit=1000).items))


def _raw(db, *statements: str) -> None:
    """What someone with direct access to the database file or server could do."""
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER audit_entry_no_update"))
            conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        for statement in statements:
            conn.execute(text(statement))


def test_create_update_delete_are_recorded_with_sensitive_values_masked(db):
    person = _person(db, fiscal_code=FISCAL_CODE, address="Via Roma 1", phone="02 123456",
                     birth_date=date(1980, 1, 1))
    with db.unit_of_work() as s:
        stored = s.get(Person, person.id)
        stored.first_name, stored.address, stored.phone = "Laura Maria", "Via Milano 2", ""
    with db.unit_of_work() as s:
        s.delete(s.get(Person, person.id))
    created, updated, deleted = _rows(db)
    assert (created.action, updated.action, deleted.action) == ("create", "update", "delete")
    assert {r.username for r in (created, updated, deleted)} == {"operatore.test"}
    assert created.record_uuid == updated.record_uuid == deleted.record_uuid == person.uuid
    changes = {c.field: (c.old, c.new) for c in created.changes}
    assert changes["surname"] == (None, "Rossi")
    assert changes["fiscal_code"] == changes["address"] == changes["birth_date"] == (None, "***")
    assert {c.field: (c.old, c.new) for c in updated.changes} == {
        "first_name": ("Laura", "Laura Maria"), "address": ("***", "***"), "phone": ("***", "")}
    everything = " ".join(str(c) for r in (created, updated, deleted) for c in r.changes)
    for secret in (FISCAL_CODE, "Via Roma", "Via Milano", "123456", "1980"):
        assert secret not in everything


def test_saving_without_a_real_change_records_nothing(db):
    person = _person(db)
    with db.unit_of_work() as s:
        s.get(Person, person.id).surname = "Rossi"
    assert [r.action for r in _rows(db)] == ["create"]


def test_entries_cannot_be_changed_or_deleted(db):
    _person(db)
    with pytest.raises(AuditAppendOnlyError):
        with db.unit_of_work() as s:
            s.scalar(select(AuditEntry)).username = "qualcun.altro"
    with pytest.raises(AuditAppendOnlyError):
        with db.unit_of_work() as s:
            s.delete(s.scalar(select(AuditEntry)))
    with pytest.raises(AuditAppendOnlyError):
        with db.unit_of_work() as s:
            s.execute(update(AuditEntry).values(username="x"))
    with pytest.raises(Exception, match="append-only"):  # the database itself refuses raw SQL too
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))
    assert audit_reports.verify_chain(db).ok


def _three_entries(db) -> None:
    for surname in ("Uno", "Due", "Tre"):
        _person(db, surname=surname)
    assert audit_reports.verify_chain(db) == audit_reports.VerifyResult(
        True, 3, None, "", 3, audit_reports.verify_chain(db).last_hash)


def test_verify_detects_an_edited_entry(db):
    _three_entries(db)
    _raw(db, "UPDATE audit_entry SET username = 'qualcun.altro' WHERE id = 2")
    result = audit_reports.verify_chain(db)
    assert (result.ok, result.first_broken_id, result.checked) == (False, 2, 1)
    assert "modificato" in result.reason


def test_verify_detects_an_edit_whose_hash_was_recomputed(db):
    """A careful forger fixes the edited entry's own hash: the next entry's link gives it away."""
    _three_entries(db)
    with db.unit_of_work() as s:
        e = s.get(AuditEntry, 2)
        forged = entry_hash(e.id, e.at, "qualcun.altro", e.action, e.table_name, e.record_uuid, e.changes,
                            e.detail, e.prev_hash)
    _raw(db, f"UPDATE audit_entry SET username = 'qualcun.altro', entry_hash = '{forged}' WHERE id = 2")
    result = audit_reports.verify_chain(db)
    assert (result.ok, result.first_broken_id, result.checked) == (False, 3, 2)
    assert "n. 2" in result.reason


def test_verify_detects_a_deleted_entry(db):
    _three_entries(db)
    _raw(db, "DELETE FROM audit_entry WHERE id = 2")
    result = audit_reports.verify_chain(db)
    assert (result.ok, result.first_broken_id) == (False, 3)
    assert "manca la voce n. 2" in result.reason


def test_verify_detects_reordered_entries(db):
    _three_entries(db)
    _raw(db, "UPDATE audit_entry SET id = 99 WHERE id = 2", "UPDATE audit_entry SET id = 2 WHERE id = 3",
         "UPDATE audit_entry SET id = 3 WHERE id = 99")
    result = audit_reports.verify_chain(db)
    assert (result.ok, result.first_broken_id) == (False, 2)


def test_record_history_shows_every_entry_of_one_record(db):
    person = _person(db, fiscal_code=FISCAL_CODE)
    _person(db, surname="Altra")
    with db.unit_of_work() as s:
        s.get(Person, person.id).first_name = "Lara"
        audit.record(s, AuditAction.DOCUMENT, table_name="person", record_uuid=person.uuid, detail="ricevuta")
    db.actor = Actor("olga.orsini", roles=frozenset({Role.OPERATORE}))  # registry reader, no AUDIT_READ
    history = audit.record_history(db, person.uuid)
    assert [r.action for r in history] == ["create", "update", "document"]
    assert history[2].action_label == "Documento generato"
    assert {c.field: c.new for c in history[0].changes}["fiscal_code"] == "***"
    with pytest.raises(PermissionDeniedError):
        audit.search_audit(db)


def test_protection_entries_are_hidden_without_the_protected_data_grant(db):
    """Not even the fact that someone is protected may reach a user without "dati protetti"."""
    hidden = _person(db, surname="Protetta", protected=True, protection_body="Centro antiviolenza",
                     protection_date=date(2026, 1, 10))
    plain = _person(db, surname="Normale")
    with db.unit_of_work() as s:
        s.get(Person, plain.id).protected = True
        audit.record(s, AuditAction.VIEW_PROTECTED, table_name="person", record_uuid=hidden.uuid)
    auditor = Actor("rita.ricci", roles=frozenset({Role.REVISORE}))
    trusted = Actor("rita.ricci", roles=frozenset({Role.REVISORE}), extra=frozenset({Permission.PROTECTED_DATA}))
    db.actor = auditor
    for uuid_ in (hidden.uuid, plain.uuid):
        assert [r.action for r in audit.record_history(db, uuid_)] == ["create"]
    everything = audit.search_audit(db).items
    assert {r.action for r in everything} == {"create"}
    assert all(not c.field.startswith("protect") for r in everything for c in r.changes)
    assert audit.count_audit(db) == 2
    db.actor = trusted
    assert [r.action for r in audit.record_history(db, hidden.uuid)] == ["create", "protection", "view_protected"]
    protection = audit.record_history(db, hidden.uuid)[1]
    assert {c.field: (c.old, c.new) for c in protection.changes} == {
        "protected": (None, True), "protection_body": (None, "***"), "protection_date": (None, "***")}
    assert [(r.action, r.detail) for r in audit.record_history(db, plain.uuid)] == [
        ("create", ""), ("protection", "modifica")]
    assert audit_reports.verify_chain(db).ok


# Half past midnight in Rome on New Year's Day, still 31 December in UTC: the filters and the export count days
# as the office does.
NEW_YEAR_IN_ROME = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)


@pytest.fixture
def new_year_clock():
    with use_clock(FixedClock(NEW_YEAR_IN_ROME)) as fixed:
        yield fixed


def test_search_filters_by_user_action_record_and_date(db, new_year_clock):
    first = _person(db)
    db.user = "giulia.verdi"
    second = _person(db, surname="Bianchi")
    with db.unit_of_work() as s:
        audit.record(s, AuditAction.EXPORT, detail="elenco persone: 2 righe")
    found = audit.search_audit(db, audit.AuditFilter(username="giulia.verdi"))
    assert [r.action for r in found.items] == ["export", "create"] and not found.has_more
    assert [r.record_uuid for r in audit.search_audit(db, audit.AuditFilter(record_uuid=first.uuid)).items] == [
        first.uuid]
    assert audit.count_audit(db, audit.AuditFilter(action=AuditAction.CREATE, table_name="person")) == 2
    today = office_today()
    assert today == date(2027, 1, 1)
    assert audit.count_audit(db, audit.AuditFilter(since=today, until=today)) == 3
    assert audit.count_audit(db, audit.AuditFilter(until=today - timedelta(days=1))) == 0
    assert audit.count_audit(db, audit.AuditFilter(since=NEW_YEAR_IN_ROME + timedelta(minutes=1))) == 0
    page = audit.search_audit(db, offset=1, limit=1)
    assert page.has_more and page.items[0].record_uuid == second.uuid
    assert audit.audit_users(db) == ("giulia.verdi", "operatore.test")


def test_export_writes_the_entries_and_is_itself_recorded(db, tmp_path, new_year_clock):
    _person(db, surname="=HYPERLINK(\"http://x\")")  # must arrive as text, not as a formula
    _person(db, surname="Neri")
    path = tmp_path / "registro.xlsx"
    assert audit_reports.export_audit_xlsx(db, audit.AuditFilter(action="create"), path) == 2
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("N.", "Data", "Ora", "Utente", "Azione")
    assert [r[4] for r in rows[1:]] == ["Creazione", "Creazione"]
    assert rows[1][1].date() == date(2027, 1, 1) and rows[1][2] == "00:30:00"  # the office's day and hour
    assert "surname:  → =HYPERLINK" in rows[1][7]
    assert sheet.cell(row=2, column=8).data_type == "s"
    exported = audit.search_audit(db, audit.AuditFilter(action=AuditAction.EXPORT)).items
    assert len(exported) == 1 and "2 voci nel file registro.xlsx" in exported[0].detail


def test_concurrent_writers_keep_a_single_chain(db):
    """Several threads saving at once: no fork, no gap, every record has its entry."""
    errors = []

    def work(worker: int) -> None:
        try:
            for n in range(10):
                with db.unit_of_work() as s:
                    s.add(Person(surname=f"Thread{worker}", first_name=str(n)))
                with db.unit_of_work() as s:
                    audit.record(s, AuditAction.DOCUMENT, detail=f"documento {worker}-{n}")
        except Exception as exc:  # reported below; a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    result = audit_reports.verify_chain(db)
    assert result.ok and result.checked == 80
    with db.unit_of_work() as s:
        assert s.scalar(select(func.max(AuditEntry.id))) == 80


def test_cli_audit_verify_reports_the_first_broken_link(db, config, capsys):
    from equilibri_desktop.cli.admin import main

    def verify() -> tuple[int, str, str]:
        code = main(["--data-dir", str(config.data_dir), "--database-url", config.database_url, "audit", "verify"])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    _three_entries(db)
    code, out, _ = verify()
    assert code == 0 and "integro: 3 voci controllate" in out
    _raw(db, "DELETE FROM audit_entry WHERE id = 2")
    code, _, err = verify()
    assert code == 1 and "alla voce n. 3: manca la voce n. 2" in err
