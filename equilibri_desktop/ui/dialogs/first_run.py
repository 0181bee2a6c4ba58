"""First start of a real installation: the office describes itself before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from equilibri_desktop import APP_NAME
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.admin.organisation_settings import (
    OrganisationSettingsScreen,
)


class _OrganisationPage(QWizardPage):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.setTitle(tr("Ente, progetto e firmatario"))
        self.setSubTitle(tr("Servono per l'intestazione dei documenti. Potrai cambiarli in Amministrazione."))
        self.editor = OrganisationSettingsScreen(ctx)
        # The wizard's own buttons drive the page; the screen's would be confusing twice.
        for button in (self.editor.ui.save_button, self.editor.ui.reload_button):
            button.hide()
        QVBoxLayout(self).addWidget(self.editor)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.editor.save()


class FirstRunWizard(QWizard):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Prima configurazione di {app}").format(app=APP_NAME))
        self.setObjectName("first_run_wizard")
        intro = QWizardPage()
        intro.setTitle(tr("Benvenuta, benvenuto"))
        text = QLabel(tr(
            "Questa installazione è vuota. In pochi passi indichi l'ente che usa il programma, il progetto "
            "con il suo CUP e chi firma gli atti.\n\nI dati restano su questo computer, nella cartella:\n{folder}")
            .format(folder=ctx.config.data_dir))
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.addPage(intro)
        self.organisation_page = _OrganisationPage(ctx)
        self.addPage(self.organisation_page)
        self.resize(820, 720)
