"""The question asked before marking a ranking as published: the first day it is at the Albo online, which the
term for observations and the acts citing the publication count from.

`PublicationDialog.ask` is the one entry point: tests replace it to answer without a modal loop.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.date_edit import DateEdit


class PublicationDialog(QDialog):
    def __init__(self, text: str, ranked_on: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("publication_dialog")
        self.setWindowTitle(tr("Pubblica la graduatoria"))
        self.setMinimumWidth(480)
        self.ranked_on = ranked_on
        layout = QVBoxLayout(self)
        intro = QLabel(text, self, wordWrap=True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.published_on_edit = DateEdit(self)
        self.published_on_edit.setObjectName("published_on_edit")
        self.published_on_edit.setDate(office_today())
        caption = QLabel(tr("&Pubblicata all'Albo dal"), self)
        caption.setBuddy(self.published_on_edit)
        fields.addRow(caption, self.published_on_edit)
        layout.addLayout(fields)
        self.published_on_error = QLabel(self, wordWrap=True)
        self.published_on_error.setObjectName("published_on_error")
        self.published_on_error.setStyleSheet("color: #b00020;")
        self.published_on_error.hide()
        layout.addWidget(self.published_on_error)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr("Pubblica"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def problem(self) -> str:
        day = self.published_on_edit.date()
        if day is None:
            return self.published_on_edit.problem() or tr("Indica la data di pubblicazione.")
        if day > office_today():
            return tr("La pubblicazione non può essere nel futuro.")
        if day < self.ranked_on:
            return tr("La pubblicazione non può precedere la graduatoria ({day}).").format(
                day=f"{self.ranked_on:%d/%m/%Y}")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:  # what was typed stays; the message sits under the field
            self.published_on_error.setText(problem)
            self.published_on_error.show()
            return
        super().accept()

    @staticmethod
    def ask(parent: QWidget | None, text: str, ranked_on: date) -> date | None:
        """The publication date, or None when the user cancels."""
        dialog = PublicationDialog(text, ranked_on, parent)
        try:
            return dialog.published_on_edit.date() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
