"""The application page's «Dichiarazioni» tab: one box per declaration the applicant signs (domain
application_parts.DECLARATIONS), and «tick them all» for a paper form signed in full. A tab of its own: its form
is grants/application_declarations_tab; load(values, detail), collect(), problems()."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from equilibri_desktop.domain.grants.application_parts import DECLARATIONS
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.screens.grants.application_form import load_tab


class DeclarationsTab(QObject):
    FORM = "grants/application_declarations_tab"
    WIDGETS: dict[str, type] = {"declarations_box": QWidget, "all_declarations_button": QPushButton}

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.widget, self.ui = load_tab(self)
        box, all_button = self.ui.declarations_box, self.ui.all_declarations_button
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

    def load(self, values: ApplicationInput, _detail: ApplicationDetail | None = None) -> None:
        for code, check in self.declarations.items():
            check.setChecked(code in values.declarations)

    def collect(self) -> dict[str, object]:
        return {"declarations": frozenset(code for code, check in self.declarations.items() if check.isChecked())}

    def problems(self) -> dict[str, str]:
        return {}  # a box is ticked or not: nothing to get wrong

    def set_editable(self, editable: bool) -> None:
        for widget in (self.all_button, *self.declarations.values()):
            widget.setEnabled(editable)
