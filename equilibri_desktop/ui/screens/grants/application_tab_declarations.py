"""The application page's «Dichiarazioni» tab: one box per declaration the applicant signs (domain
application_parts.DECLARATIONS), and «tick them all» for a paper form signed in full."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from equilibri_desktop.domain.grants.application_parts import DECLARATIONS
from equilibri_desktop.domain.grants.application_rules import ApplicationInput


class DeclarationsTab(QObject):
    changed = Signal()

    def __init__(self, box: QWidget, all_button: QPushButton, parent: QObject | None = None):
        super().__init__(parent)
        self.all_button = all_button
        layout = box.layout()
        self.declarations: dict[str, QCheckBox] = {}
        for code, label in DECLARATIONS:
            # A check box cannot wrap its text, and the de minimis declaration alone is wider than a laptop:
            # the box carries no text, a wrapping label beside it reads the declaration (a click ticks it).
            check = QCheckBox(box)
            check.setObjectName(f"declaration_{code}")
            check.setAccessibleName(label)
            check.toggled.connect(lambda _on: self.changed.emit())
            text = QLabel(label, box, wordWrap=True)
            text.setObjectName(f"declaration_{code}_label")
            text.mousePressEvent = lambda _event, check=check: check.toggle()
            row = QHBoxLayout()
            row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            layout.addLayout(row)
            self.declarations[code] = check
        all_button.clicked.connect(lambda: [check.setChecked(True) for check in self.declarations.values()])

    def show_values(self, values: ApplicationInput) -> None:
        for code, check in self.declarations.items():
            check.setChecked(code in values.declarations)

    def values(self) -> dict[str, object]:
        return {"declarations": frozenset(code for code, check in self.declarations.items() if check.isChecked())}

    def set_editable(self, editable: bool) -> None:
        for widget in (self.all_button, *self.declarations.values()):
            widget.setEnabled(editable)
