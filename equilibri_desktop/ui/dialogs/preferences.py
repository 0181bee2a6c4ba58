"""Strumenti › Preferenze: the interface language (applied at the next start)."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.ui_state import UiState

LANGUAGE_NAMES = {"it": "Italiano", "en": "English"}  # each in its own language, never translated



class PreferencesDialog(QDialog):
    FORM = "dialogs/preferences"
    WIDGETS = {"language_combo": QComboBox, "restart_label": QLabel, "button_box": QDialogButtonBox}

    def __init__(self, ui_state: UiState, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_state = ui_state
        self.setWindowTitle(tr("Preferenze"))
        self.form = load_form(self.FORM, self)
        QVBoxLayout(self).addWidget(self.form)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})
        for code, name in LANGUAGE_NAMES.items():
            self.ui.language_combo.addItem(name, code)
        self.ui.language_combo.setCurrentIndex(self.ui.language_combo.findData(ui_state.language))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        self.ui_state.language = self.ui.language_combo.currentData()
        self.ui_state.sync()
        super().accept()
