"""The office merges a laptop's package from the screen: a dry run first, the likely match confirmed and the
conflict decided with the keyboard (field and office values side by side), then the merge and its receipt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from equilibri_desktop.services.events import participants
from equilibri_desktop.services.events.dto import Consents
from equilibri_desktop.services.field import returns
from equilibri_desktop.services.field.dto import Outcome
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.field.field_office_screen import FieldOfficeScreen
from equilibri_desktop.ui.screens.field.passphrase_dialog import PassphraseDialog
from equilibri_desktop.ui.translations import install_translators
from tests.field_helpers import PASSPHRASE, field_person, make_kit, office_event, open_laptop, register_field
from tests.registry_helpers import add_person, municipality_id


def _package(db, tmp_path):
    """A laptop's package with one likely match (Ricci Chiara) and one conflict (the privacy notice's version)."""
    town = municipality_id(db, "Melegnano")
    add_person(db, "Ricci", "Chiara", born=date(1988, 6, 21), municipality_id=town)
    event = office_event(db, registered=1)
    laptop, info = open_laptop(make_kit(db, event.uuid, tmp_path).path, tmp_path / "portatile")
    register_field(laptop, info.event_uuid, field_person("Ricci", "Chiara", born=date(1988, 6, 21),
                                                         municipality_id=town))
    office_row = participants.list_participants(db, event.uuid)[0]
    participants.record_consents(laptop, office_row.uuid, Consents("2026.1"))
    participants.record_consents(db, office_row.uuid, Consents("2026.2"))
    path = returns.prepare_return(laptop, tmp_path / "rientro.eqr", PASSPHRASE).path
    laptop.dispose()
    return event, office_row, path


def _opened(qtbot, monkeypatch, ctx, path):
    screen = FieldOfficeScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1126, 720)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=3000)
    monkeypatch.setattr(FieldOfficeScreen, "ask_package", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, parent, title, confirm=False: PASSPHRASE))
    QTest.mouseClick(screen.ui.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: operations_running() == 0 and screen.result is not None, timeout=20000)
    return screen


def test_dry_run_decisions_and_merge_from_the_screen(qtbot, monkeypatch, ctx, tmp_path, dialogs):
    db = ctx.db
    event, office_row, path = _package(db, tmp_path)
    screen = _opened(qtbot, monkeypatch, ctx, path)
    assert len(participants.list_participants(db, event.uuid)) == 1  # the dry run wrote nothing
    assert not screen.ui.merge_button.isEnabled()

    first = screen.model.rows[0]
    assert first.outcome in (Outcome.CONFLICT, Outcome.LIKELY)
    for row, item in enumerate(list(screen.model.rows)):
        if item.outcome not in (Outcome.CONFLICT, Outcome.LIKELY):
            continue
        screen.ui.items_view.setFocus()
        screen.ui.items_view.selectRow(row)
        if item.outcome == Outcome.LIKELY:
            assert screen.ui.candidates_table.item(0, 0).text() == "Ricci Chiara"
            QTest.mouseClick(screen.ui.confirm_match_button, Qt.MouseButton.LeftButton)  # «È lei/lui»
        else:
            assert screen.ui.conflicts_table.item(0, 2).text().startswith("2026.1")
            assert screen.ui.conflicts_table.item(0, 3).text().startswith("2026.2")
            for n in range(screen.ui.conflicts_table.rowCount()):
                combo = screen.ui.conflicts_table.cellWidget(n, 4)
                combo.setFocus()
                QTest.keyClick(combo, Qt.Key.Key_Down)  # «Tieni il campo»
                combo.activated.emit(combo.currentIndex())
    assert screen.matches and screen.choices, (screen.matches, screen.choices)
    assert screen.ui.merge_button.isEnabled()
    QTest.mouseClick(screen.ui.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: operations_running() == 0 and bool(screen.ui.receipt_label.text()), timeout=20000)
    assert screen.result.receipt_code in screen.ui.receipt_label.text()
    rows = {p.name: p for p in participants.list_participants(db, event.uuid)}
    assert rows["Ricci Chiara"].in_registry and rows[office_row.name].privacy_notice_version == "2026.1"


def test_the_office_program_opens_a_kit_from_its_menu(qtbot, monkeypatch, ctx, tmp_path):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    from equilibri_desktop.ui.main_window import MainWindow

    kit = make_kit(ctx.db, office_event(ctx.db, registered=1).uuid, tmp_path)
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(kit.path), "")))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, parent, title, confirm=False: PASSPHRASE))
    action = window.findChild(QAction, "field_kit_action")
    assert action.isEnabled() and "kit da campo" in action.text()
    action.trigger()
    qtbot.waitUntil(lambda: operations_running() == 0 and bool(window.field_windows), timeout=20000)
    field = window.field_windows[0]
    qtbot.addWidget(field)
    assert field.windowTitle().startswith("CAMPO — ") and field.registration.model.rows[0].name == "UfficioA Laura"
    field.close()


def test_the_merge_screen_speaks_english_in_english(qtbot, monkeypatch, ctx, tmp_path, dialogs):
    _event, _office_row, path = _package(ctx.db, tmp_path)
    install_translators(QApplication.instance(), "en")
    try:
        screen = _opened(qtbot, monkeypatch, ctx, path)
        shown = {item.outcome: (screen.model.data(screen.model.index(row, 0)),
                                screen.model.data(screen.model.index(row, 2)),
                                screen.model.data(screen.model.index(row, 3)))
                 for row, item in enumerate(screen.model.rows)}
        assert shown[Outcome.CONFLICT] == ("registration", "conflict to decide",
                                           "changed both in the office and in the field: Privacy notice")
        assert shown[Outcome.LIKELY] == ("registration", "possible match to decide",
                                         "similar people in the registry: 1")
        conflict_row = next(n for n, i in enumerate(screen.model.rows) if i.outcome == Outcome.CONFLICT)
        screen.ui.items_view.setFocus()
        screen.ui.items_view.selectRow(conflict_row)
        assert screen.ui.conflicts_table.item(0, 0).text() == "Privacy notice"
        assert "conflict to decide" in screen.ui.items_label.text() and "conflitto" not in screen.ui.items_label.text()
    finally:
        install_translators(QApplication.instance(), "it")
