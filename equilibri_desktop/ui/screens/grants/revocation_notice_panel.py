"""Erogazioni › Revoca › the notice opening the procedure (artt. 7-8 L. 241/1990): its date, the reason and the
days given for counter-arguments. The revocation act that follows cites it; the notice letter is generated from
the application's documents («Avvio della revoca»)."""

from __future__ import annotations

from datetime import timedelta

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.grants.workflow import AWARDED
from equilibri_desktop.services.grants import revocation_notice
from equilibri_desktop.services.grants.payment_dto import PaymentFile
from equilibri_desktop.services.grants.revocation_notice import TERM_MAX, TERM_MIN, RevocationNoticeRow
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.widgets.date_edit import DateEdit


def _replace(dialog: QDialog | None) -> None:
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.deleteLater()


def _error_label(parent: QWidget, field: str) -> QLabel:
    label = QLabel(parent, wordWrap=True)
    label.setObjectName(f"{field}_error")
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class RevocationNoticeDialog(QDialog):
    """Date, reason, term: errors next to the fields, what was typed stays; Enter records, Esc closes."""

    recorded = Signal(object)  # RevocationNoticeRow

    def __init__(self, ctx: AppContext, file: PaymentFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("revocation_notice_dialog")
        self.setWindowTitle(tr("Avvio del procedimento di revoca"))
        self.setMinimumWidth(520)
        self.ctx, self.application_uuid = ctx, file.application.uuid
        intro = QLabel(tr("La comunicazione di avvio dice all'impresa perché si intende revocare il contributo e "
                          "le dà un termine per presentare controdeduzioni (artt. 7-8 L. 241/1990). La revoca "
                          "si adotta dopo il termine e risponde alle controdeduzioni."), self, wordWrap=True)
        self.notice_on_edit = DateEdit(self)
        self.notice_on_edit.setObjectName("notice_on_edit")
        self.notice_on_edit.setDate(office_today())
        self.notice_reason_edit = QPlainTextEdit(self)
        self.notice_reason_edit.setObjectName("notice_reason_edit")
        self.notice_reason_edit.setTabChangesFocus(True)
        self.notice_reason_edit.setMaximumHeight(90)
        self.notice_term_days_edit = QSpinBox(self)
        self.notice_term_days_edit.setObjectName("notice_term_days_edit")
        self.notice_term_days_edit.setRange(1, TERM_MAX)
        self.notice_term_days_edit.setValue(TERM_MIN)
        self.notice_term_days_edit.setSuffix(tr(" giorni"))
        self.firm_not_constituted_edit = QCheckBox(tr("Motivo: impresa &non costituita nei termini"), self)
        self.firm_not_constituted_edit.setObjectName("firm_not_constituted_edit")
        form = QFormLayout()
        for field, caption, edit in (("notice_on", tr("&Data della comunicazione"), self.notice_on_edit),
                                     ("notice_reason", tr("&Motivo"), self.notice_reason_edit),
                                     ("notice_term_days", tr("&Termine per le controdeduzioni"),
                                      self.notice_term_days_edit)):
            label = QLabel(caption, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", _error_label(self, field))
        form.addRow("", self.firm_not_constituted_edit)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(tr("Registra l'avvio"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(buttons)
        self.notice_reason_edit.setFocus()

    def accept(self) -> None:
        clear_field_errors(self)
        if problem := self.notice_on_edit.problem():
            label = self.findChild(QLabel, "notice_on_error")
            label.setText(problem)
            label.show()
            return
        values = (self.notice_on_edit.date(), self.notice_reason_edit.toPlainText(),
                  self.notice_term_days_edit.value(), self.firm_not_constituted_edit.isChecked())
        self.ok_button.setEnabled(False)
        run_operation(self, lambda: revocation_notice.open_revocation(self.ctx.db, self.application_uuid, *values),
                      on_success=self._recorded, on_failure=lambda _error: self.ok_button.setEnabled(True),
                      form=self, label=tr("Avvio del procedimento di revoca"),
                      error_title=tr("Avvio della revoca non registrato"))

    def _recorded(self, row: RevocationNoticeRow) -> None:
        self.recorded.emit(row)
        super().accept()


class CounterArgumentsDialog(QDialog):
    """What the firm answered within the term and the office's answer, which the revocation act states."""

    recorded = Signal(object)  # RevocationNoticeRow

    def __init__(self, ctx: AppContext, file: PaymentFile, notice: RevocationNoticeRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("counter_arguments_dialog")
        self.setWindowTitle(tr("Controdeduzioni e risposta"))
        self.setMinimumWidth(560)
        self.ctx, self.application_uuid = ctx, file.application.uuid
        self.counter_arguments_edit = QPlainTextEdit(self)
        self.counter_arguments_edit.setObjectName("counter_arguments_edit")
        self.counter_arguments_edit.setPlainText(notice.counter_arguments)
        self.answer_edit = QPlainTextEdit(self)
        self.answer_edit.setObjectName("answer_edit")
        self.answer_edit.setPlainText(notice.answer)
        form = QFormLayout()
        for field, caption, edit in (("counter_arguments", tr("&Controdeduzioni dell'impresa"),
                                      self.counter_arguments_edit),
                                     ("answer", tr("&Risposta nel provvedimento"), self.answer_edit)):
            edit.setTabChangesFocus(True)
            label = QLabel(caption, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", _error_label(self, field))
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(tr("Il provvedimento di revoca riporta le controdeduzioni presentate e la risposta "
                                   "dell'ufficio (art. 10 L. 241/1990)."), self, wordWrap=True))
        column.addLayout(form)
        column.addWidget(buttons)

    def accept(self) -> None:
        clear_field_errors(self)
        values = (self.counter_arguments_edit.toPlainText(), self.answer_edit.toPlainText())
        run_operation(self, lambda: revocation_notice.record_counter_arguments(self.ctx.db, self.application_uuid,
                                                                               *values),
                      on_success=self._recorded, form=self, label=tr("Controdeduzioni e risposta"),
                      error_title=tr("Controdeduzioni non salvate"))

    def _recorded(self, row: RevocationNoticeRow) -> None:
        self.recorded.emit(row)
        super().accept()


class RevocationNoticePanel(QWidget):
    """The line above the revocation: the notice recorded (with its term) or the button to open the procedure."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("revocation_notice_panel")
        self.ctx = ctx
        self.file: PaymentFile | None = None
        self.dialog: RevocationNoticeDialog | None = None
        self.notice_label = QLabel(self, wordWrap=True)
        self.notice_label.setObjectName("notice_label")
        self.open_button = QPushButton(tr("Avvia il procedi&mento di revoca…"), self)
        self.open_button.setObjectName("open_revocation_button")
        self.open_button.clicked.connect(self.open_dialog)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.counter_button = QPushButton(tr("Controdeduzioni…"), self)
        self.counter_button.setObjectName("counter_arguments_button")
        self.counter_button.clicked.connect(self.open_counter_arguments)
        row.addWidget(self.notice_label, 1)
        row.addWidget(self.counter_button)
        row.addWidget(self.open_button)
        self.notice: RevocationNoticeRow | None = None
        self.can_approve = ctx.db.actor.can(Permission.PAYMENTS_APPROVE)

    def show_file(self, file: PaymentFile | None) -> None:
        self.file = file
        revocable = file is not None and file.application.status in AWARDED and file.revocation is None
        self.setVisible(revocable)
        if not revocable:
            return
        notice = run_now(self, lambda: revocation_notice.latest_revocation_notice(self.ctx.db,
                                                                                  file.application.uuid))[1]
        self.notice = notice
        self.counter_button.setEnabled(notice is not None and self.can_approve)
        if notice is None:
            self.notice_label.setText(tr("Prima della revoca si comunica all'impresa l'avvio del procedimento."))
        else:
            end = notice.notice_on + timedelta(days=notice.term_days)
            self.notice_label.setText(tr("Avvio del procedimento comunicato il {day}: controdeduzioni entro {days} "
                                         "giorni dal ricevimento (non prima del {end}).").format(
                day=f"{notice.notice_on:%d/%m/%Y}", days=notice.term_days, end=f"{end:%d/%m/%Y}"))
        self.open_button.setEnabled(self.can_approve)

    def open_dialog(self) -> None:
        if self.file is None or not self.open_button.isEnabled():
            return
        # The dialog closes from its operation's success callback: it is not deleted on close (the runner may
        # still reach its parent) but replaced, and deleted, the next time one is opened.
        _replace(self.dialog)
        self.dialog = RevocationNoticeDialog(self.ctx, self.file, self)
        self.dialog.recorded.connect(lambda _row: self.changed.emit())
        self.dialog.open()

    def open_counter_arguments(self) -> None:
        if self.file is None or self.notice is None or not self.counter_button.isEnabled():
            return
        _replace(getattr(self, "counter_dialog", None))
        dialog = CounterArgumentsDialog(self.ctx, self.file, self.notice, self)
        dialog.recorded.connect(lambda _row: self.changed.emit())
        self.counter_dialog = dialog
        dialog.open()
