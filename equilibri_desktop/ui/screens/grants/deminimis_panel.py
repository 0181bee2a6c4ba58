"""Domande › one application › «De minimis e RNA»: the de minimis aid the applicant declares she received in the
rolling three years (saved with the application, Ctrl+S), and the COR code the Registro nazionale aiuti gave the
grant with the date of the de minimis check (recorded on their own, by who decides the grants)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.grants.legal_figures import de_minimis_ceiling
from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.services.grants import registration
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.money_edit import MoneyEdit


def _error_label(parent: QWidget, field: str) -> QLabel:
    label = QLabel(parent, wordWrap=True)
    label.setObjectName(f"{field}_error")
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class DeMinimisPanel(QWidget):
    changed = Signal()  # the declared amount was edited: the page has unsaved changes
    recorded = Signal()  # the COR code was recorded

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("de_minimis_panel")
        self.ctx = ctx
        self.application_uuid: uuid.UUID | None = None
        ceiling = de_minimis_ceiling(office_today())
        declared = QGroupBox(tr("Aiuti «de minimis» dichiarati dalla richiedente"), self)
        self.de_minimis_received_cents_edit = MoneyEdit(declared)
        self.de_minimis_received_cents_edit.setObjectName("de_minimis_received_cents_edit")
        self.de_minimis_received_cents_edit.setMaximumWidth(160)
        self.de_minimis_received_cents_edit.textEdited.connect(lambda _text: self.changed.emit())
        hint = QLabel(tr("Ricevuti dall'impresa unica negli ultimi tre anni mobili. Massimale {ceiling} "
                         "({source}); si salva con la domanda (Ctrl+S).").format(
            ceiling=format_euro(from_cents(ceiling.value)), source=ceiling.source), declared, wordWrap=True)
        form = QFormLayout(declared)
        received = QLabel(tr("Importo ricevu&to"), declared)
        received.setBuddy(self.de_minimis_received_cents_edit)
        form.addRow(received, self.de_minimis_received_cents_edit)
        form.addRow("", _error_label(declared, "de_minimis_received_cents"))
        form.addRow(hint)

        rna = QGroupBox(tr("Registro nazionale aiuti"), self)
        self.rna_cor_code_edit = QLineEdit(rna)
        self.rna_cor_code_edit.setObjectName("rna_cor_code_edit")
        self.rna_cor_code_edit.setMaxLength(40)
        self.de_minimis_checked_on_edit = DateEdit(rna)
        self.de_minimis_checked_on_edit.setObjectName("de_minimis_checked_on_edit")
        self.de_minimis_checked_on_edit.setMaximumWidth(120)
        self.record_button = QPushButton(tr("Registra il codice &COR"), rna)
        self.record_button.setObjectName("record_cor_button")
        self.record_button.clicked.connect(self.record)
        self.rna_cor_code_edit.returnPressed.connect(self.record)
        self.state_label = QLabel(rna, wordWrap=True)
        rna_form = QFormLayout(rna)
        for field, label, edit in (("rna_cor_code", tr("Codice C&OR"), self.rna_cor_code_edit),
                                   ("de_minimis_checked_on", tr("Verifica de minimis &del"),
                                    self.de_minimis_checked_on_edit)):
            caption = QLabel(label, rna)
            caption.setBuddy(edit)
            rna_form.addRow(caption, edit)
            rna_form.addRow("", _error_label(rna, field))
        rna_form.addRow(self.record_button)
        rna_form.addRow(self.state_label)
        column = QVBoxLayout(self)
        column.addWidget(declared)
        column.addWidget(rna)
        column.addStretch(1)
        self.can_decide = ctx.db.actor.can(Permission.GRANTS_DECIDE)

    # --- the declared amount: part of the application's values ------------------------------
    def set_declared(self, cents: int | None, editable: bool) -> None:
        self.de_minimis_received_cents_edit.set_cents(cents)
        self.de_minimis_received_cents_edit.setEnabled(editable)

    def declared_cents(self) -> int | None:
        return self.de_minimis_received_cents_edit.cents()

    def problems(self) -> dict[str, str]:
        problem = self.de_minimis_received_cents_edit.problem()
        return {"de_minimis_received_cents": problem} if problem else {}

    # --- the COR code: recorded on its own ------------------------------------------------
    def set_application(self, application_uuid: uuid.UUID | None) -> None:
        self.application_uuid = application_uuid
        clear_field_errors(self)
        record = None
        if application_uuid is not None:
            record = run_now(self, lambda: registration.rna_record(self.ctx.db, application_uuid))[1]
        self.rna_cor_code_edit.setText(record.cor_code if record else "")
        self.de_minimis_checked_on_edit.setDate(record.de_minimis_checked_on if record else None)
        can = application_uuid is not None and self.can_decide
        for widget in (self.rna_cor_code_edit, self.de_minimis_checked_on_edit, self.record_button):
            widget.setEnabled(can)
        if application_uuid is None:
            self.state_label.setText(tr("Salva la domanda prima di registrare il codice COR."))
        elif record and record.cor_code:
            self.state_label.setText(tr("Codice COR registrato: la determinazione e la comunicazione lo riportano."))
        else:
            self.state_label.setText(tr("Il codice COR si ottiene registrando l'aiuto nel Registro nazionale aiuti "
                                        "prima della concessione (D.M. 115/2017, art. 9)."))

    def record(self) -> None:
        if self.application_uuid is None or not self.record_button.isEnabled():
            return
        application, code, day = (self.application_uuid, self.rna_cor_code_edit.text(),
                                  self.de_minimis_checked_on_edit.date())
        run_operation(self, lambda: registration.record_rna(self.ctx.db, application, code, day),
                      on_success=lambda _none: self._recorded(), form=self, label=tr("Registrazione del codice COR"),
                      error_title=tr("Codice COR non registrato"))

    def _recorded(self) -> None:
        clear_field_errors(self)
        self.state_label.setText(tr("Codice COR registrato: la determinazione e la comunicazione lo riportano."))
        self.recorded.emit()
