"""The call form's «Griglia e graduatoria» tab: the evaluation grid (criteria with a live total), the admission
threshold, how ties are broken and what happens to the last grant the budget cannot cover in full."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget, QWidget

from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.domain.grants.codes import LastGrantRule, TieBreak
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.screens.grants.calls_fields import CallTab, Edited
from equilibri_desktop.ui.screens.grants.calls_tables import CriteriaEditor

CHOICES = {"tie_break": TieBreak, "last_grant_rule": LastGrantRule}


class GridTab(CallTab):
    TITLE = "&3 Griglia e graduatoria"
    FORM = "grants/call_grid_tab"
    DECIMALS = ("admission_threshold",)
    OWN_WIDGETS = {**{f"{name}_edit": QComboBox for name in CHOICES}, "criteria_edit": QTableWidget,
                   "total_points_label": QLabel, "add_criterion_button": QPushButton,
                   "remove_criterion_button": QPushButton, "criterion_up_button": QPushButton,
                   "criterion_down_button": QPushButton}

    def __init__(self, edited: Edited, parent: QWidget | None = None):
        super().__init__(edited, parent)
        ui = self.ui
        self.choices = {name: getattr(ui, f"{name}_edit") for name in CHOICES}
        for name, codes in CHOICES.items():
            for code in codes:
                self.choices[name].addItem(domain_tr(code.label), code.value)
        self.criteria = CriteriaEditor(
            ui.criteria_edit, ui.total_points_label, lambda: edited("criteria"), ui.add_criterion_button,
            ui.remove_criterion_button, ui.criterion_up_button, ui.criterion_down_button)

    def _load_own(self, values: CallInput) -> None:
        for name, combo in self.choices.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(values, name))))
        self.criteria.fill(values.criteria)

    def _collect_own(self) -> dict[str, object]:
        return {**{name: combo.currentData() for name, combo in self.choices.items()},
                "criteria": self.criteria.values()}

    def _own_problems(self) -> dict[str, str]:
        return {"criteria": problem} if (problem := self.criteria.problems()) else {}

    def _set_own_read_only(self, read_only: bool) -> None:
        for combo in self.choices.values():
            combo.setEnabled(not read_only)
        self.criteria.set_read_only(read_only)
