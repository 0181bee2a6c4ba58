"""Amministrazione › Utenti: accounts, roles, disabling, temporary passwords and unlocking (USERS_MANAGE)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
)

from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.services.access import user_admin
from equilibri_desktop.services.access.users import UserInfo
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.dialogs.user_account import UserAccountDialog
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.formatting import local_datetime
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

INACTIVE_COLOUR = QColor("#8a96a3")


def is_locked(user: UserInfo, now: datetime | None = None) -> bool:
    return user.locked_until is not None and user.locked_until > (now or utc_now())


def state_text(user: UserInfo) -> str:
    if not user.active:
        return tr("Disattivato")
    if is_locked(user):
        return tr("Bloccato fino alle {time}").format(time=user.locked_until.astimezone().strftime("%H:%M"))
    if user.must_change_password:
        return tr("Attivo, password temporanea")
    return tr("Attivo")


class UsersScreen(FormScreen):
    FORM = "admin/users"
    WIDGETS = {
        "users_table": QTableWidget,
        "temporary_group": QGroupBox,
        "temporary_label": QLabel,
        "temporary_password_edit": QLineEdit,
        "copy_password_button": QPushButton,
        "hide_password_button": QPushButton,
        "status_label": QLabel,
        "new_button": QPushButton,
        "edit_button": QPushButton,
        "toggle_active_button": QPushButton,
        "reset_password_button": QPushButton,
        "unlock_button": QPushButton,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.users: dict[str, UserInfo] = {}
        self.dialog: UserAccountDialog | None = None
        table = self.ui.users_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.itemSelectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(self.edit_user)
        self.ui.new_button.clicked.connect(self.new_user)
        self.ui.edit_button.clicked.connect(self.edit_user)
        self.ui.toggle_active_button.clicked.connect(self.toggle_active)
        self.ui.reset_password_button.clicked.connect(self.reset_password)
        self.ui.unlock_button.clicked.connect(self.unlock)
        self.ui.copy_password_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.ui.temporary_password_edit.text()))
        self.ui.hide_password_button.clicked.connect(self.hide_temporary_password)
        self.refresh()

    # --- list -----------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        select = select or self.selected_username()
        self.users = {user.username: user for user in user_admin.list_users(self.ctx.db)}
        table = self.ui.users_table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.users))
        for row, user in enumerate(self.users.values()):
            last = user.last_login_at
            cells = [SortableItem(user.username), SortableItem(user.display_name),
                     SortableItem(", ".join(domain_tr(role.label) for role in user.roles)),
                     SortableItem(tr("sì") if user.protected_data else tr("no")), SortableItem(state_text(user)),
                     SortableItem(local_datetime(last) if last else tr("mai"), last.timestamp() if last else 0)]
            for column, cell in enumerate(cells):
                cell.setData(Qt.ItemDataRole.UserRole, user.username)
                if not user.active:
                    cell.setForeground(QBrush(INACTIVE_COLOUR))
                table.setItem(row, column, cell)
        table.setSortingEnabled(True)
        if select:
            self.select_user(select)
        self._update_buttons()

    def select_user(self, username: str) -> None:
        table = self.ui.users_table
        for row in range(table.rowCount()):
            if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == username:
                table.selectRow(row)
                return

    def selected_username(self) -> str | None:
        rows = self.ui.users_table.selectionModel().selectedRows()
        return self.ui.users_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def selected_user(self) -> UserInfo | None:
        username = self.selected_username()
        return self.users.get(username) if username else None

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.ui.edit_button, self.ui.toggle_active_button, self.ui.reset_password_button):
            button.setEnabled(user is not None)
        self.ui.unlock_button.setEnabled(user is not None and is_locked(user))
        active = user is None or user.active
        self.ui.toggle_active_button.setText(tr("&Disattiva…") if active else tr("&Riattiva"))
        if user is not None and user.username == self.ctx.db.user:
            self.ui.toggle_active_button.setEnabled(False)  # nobody locks themselves out

    # --- actions --------------------------------------------------------------------------
    def new_user(self) -> None:
        self._open_dialog(UserAccountDialog(self.ctx, self))

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open_dialog(UserAccountDialog(self.ctx, self, user))

    def _open_dialog(self, dialog: UserAccountDialog) -> None:
        self.hide_temporary_password()
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_done(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal, without a nested event loop

    def _dialog_done(self, dialog: UserAccountDialog) -> None:
        self.dialog = None
        if dialog.created is not None:
            user = dialog.created.user
            self.refresh(select=user.username)
            self.ui.status_label.setText(tr("Utente {user} creato.").format(user=user.username))
            self.show_temporary_password(user.username, dialog.created.temporary_password)
        elif dialog.saved is not None:
            self.refresh(select=dialog.saved.username)
            self.ui.status_label.setText(
                tr("Ruoli di {user} salvati: valgono dal suo prossimo accesso.").format(user=dialog.saved.username))

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user.active:
            if not Messages.confirm(self, tr("Disattiva utente"), tr(
                    "{name} ({user}) non potrà più accedere. Le sue attività restano nel registro e potrai "
                    "riattivarlo in seguito.").format(name=user.display_name, user=user.username),
                    ok_label=tr("Disattiva")):
                return
            self._run(lambda: user_admin.disable_user(self.ctx.db, user.username),
                      tr("Utente {user} disattivato.").format(user=user.username))
        else:
            self._run(lambda: user_admin.enable_user(self.ctx.db, user.username),
                      tr("Utente {user} riattivato.").format(user=user.username))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None or not Messages.confirm(self, tr("Reimposta password"), tr(
                "La password attuale di {user} smetterà di funzionare e ne sarà generata una temporanea, "
                "da consegnare di persona. Continuare?").format(user=user.username), ok_label=tr("Reimposta")):
            return
        self._run(lambda: user_admin.reset_password(self.ctx.db, user.username),
                  tr("Password di {user} reimpostata.").format(user=user.username),
                  then=lambda temporary: self.show_temporary_password(user.username, temporary))

    def unlock(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._run(lambda: user_admin.unlock_user(self.ctx.db, user.username),
                      tr("Utente {user} sbloccato.").format(user=user.username))

    def _run(self, action, done_text: str, then=None) -> None:
        """Run `action` through the operation runner; refused (the last administrator, oneself, a user removed
        meanwhile) or done, the list is read again."""
        username = self.selected_username()
        self.hide_temporary_password()

        def done(result) -> None:
            self.refresh(select=username)
            self.ui.status_label.setText(done_text)
            if then is not None:
                then(result)

        run_operation(self, action, on_success=done, on_failure=lambda _error: self.refresh(select=username))

    # --- the temporary password: shown here once, never stored in clear ---------------------
    def show_temporary_password(self, username: str, password: str | None) -> None:
        if not password:
            return
        self.ui.temporary_label.setText(tr(
            "Password temporanea di {user}: consegnala di persona. Non sarà più mostrata; al primo accesso "
            "l'utente ne sceglierà una sua.").format(user=username))
        self.ui.temporary_password_edit.setText(password)
        self.ui.temporary_group.show()
        self.ui.temporary_password_edit.selectAll()
        self.ui.temporary_password_edit.setFocus()

    def hide_temporary_password(self) -> None:
        self.ui.temporary_password_edit.clear()
        self.ui.temporary_group.hide()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.hide_temporary_password()  # leaving the screen forgets it
        super().hideEvent(event)
