"""Inactivity lock: it covers every window after the idle time, lets no input through, and unlocks only
with the right password; too many wrong ones demand a new login.

Input reaches the window the way the platform hands it over: through the window's QWindow (QTest on
`windowHandle()`, the path of a real key or click) or addressed to the top-level widget itself, never
straight to the password field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout
from sqlalchemy import select

from equilibri_desktop.domain.access import Role
from equilibri_desktop.services.access import users
from equilibri_desktop.storage.models.audit import AuditEntry
from equilibri_desktop.ui import account
from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.session_lock import (
    IDLE_LOCK_MINUTES,
    LOCK_MINUTES_KEY,
    idle_lock_ms,
)
from tests.ui.access_helpers import (
    PASSWORD,
    add_user,
    fast_hashing,  # noqa: F401 - fixture
    sign_in,
)

pytestmark = pytest.mark.usefixtures("fast_hashing")
IDLE_MS = 400


@pytest.fixture
def window(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(account, "idle_lock_ms", lambda _ui_state: IDLE_MS)
    add_user(ctx.db, "olga.orsini", Role.OPERATORE, display_name="Olga Orsini")
    win = MainWindow(ctx.config, ctx.ui_state, ctx, sign_in(ctx.db, "olga.orsini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win, timeout=5000)
    yield win
    win.account.stop()


def _cover(window):
    return window.session_lock.covers[window]


class FakeClock:
    """Seconds that move only when the test says so: the idle lock never waits on the wall clock."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _drive(lock) -> FakeClock:
    clock = FakeClock()
    lock.timer.stop()
    lock.clock = clock
    lock.start()
    lock.timer.stop()  # the test calls check_idle() itself
    return clock


def _type_password(qtbot, window, password: str) -> None:
    """Through the window's platform window, as keys typed on the keyboard arrive."""
    handle = window.windowHandle()
    for char in password:
        QTest.keyClick(handle, char)
    QTest.keyClick(handle, Qt.Key.Key_Return)


def _send_keys_to_window(window, text: str, key=Qt.Key.Key_Return) -> None:
    """Key events whose receiver is the top-level widget itself."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(window, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def _click_in_window(window, widget) -> None:
    """A click at the widget's place, in window coordinates, delivered to the top-level widget."""
    point = QPointF(widget.mapTo(window, widget.rect().center()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QApplication.sendEvent(window, QMouseEvent(kind, point, window.mapToGlobal(point),
                                                   Qt.MouseButton.LeftButton,
                                                   Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
                                                   else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def _unlock_entries(db) -> list[str]:
    with db.unit_of_work() as session:
        return list(session.scalars(select(AuditEntry.detail).where(AuditEntry.detail.like("sblocco%"))
                                    .order_by(AuditEntry.id)))


def test_idle_window_is_covered_and_opens_only_with_the_right_password(qtbot, window, ctx):
    lock = window.session_lock
    clock = _drive(lock)  # the office's time, not the machine's: a busy machine cannot lock it early
    lock.check_idle()
    assert not lock.is_locked
    clock.now += IDLE_MS / 1000 + 0.1
    lock.check_idle()
    assert lock.is_locked
    cover = _cover(window)
    assert cover.isVisible() and cover.geometry() == window.rect()
    assert "Olga Orsini" in " ".join(label.text() for label in cover.findChildren(QLabel))
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()

    _type_password(qtbot, window, "non la ricordo")
    assert lock.is_locked and cover.isVisible()
    assert cover.error_label.text() == "Password non corretta."
    assert cover.password_edit.text() == ""
    _type_password(qtbot, window, PASSWORD)
    assert not lock.is_locked
    assert window not in lock.covers and window.centralWidget().isEnabled() and window.menuBar().isEnabled()
    assert _unlock_entries(ctx.db) == ["sblocco: password errata", "sblocco della sessione"]


def test_input_keeps_the_session_open(qtbot, window):
    lock = window.session_lock
    clock = _drive(lock)
    for _ in range(6):
        clock.now += IDLE_MS / 3000
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down)
        lock.check_idle()
    assert not lock.is_locked
    clock.now += IDLE_MS / 1000 - 0.001
    lock.check_idle()
    assert not lock.is_locked
    clock.now += 0.002
    lock.check_idle()
    assert lock.is_locked


def test_keys_typed_at_the_window_unlock_it(qtbot, window, ctx):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = window.session_lock
    assert lock.is_locked
    assert QApplication.focusWidget() is _cover(window).password_edit
    _type_password(qtbot, window, "sbagliata")
    assert lock.is_locked and _cover(window).error_label.text() == "Password non corretta."
    _type_password(qtbot, window, PASSWORD)
    assert not lock.is_locked and window.centralWidget().isEnabled()
    # Usable again: a shortcut through the platform window navigates.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    # Keys addressed to the top-level widget itself (no focus widget under it) reach the password too.
    window.setFocus()
    _send_keys_to_window(window, PASSWORD)
    assert not lock.is_locked
    assert _unlock_entries(ctx.db) == ["sblocco: password errata", "sblocco della sessione",
                                       "sblocco della sessione"]


def test_clicks_at_the_window_reach_the_cover_buttons(qtbot, window, ctx, monkeypatch):
    from equilibri_desktop.ui.dialogs import login as login_dialogs

    window.lock_session()
    cover = _cover(window)
    cover.password_edit.setText(PASSWORD)
    _click_in_window(window, cover.unlock_button)
    assert not window.session_lock.is_locked

    # The same click through the platform window, on «Cambia utente».
    asked = []
    monkeypatch.setattr(login_dialogs, "run_login",
                        lambda login_ctx, parent, username="": asked.append(username) or None)
    window.lock_session()
    button = _cover(window).switch_button
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     button.mapTo(window, button.rect().center()))
    qtbot.waitUntil(lambda: asked == [""], timeout=5000)
    assert window.login is None


def test_clicks_and_keys_under_the_cover_do_nothing(qtbot, window):
    window.lock_session()
    home = window.current_screen()
    nav_point = window.nav.mapTo(window, QPoint(20, 40))
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, nav_point)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible() and window.current_screen() is home and window.session_lock.is_locked
    assert not any(isinstance(w, QLineEdit) and w.hasFocus() for w in window.centralWidget().findChildren(QLineEdit))


def test_closing_a_locked_window_keeps_the_drafts(qtbot, ctx, monkeypatch, dialogs):
    from equilibri_desktop.services.access import drafts
    from equilibri_desktop.ui.screens.admin.organisation_settings import DRAFT_KEY

    monkeypatch.setattr(account, "idle_lock_ms", lambda _ui_state: 3_600_000)
    add_user(ctx.db, "ada.amici", Role.AMMINISTRATORE)
    win = MainWindow(ctx.config, ctx.ui_state, ctx, sign_in(ctx.db, "ada.amici"))
    qtbot.addWidget(win)
    win.show()
    screen = win.open_screen("organisation")
    screen.ui.body_name_edit.setText("Comune di Cerro al Lambro")
    assert screen.has_unsaved_changes()
    assert drafts.load_draft(ctx.db, DRAFT_KEY, None) is None  # not written yet: the autosave waits
    win.lock_session()
    assert win.close()
    assert dialogs.calls == []  # nobody was asked to throw the changes away
    assert drafts.load_draft(ctx.db, DRAFT_KEY, None).data["body_name"] == "Comune di Cerro al Lambro"

    again = MainWindow(ctx.config, ctx.ui_state, ctx, sign_in(ctx.db, "ada.amici"))
    qtbot.addWidget(again)
    restored = again.open_screen("organisation")
    assert dialogs.texts("confirm") == ["Ci sono modifiche non salvate di una sessione precedente: recuperarle?"]
    assert restored.ui.body_name_edit.text() == "Comune di Cerro al Lambro"
    again.account.stop()


def test_ctrl_l_locks_at_once_and_shortcuts_stay_dead_while_locked(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session_lock.is_locked
    home = window.current_screen()
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_screen() is home
    assert window.session_lock.is_locked


def test_open_dialogs_are_covered_too(qtbot, window):
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("Rossi Laura, via Roma 1"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=5000)
    window.lock_session()
    lock = window.session_lock
    assert dialog in lock.covers and lock.covers[dialog].isVisible()
    assert lock.covers[dialog].geometry() == dialog.rect()
    lock.covers[dialog].password_edit.setText(PASSWORD)
    qtbot.keyClick(lock.covers[dialog].password_edit, Qt.Key.Key_Return)
    assert not lock.is_locked and dialog.isVisible() and dialog not in lock.covers
    dialog.close()


def test_repeated_wrong_passwords_demand_a_new_login(qtbot, window, ctx, monkeypatch, dialogs):
    from equilibri_desktop.ui.dialogs import login as login_dialogs

    asked = []
    monkeypatch.setattr(login_dialogs, "run_login",
                        lambda login_ctx, parent, username="": asked.append(username) or None)
    window.lock_session()
    for attempt in range(5):
        _type_password(qtbot, window, f"sbagliata numero {attempt}")
    assert dialogs.titles("warn") == ["Nuovo accesso necessario"]
    assert "bloccato" in dialogs.texts("warn")[0]
    qtbot.waitUntil(lambda: asked == ["olga.orsini"], timeout=5000)
    assert window.login is None and ctx.db.actor.permissions == frozenset()
    assert not window.isVisible()  # nobody logged in again: the program closes
    with pytest.raises(users.LoginError):
        users.authenticate(ctx.db, "olga.orsini", PASSWORD)  # the account is locked for some minutes


def test_no_lock_without_a_login(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(account, "idle_lock_ms", lambda _ui_state: 50)
    win = MainWindow(ctx.config, ctx.ui_state, ctx)  # an installation without accounts yet
    qtbot.addWidget(win)
    assert win.session_lock is None and not win.lock_action.isEnabled()


def test_idle_time_comes_from_the_settings_file(ui_state):
    assert idle_lock_ms(ui_state) == IDLE_LOCK_MINUTES * 60_000
    ui_state.settings.setValue(LOCK_MINUTES_KEY, 3)
    assert idle_lock_ms(ui_state) == 180_000
    ui_state.settings.setValue(LOCK_MINUTES_KEY, 0)
    assert idle_lock_ms(ui_state) == 60_000  # never less than a minute
    ui_state.settings.setValue(LOCK_MINUTES_KEY, "molti")
    assert idle_lock_ms(ui_state) == IDLE_LOCK_MINUTES * 60_000


def test_switching_user_from_the_lock_keeps_the_drafts(qtbot, ctx, monkeypatch, dialogs):
    from equilibri_desktop.services.access import drafts
    from equilibri_desktop.ui.dialogs import login as login_dialogs
    from equilibri_desktop.ui.screens.admin.organisation_settings import DRAFT_KEY

    monkeypatch.setattr(account, "idle_lock_ms", lambda _ui_state: 3_600_000)
    monkeypatch.setattr(login_dialogs, "run_login", lambda login_ctx, parent, username="": None)
    add_user(ctx.db, "ada.amici", Role.AMMINISTRATORE)
    win = MainWindow(ctx.config, ctx.ui_state, ctx, sign_in(ctx.db, "ada.amici"))
    qtbot.addWidget(win)
    win.show()
    win.open_screen("organisation").ui.body_name_edit.setText("Comune di Carpiano")
    win.lock_session()
    user = ctx.db.user
    qtbot.mouseClick(win.session_lock.covers[win].switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.login is None, timeout=5000)
    ctx.db.user = user  # drafts are filed per user: read back as the one who typed
    assert drafts.load_draft(ctx.db, DRAFT_KEY, None).data["body_name"] == "Comune di Carpiano"
    assert dialogs.texts("confirm") == []
