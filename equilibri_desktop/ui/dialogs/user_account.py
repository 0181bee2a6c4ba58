"""New user, or the roles of an existing one: name, roles, "dati protetti". Saves through user_admin."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.users import validate_display_name
from equilibri_desktop.services.access import user_admin
from equilibri_desktop.services.access.user_admin import CreatedUser
from equilibri_desktop.services.access.users import UserInfo
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors


class UserAccountDialog(QDialog):
    """Without `user` it creates an account (`created` holds it and its temporary password); with
    `user` it changes display name, roles and "dati protetti" (`saved` holds the result)."""

    FORM = "dialogs/user_account"
    WIDGETS = {
        "display_name_edit": QLineEdit,
        "display_name_error": QLabel,
        "username_edit": QLineEdit,
        "username_error": QLabel,
        **{f"role_{role.value}_check": QCheckBox for role in Role},
        "roles_error": QLabel,
        "protected_data_check": QCheckBox,
        "password_note_label": QLabel,
        "button_box": QDialogButtonBox,
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, user: UserInfo | None = None):
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.created: CreatedUser | None = None
        self.saved: UserInfo | None = None
        self.setObjectName("user_account_dialog")
        self.form = load_form(self.FORM, self)
        QVBoxLayout(self).addWidget(self.form)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if user is None:
            self.setWindowTitle(tr("Nuovo utente"))
            ok.setText(tr("Crea utente"))
        else:
            self.setWindowTitle(tr("Ruoli di {user}").format(user=user.username))
            ok.setText(tr("Salva"))
            self.ui.display_name_edit.setText(user.display_name)
            self.ui.username_edit.setText(user.username)
            self.ui.username_edit.setReadOnly(True)  # the audit trail names people by it: never renamed
            for role in user.roles:
                self.role_check(role).setChecked(True)
            self.ui.protected_data_check.setChecked(user.protected_data)
            self.ui.password_note_label.hide()
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.display_name_edit.setFocus()

    def role_check(self, role: Role) -> QCheckBox:
        return getattr(self.ui, f"role_{role.value}_check")

    def chosen_roles(self) -> list[Role]:
        return [role for role in Role if self.role_check(role).isChecked()]

    def accept(self) -> None:
        clear_field_errors(self.form)
        display_name, roles = self.ui.display_name_edit.text(), self.chosen_roles()
        protected = self.ui.protected_data_check.isChecked()
        username, user = self.ui.username_edit.text(), self.user

        def store():
            if user is None:
                return user_admin.create_user(self.ctx.db, username, display_name, roles, protected_data=protected)
            clean_name = validate_display_name(display_name)  # checked first: both saves or neither
            saved = user_admin.update_roles(self.ctx.db, user.username, roles, protected)
            if clean_name != user.display_name:
                saved = user_admin.rename_user(self.ctx.db, user.username, clean_name)
            return saved

        def stored(result) -> None:
            if user is None:
                self.created = result
            else:
                self.saved = result
            super(UserAccountDialog, self).accept()

        run_operation(self, store, on_success=stored, form=self.form)
