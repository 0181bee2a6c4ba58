"""Inactivity lock: after some minutes without input every window is covered until the password is typed.

An application event filter notes the last keyboard or mouse input and, while locked, lets input reach
only the covers; each open window (dialogs too, so a modal one cannot keep data in view) gets one.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.users import LoginError
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.ui_state import UiState

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown
    from equilibri_desktop.services.admin.database import Database

IDLE_LOCK_MINUTES = 10
LOCK_MINUTES_KEY = "sicurezza/blocco_dopo_minuti"  # in interfaccia.ini, for the machine's administrator
MINUTES_RANGE = (1, 240)

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
          QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
          QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.ContextMenu, QEvent.Type.TouchBegin,
          QEvent.Type.DragEnter, QEvent.Type.Drop}


def idle_lock_ms(ui_state: UiState | None) -> int:
    """The inactivity before the lock: IDLE_LOCK_MINUTES unless interfaccia.ini sets another value."""
    minutes = IDLE_LOCK_MINUTES
    if ui_state is not None:
        try:
            minutes = int(ui_state.settings.value(LOCK_MINUTES_KEY, IDLE_LOCK_MINUTES))
        except (TypeError, ValueError):
            minutes = IDLE_LOCK_MINUTES
    low, high = MINUTES_RANGE
    return min(max(minutes, low), high) * 60_000


class LockCover(QFrame):
    """Covers one window; asks for the password to unlock."""

    def __init__(self, lock: SessionLock, window: QWidget):
        super().__init__(window)
        self.lock = lock
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        panel = QFrame(self, objectName="lock_panel")
        title = QLabel(tr("Sessione bloccata"), objectName="lock_title")
        who = QLabel(tr("Per riprendere il lavoro, {name} scriva la propria password.").format(name=lock.display_name))
        who.setWordWrap(True)
        self.password_edit = QLineEdit(objectName="lock_password_edit", echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("Password"))
        self.error_label = QLabel(objectName="lock_error_label", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.unlock_button = QPushButton(tr("S&blocca"), objectName="lock_unlock_button", default=True)
        self.switch_button = QPushButton(tr("Cambia &utente"), objectName="lock_switch_button")
        self.password_edit.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button.clicked.connect(lock.request_relogin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        for widget in (title, who, self.password_edit, self.error_label):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        inner.setContentsMargins(22, 18, 22, 18)
        inner.setSpacing(10)
        panel.setFixedWidth(420)
        # A wrapped label inside a centred panel gets its height from too narrow a guess: give it its own.
        who.setMinimumHeight(who.heightForWidth(420 - 44) + 4)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.fit()
        self.show()
        self.raise_()

    def fit(self) -> None:
        self.setGeometry(self.parentWidget().rect())

    def _unlock(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        self.lock.try_unlock(password, self)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus()


class SessionLock(QObject):
    """Locks `window` (and every other window of the app) after `idle_ms` without input, or on `lock()`.

    `relogin_required` is emitted when the user must log in again instead (account locked or disabled
    meanwhile, or "Cambia utente" pressed): the window handles it as a logout.
    """

    locked = Signal()
    unlocked = Signal()
    relogin_required = Signal(str)

    def __init__(self, window: QWidget, db: Database, username: str, display_name: str, idle_ms: int,
                 check_ms: int | None = None):
        super().__init__(window)
        self.window, self.db = window, db
        self.username, self.display_name = username, display_name or username
        self.idle_ms = idle_ms
        self.is_locked = False
        self.covers: dict[QWidget, LockCover] = {}
        self._disabled: list[tuple[QWidget, bool]] = []
        self._last_input = time.monotonic()
        # A coarse check is enough: the lock comes at most one tick late.
        self.timer = QTimer(self, interval=check_ms or max(50, min(idle_ms // 4, 15_000)), timeout=self._check)

    def start(self) -> None:
        self._last_input = time.monotonic()
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._remove_covers()

    def _check(self) -> None:
        if not self.is_locked and (time.monotonic() - self._last_input) * 1000 >= self.idle_ms:
            self.lock()

    # --- locking --------------------------------------------------------------------------
    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        # Nothing under the cover may keep the keyboard focus (Tab would reach it otherwise).
        parts = [self.window.centralWidget(), self.window.menuBar(), self.window.statusBar()] \
            if hasattr(self.window, "centralWidget") else []
        self._disabled = [(part, part.isEnabled()) for part in parts if part is not None]
        for part, _enabled in self._disabled:
            part.setEnabled(False)
        while QApplication.activePopupWidget() is not None:  # an open menu would stay above the cover
            QApplication.activePopupWidget().close()
        for widget in [self.window, *QApplication.topLevelWidgets()]:
            if widget.isVisible() and self._coverable(widget):
                self._cover(widget)
        top = QApplication.activeModalWidget()
        target = self.covers.get(top) or self.covers.get(self.window)
        if target is not None:
            target.password_edit.setFocus()
        self.locked.emit()

    def _coverable(self, widget: QObject) -> bool:
        return widget is self.window or (isinstance(widget, QDialog) and widget.isWindow())

    def _cover(self, window: QWidget) -> None:
        if window in self.covers:
            return
        if window is not self.window and (window.width() < 360 or window.height() < 220):
            window.resize(max(window.width(), 360), max(window.height(), 220))  # room for the password
        cover = LockCover(self, window)
        self.covers[window] = cover
        window.destroyed.connect(lambda *_args, w=window: self.covers.pop(w, None))

    def _remove_covers(self) -> None:
        for window, cover in list(self.covers.items()):
            cover.hide()
            cover.deleteLater()
        self.covers.clear()
        for part, enabled in self._disabled:
            part.setEnabled(enabled)
        self._disabled = []

    def try_unlock(self, password: str, cover: LockCover | None = None) -> bool:
        from equilibri_desktop.services.access import users

        cover = cover or self.covers.get(self.window)
        if not password:
            if cover is not None:
                cover.show_error(tr("Scrivi la password."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = users.verify_password_for_unlock(self.db, self.username, password)
        except LoginError as error:  # locked after too many attempts, or disabled: a new login is needed
            QApplication.restoreOverrideCursor()
            self.request_relogin(str(error))
            return False
        QApplication.restoreOverrideCursor()
        if not ok:
            if cover is not None:
                cover.show_error(tr("Password non corretta."))
            return False
        self.is_locked = False
        self._remove_covers()
        self._last_input = time.monotonic()
        self.unlocked.emit()
        return True

    def request_relogin(self, message: str = "") -> None:
        self.is_locked = False
        self._remove_covers()
        self.relogin_required.emit(message if isinstance(message, str) else "")

    # --- input ----------------------------------------------------------------------------
    def _inside_cover(self, obj: QObject) -> bool:
        while obj is not None:
            if isinstance(obj, LockCover):
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if not self.is_locked:
            if kind in _ACTIVITY:
                self._last_input = time.monotonic()
            return False
        if kind in _INPUT:
            return not self._inside_cover(obj)  # swallowed: the windows under the covers stay still
        if kind == QEvent.Type.Show and self._coverable(obj):
            QTimer.singleShot(0, lambda w=obj: self.is_locked and w.isVisible() and self._cover(w))
        elif kind == QEvent.Type.Resize and obj in self.covers:
            self.covers[obj].fit()
        return False
