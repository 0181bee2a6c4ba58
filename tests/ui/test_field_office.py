"""The office merges a laptop's package from the screen: a dry run first, the likely match confirmed and the
conflict decided with the keyboard (field and office values side by side), then the merge and its receipt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from equilibri_desktop.services.events import participants
from equilibri_desktop.services.events.dto import Consents
from equilibri_desktop.services.field import returns
from equilibri_desktop.services.field.dto import Outcome
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.field.field_office_screen import FieldOfficeScreen
from equilibri_desktop.ui.screens.field.passphrase_dialog import PassphraseDialog
from tests.field_helpers import PASSPHRASE, field_person, make_kit, office_event, open_laptop, register_field
from tests.registry_helpers import add_person, municipality_id


def test_dry_run_decisions_and_merge_from_the_screen(qtbot, monkeypatch, ctx, tmp_path, dialogs):
    db = ctx.db
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
