"""Erogazioni › Impresa: the firm the beneficiary constituted (P.IVA, date, registered office, IBAN).

P.IVA and IBAN are checked as soon as the clerk leaves the field, with the message next to it; the first save
moves the application to «impresa costituita» and creates its tranches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError, ValidationError, field_problems
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.payment_firm import FirmInput
from equilibri_desktop.domain.identifiers import validate_iban, validate_vat_number
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.services.grants.payment_dto import PaymentFile
from equilibri_desktop.services.registry import municipalities
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen, clear_field_errors, show_field_errors
from equilibri_desktop.ui.service_messages import field_error_text
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.municipality_picker import MunicipalityPicker

FIELDS = ("name", "vat_number", "constituted_on", "address", "municipality_id", "cap", "iban")
EDITABLE = frozenset({S.FINANZIATA, S.IMPRESA_COSTITUITA, S.IN_EROGAZIONE, S.RENDICONTATA})


class FirmPanel(FormScreen):
    FORM = "grants/payment_firm"
    WIDGETS = {
        **{f"{name}_edit": QLineEdit for name in ("name", "vat_number", "address", "cap", "iban")},
        "constituted_on_edit": DateEdit, "municipality_id_edit": MunicipalityPicker,
        **{f"{name}_error": QLabel for name in FIELDS},
        "link_organisation_check": QCheckBox, "organisation_label": QLabel, "save_firm_button": QPushButton,
    }
    saved = Signal(object)  # the PaymentFile after the save

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.layout().setContentsMargins(8, 8, 8, 4)
        self.ctx = ctx
        self.file: PaymentFile | None = None
        ui = self.ui
        ui.municipality_id_edit.set_municipalities(municipalities.list_municipalities(ctx.db))
        ui.municipality_id_edit.municipalityChanged.connect(
            lambda ref: ref and not ui.cap_edit.text().strip() and ui.cap_edit.setText(ref.cap))
        self._live_check(ui.vat_number_edit, "vat_number", validate_vat_number)
        self._live_check(ui.iban_edit, "iban", validate_iban)
        ui.save_firm_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.can_write = ctx.db.actor.can(Permission.PAYMENTS_WRITE)
        self.setEnabled(False)

    def _live_check(self, edit: QLineEdit, field: str, validator: Callable[[str], str]) -> None:
        label = getattr(self.ui, f"{field}_error")

        def check() -> None:
            try:
                text = edit.text().strip()
            except RuntimeError:  # the focus leaves the field while the screen is being destroyed
                return
            problems = field_problems(validator, text)[1] if text else []
            if problems:
                label.setText(field_error_text(problems[0]))
                label.show()
                return
            label.clear()
            label.hide()
        edit.editingFinished.connect(check)

    def show_file(self, file: PaymentFile | None) -> None:
        self.file = file
        clear_field_errors(self.form)
        firm = file.firm if file else None
        values = firm.to_input() if firm else FirmInput(name=file.application.business_name if file else "")
        ui = self.ui
        for name in ("name", "vat_number", "address", "cap", "iban"):
            getattr(ui, f"{name}_edit").setText(getattr(values, name))
            getattr(ui, f"{name}_edit").setCursorPosition(0)
        ui.constituted_on_edit.setDate(values.constituted_on)
        ui.municipality_id_edit.set_value(values.municipality_id)
        ui.link_organisation_check.setVisible(firm is None or firm.organisation_uuid is None)
        ui.organisation_label.setText(tr("L'impresa è registrata anche in Anagrafiche › Enti e imprese.")
                                      if firm and firm.organisation_uuid else "")
        editable = bool(file) and self.can_write and S(file.application.status) in EDITABLE
        self.setEnabled(file is not None)
        for kind in (QLineEdit, QComboBox, QCheckBox, QPushButton):
            for widget in self.form.findChildren(kind):
                widget.setEnabled(editable)
        ui.save_firm_button.setText(tr("R&egistra costituzione") if firm is None else tr("Salva impr&esa"))

    def collect(self) -> FirmInput:
        ui = self.ui
        return FirmInput(ui.name_edit.text(), ui.vat_number_edit.text(), ui.constituted_on_edit.date(),
                         ui.address_edit.text(), ui.municipality_id_edit.municipality_id(), ui.cap_edit.text(),
                         ui.iban_edit.text())

    def save(self) -> None:
        if self.file is None or not self.ui.save_firm_button.isEnabled():
            return
        date_problem = self.ui.constituted_on_edit.problem()
        if date_problem:
            show_field_errors(self.form, ValidationError(FieldError("constituted_on", date_problem)))
            return
        firm = self.file.firm
        application_uuid, data = self.file.application.uuid, self.collect()
        link = self.ui.link_organisation_check.isChecked()
        clear_field_errors(self.form)
        run_operation(self, lambda: grant_payments.record_firm_constitution(
            self.ctx.db, application_uuid, data, expected_version=firm.version if firm else None,
            link_organisation=link), on_success=self.saved.emit, form=self.form,
            error_title=tr("Impresa non registrata"))
