"""Erogazioni › Rendiconto › new or corrected receipt: date, supplier, amount, category, eligibility, file."""

from __future__ import annotations

import uuid
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.services.grants import expenses as grant_expenses
from equilibri_desktop.services.grants.payment_dto import ExpenseInput, ExpenseReport, ExpenseRow
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors, show_field_errors
from equilibri_desktop.ui.screens.grants.payments_common import amount_text, parse_euro
from equilibri_desktop.ui.widgets.date_edit import DateEdit

CATEGORIES = ("Arredi e attrezzature", "Software e licenze", "Opere di adeguamento dei locali", "Consulenze",
              "Spese di costituzione", "Promozione e comunicazione", "Altro")


class ExpenseDialog(QDialog):
    """New receipt or correction of one; saves through the service and stays open on errors."""

    FORM = "grants/payment_expense_dialog"
    WIDGETS = {"spent_on_edit": DateEdit, "supplier_edit": QLineEdit, "document_number_edit": QLineEdit,
               "category_edit": QComboBox, "amount_edit": QLineEdit, "description_edit": QLineEdit,
               "eligible_check": QCheckBox, "ineligible_reason_edit": QLineEdit, "attachment_edit": QLineEdit,
               "attachment_button": QPushButton, "button_box": QDialogButtonBox,
               **{f"{name}_error": QLabel for name in ("spent_on", "supplier", "amount", "ineligible_reason")}}

    def __init__(self, ctx: AppContext, application_uuid: uuid.UUID, parent: QWidget | None = None,
                 row: ExpenseRow | None = None, categories: tuple[str, ...] = CATEGORIES):
        super().__init__(parent)
        self.ctx, self.application_uuid, self.row = ctx, application_uuid, row
        self.report: ExpenseReport | None = None
        self.attachment: Path | None = None
        self.setObjectName("expense_dialog")
        self.setWindowTitle(tr("Nuova spesa") if row is None else tr("Modifica spesa"))
        self.form = load_form(self.FORM, self)
        QVBoxLayout(self).addWidget(self.form)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})
        ui = self.ui
        ui.category_edit.addItems(list(dict.fromkeys(categories)))
        ui.category_edit.setCurrentIndex(-1)
        values = row.to_input() if row else ExpenseInput()
        ui.spent_on_edit.setDate(values.spent_on)
        ui.supplier_edit.setText(values.supplier)
        ui.document_number_edit.setText(values.document_number)
        ui.category_edit.setEditText(values.category)
        ui.amount_edit.setText(amount_text(values.amount_cents))
        ui.description_edit.setText(values.description)
        ui.eligible_check.setChecked(values.eligible)
        ui.ineligible_reason_edit.setText(values.ineligible_reason)
        ui.attachment_edit.setText(Path(row.attachment_path).name if row and row.attachment_path else "")
        ui.eligible_check.toggled.connect(ui.ineligible_reason_edit.setDisabled)
        ui.ineligible_reason_edit.setDisabled(values.eligible)
        ui.attachment_button.clicked.connect(self._choose_file)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.spent_on_edit.setFocus()

    @staticmethod
    def choose_file(parent: QWidget) -> Path | None:
        """The receipt's file (PDF or scan); tests patch it."""
        path, _ = QFileDialog.getOpenFileName(parent, tr("Scegli il file della ricevuta"), "",
                                              tr("Documenti (*.pdf *.jpg *.jpeg *.png *.p7m);;Tutti i file (*)"))
        return Path(path) if path else None

    def _choose_file(self) -> None:
        chosen = self.choose_file(self)
        if chosen is not None:
            self.attachment = chosen
            self.ui.attachment_edit.setText(chosen.name)

    def collect(self) -> ExpenseInput | None:
        """What was typed, or None after showing next to its field what cannot be read."""
        ui, errors = self.ui, []
        if ui.spent_on_edit.problem():
            errors.append(FieldError("spent_on", ui.spent_on_edit.problem()))
        try:
            amount = parse_euro(ui.amount_edit.text())
        except ValueError as error:
            errors.append(FieldError("amount", str(error)))
            amount = None
        if errors:
            show_field_errors(self.form, ValidationError(errors))
            return None
        return ExpenseInput(ui.spent_on_edit.date(), ui.supplier_edit.text(), amount, ui.category_edit.currentText(),
                            ui.description_edit.text(), ui.document_number_edit.text(), ui.eligible_check.isChecked(),
                            ui.ineligible_reason_edit.text(), self.attachment)

    def accept(self) -> None:
        clear_field_errors(self.form)
        data = self.collect()
        if data is None:
            return
        if self.row is None:
            def call():
                return grant_expenses.add_expense(self.ctx.db, self.application_uuid, data)
        else:
            row = self.row

            def call():
                return grant_expenses.update_expense(self.ctx.db, row.uuid, data, row.version)
        self.ui.button_box.setEnabled(False)  # one save at a time
        run_operation(self, call, on_success=self._saved, on_failure=lambda _e: self.ui.button_box.setEnabled(True),
                      form=self.form, error_title=tr("Spesa non salvata"))

    def _saved(self, report: ExpenseReport) -> None:
        self.report = report
        super().accept()
