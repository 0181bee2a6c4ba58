"""The signed-in user of the main window: inactivity lock, password change, logout and the next login."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.session_lock import SessionLock, idle_lock_ms
from equilibri_desktop.ui.window_protocols import AccountWindow

if TYPE_CHECKING:
    from equilibri_desktop.services.access.users import LoginSession


class Account(QObject):
    """`login` is None before a login and in an installation without accounts (nothing to lock then)."""

    def __init__(self, window: AccountWindow):
        super().__init__(window)
        self.window = window
        self.login: LoginSession | None = None
        self.session_lock: SessionLock | None = None

    def start(self, login: LoginSession | None) -> None:
        self.login = login
        if login is None:
            return
        self.session_lock = SessionLock(self.window, self.window.ctx.db, login.user.username,
                                        login.user.display_name, idle_lock_ms(self.window.ui_state))
        self.session_lock.relogin_required.connect(self.relogin_required)
        self.session_lock.start()

    def stop(self) -> None:
        if self.session_lock is not None:
            self.session_lock.stop()
            self.session_lock.deleteLater()
            self.session_lock = None
        self.login = None

    def lock(self) -> None:
        if self.session_lock is not None:
            self.session_lock.lock()

    def change_password(self) -> None:
        from equilibri_desktop.ui.dialogs.change_password import ChangePasswordDialog

        if self.login is None:
            return
        dialog = ChangePasswordDialog(self.window.ctx.db, self.login.user.username, self.window)
        if dialog.exec():
            self.login = dialog.session
            Messages.inform(self.window, tr("Password cambiata"), tr("La nuova password vale da subito."))

    def logout(self, ask: bool = True, same_user: bool = False) -> bool:
        """Esci dall'account: record it, forget the screens, ask for the next login (or quit without one).

        Without `ask` (a new login was demanded) unsaved input is left to the drafts, not thrown away."""
        from equilibri_desktop.services.access import users
        from equilibri_desktop.ui.dialogs import login as login_dialogs

        window = self.window
        if self.login is None:
            return False
        if not ask:
            window.keep_drafts()
        unsaved = window.unsaved_screens() if ask else []
        if unsaved:
            if not Messages.confirm(window, tr("Modifiche non salvate"),
                                    tr("Ci sono modifiche non salvate. Uscire comunque?"),
                                    ok_label=tr("Esci senza salvare")):
                return False
            for screen in unsaved:
                getattr(screen, "discard_draft", lambda: None)()
        username = self.login.user.username if same_user else ""
        users.record_logout(window.ctx.db)
        window.detach()
        window.ctx.db.actor = login_dialogs.SIGNED_OUT
        session = login_dialogs.run_login(window.ctx, window, username=username)
        if session is None:
            window.close()
            return True
        window.ctx.db.actor = session.actor
        window.attach(window.ctx, session)
        return True

    def relogin_required(self, message: str = "") -> None:
        """The lock (or a restore) demands a new login: close what is open, then log out."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and not isinstance(widget, QMainWindow):
                widget.reject()
        if message:
            Messages.warn(self.window, tr("Nuovo accesso necessario"), message)
        QTimer.singleShot(0, lambda: self.logout(ask=False, same_user=bool(message)))
