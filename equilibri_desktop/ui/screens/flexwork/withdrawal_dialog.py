"""Record a withdrawal from an agreement: who withdraws, when the notice was given and when it takes effect.
The service checks the notice against the agreement and the law (30 days, 90 for the employer of a disabled
worker) and opens the Ministry's 'recesso' communication."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.flexwork import agreements
from equilibri_desktop.services.flexwork.dto import AgreementDetail
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.flexwork.fields import FieldForm


class WithdrawalDialog(QDialog):
    withdrawn = Signal(object)  # AgreementDetail

    def __init__(self, ctx, detail: AgreementDetail, parent=None):
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.setWindowTitle(tr("Recesso dall'accordo"))
        intro = QLabel(tr("Recesso dall'accordo di {name}: il preavviso deve rispettare l'accordo e la legge, "
                          "salvo giustificato motivo.").format(name=detail.worker.name))
        intro.setWordWrap(True)
        self.form = FieldForm(self)
        self.by_employer = self.form.check("by_employer", tr("Recede il &datore di lavoro"))
        self.notice_on = self.form.date("notice_on", tr("&Preavviso dato il"))
        self.effective_on = self.form.date("effective_on", tr("&Efficace dal"))
        self.notice_on.setDate(office_today())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Registra il recesso"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(460)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

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
