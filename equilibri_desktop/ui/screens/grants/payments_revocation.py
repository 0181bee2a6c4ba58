"""Erogazioni › Revoca: revoke a grant (date, reason, amount to recover — by default what was paid) and
follow the recovery."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.grants.codes import RecoveryStatus
from equilibri_desktop.domain.grants.workflow import AWARDED
from equilibri_desktop.services.grants import revocation as grant_revocation
from equilibri_desktop.services.grants.payment_dto import PaymentFile, RevocationRow
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import (
    FormScreen,
    clear_field_errors,
    show_field_errors,
)
from equilibri_desktop.ui.screens.grants.payments_common import (
    amount_text,
    day,
    euro,
    parse_euro,
)
from equilibri_desktop.ui.screens.grants.revocation_notice_panel import RevocationNoticePanel
from equilibri_desktop.ui.widgets.date_edit import DateEdit


class RevocationDialog(QDialog):
    FORM = "grants/payment_revocation_dialog"
    WIDGETS = {"decided_on_edit": DateEdit, "reason_edit": QPlainTextEdit, "amount_to_recover_edit": QLineEdit,
               "amount_hint": QLabel, "button_box": QDialogButtonBox,
               **{f"{name}_error": QLabel for name in ("decided_on", "reason", "amount_to_recover")}}

    def __init__(self, ctx: AppContext, application_uuid: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.application_uuid = ctx, application_uuid
        self.revocation: RevocationRow | None = None
        self.setObjectName("revocation_dialog")
        self.setWindowTitle(tr("Revoca del contributo"))
        self.form = load_form(self.FORM, self)
        QVBoxLayout(self).addWidget(self.form)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})
        paid = grant_revocation.amount_to_recover(ctx.db, application_uuid)
        self.ui.amount_to_recover_edit.setText(amount_text(paid))
        self.ui.amount_hint.setText(tr("Proposto: quanto è stato pagato ({paid}). Puoi aggiungere gli interessi "
                                       "legali.").format(paid=euro(paid)))
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Revoca"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.decided_on_edit.setFocus()

    def accept(self) -> None:
        clear_field_errors(self.form)
        ui, errors = self.ui, []
        if ui.decided_on_edit.problem():
            errors.append(FieldError("decided_on", ui.decided_on_edit.problem()))
        try:
            amount = parse_euro(ui.amount_to_recover_edit.text())
        except ValueError as error:
            errors.append(FieldError("amount_to_recover", str(error)))
            amount = None
        if errors:
            show_field_errors(self.form, ValidationError(errors))
            return
        decided_on, reason = ui.decided_on_edit.date(), ui.reason_edit.toPlainText()
        run_operation(self, lambda: grant_revocation.revoke(self.ctx.db, self.application_uuid, decided_on, reason,
                                                            amount),
                      on_success=self._revoked, form=self.form, error_title=tr("Revoca non registrata"))

    def _revoked(self, revocation: RevocationRow) -> None:
        self.revocation = revocation
        super().accept()


class RevocationPanel(FormScreen):
    FORM = "grants/payment_revocation"
    WIDGETS = {"revocation_intro": QLabel, "revocation_group": QGroupBox, "decided_on_value": QLabel,
               "reason_value": QLabel, "amount_to_recover_value": QLabel, "recovery_status_edit": QComboBox,
               "recovered_edit": QLineEdit, "recovered_error": QLabel, "save_recovery_button": QPushButton,
               "revoke_button": QPushButton}
    changed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.layout().setContentsMargins(8, 8, 8, 4)
        self.ctx = ctx
        self.file: PaymentFile | None = None
        self.dialog: RevocationDialog | None = None
        for status in RecoveryStatus:
            self.ui.recovery_status_edit.addItem(domain_tr(status.label), status.value)
        layout = self.ui.revocation_group.layout()
        for narrow in (self.ui.recovery_status_edit, self.ui.recovered_edit):
            # Left in their cells: a narrow input would otherwise cap the values' column at its own width and
            # push every value to the far right, the reason squeezed into a few words per line.
            layout.setAlignment(narrow, Qt.AlignmentFlag.AlignLeft)
        self.ui.revoke_button.clicked.connect(self.revoke)
        self.notice = RevocationNoticePanel(ctx, self)
        self.layout().insertWidget(0, self.notice)
        self.notice.changed.connect(self.changed.emit)
        self.ui.save_recovery_button.clicked.connect(self.save_recovery)
        self.can_write = ctx.db.actor.can(Permission.PAYMENTS_WRITE)
        self.can_approve = ctx.db.actor.can(Permission.PAYMENTS_APPROVE)
        self.show_file(None)

    def show_file(self, file: PaymentFile | None) -> None:
        self.file = file
        ui = self.ui
        revocation = file.revocation if file else None
        ui.revocation_group.setVisible(revocation is not None)
        self.notice.show_file(file)
        ui.save_recovery_button.setVisible(revocation is not None)
        revocable = file is not None and file.application.status in AWARDED
        ui.revoke_button.setVisible(revocation is None)
        ui.revoke_button.setEnabled(revocable and self.can_approve)
        clear_field_errors(self.form)
        if revocation is None:
            if file is None:
                ui.revocation_intro.setText("")
            elif revocable:
                ui.revocation_intro.setText(tr(
                    "Il contributo si revoca se l'impresa non è costituita nei termini, l'attività cessa, il "
                    "rendiconto non arriva o le dichiarazioni risultano false. Le tranche non pagate sono annullate; "
                    "si chiede indietro quanto pagato.") + ("" if self.can_approve else " " + tr(
                    "La revoca spetta al responsabile del procedimento.")))
            else:
                ui.revocation_intro.setText(tr("Una domanda «{status}» non si può revocare.").format(
                    status=domain_tr(file.application.status_label)))
            return
        ui.revocation_intro.setText(tr("Contributo revocato."))
        ui.decided_on_value.setText(day(revocation.decided_on))
        ui.reason_value.setText(revocation.reason)
        ui.amount_to_recover_value.setText(euro(revocation.amount_to_recover_cents))
        ui.recovery_status_edit.setCurrentIndex(ui.recovery_status_edit.findData(revocation.recovery_status))
        ui.recovered_edit.setText(amount_text(revocation.recovered_cents))
        for widget in (ui.recovery_status_edit, ui.recovered_edit, ui.save_recovery_button):
            widget.setEnabled(self.can_write)

    def revoke(self) -> None:
        if self.file is None:
            return
        self.dialog = RevocationDialog(self.ctx, self.file.application.uuid, self)
        self.dialog.accepted.connect(self._revoked)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _revoked(self) -> None:
        self.dialog = None
        self.changed.emit()

    def save_recovery(self) -> None:
        revocation = self.file.revocation if self.file else None
        if revocation is None:
            return
        clear_field_errors(self.form)
        try:
            recovered = parse_euro(self.ui.recovered_edit.text()) or 0
        except ValueError as error:
            show_field_errors(self.form, ValidationError(FieldError("recovered", str(error))))
            return
        status = self.ui.recovery_status_edit.currentData()
        run_operation(self, lambda: grant_revocation.update_recovery(self.ctx.db, revocation.uuid, status, recovered,
                                                                     revocation.version),
                      on_success=lambda _row: self.changed.emit(), form=self.form,
                      error_title=tr("Recupero non registrato"))
