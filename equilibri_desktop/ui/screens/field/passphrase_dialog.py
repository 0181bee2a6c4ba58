"""Asks for a kit's passphrase (twice when a new kit is made); never stored, never logged."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from equilibri_desktop.ui.i18n import tr


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, confirm: bool = False):
        super().__init__(parent, objectName="passphrase_dialog")
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        self.first = QLineEdit(objectName="passphrase_edit", echoMode=QLineEdit.EchoMode.Password)
        layout.addRow(tr("&Frase segreta"), self.first)
        self.second = QLineEdit(objectName="passphrase_again_edit", echoMode=QLineEdit.EchoMode.Password)
        if confirm:
            layout.addRow(tr("&Ripeti la frase"), self.second)
        self.confirm = confirm
        self.error = QLabel(objectName="passphrase_error", styleSheet="color: #b00020;")
        self.error.hide()
        layout.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _accept(self) -> None:
        if self.confirm and self.first.text() != self.second.text():
            self.error.setText(tr("Le due frasi non coincidono."))
            self.error.show()
            return
        if not self.first.text():
            self.error.setText(tr("Scrivi la frase segreta."))
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, confirm: bool = False) -> str | None:
        dialog = cls(parent, title, confirm)
        answer = dialog.first.text() if dialog.exec() else None
        # The edits forget the phrase at once; the dialog goes with the next turn of the event loop.
        dialog.first.clear()
        dialog.second.clear()
        dialog.deleteLater()
        return answer
