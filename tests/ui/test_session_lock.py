"""Inactivity lock: it covers every window after the idle time, lets no input through, and unlocks only
with the right password; too many wrong ones demand a new login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout
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


def _type_password(qtbot, window, password: str) -> None:
    cover = _cover(window)
    cover.password_edit.clear()
    qtbot.keyClicks(cover.password_edit, password)
    qtbot.keyClick(cover.password_edit, Qt.Key.Key_Return)


def _unlock_entries(db) -> list[str]:
    with db.unit_of_work() as session:
        return list(session.scalars(select(AuditEntry.detail).where(AuditEntry.detail.like("sblocco%"))
                                    .order_by(AuditEntry.id)))


def test_idle_window_is_covered_and_opens_only_with_the_right_password(qtbot, window, ctx):
    lock = window.session_lock
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
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
    for _ in range(6):
        qtbot.wait(IDLE_MS // 3)
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert not lock.is_locked


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
