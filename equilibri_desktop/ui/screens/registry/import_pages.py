"""The first two pages of the import wizard: the file and its kind, then which column becomes which field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWizardPage,
)

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.imports.outcomes import ImportProgress
from equilibri_desktop.services.imports.registry import preview_import
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.screens.registry.import_run import ImportRun
from equilibri_desktop.ui.screens.registry.pages import attach_form

SUFFIXES = (".xlsx", ".csv")
SAMPLE_VALUES = 3


def ask_import_path(parent, folder: str) -> str:
    """The open dialog (tests replace this function)."""
    chosen, _ = QFileDialog.getOpenFileName(parent, tr("Scegli il foglio da importare"), folder,
                                            tr("Fogli di calcolo (*.xlsx *.csv)"))
    return chosen


def _duration(seconds: float) -> str:
    seconds = max(int(round(seconds)), 1)
    if seconds < 60:
        return tr("{s} s").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    return tr("{m} min {s} s").format(m=minutes, s=seconds) if minutes < 10 else tr("{m} min").format(m=minutes)


def progress_text(progress: ImportProgress) -> str:
    """What the progress dialog says while the rows are read: how many, and about how long is left."""
    done = f"{progress.rows_done:,}".replace(",", ".")
    if progress.rows_expected:
        total = f"{progress.rows_expected:,}".replace(",", ".")
        text = tr("Righe elaborate: {done} di circa {total}").format(done=done, total=total)
    else:
        text = tr("Righe elaborate: {done}").format(done=done)
    if progress.seconds_left is not None and progress.rows_done >= 1_000:  # the pace settles after a few batches
        text += " – " + tr("tempo rimanente: circa {left}").format(left=_duration(progress.seconds_left))
    return text


def report_progress(task, progress: ImportProgress) -> None:
    task.progress(progress.rows_done, progress.rows_expected or 0, progress_text(progress))


class ImportFilePage(QWizardPage):
    FORM = "registry/import_file_page"
    WIDGETS = {"intro_label": QLabel, "file_edit": QLineEdit, "browse_button": QPushButton, "file_error": QLabel,
               "persons_radio": QRadioButton, "organisations_radio": QRadioButton}

    def __init__(self, wizard: ImportRun):
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(tr("File da importare"))
        self.form, self.ui = attach_form(self, self.FORM, self.WIDGETS, margins=(0, 0, 0, 0))
        # Every page has a title and a subtitle, so the header looks the same on each; the intro is
        # written (and translated) in the form.
        self.setSubTitle(self.ui.intro_label.text())
        self.ui.intro_label.hide()
        self.ui.browse_button.clicked.connect(self.browse)
        self.ui.file_edit.textChanged.connect(lambda _t: self.ui.file_error.hide())

    def browse(self) -> None:
        folder = str(Path(self.ui.file_edit.text()).parent) if self.ui.file_edit.text() else ""
        chosen = ask_import_path(self, folder or str(self.owner.ctx.config.documents_dir))
        if chosen:
            self.ui.file_edit.setText(chosen)

    def kind(self) -> str:
        return "organisations" if self.ui.organisations_radio.isChecked() else "persons"

    def _fail(self, message: str) -> bool:
        self.ui.file_error.setText(message)
        self.ui.file_error.show()
        self.ui.file_edit.setFocus()
        return False

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        text = self.ui.file_edit.text().strip()
        path = Path(text)
        if not text:
            return self._fail(tr("Scegli il file da importare."))
        if path.suffix.lower() not in SUFFIXES:
            return self._fail(tr("Si importano fogli .xlsx o file .csv: salva il foglio in uno di questi formati."))
        if not path.is_file():
            return self._fail(tr("Il file non esiste: controlla il percorso."))
        # validatePage answers on the spot: a file that cannot be read is said next to the file field.
        done, preview = run_now(self, lambda: preview_import(self.owner.ctx.db, path, self.kind()), answers={
            (DomainError, OSError): lambda error: self._fail(
                tr("Il file non si può leggere: {reason}").format(reason=error))})
        if not done:
            return False
        self.owner.preview = preview
        self.owner.path, self.owner.kind = path, self.kind()
        self.owner.dry_result = self.owner.dry_mapping = None  # a new file needs a new simulation
        return True


class ImportMappingPage(QWizardPage):
    FORM = "registry/import_mapping_page"
    WIDGETS = {"summary_label": QLabel, "mapping_table": QTableWidget, "mapping_error": QLabel}

    def __init__(self, wizard: ImportRun):
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(tr("Colonne"))
        self.setSubTitle(tr("Ogni colonna del file diventa un dato della scheda. Le colonne riconosciute sono già "
                            "assegnate: correggi quelle sbagliate e scegli «non importare» per quelle da ignorare."))
        self.form, self.ui = attach_form(self, self.FORM, self.WIDGETS, margins=(0, 0, 0, 0))
        table = self.ui.mapping_table
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(2, 240)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        preview = self.owner.preview
        rows = tr("ultima riga del foglio: {n}").format(n=preview.expected_rows) if preview.expected_rows else ""
        details = [tr("{n} colonne").format(n=len(preview.headers)), rows]
        if preview.encoding:
            details.append(tr("codifica {encoding}, separatore «{delimiter}»").format(
                encoding=preview.encoding, delimiter=preview.delimiter))
        self.ui.summary_label.setText(tr("{file}: {details}.").format(
            file=self.owner.path.name, details=", ".join(d for d in details if d)))
        table = self.ui.mapping_table
        table.setRowCount(len(preview.headers))
        self.combos = []
        for row, header in enumerate(preview.headers):
            table.setItem(row, 0, QTableWidgetItem(header or tr("(senza titolo)")))
            samples = [str(cells[row]) for cells in preview.sample[:SAMPLE_VALUES]
                       if row < len(cells) and cells[row] not in (None, "")]
            table.setItem(row, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox(objectName=f"mapping_combo_{row}")
            combo.addItem(tr("— non importare —"), "")
            for field, label in preview.target_fields:
                combo.addItem(label, field)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(row, ""))))
            combo.currentIndexChanged.connect(lambda _i: self.ui.mapping_error.hide())
            table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.ui.mapping_error.hide()

    def mapping(self) -> dict[int, str]:
        return {row: combo.currentData() for row, combo in enumerate(self.combos) if combo.currentData()}

    def set_field(self, column: int, field: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def show_error(self, message: str) -> None:
        self.ui.mapping_error.setText(message)
        self.ui.mapping_error.show()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        mapping = self.mapping()
        twice = sorted({field for field in mapping.values() if list(mapping.values()).count(field) > 1})
        if twice:
            labels = dict(self.owner.preview.target_fields)
            self.show_error(tr("Ogni dato viene da una sola colonna: {fields} è scelto più volte.").format(
                fields=", ".join(labels.get(f, f) for f in twice)))
            return False
        if self.owner.dry_result is not None and self.owner.dry_mapping == mapping:
            return True  # the simulation of this very mapping is ready
        self.owner.simulate(mapping)
        return False  # the wizard moves on by itself when the simulation is done
