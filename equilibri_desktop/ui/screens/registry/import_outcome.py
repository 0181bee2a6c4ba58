"""The import wizard's outcome page, used twice: after the simulation (what would happen) and after the
real import (what happened, with the report and the rejected rows to open)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWizard,
    QWizardPage,
)

from equilibri_desktop.services.imports.outcomes import ImportResult, RowOutcome
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.import_run import ImportRun
from equilibri_desktop.ui.screens.registry.pages import attach_form
from equilibri_desktop.ui.service_messages import said

SHOWN_ROWS = 200
# The rows' outcomes (RowOutcome.label), worded by domain_tr: here for lupdate.
OUTCOME_LABELS = (
    QT_TRANSLATE_NOOP("Dominio", "Importata"), QT_TRANSLATE_NOOP("Dominio", "Unita a una scheda esistente"),
    QT_TRANSLATE_NOOP("Dominio", "Già presente, nessuna modifica"), QT_TRANSLATE_NOOP("Dominio", "Scartata"),
)


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ImportOutcomePage(QWizardPage):
    FORM = "registry/import_outcome_page"
    WIDGETS = {"summary_label": QLabel, "imported_count": QLabel, "merged_count": QLabel, "unchanged_count": QLabel,
               "rejected_count": QLabel, "rows_label": QLabel, "rows_table": QTableWidget, "report_label": QLabel,
               "open_report_button": QPushButton, "open_rejected_button": QPushButton}

    def __init__(self, wizard: ImportRun, final: bool):
        super().__init__(wizard)
        self.owner, self.final = wizard, final
        self.form, self.ui = attach_form(self, self.FORM, self.WIDGETS, margins=(0, 0, 0, 0))
        table = self.ui.rows_table
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if final:
            self.setTitle(tr("Importazione completata"))
            self.ui.open_report_button.clicked.connect(lambda: open_file(self.owner.result.report_path))
            self.ui.open_rejected_button.clicked.connect(lambda: open_file(self.owner.result.rejected_path))
        else:
            self.setTitle(tr("Simulazione"))
            self.setSubTitle(tr("Ecco che cosa succederebbe: nessun dato è stato ancora scritto. «Importa» esegue "
                                "l'importazione, tutta insieme; «Indietro» per correggere le colonne."))
            self.setCommitPage(True)
            self.setButtonText(QWizard.WizardButton.CommitButton, tr("&Importa"))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        result: ImportResult = self.owner.result if self.final else self.owner.dry_result
        self.show_result(result)

    def show_result(self, result: ImportResult) -> None:
        ui = self.ui
        for outcome, label in ((RowOutcome.IMPORTED, ui.imported_count), (RowOutcome.MERGED, ui.merged_count),
                               (RowOutcome.UNCHANGED, ui.unchanged_count), (RowOutcome.REJECTED, ui.rejected_count)):
            label.setText(str(result.count(outcome)))
        total = result.total_rows
        if self.final:
            summary = tr("Righe lette: {n}. Le schede nuove e completate sono nell'anagrafica.").format(n=total)
        else:
            summary = tr("Righe lette: {n}. Le righe scartate non verranno importate: il resoconto dirà perché e "
                         "un file a parte le raccoglierà per correggerle e importarle di nuovo.").format(n=total)
        if self.final:  # the header says what happened, like the other pages' subtitles
            self.setSubTitle(summary)
            ui.summary_label.hide()
        else:
            ui.summary_label.setText(summary)
        shown = result.rows[:SHOWN_ROWS]
        ui.rows_label.setText(tr("Esito riga per riga:") if total <= SHOWN_ROWS
                              else tr("Esito delle prime {n} righe (tutte nel resoconto):").format(n=SHOWN_ROWS))
        table = ui.rows_table
        table.setRowCount(len(shown))
        for number, row in enumerate(shown):
            for column, text in enumerate((str(row.row_number), domain_tr(row.outcome.label), said(row.message))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(number, column, item)
        ui.open_report_button.setVisible(self.final and result.report_path is not None)
        ui.open_rejected_button.setVisible(self.final and result.rejected_path is not None)
        if self.final and result.report_path is not None:
            ui.report_label.setText(tr("Resoconto: {path}").format(path=result.report_path))
        else:
            ui.report_label.clear()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.final or self.owner.result is not None:
            return True
        self.owner.run_import()
        return False  # the wizard moves on by itself when the import is done
