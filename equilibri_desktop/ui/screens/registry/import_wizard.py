"""Import a spreadsheet of people or organisations: file and kind → column mapping → simulation →
the real import in the background (progress, cancel) → counts, report and rejected rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.imports.outcomes import ImportPreview, ImportResult
from equilibri_desktop.services.imports.registry import (
    ImportCancelledError,
    default_report_path,
    import_organisations,
    import_people,
)
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.import_outcome import ImportOutcomePage
from equilibri_desktop.ui.screens.registry.import_pages import (
    ImportFilePage,
    ImportMappingPage,
    report_progress,
)
from equilibri_desktop.ui.service_messages import error_text
from equilibri_desktop.ui.tasks import run_task
from equilibri_desktop.ui.widgets.mnemonics import label_wizard_buttons


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult of the real run

    def __init__(self, ctx: AppContext, kind: str = "persons", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Importa da un foglio di calcolo"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.mnemonics = label_wizard_buttons(self)
        self.path: Path | None = None
        self.kind = kind
        self.preview: ImportPreview | None = None
        self.dry_result: ImportResult | None = None
        self.dry_mapping: dict[int, str] | None = None
        self.result: ImportResult | None = None
        self.busy = False
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.dry_page = ImportOutcomePage(self, final=False)
        self.final_page = ImportOutcomePage(self, final=True)
        for page in (self.file_page, self.mapping_page, self.dry_page, self.final_page):
            self.addPage(page)
        (self.file_page.ui.organisations_radio if kind == "organisations" else
         self.file_page.ui.persons_radio).setChecked(True)
        self.resize(980, 640)

    def _importer(self):
        return import_organisations if self.kind == "organisations" else import_people

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CommitButton):
            self.button(button).setEnabled(not busy)

    # --- simulation -----------------------------------------------------------------------
    def simulate(self, mapping: dict[int, str]) -> None:
        if self.busy:
            return
        self._busy(True)
        self.dry_result, self.dry_mapping, self.result = None, dict(mapping), None
        importer, db, path = self._importer(), self.ctx.db, self.path
        run_task(lambda task: importer(db, path, mapping=mapping, dry_run=True,
                                       progress=lambda p: report_progress(task, p),
                                       cancel=lambda: task.cancel_requested),
                 parent=self, label=tr("Simulazione dell'importazione…"), on_done=self._simulated,
                 on_error=self._failed(self.mapping_page.show_error), on_cancel=lambda: self._busy(False))

    def _simulated(self, result: ImportResult) -> None:
        self._busy(False)
        self.dry_result = result
        self.next()

    # --- real import ----------------------------------------------------------------------
    def run_import(self) -> None:
        if self.busy or self.dry_mapping is None:
            return
        self._busy(True)
        report = default_report_path(self.path, office_now().strftime("%Y-%m-%d %H.%M.%S"))
        importer, db, path, mapping = self._importer(), self.ctx.db, self.path, self.dry_mapping
        run_task(lambda task: importer(db, path, mapping=mapping, report_path=report,
                                       progress=lambda p: report_progress(task, p),
                                       cancel=lambda: task.cancel_requested),
                 parent=self, label=tr("Importazione in corso…"), on_done=self._imported,
                 on_error=self._failed(self._show_on_dry_page), on_cancel=lambda: self._busy(False))

    def _imported(self, result: ImportResult) -> None:
        self._busy(False)
        self.result = result
        self.imported.emit(result)
        self.next()

    def _show_on_dry_page(self, message: str) -> None:
        self.dry_page.ui.summary_label.setText(message)

    def _failed(self, show):
        def failed(error: Exception, _details: str) -> None:
            self._busy(False)
            if isinstance(error, ImportCancelledError):
                show(tr("Importazione annullata: nessun dato è stato scritto."))
            elif isinstance(error, (DomainError, OSError)):
                show(tr("Importazione non eseguita: {reason}").format(reason=error_text(error)))
            else:
                raise error
        return failed
