"""A user changes their own password: forced after a temporary one, or by choice from the File menu."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.passwords import MIN_PASSWORD_LENGTH
from equilibri_desktop.domain.users import LoginError
from equilibri_desktop.services.access import users
from equilibri_desktop.services.access.users import LoginSession
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.service_messages import error_text


class ChangePasswordDialog(QDialog):
    """With `current_password` (just typed at login) the dialog is the forced change of a temporary
    password and does not ask for it again. `session` holds the renewed login once accepted."""

    FORM = "dialogs/change_password"
    WIDGETS = {
        "intro_label": QLabel,
        "old_password_label": QLabel,
        "old_password_edit": QLineEdit,
        "old_password_error": QLabel,
        "password_edit": QLineEdit,
        "password_error": QLabel,
        "confirm_edit": QLineEdit,
        "confirm_error": QLabel,
        "rules_label": QLabel,
        "button_box": QDialogButtonBox,
    }

    def __init__(self, db: Database, username: str, parent: QWidget | None = None,
                 current_password: str | None = None):
        super().__init__(parent)
        self.db, self.username = db, username
        self.session: LoginSession | None = None
        self._current = current_password
        self.forced = current_password is not None
        self.setObjectName("change_password_dialog")
        self.form = load_form(self.FORM, self)
        QVBoxLayout(self).addWidget(self.form)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})
        if self.forced:
            self.setWindowTitle(tr("Scegli una nuova password"))
            self.ui.intro_label.setText(tr(
                "Hai usato una password temporanea. Prima di continuare scegline una tua, che conoscerai "
                "solo tu: nemmeno l'amministratore potrà vederla."))
            for widget in (self.ui.old_password_label, self.ui.old_password_edit):
                widget.hide()
            self.ui.password_edit.setFocus()
        else:
            self.setWindowTitle(tr("Cambia la password"))
            self.ui.intro_label.setText(tr("Per cambiare la password scrivi prima quella attuale."))
            self.ui.old_password_edit.setFocus()
        self.ui.rules_label.setText(tr(
            "Almeno {n} caratteri, senza il nome utente. Una frase di qualche parola è facile da ricordare "
            "e difficile da indovinare.").format(n=MIN_PASSWORD_LENGTH))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Cambia password"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _error(self, label: QLabel, text: str, focus: QLineEdit) -> None:
        label.setText(text)
        label.show()
        focus.setFocus()

    def _refused(self, error: LoginError) -> None:
        """Wrong current password, or the account got locked or disabled meanwhile."""
        target = self.ui.password_error if self.forced else self.ui.old_password_error
        self._error(target, error_text(error), self.ui.password_edit if self.forced else self.ui.old_password_edit)
        self.ui.old_password_edit.clear()

    def accept(self) -> None:
        clear_field_errors(self.form)
        old = self._current if self.forced else self.ui.old_password_edit.text()
        new, again = self.ui.password_edit.text(), self.ui.confirm_edit.text()
        if not self.forced and not old:
            self._error(self.ui.old_password_error, tr("Scrivi la password attuale."), self.ui.old_password_edit)
            return
        if new != again:
            self._error(self.ui.confirm_error, tr("Le due password non coincidono: riscrivile."), self.ui.confirm_edit)
            return
        # A weak new password goes next to its field (the runner's `form` routing), a wrong current one here.
        done, session = run_now(self, lambda: users.change_password(self.db, self.username, old, new),
                                form=self.form, busy=True, answers={LoginError: self._refused})
        if not done:
            return
        self.session = session
        self._current = None
        super().accept()
