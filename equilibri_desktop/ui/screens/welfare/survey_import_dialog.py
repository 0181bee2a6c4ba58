"""Import wizard for an online form's export: choose the file, check it (nothing is stored), read the problems
by row and column, then import; a file with any problem is never imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from equilibri_desktop.domain.welfare.survey import FIELDS
from equilibri_desktop.services.welfare import survey_import
from equilibri_desktop.services.welfare.dto import SurveyImportReport
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.welfare.common import fill_table
from equilibri_desktop.ui.service_messages import said


class SurveyImportDialog(QDialog):
    FORM = "welfare/survey_import"
    WIDGETS = {"file_edit": QLineEdit, "browse_button": QPushButton, "summary_label": QLabel,
               "report_view": QTableWidget, "check_button": QPushButton, "import_button": QPushButton,
               "close_button": QPushButton}
    imported = Signal(object)  # SurveyImportReport

    def __init__(self, ctx, engagement_uuid, parent=None):
        super().__init__(parent)
        self.ctx, self.engagement_uuid = ctx, engagement_uuid
        self.setWindowTitle(tr("Importa le risposte all'indagine"))
        self.resize(820, 480)
        self.form = load_form(self.FORM, self)
        QVBoxLayout(self).addWidget(self.form)
        for name, cls in self.WIDGETS.items():
            setattr(self, name, child(self.form, cls, name))
        self.browse_button.clicked.connect(self.browse)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self.file_edit.textChanged.connect(lambda _t: self.import_button.setEnabled(False))
        self.file_edit.returnPressed.connect(lambda: self.run(dry_run=True))
        self.import_button.setEnabled(False)
        self.summary_label.setText(tr("Colonne riconosciute: {columns}; la colonna «impresa» indica l'impresa di una "
                                      "rete.").format(columns=", ".join(FIELDS)))
        self.report: SurveyImportReport | None = None

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("File delle risposte"), "",
                                                    tr("Fogli di calcolo (*.xlsx *.csv)"))
        if path:
            self.file_edit.setText(path)
            self.run(dry_run=True)

    def run(self, dry_run: bool) -> None:
        path = Path(self.file_edit.text().strip())
        if not self.file_edit.text().strip():
            return
        run_operation(self, lambda: survey_import.import_survey(self.ctx.db, self.engagement_uuid, path, dry_run),
                      on_success=self.show_report, label=tr("Lettura del file…"))

    def show_report(self, report: SurveyImportReport) -> None:
        self.report = report
        fill_table(self.report_view, [tr("Riga"), tr("Colonna"), tr("Problema")],
                   [((str(p.row) if p.row else tr("file"), p.row), p.field, said(p.message)) for p in report.problems],
                   stretch=2, right=(0,))
        if report.problems:
            text = tr("{f}: {r} righe lette, {p} problemi. Nessuna risposta importata: correggi il file e "
                      "controllalo di nuovo.").format(f=report.file_name, r=report.rows_read, p=len(report.problems))
        elif report.dry_run:
            text = tr("{f}: {r} risposte corrette, pronte per l'importazione.").format(f=report.file_name,
                                                                                      r=report.rows_read)
        else:
            text = tr("{f}: {n} risposte importate.").format(f=report.file_name, n=report.imported)
            self.imported.emit(report)
        self.summary_label.setText(text)
        self.import_button.setEnabled(report.ok and report.dry_run)
