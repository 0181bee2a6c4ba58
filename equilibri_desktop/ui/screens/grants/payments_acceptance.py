"""Erogazioni › the beneficiary's acceptance of her grant: the date she accepted it, recorded once the
grant decision is registered. Nothing is paid before it (the procedure's order, in the DTO)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.grants import acceptance
from equilibri_desktop.services.grants.payment_dto import PaymentFile
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.service_messages import said
from equilibri_desktop.ui.widgets.date_edit import DateEdit


class AcceptancePanel(QWidget):
    saved = Signal(object)  # the PaymentFile after the acceptance was recorded

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.file: PaymentFile | None = None
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.accepted_on_edit = DateEdit(self)
        self.accepted_on_edit.setObjectName("accepted_on_edit")
        self.accepted_on_edit.setMaximumWidth(120)
        self.accepted_on_error = QLabel(self)
        self.accepted_on_error.setObjectName("accepted_on_error")
        self.accepted_on_error.setStyleSheet("color: #b00020;")
        self.accepted_on_error.hide()
        self.record_button = QPushButton(tr("Registra accettazione"), self)
        self.record_button.clicked.connect(self.record)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label, 1)
        row.addWidget(QLabel(tr("Accettata il"), self))
        row.addWidget(self.accepted_on_edit)
        row.addWidget(self.record_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 0)
        column.addLayout(row)
        column.addWidget(self.accepted_on_error)
        self.can_write = ctx.db.actor.can(Permission.GRANTS_WRITE)

    def show_file(self, file: PaymentFile | None) -> None:
        self.file = file
        self.accepted_on_error.hide()
        accepted = file.accepted_on if file else None
        if file is None:
            text = ""
        elif accepted is not None:
            text = tr("Contributo accettato dalla beneficiaria il {day}.").format(day=f"{accepted:%d/%m/%Y}")
        else:
            text = said(file.acceptance_blocked) or tr("Registra la data in cui la beneficiaria ha accettato il "
                                                 "contributo: i pagamenti partono da lì.")
        self.state_label.setText(text)
        self.accepted_on_edit.setDate(accepted or (office_today() if file else None))
        can = file is not None and self.can_write and accepted is None and not file.acceptance_blocked
        self.accepted_on_edit.setEnabled(can)
        self.record_button.setEnabled(can)
        self.record_button.setToolTip(said(file.acceptance_blocked) if file else "")

    def record(self) -> None:
        if self.file is None or not self.record_button.isEnabled():
            return
        application, day = self.file.application.uuid, self.accepted_on_edit.date()
        self.accepted_on_error.hide()
        run_operation(self, lambda: acceptance.record_acceptance(self.ctx.db, application, day),
                      on_success=self.saved.emit, form=self, label=tr("Registrazione dell'accettazione"))
