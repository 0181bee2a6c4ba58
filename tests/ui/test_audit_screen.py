"""Registro delle attività: filters, the changed fields of an entry, the integrity check (also after
tampering with the table by SQL), the .xlsx export, paging, and a record's history panel."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from sqlalchemy import text

from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import FixedClock, office_today, use_clock
from equilibri_desktop.storage.models import Person
from equilibri_desktop.ui.screens.admin import audit as audit_screen_module
from equilibri_desktop.ui.screens.admin.audit import AuditScreen
from equilibri_desktop.ui.widgets.record_history import RecordHistoryPanel

FISCAL_CODE = "RSSLRA80A41F205X"


def _person(ctx, surname: str, **values) -> Person:
    with ctx.db.unit_of_work() as session:
        person = Person(surname=surname, first_name="Laura", **values)
        session.add(person)
    return person


def _rename(ctx, person: Person, first_name: str, user: str) -> None:
    before = ctx.db.user
    ctx.db.user = user
    with ctx.db.unit_of_work() as session:
        session.get(Person, person.id).first_name = first_name
    ctx.db.user = before


def _tamper(db, *statements: str) -> None:
    """What someone with direct access to the database file or server could do."""
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER audit_entry_no_update"))
            conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        for statement in statements:
            conn.execute(text(statement))


def _screen(qtbot, ctx) -> AuditScreen:
    screen = AuditScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    qtbot.waitExposed(screen, timeout=5000)
    return screen


def _shown(screen) -> list:
    model = screen.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_object(r) for r in range(model.rowCount())]


def _choose(qtbot, combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_filters_narrow_the_list_and_details_show_old_and_new(qtbot, ctx):
    rossi = _person(ctx, "Rossi", fiscal_code=FISCAL_CODE)
    _person(ctx, "Bianchi")
    _rename(ctx, rossi, "Lara", user="collega")
    screen = _screen(qtbot, ctx)
    assert screen.ui.count_label.text() == "3 voci"
    users = [screen.ui.user_combo.itemText(i) for i in range(screen.ui.user_combo.count())]
    assert users == ["Tutti", "collega", "operatore.test"]

    _choose(qtbot, screen.ui.user_combo, "collega")
    rows = _shown(screen)
    assert [(r.username, r.action) for r in rows] == [("collega", "update")]
    assert screen.ui.count_label.text() == "1 voce"
    screen.ui.entries_view.selectRow(0)
    changes = screen.ui.changes_table
    assert [changes.item(0, c).text() for c in range(3)] == ["Nome", "Laura", "Lara"]
    assert "collega" in screen.ui.details_label.text() and "Modifica" in screen.ui.details_label.text()

    qtbot.mouseClick(screen.ui.clear_button, Qt.MouseButton.LeftButton)
    assert len(_shown(screen)) == 3
    _choose(qtbot, screen.ui.action_combo, AuditAction.CREATE.value)
    assert {r.action for r in _shown(screen)} == {"create"}
    created = next(r for r in _shown(screen) if r.record_uuid == rossi.uuid)
    screen.ui.entries_view.selectRow(_shown(screen).index(created))
    values = {changes.item(r, 0).text(): changes.item(r, 2).text() for r in range(changes.rowCount())}
    assert values["Cognome"] == "Rossi"
    assert values["Codice fiscale"] == "*** (dato riservato)"  # masked when written, masked when shown
    assert FISCAL_CODE not in screen.ui.details_label.text()


def test_record_and_date_filters(qtbot, ctx):
    # Half past midnight on New Year's Day in Rome, still 31 December in UTC: the date filters count the office's days.
    with use_clock(FixedClock(datetime(2026, 12, 31, 23, 30, tzinfo=UTC))):
        _record_and_date_filters(qtbot, ctx)


def _record_and_date_filters(qtbot, ctx):
    rossi = _person(ctx, "Rossi")
    _person(ctx, "Bianchi")
    _rename(ctx, rossi, "Lara", user="collega")
    screen = _screen(qtbot, ctx)
    qtbot.keyClicks(screen.ui.record_uuid_edit, "non-un-codice")
    qtbot.keyClick(screen.ui.record_uuid_edit, Qt.Key.Key_Return)
    assert screen.ui.record_uuid_error.isVisible() and "codice di record valido" in screen.ui.record_uuid_error.text()
    assert len(_shown(screen)) == 3  # the list stays as it was
    screen.ui.record_uuid_edit.clear()
    qtbot.keyClicks(screen.ui.record_uuid_edit, str(rossi.uuid).upper())
    qtbot.mouseClick(screen.ui.search_button, Qt.MouseButton.LeftButton)
    assert not screen.ui.record_uuid_error.isVisible()
    assert [r.action for r in _shown(screen)] == ["update", "create"]  # newest first
    screen.ui.record_uuid_edit.clear()
    qtbot.mouseClick(screen.ui.search_button, Qt.MouseButton.LeftButton)

    tomorrow = office_today() + timedelta(days=1)
    assert tomorrow == date(2027, 1, 2) and screen.ui.until_edit.date() == QDate(2027, 1, 1)
    screen.ui.since_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert len(_shown(screen)) == 3  # a date counts only once its box is ticked
    qtbot.mouseClick(screen.ui.since_check, Qt.MouseButton.LeftButton, pos=screen.ui.since_check.rect().center())
    assert screen.ui.since_edit.isEnabled() and _shown(screen) == []
    assert screen.ui.details_label.text() == "Nessuna voce scelta."
    screen.ui.since_edit.setDate(QDate(2027, 1, 1))
    assert len(_shown(screen)) == 3


def test_verify_reports_an_intact_trail_then_the_first_broken_link(qtbot, ctx, dialogs):
    for surname in ("Uno", "Due", "Tre"):
        _person(ctx, surname)
    screen = _screen(qtbot, ctx)
    qtbot.mouseClick(screen.ui.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.ui.verify_result_label.isVisible(), timeout=10_000)
    assert screen.ui.verify_result_label.text().startswith("Registro integro: 3 voci controllate")
    assert screen.ui.verify_result_label.property("state") == "ok"
    assert screen.ui.verify_button.isEnabled()

    _tamper(ctx.db, "UPDATE audit_entry SET username = 'qualcun.altro' WHERE id = 2")
    qtbot.mouseClick(screen.ui.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.ui.verify_result_label.property("state") == "broken", timeout=10_000)
    result = screen.ui.verify_result_label.text()
    assert "alterato alla voce n. 2" in result and "Le 1 voci precedenti sono integre" in result
    assert dialogs.titles("warn") == ["Registro delle attività alterato"]


def test_verify_finds_a_deleted_entry(qtbot, ctx):
    for surname in ("Uno", "Due", "Tre"):
        _person(ctx, surname)
    _tamper(ctx.db, "DELETE FROM audit_entry WHERE id = 2")
    screen = _screen(qtbot, ctx)
    screen.verify()
    qtbot.waitUntil(lambda: screen.last_verify is not None, timeout=10_000)
    assert "voce n. 3" in screen.ui.verify_result_label.text()
    assert "manca la voce n. 2" in screen.ui.verify_result_label.text()


def test_export_writes_the_filtered_entries_and_is_itself_recorded(qtbot, ctx, tmp_path, monkeypatch):
    rossi = _person(ctx, "Rossi", fiscal_code=FISCAL_CODE)
    _person(ctx, "Bianchi")
    _rename(ctx, rossi, "Lara", user="collega")
    target = tmp_path / "registro"  # the extension is added
    monkeypatch.setattr(audit_screen_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    screen = _screen(qtbot, ctx)
    _choose(qtbot, screen.ui.user_combo, "operatore.test")
    qtbot.mouseClick(screen.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.ui.status_label.text().startswith("Esportate"), timeout=10_000)
    assert screen.ui.status_label.text() == "Esportate 2 voci in registro.xlsx."
    sheet = load_workbook(tmp_path / "registro.xlsx").active
    cells = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2) if row[0].value]
    assert [row[3] for row in cells] == ["operatore.test", "operatore.test"]
    assert FISCAL_CODE not in str(cells)
    _choose(qtbot, screen.ui.action_combo, AuditAction.EXPORT.value)
    assert [r.action for r in _shown(screen)] == ["export"]


def test_a_long_trail_is_paged_in(qtbot, ctx):
    with ctx.db.unit_of_work() as session:
        session.add_all(Person(surname=f"Cognome{n:03d}", first_name="Anna") for n in range(230))
    screen = _screen(qtbot, ctx)
    assert screen.model.total == 230 and screen.model.rowCount() == 200
    screen.ui.entries_view.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 230, timeout=5000)


def test_history_panel_shows_a_records_changes(qtbot, ctx):
    rossi = _person(ctx, "Rossi", fiscal_code=FISCAL_CODE)
    _person(ctx, "Bianchi")
    _rename(ctx, rossi, "Lara", user="collega")
    panel = RecordHistoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.empty_label.text() == "Nessun record scelto."
    panel.show_record(rossi.uuid)
    table = panel.table
    assert table.rowCount() == 2 and not panel.empty_label.isVisible()
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [(row[1], row[2]) for row in cells] == [("operatore.test", "Creazione"), ("collega", "Modifica")]
    assert "Nome: Laura → Lara" == cells[1][3]
    assert "Codice fiscale: (vuoto) → *** (dato riservato)" in cells[0][3]
    assert FISCAL_CODE not in str(cells)
    panel.show_record(uuid.uuid4())
    assert panel.table.rowCount() == 0 and panel.empty_label.isVisible()
    assert "Nessuna attività" in panel.empty_label.text()


def test_history_needs_only_registry_read(qtbot, ctx):
    from equilibri_desktop.domain.access import Actor, Permission

    rossi = _person(ctx, "Rossi")
    ctx.db.actor = Actor(username="carlo.conti", extra=frozenset({Permission.REGISTRY_READ}))
    panel = RecordHistoryPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_record(rossi.uuid)
    assert panel.table.rowCount() == 1
    with pytest.raises(Exception, match="permesso"):
        AuditScreen(ctx)  # the audit screen itself needs AUDIT_READ
