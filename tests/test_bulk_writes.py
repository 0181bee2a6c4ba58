"""Issue 19 (items 2 and 6): imports and ranking freezes write thousands of rows in a few statements. What an ORM
flush guaranteed must still hold: the audit trail holds the same entries and its chain verifies, a failure half-way
leaves nothing, the home page's counts follow, and a record changed meanwhile is not overwritten."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm.exc import StaleDataError

from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.access.audit_reports import verify_chain
from equilibri_desktop.services.admin.home import home_summary
from equilibri_desktop.services.grants import ranking as gr
from equilibri_desktop.services.imports import engine
from equilibri_desktop.services.imports import people as people_import
from equilibri_desktop.services.imports.registry import import_people
from equilibri_desktop.services.registry.person_records import apply_person, stored_input
from equilibri_desktop.storage import audit_log
from equilibri_desktop.storage.bulk_insert import update_records
from equilibri_desktop.storage.models import AuditEntry, GrantApplication, GrantRankingEntry, GrantStatusChange
from equilibri_desktop.storage.models.registry import Person
from tests.registry_helpers import add_person, cf
from tests.test_grant_ranking_service import scored  # noqa: F401 - the fixture of a call with four scored applications

HEADERS = ["Cognome", "Nome", "Codice fiscale", "Data di nascita", "Comune", "Telefono", "E-mail", "Note"]


def _xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _people(count: int) -> list[list]:
    return [[f"Cognome{i}", "Anna", "", f"01/01/19{50 + i % 40}", "Melegnano", f"333 {i:07d}", f"a{i}@example.it",
             "nota\nsu due righe" if i % 7 == 0 else ""] for i in range(count)]


def _audit(db) -> list[tuple[str, str, object, str]]:
    with db.unit_of_work() as s:
        return [tuple(r) for r in s.execute(select(AuditEntry.action, AuditEntry.table_name, AuditEntry.record_uuid,
                                                   AuditEntry.changes).order_by(AuditEntry.id))]


def _people_count(db) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_imported_people_are_audited_as_a_form_save_would_be_and_the_chain_verifies(db, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "BATCH_ROWS", 4)  # several batches, several bulk inserts
    stored = add_person(db, "Rossi", "Maria", born=date(1985, 3, 12))
    rows = _people(10) + [["Rossi", "Maria", cf("Rossi", "Maria", "F", date(1985, 3, 12)), "12/03/1985", "",
                           "333 9998887", "", ""]]
    before = len(_audit(db))
    result = import_people(db, _xlsx(tmp_path / "persone.xlsx", rows))
    assert (result.imported, result.merged) == (10, 1)
    assert verify_chain(db).ok
    entries = _audit(db)[before:]
    created = {u: changes for action, table, u, changes in entries
               if action == AuditAction.CREATE.value and table == "person"}
    assert set(created) == {r.record_uuid for r in result.rows if r.outcome.value == "importata"}
    assert any(action == AuditAction.UPDATE.value and u == stored.uuid for action, _t, u, _c in entries)
    assert entries[-1][0] == AuditAction.IMPORT.value  # the import's own entry closes its rows' ones

    # The same person saved through the ORM (the path of the form) is audited with the very same changes.
    first = result.rows[0].record_uuid
    with db.unit_of_work() as s:
        imported = s.scalar(select(Person).where(Person.uuid == first))
        value, search = stored_input(imported), (imported.search_name, imported.search_phone)
        s.execute(delete(Person).where(Person.id == imported.id))
        again = Person()
        apply_person(again, value)
        s.add(again)
        s.flush()
        assert (again.search_name, again.search_phone) == search
        orm = [e for e in audit_log.take_queued(s) if e.action == AuditAction.CREATE.value]
        s.rollback()
    assert [e.changes for e in orm] == [created[first]]


def test_counts_and_search_keys_follow_a_bulk_import(db, tmp_path):
    before = home_summary(db).people
    import_people(db, _xlsx(tmp_path / "persone.xlsx", _people(30)))
    assert home_summary(db).people == _people_count(db) == before + 30
    with db.unit_of_work() as s:
        keys = s.execute(select(Person.search_name, Person.search_name_reversed, Person.search_phone)
                         .where(Person.surname == "Cognome7")).one()
        assert tuple(keys) == ("cognome7 anna", "anna cognome7", "3330000007")


def test_a_write_failing_in_a_later_batch_leaves_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "BATCH_ROWS", 5)
    real, calls = people_import.insert_records, []

    def failing(session, model, rows):
        calls.append(len(rows))
        if len(calls) == 3:  # two batches already inserted in the transaction
            raise RuntimeError("disco pieno")
        real(session, model, rows)

    monkeypatch.setattr(people_import, "insert_records", failing)
    counts, audit = home_summary(db).people, len(_audit(db))
    with pytest.raises(RuntimeError, match="disco pieno"):
        import_people(db, _xlsx(tmp_path / "persone.xlsx", _people(20)), report_path=tmp_path / "esito.xlsx")
    assert calls == [5, 5, 5]
    assert _people_count(db) == 0 and home_summary(db).people == counts and len(_audit(db)) == audit
    assert not (tmp_path / "esito.xlsx").exists()
    assert verify_chain(db).ok


def test_a_dry_run_writes_nothing_with_the_bulk_path_either(db, tmp_path):
    audit = len(_audit(db))
    result = import_people(db, _xlsx(tmp_path / "persone.xlsx", _people(12)), dry_run=True)
    assert result.imported == 12 and all(r.record_uuid is None for r in result.rows)
    assert _people_count(db) == 0 and len(_audit(db)) == audit


def test_a_bulk_update_refuses_a_record_changed_meanwhile(db):
    person = add_person(db, "Verdi", "Anna", born=date(1968, 5, 20))
    with db.unit_of_work() as s:
        loaded = s.scalar(select(Person).where(Person.uuid == person.uuid))
        s.execute(update(Person.__table__).where(Person.__table__.c.id == loaded.id)
                  .values(version=loaded.version + 1))  # a colleague saved it after we read it
        with pytest.raises(StaleDataError):
            update_records(s, Person, [(loaded, {"notes": "sovrascritta"})])
        s.rollback()
    with db.unit_of_work() as s:
        loaded = s.scalar(select(Person).where(Person.uuid == person.uuid))
        update_records(s, Person, [(loaded, {"notes": "aggiornata"})])
        assert (loaded.notes, loaded.version) == ("aggiornata", person.version + 1)
        queued = audit_log.take_queued(s)
        assert [(e.action, e.record_uuid) for e in queued] == [(AuditAction.UPDATE.value, person.uuid)]
        audit_log.queue(s, queued)
    assert verify_chain(db).ok


def test_freezing_writes_every_step_audited_and_returns_what_it_stored(db, scored):  # noqa: F811
    call, apps = scored
    with db.unit_of_work() as s:  # the first one waits for the automatic ammissibile -> valutata step
        s.execute(update(GrantApplication.__table__).where(GrantApplication.__table__.c.id == apps[0].id)
                  .values(status=S.AMMISSIBILE.value))
        versions = dict(s.execute(select(GrantApplication.id, GrantApplication.version)).all())
    audit = len(_audit(db))
    frozen = gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1))
    assert frozen == gr.get_ranking(db, frozen.summary.uuid)
    assert verify_chain(db).ok
    with db.unit_of_work() as s:
        steps = s.execute(select(GrantStatusChange.application_id, GrantStatusChange.from_status,
                                 GrantStatusChange.to_status).where(GrantStatusChange.to_status.in_(
                                     [S.VALUTATA.value, S.IN_GRADUATORIA.value])).order_by(GrantStatusChange.id)).all()
        now = dict(s.execute(select(GrantApplication.id, GrantApplication.status)).all())
        new_versions = dict(s.execute(select(GrantApplication.id, GrantApplication.version)).all())
        entries = s.scalar(select(func.count()).select_from(GrantRankingEntry))
    assert steps[-5:] == [(apps[0].id, "ammissibile", "valutata")] + [
        (a.id, "valutata", "in_graduatoria") for a in apps]
    assert all(now[a.id] == S.IN_GRADUATORIA.value and new_versions[a.id] == versions[a.id] + 1 for a in apps)
    written = _audit(db)[audit:]
    updated = [u for action, table, u, _c in written
               if action == AuditAction.UPDATE.value and table == "grant_application"]
    assert sorted(map(str, updated)) == sorted(str(a.uuid) for a in apps)
    assert sum(1 for _a, table, _u, _c in written if table == "grant_ranking_entry") == entries == 4
    assert sum(1 for _a, table, _u, _c in written if table == "grant_status_change") == 5
