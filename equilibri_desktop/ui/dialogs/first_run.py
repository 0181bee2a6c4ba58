"""First start of a real installation: the administrator's account, then the office describes itself."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from equilibri_desktop import APP_NAME
from equilibri_desktop.services.access.users import LoginSession
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.first_admin import FirstAdministratorPage
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.admin.organisation_settings import (
    OrganisationSettingsScreen,
)
from equilibri_desktop.ui.widgets.mnemonics import label_wizard_buttons


class _OrganisationPage(QWizardPage):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.setTitle(tr("Ente, progetto e firmatario"))
        self.setSubTitle(tr("Servono per l'intestazione dei documenti. Potrai cambiarli in Amministrazione."))
        # No drafts here: the page is built before anyone has logged in.
        self.editor = OrganisationSettingsScreen(ctx, drafts=False)
        # The wizard's own buttons drive the page; the screen's would be confusing twice.
        for button in (self.editor.ui.save_button, self.editor.ui.reload_button):
            button.hide()
        QVBoxLayout(self).addWidget(self.editor)
        self.stored = False
        self.editor.saved.connect(self._stored)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.editor.apply_permissions()  # the administrator created on the previous page may edit

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """The save runs in the background: the wizard moves on when it reports back stored."""
        if self.stored:
            return True
        self.editor.save()
        return False

    def _stored(self) -> None:
        self.stored = True
        wizard = self.wizard()
        if wizard.nextId() == -1:
            wizard.accept()
        else:
            wizard.next()


class FirstRunWizard(QWizard):
    """Pages for what is missing: `administrator` when no user exists, `organisation` when the office
    profile is empty (None = find out from the database)."""

    def __init__(self, ctx: AppContext, parent=None, administrator: bool | None = None,
                 organisation: bool | None = None):
        super().__init__(parent)
        from equilibri_desktop.services.access import users
        from equilibri_desktop.services.admin import office_profile as organisation_service

        if administrator is None:
            administrator = not users.has_users(ctx.db)
        if organisation is None:
            organisation = not organisation_service.is_configured(ctx.db)
        self.setWindowTitle(tr("Prima configurazione di {app}").format(app=APP_NAME))
        self.setObjectName("first_run_wizard")
        intro = QWizardPage()
        intro.setTitle(tr("Benvenuta, benvenuto"))
        steps = []
        if administrator:
            steps.append(tr("crei il tuo utente di amministratore"))
        if organisation:
            steps.append(tr("indichi l'ente che usa il programma, il progetto con il suo CUP e chi firma gli atti"))
        text = QLabel(tr(
            "Questa installazione è nuova. In pochi passi {steps}.\n\nI dati restano su questo computer, "
            "nella cartella:\n{folder}").format(steps=tr(", poi ").join(steps), folder=ctx.config.data_dir))
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.addPage(intro)
        self.administrator_page = FirstAdministratorPage(ctx) if administrator else None
        if self.administrator_page is not None:
            self.addPage(self.administrator_page)
        self.organisation_page = _OrganisationPage(ctx) if organisation else None
        if self.organisation_page is not None:
            self.addPage(self.organisation_page)
        # Qt's Italian "< &Precedente" took Alt+P from "&Partita IVA": the buttons avoid each page's letters.
        self.mnemonics = label_wizard_buttons(self)
        self.resize(820, 720)

    @property
    def login_session(self) -> LoginSession | None:
        """The administrator created and logged in by the wizard, if it had that page."""
        return self.administrator_page.login_session if self.administrator_page is not None else None
