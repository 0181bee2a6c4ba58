"""The question asked before freezing a ranking or sliding it: the date of the act and its reason.

`RankingActDialog.ask` is the one entry point: tests replace it to answer without a modal loop.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.date_edit import DateEdit


class RankingActDialog(QDialog):
    def __init__(self, title: str, text: str, ok_label: str, reason_required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ranking_act_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.reason_required = reason_required
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.ranked_on_edit = DateEdit(self)
        self.ranked_on_edit.setObjectName("ranked_on_edit")
        self.ranked_on_edit.setDate(office_today())
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        self.reason_edit.setPlaceholderText(tr("Per esempio: verbale della commissione n. 3 del 12/06/2026"))
        fields.addRow(tr("&Data dell'atto"), self.ranked_on_edit)
        fields.addRow(tr("&Motivo o riferimento") + (" *" if reason_required else ""), self.reason_edit)
        layout.addLayout(fields)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        buttons.addButton(ok_label, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = ""
        if self.ranked_on_edit.date() is None:
            problem = self.ranked_on_edit.problem() or tr("Indica la data dell'atto.")
        elif self.reason_required and not self.reason_edit.toPlainText().strip():
            problem = tr("Scrivi il motivo.")
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()

    def answer(self) -> tuple[date, str]:
        return self.ranked_on_edit.date(), self.reason_edit.toPlainText().strip()

    @staticmethod
    def ask(parent: QWidget | None, title: str, text: str, ok_label: str,
            reason_required: bool = False) -> tuple[date, str] | None:
        """(date of the act, reason), or None when the user cancels."""
        dialog = RankingActDialog(title, text, ok_label, reason_required, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
