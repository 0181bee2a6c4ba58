"""The first-run wizard's page that creates the installation's first administrator and logs them in."""

from __future__ import annotations

import unicodedata
from types import SimpleNamespace

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWizardPage

from equilibri_desktop.domain.passwords import MIN_PASSWORD_LENGTH
from equilibri_desktop.services.access import users
from equilibri_desktop.services.access.users import LoginSession
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors

FIELDS = ("display_name", "username", "password", "confirm")


def suggested_username(display_name: str) -> str:
    """"Maria Bianchi" → "maria.bianchi": accents dropped, only what a username may hold."""
    plain = unicodedata.normalize("NFKD", display_name).encode("ascii", "ignore").decode("ascii").lower()
    words = ["".join(ch for ch in word if ch.isalnum()) for word in plain.split()]
    return ".".join(word for word in words if word)[:40]


class FirstAdministratorPage(QWizardPage):
    FORM = "dialogs/first_admin"
    WIDGETS = {**{f"{name}_edit": QLineEdit for name in FIELDS}, **{f"{name}_error": QLabel for name in FIELDS},
               "rules_label": QLabel}

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.login_session: LoginSession | None = None
        self.setObjectName("first_admin_page")
        self.setTitle(tr("Account dell'amministratore"))
        self.setSubTitle(tr("Crea il tuo utente: con questo accederai da ora in poi."))
        self.form = load_form(self.FORM, self)
        QVBoxLayout(self).addWidget(self.form)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})
        self.ui.rules_label.setText(tr(
            "La password deve avere almeno {n} caratteri e non contenere il nome utente. Una frase di qualche "
            "parola è facile da ricordare. Nessuno potrà recuperarla: se la dimentichi, un altro "
            "amministratore dovrà reimpostarla.").format(n=MIN_PASSWORD_LENGTH))
        self._username_typed = False
        self.ui.display_name_edit.textEdited.connect(self._suggest_username)
        self.ui.username_edit.textEdited.connect(lambda _text: setattr(self, "_username_typed", True))

    def _suggest_username(self, display_name: str) -> None:
        if not self._username_typed:
            self.ui.username_edit.setText(suggested_username(display_name))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.login_session is not None:  # created already; the user went back and forth
            return True
        clear_field_errors(self.form)
        password = self.ui.password_edit.text()
        if password != self.ui.confirm_edit.text():
            self.ui.confirm_error.setText(tr("Le due password non coincidono: riscrivile."))
            self.ui.confirm_error.show()
            self.ui.confirm_edit.setFocus()
            return False
        db, username, display_name = self.ctx.db, self.ui.username_edit.text(), self.ui.display_name_edit.text()

        def create() -> LoginSession:
            created = users.create_first_administrator(db, username, display_name, password)
            return users.authenticate(db, created.username, password)

        # The wizard moves on when the account is created (wrong fields are marked, a refusal explained).
        run_operation(self, create, on_success=self._created, form=self.form,
                      error_title=tr("Amministratore non creato"))
        return False

    def _created(self, session: LoginSession) -> None:
        self.login_session = session
        # From here on everything (the office profile on the next page too) is done as this user.
        self.ctx.db.actor = self.login_session.actor
        for name in FIELDS:
            getattr(self.ui, f"{name}_edit").setReadOnly(True)
        self.ui.password_edit.clear()
        self.ui.confirm_edit.clear()
        self.wizard().next()
