"""Record a withdrawal from an agreement: who withdraws, when the notice was given and when it takes effect.
The service checks the notice against the agreement and the law (30 days, 90 for the employer of a disabled
worker) and opens the Ministry's 'recesso' communication."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QWidget

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.flexwork import agreements
from equilibri_desktop.services.flexwork.dto import AgreementDetail
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.flexwork.fields import Designed
from equilibri_desktop.ui.widgets.date_edit import DateEdit


class WithdrawalDialog(Designed, QDialog):
    FORM = "flexwork/withdrawal"
    WIDGETS = {"intro_label": QLabel, "withdrawal_fields": QWidget, "by_employer_edit": QCheckBox,
               "notice_on_edit": DateEdit, "effective_on_edit": DateEdit, "buttons": QDialogButtonBox}
    withdrawn = Signal(object)  # AgreementDetail

    def __init__(self, ctx, detail: AgreementDetail, parent=None):
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.setWindowTitle(tr("Recesso dall'accordo"))
        ui = self.load_designed()
        ui.intro_label.setText(tr("Recesso dall'accordo di {name}: il preavviso deve rispettare l'accordo e la legge, "
                                  "salvo giustificato motivo.").format(name=detail.worker.name))
        self.form = ui.withdrawal_fields
        self.by_employer, self.notice_on = ui.by_employer_edit, ui.notice_on_edit
        self.effective_on = ui.effective_on_edit
        self.notice_on.setDate(office_today())
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Registra il recesso"))
        ui.buttons.accepted.connect(self.confirm)
        ui.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def confirm(self) -> None:
        agreement_uuid, by_employer = self.detail.uuid, self.by_employer.isChecked()
        notice_on, effective_on = self.notice_on.date(), self.effective_on.date()
        if notice_on is None or effective_on is None:
            target = "notice_on" if notice_on is None else "effective_on"
            self.form.findChild(QLabel, f"{target}_error").setText(tr("Indica la data."))
            self.form.findChild(QLabel, f"{target}_error").show()
            return
        run_operation(self, lambda: agreements.withdraw_agreement(self.ctx.db, agreement_uuid, notice_on, by_employer,
                                                                  effective_on),
                      on_success=self._done, form=self.form, error_title=tr("Recesso non registrato"),
                      on_failure=lambda _error: self.adjustSize())  # room for the message under the field

    def _done(self, detail: AgreementDetail) -> None:
        self.withdrawn.emit(detail)
        self.accept()
