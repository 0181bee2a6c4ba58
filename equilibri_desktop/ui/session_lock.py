"""Inactivity lock: after some minutes without input every window is covered until the password is typed.

An application event filter notes the last keyboard or mouse input and, while locked, lets input reach
only the covers; each open window (dialogs too, so a modal one cannot keep data in view) gets one.

How input travels matters here. The platform hands a key or a click to the window object (a QWindow);
Qt's widget layer then passes it on to the focus widget or the widget under the mouse, and that second
delivery comes through the filter again. So the filter lets the QWindow step through and judges the
widget that is to receive the input: inside a cover it passes, elsewhere it is dropped. Input addressed
to a covered window itself (no focus widget, or a test sending to the window) is handed to its cover.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from equilibri_desktop.domain.users import LoginError
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.lock_cover import LockCover
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.service_messages import error_text
from equilibri_desktop.ui.ui_state import UiState

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown
    from equilibri_desktop.services.admin.database import Database

log = logging.getLogger(__name__)

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


class SessionLock(QObject):
    """Locks `window` (and every other window of the app) after `idle_ms` without input, or on `lock()`.

    `relogin_required` is emitted when the user must log in again instead (account locked or disabled
    meanwhile, or "Cambia utente" pressed): the window handles it as a logout.
    """

    locked = Signal()
    unlocked = Signal()
    relogin_required = Signal(str)

    def __init__(self, window: QWidget, db: Database, username: str, display_name: str, idle_ms: int,
                 check_ms: int | None = None, clock: Callable[[], float] = time.monotonic):
        """`clock` gives seconds (monotonic): tests pass their own and call `check_idle()` themselves."""
        super().__init__(window)
        self.window, self.db = window, db
        self.username, self.display_name = username, display_name or username
        self.idle_ms = idle_ms
        self.is_locked = False
        self.covers: dict[QWidget, LockCover] = {}
        self._disabled: list[QWidget] = []
        self._forwarding = False
        self.clock = clock
        self._last_input = clock()
        # A coarse check is enough: the lock comes at most one tick late.
        self.timer = QTimer(self, interval=check_ms or max(50, min(idle_ms // 4, 15_000)),
                            timeout=self.check_idle)

    def start(self) -> None:
        self._last_input = self.clock()
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._remove_covers()

    def check_idle(self) -> None:
        """Lock if nobody touched keyboard or mouse for `idle_ms` (the timer calls this; tests too)."""
        if not self.is_locked and (self.clock() - self._last_input) * 1000 >= self.idle_ms:
            self.lock()

    # --- locking --------------------------------------------------------------------------
    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        log.info("session locked")
        while QApplication.activePopupWidget() is not None:  # an open menu would stay above the cover
            QApplication.activePopupWidget().close()
        for widget in [self.window, *QApplication.topLevelWidgets()]:
            if widget.isVisible() and self._coverable(widget):
                self._cover(widget)
        top = QApplication.activeModalWidget()
        target = self.covers.get(top) or self.covers.get(self.window)
        if target is not None:
            target.window().activateWindow()
            target.password_edit.setFocus()
        self.locked.emit()

    def _coverable(self, widget: QObject) -> bool:
        return widget is self.window or (isinstance(widget, QDialog) and widget.isWindow())

    def _cover(self, window: QWidget) -> None:
        if window in self.covers:
            return
        if window is not self.window and (window.width() < 360 or window.height() < 220):
            window.resize(max(window.width(), 360), max(window.height(), 220))  # room for the password
        # Nothing under the cover may keep the keyboard focus (typing or Tab would reach it otherwise);
        # what was disabled before stays so afterwards.
        for part in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not part.isWindow() and not part.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled):
                part.setEnabled(False)
                self._disabled.append(part)
        cover = LockCover(self.display_name, window)
        cover.unlock_requested.connect(lambda password, c=cover: self.try_unlock(password, c))
        cover.switch_requested.connect(self.request_relogin)
        self.covers[window] = cover
        window.destroyed.connect(lambda *_args, w=window: self.covers.pop(w, None))

    def _remove_covers(self) -> None:
        for cover in list(self.covers.values()):
            cover.hide()
            cover.deleteLater()
        self.covers.clear()
        for part in self._disabled:
            try:
                part.setEnabled(True)
            except RuntimeError:  # a dialog closed meanwhile took its widgets along
                pass
        self._disabled = []

    def try_unlock(self, password: str, cover: LockCover | None = None) -> bool:
        from equilibri_desktop.services.access import users

        cover = cover or self.covers.get(self.window)
        if not password:
            if cover is not None:
                cover.show_error(tr("Scrivi la password."))
            return False
        # Locked after too many attempts, or disabled: a new login is needed, the session ends.
        done, ok = run_now(cover or self.window, lambda: users.verify_password_for_unlock(
            self.db, self.username, password), busy=True,
            answers={LoginError: lambda error: self.request_relogin(error_text(error))})
        if not done:
            return False
        if not ok:
            if cover is not None:
                cover.show_error(tr("Password non corretta."))
            return False
        self.is_locked = False
        self._remove_covers()
        self._last_input = self.clock()
        log.info("session unlocked")
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
                self._last_input = self.clock()
            return False
        if kind in _INPUT:
            if isinstance(obj, QWindow) or self._inside_cover(obj):
                return False  # the platform's step, or a widget of a cover: let it through
            cover = self.covers.get(obj)
            if cover is not None and not self._forwarding:
                # Guarded: a ShortcutOverride the cover's widgets leave alone climbs back up here.
                self._forwarding = True
                try:
                    cover.take_input(event)
                finally:
                    self._forwarding = False
            return True  # anything else is dropped: the windows under the covers stay still
        if kind == QEvent.Type.Show and self._coverable(obj):
            QTimer.singleShot(0, lambda w=obj: self.is_locked and w.isVisible() and self._cover(w))
        elif kind == QEvent.Type.Resize and obj in self.covers:
            self.covers[obj].fit()
        return False
