"""Logging in: username and password, the demo users of a demo database, and the whole sign-in flow."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop import APP_NAME
from equilibri_desktop.domain.access import Actor
from equilibri_desktop.domain.users import LoginError
from equilibri_desktop.services.access import users
from equilibri_desktop.services.access.users import LoginSession
from equilibri_desktop.services.demo import users as demo_users
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.service_messages import error_text

# Who the database acts as between a logout and the next login: no permission at all.
SIGNED_OUT = Actor(username="(nessun accesso)")


class LoginDialog(QDialog):
    """`session` holds the LoginSession once accepted; a wrong password keeps the dialog open."""

    FORM = "dialogs/login"
    WIDGETS = {
        "title_label": QLabel,
        "username_edit": QLineEdit,
        "password_edit": QLineEdit,
        "error_label": QLabel,
        "demo_group": QGroupBox,
        "demo_table": QTableWidget,
        "button_box": QDialogButtonBox,
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.session: LoginSession | None = None
        self._password = ""
        self.setObjectName("login_dialog")
        self.setWindowTitle(tr("Accesso — {app}").format(app=APP_NAME))
        self.form = load_form(self.FORM, self)
        QVBoxLayout(self).addWidget(self.form)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})
        self.ui.title_label.setText(tr("Accesso a {app}").format(app=APP_NAME) + (" — DEMO" if ctx.demo else ""))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Accedi"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Esci"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._fill_demo_users()
        self.ui.username_edit.setText(username)
        (self.ui.password_edit if username else self.ui.username_edit).setFocus()

    def _fill_demo_users(self) -> None:
        logins = demo_users.demo_logins(self.ctx.db) if self.ctx.demo else ()
        table = self.ui.demo_table
        table.setRowCount(len(logins))
        for row, login in enumerate(logins):
            role = domain_tr(login.role.label) + (tr(" + dati protetti") if login.protected_data else "")
            # The person's name tells apart two users with the same role (the two commission members).
            for column, text in enumerate((role, login.username, login.password, login.display_name)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (login.username, login.password))
                table.setItem(row, column, item)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().hide()
        table.currentCellChanged.connect(lambda row, *_: self.choose_demo_user(row))
        table.cellClicked.connect(lambda row, _column: self.choose_demo_user(row))
        table.cellDoubleClicked.connect(lambda row, _column: (self.choose_demo_user(row), self.accept()))
        self.ui.demo_group.setVisible(bool(logins))
        if logins:  # wide enough for "Responsabile del procedimento + dati protetti" and its password
            table.resizeColumnsToContents()
            needed = sum(table.columnWidth(c) for c in range(table.columnCount())) + 90
            self.resize(max(self.sizeHint().width(), needed), self.sizeHint().height())

    def choose_demo_user(self, row: int) -> None:
        item = self.ui.demo_table.item(row, 0)
        if item is None:
            return
        username, password = item.data(Qt.ItemDataRole.UserRole)
        self.ui.username_edit.setText(username)
        self.ui.password_edit.setText(password)
        self._show_error("")

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    def accept(self) -> None:
        username, password = self.ui.username_edit.text().strip(), self.ui.password_edit.text()
        if not username:
            self._show_error(tr("Scrivi il tuo nome utente."))
            self.ui.username_edit.setFocus()
            return
        if not password:
            self._show_error(tr("Scrivi la password."))
            self.ui.password_edit.setFocus()
            return
        # Synchronous: the dialog exists before any main window; argon2 takes a moment on purpose.
        done, session = run_now(self, lambda: users.authenticate(self.ctx.db, username, password), busy=True,
                                answers={LoginError: self._refused})
        if not done:
            return
        self.session = session
        # Kept only to prove the old password to the forced change that follows, then forgotten.
        self._password = password if session.must_change_password else ""
        self.ui.password_edit.clear()
        super().accept()

    def _refused(self, error: LoginError) -> None:
        """Wrong password, locked or disabled: said under the password, which is cleared for a new try."""
        self._show_error(error_text(error))
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()

    def take_password(self) -> str:
        password, self._password = self._password, ""
        return password


def run_login(ctx: AppContext, parent: QWidget | None = None, username: str = "") -> LoginSession | None:
    """Ask for a login (and a new password when the current one is temporary); None if the user gives up.

    The caller sets `ctx.db.actor = session.actor` afterwards.
    """
    from equilibri_desktop.ui.dialogs.change_password import ChangePasswordDialog

    while True:
        dialog = LoginDialog(ctx, parent, username)
        if not dialog.exec():
            return None
        session = dialog.session
        if not session.must_change_password:
            return session
        change = ChangePasswordDialog(ctx.db, session.user.username, parent, current_password=dialog.take_password())
        if change.exec():
            return change.session
        username = session.user.username  # no way in without a new password: back to the login
