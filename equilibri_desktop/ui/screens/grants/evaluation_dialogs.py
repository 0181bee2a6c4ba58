"""The conflict-of-interest declaration a commission member makes before scoring an application.

`ConflictDialog.ask` is the one entry point: tests replace it to answer without a modal loop.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.ui.i18n import tr


class ConflictDialog(QDialog):
    def __init__(self, application: str, current: bool | None, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(tr("Dichiarazione sul conflitto di interessi"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Domanda {application}.\n\nAi sensi dell'art. 6-bis della L. 241/1990 e dell'art. 7 del "
                          "D.P.R. 62/2013 dichiaro, sotto la mia responsabilità:").format(application=application))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.no_conflict_radio = QRadioButton(
            tr("&di non trovarmi in alcuna situazione di conflitto di interessi, anche potenziale"), self)
        self.conflict_radio = QRadioButton(tr("di trovarmi in &conflitto di interessi: mi astengo dalla valutazione"),
                                           self)
        self.conflict_radio.setObjectName("conflict_radio")
        self.no_conflict_radio.setObjectName("no_conflict_radio")
        group = QButtonGroup(self)
        for radio in (self.no_conflict_radio, self.conflict_radio):
            group.addButton(radio)
            layout.addWidget(radio)
        if current is True:
            self.conflict_radio.setChecked(True)
        elif current is False:
            self.no_conflict_radio.setChecked(True)
        note_label = QLabel(tr("&Note (facoltative)"))
        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        note_label.setBuddy(self.note_edit)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(tr("&Registra la dichiarazione"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not (self.no_conflict_radio.isChecked() or self.conflict_radio.isChecked()):
            self.error_label.setText(tr("Scegli una delle due dichiarazioni."))
            self.error_label.show()
            return
        super().accept()

    def answer(self) -> tuple[bool, str]:
        return self.conflict_radio.isChecked(), self.note_edit.toPlainText().strip()

    @staticmethod
    def ask(parent: QWidget | None, application: str, current: bool | None = None,
            note: str = "") -> tuple[bool, str] | None:
        """(has_conflict, note), or None when the member cancels."""
        dialog = ConflictDialog(application, current, note, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
