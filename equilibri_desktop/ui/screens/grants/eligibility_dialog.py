"""Setting the officer's outcome of one eligibility line: confirm what the rules computed, or change it with
a written reason (a reason is also asked when the rules could not verify the line)."""

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

from equilibri_desktop.domain.grants.codes import CheckOutcome
from equilibri_desktop.services.grants.eligibility import EligibilityRow
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.grants.eligibility_texts import detail_text
from equilibri_desktop.ui.widgets.field_messages import ERROR_STYLE

REASON_MINIMUM = 10  # as the service asks


class OutcomeDialog(QDialog):
    def __init__(self, row: EligibilityRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(tr("Esito della verifica"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("<b>{rule}</b><br>Calcolato: {computed}<br>{detail}").format(
            rule=domain_tr(row.rule_label), computed=domain_tr(row.computed_label), detail=detail_text(row)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.ok_choice = QRadioButton(tr("&Soddisfatto"), self)
        self.ko_choice = QRadioButton(tr("&Non soddisfatto"), self)
        self.choices = QButtonGroup(self)
        for button in (self.ok_choice, self.ko_choice):
            self.choices.addButton(button)
            layout.addWidget(button)
        current = row.confirmed or row.computed
        (self.ko_choice if current == CheckOutcome.KO.value else self.ok_choice).setChecked(True)
        self.reason_label = QLabel(tr("&Motivo (obbligatorio se l'esito è diverso da quello calcolato):"), self)
        self.reason_edit = QPlainTextEdit(row.override_reason, self)
        self.reason_edit.setObjectName("override_reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("override_reason_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        for widget in (self.reason_label, self.reason_edit, self.error_label):
            layout.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Conferma"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annulla"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def outcome(self) -> str:
        return CheckOutcome.KO.value if self.ko_choice.isChecked() else CheckOutcome.OK.value

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if self.outcome() != self.row.computed and len(self.reason()) < REASON_MINIMUM:
            self.error_label.setText(tr("Scrivi il motivo (almeno {n} caratteri): l'esito è diverso da quello "
                                        "calcolato.").format(n=REASON_MINIMUM))
            self.error_label.show()
            self.reason_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, row: EligibilityRow) -> tuple[str, str] | None:
        """(outcome, reason) chosen, or None when cancelled. Tests replace this method."""
        dialog = cls(row, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.outcome(), dialog.reason()
