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
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.users import validate_display_name
from equilibri_desktop.services.access import user_admin
from equilibri_desktop.services.access.user_admin import CreatedUser
from equilibri_desktop.services.access.users import UserInfo
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screen import clear_field_errors, show_field_errors


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
        try:
            if self.user is None:
                self.created = user_admin.create_user(self.ctx.db, self.ui.username_edit.text(), display_name, roles,
                                                      protected_data=protected)
            else:
                clean_name = validate_display_name(display_name)  # checked first: both saves or neither
                self.saved = user_admin.update_roles(self.ctx.db, self.user.username, roles, protected)
                if clean_name != self.user.display_name:
                    self.saved = user_admin.rename_user(self.ctx.db, self.user.username, clean_name)
        except ValidationError as error:
            show_field_errors(self.form, error)
            return
        except DomainError as error:  # e.g. the last active administrator would lose the role
            self.ui.roles_error.setText(str(error))
            self.ui.roles_error.show()
            return
        super().accept()
