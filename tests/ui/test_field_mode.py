"""Field mode as the clerk at the event uses it: the window says CAMPO and the event, registrations are typed
and confirmed with Enter (a wrong codice fiscale is shown next to its field and nothing typed is lost),
attendance is marked by name, the return package is written, and the office's receipt deletes the laptop data."""

from __future__ import annotations

import gc
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from equilibri_desktop.services.events import participants
from equilibri_desktop.services.field import kit, local_db, merge, package
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.events import attendance_tab
from equilibri_desktop.ui.screens.field import field_mode
from equilibri_desktop.ui.screens.field.passphrase_dialog import PassphraseDialog
from equilibri_desktop.ui.screens.field.return_tab import FieldReturnTab
from tests.field_helpers import PASSPHRASE, make_kit, office_event
from tests.registry_helpers import cf


def _open(qtbot, monkeypatch, db, config, ui_state, tmp_path):
    event = office_event(db, registered=1)
    kit = make_kit(db, event.uuid, tmp_path)
    answers = iter(["frase sbagliata ma lunga", PASSPHRASE])
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, parent, title, confirm=False: next(answers)))
    windows = []
    laptop_config = config.__class__(data_dir=tmp_path / "portatile", database_url=config.database_url)
    field_mode.open_field_mode(None, laptop_config, ui_state, kit.path, windows.append)
    qtbot.waitUntil(lambda: bool(windows), timeout=15000)
    window = windows[0]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return event, kit, window


def _type(window, text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget() or window, text)


def _enter(window) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)


def test_field_mode_registers_marks_returns_and_forgets(qtbot, monkeypatch, db, config, ui_state, tmp_path, dialogs):
    event, kit, window = _open(qtbot, monkeypatch, db, config, ui_state, tmp_path)
    assert "CAMPO" in window.windowTitle() and event.title in window.windowTitle()
    tab = window.registration
    tab.ui.surname_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.ui.surname_edit, timeout=5000)
    _type(window, "Verdi")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(window, "Anna")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(window, "VRDNNA80A41F205X")  # wrong check character
    _enter(window)
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=15000)
    assert tab.form.findChild(type(tab.ui.register_status), "fiscal_code_error").isVisible()
    assert tab.ui.surname_edit.text() == "Verdi"  # nothing typed is lost
    tab.ui.fiscal_code_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.ui.fiscal_code_edit, timeout=5000)
    tab.ui.fiscal_code_edit.selectAll()
    _type(window, cf("Verdi", "Anna", "F", date(1980, 1, 1)))
    _enter(window)
    qtbot.waitUntil(lambda: operations_running() == 0 and tab.ui.surname_edit.text() == "", timeout=15000)
    assert "Verdi Anna" in tab.ui.register_status.text()
    assert {r.name for r in tab.model.rows} == {"UfficioA Laura", "Verdi Anna"}
    assert next(r for r in tab.model.rows if r.name == "Verdi Anna").birth_date == date(1980, 1, 1)

    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.attendance
    window.attendance.ui.find_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.attendance.ui.find_edit, timeout=5000)
    _type(window, "verd")
    _enter(window)
    qtbot.waitUntil(lambda: operations_running() == 0 and any(r.present for r in window.attendance.model.rows),
                    timeout=15000)
    assert [r.present for r in window.attendance.model.rows if r.name == "Verdi Anna"] == [True]

    target = tmp_path / "rientro.eqr"
    monkeypatch.setattr(FieldReturnTab, "ask_target", classmethod(lambda cls, parent, suggested: target))
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    QTest.mouseClick(window.returns.ui.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: operations_running() == 0 and target.exists(), timeout=20000)
    assert "Pacchetto di rientro pronto" in dialogs.titles("inform")
    result = merge.merge_package(db, package.open_package(db, target, PASSPHRASE))
    assert "Verdi Anna" in {p.name for p in participants.list_participants(db, event.uuid)}

    window.returns.ui.receipt_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.returns.ui.receipt_edit, timeout=5000)
    _type(window, result.receipt_code)
    _enter(window)
    qtbot.waitUntil(lambda: operations_running() == 0 and window.deleted, timeout=20000)
    assert not local_db.database_path(tmp_path / "portatile", str(window.info.kit_uuid)).exists()


def _strings_equal_to(secret: bytes) -> list[object]:
    """Every object the collector tracks that refers to a str equal to `secret` (dicts, cells, frames, slots…)."""
    gc.collect()
    size = len(secret.decode())
    return [holder for holder in gc.get_objects() for r in gc.get_referents(holder)
            if type(r) is str and len(r) == size and r.encode() == secret]


def test_field_mode_keeps_the_derived_key_not_the_passphrase(qtbot, monkeypatch, db, config, ui_state, tmp_path,
                                                            dialogs):
    # The phrase is rebuilt from bytes whenever it is needed, so the test itself holds no str equal to it.
    secret = b"fiera di primavera " + str(tmp_path.name).encode()
    event = office_event(db, registered=1)
    made = kit.make_kit(db, event.uuid, tmp_path / "kit.eqk", secret.decode())
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, parent, title, confirm=False:
                                                             secret.decode()))
    windows = []
    laptop_config = config.__class__(data_dir=tmp_path / "portatile", database_url=config.database_url)
    field_mode.open_field_mode(None, laptop_config, ui_state, made.path, windows.append)
    qtbot.waitUntil(lambda: bool(windows), timeout=15000)
    window = windows.pop()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=15000)
    assert _strings_equal_to(secret) == []
    # the key it keeps still seals a return package the office opens with the passphrase
    target = tmp_path / "rientro.eqr"
    monkeypatch.setattr(FieldReturnTab, "ask_target", classmethod(lambda cls, parent, suggested: target))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    QTest.mouseClick(window.returns.ui.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: operations_running() == 0 and target.exists(), timeout=20000)
    assert package.open_package(db, target, secret.decode()).event_uuid == event.uuid
    assert _strings_equal_to(secret) == []
    key = window.returns._seal_key
    window.close()
    assert key.wiped


def test_equilibri_field_starts_field_mode_and_ends_with_its_window(qapp, monkeypatch, db, tmp_path, ui_state):
    from PySide6.QtCore import QTimer

    from equilibri_desktop import app
    from equilibri_desktop.config import resolve_config

    kit = make_kit(db, office_event(db, registered=1).uuid, tmp_path)
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, parent, title, confirm=False: PASSPHRASE))
    assert app.parse_args(["--field", str(kit.path)]).field == str(kit.path)
    titles = []

    def close_when_shown() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "field_window" and w.isVisible()]
        if shown:
            titles.append(shown[0].windowTitle())
            shown[0].close()
        else:
            QTimer.singleShot(50, close_when_shown)

    QTimer.singleShot(50, close_when_shown)
    QTimer.singleShot(30000, qapp.quit)  # a safety net: the test fails below instead of hanging
    try:
        code = app._run_field(qapp, resolve_config(tmp_path / "portatile"), ui_state, str(kit.path))
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert code == 0 and titles and titles[0].startswith("CAMPO — Conciliare vita e lavoro")


def test_a_kit_with_the_field_users_account_asks_her_to_sign_in(qtbot, monkeypatch, db, config, ui_state,
                                                                 tmp_path):
    from equilibri_desktop.domain.access import Role
    from equilibri_desktop.services.access import user_admin
    from equilibri_desktop.services.field import kit as field_kit

    user_admin.create_user(db, "giulia.campo", "Giulia Campo", [Role.OPERATORE], password="Campo-2026-sicura!",
                           must_change_password=False)
    made = field_kit.make_kit(db, office_event(db, registered=0).uuid, tmp_path / "kit.eqk", PASSPHRASE,
                              field_username="giulia.campo")
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, parent, title, confirm=False: PASSPHRASE))
    asked, outcome = [], []

    def refuse(ctx, parent, username=""):
        asked.append(username)
        return None  # she closes the login

    monkeypatch.setattr(field_mode, "run_login", refuse)
    laptop_config = config.__class__(data_dir=tmp_path / "portatile", database_url=config.database_url)
    field_mode.open_field_mode(None, laptop_config, ui_state, made.path, outcome.append,
                               lambda: outcome.append("rinuncia"))
    qtbot.waitUntil(lambda: bool(outcome), timeout=20000)
    assert asked == ["giulia.campo"] and outcome == ["rinuncia"]


def test_ctrl_p_prints_no_sign_in_sheet_in_field_mode(qtbot, monkeypatch, db, config, ui_state, tmp_path, dialogs):
    printed = []
    monkeypatch.setattr(attendance_tab.sign_in, "generate_sign_in_sheet",
                        lambda field_db, session_uuid: printed.append(session_uuid) or session_uuid)
    monkeypatch.setattr(attendance_tab.AttendanceTab, "_open", lambda self, ref: None)
    _event, _kit, window = _open(qtbot, monkeypatch, db, config, ui_state, tmp_path)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    tab = window.attendance
    assert window.tabs.currentWidget() is tab and not tab.ui.sign_in_button.isVisible()
    tab.ui.find_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.ui.find_edit, timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5000)
    assert printed == []
    # the same keys with printing allowed (the office's attendance tab) do print: the keys did reach the window
    tab.allow_printing(True)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: operations_running() == 0 and bool(printed), timeout=5000)
    assert printed == [tab.session_uuid()]
