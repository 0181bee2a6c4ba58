"""The call form's «Erogazione» tab: the tranche plan (percentages that must make 100%, each with the condition
that releases it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget

from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.ui.forms import child
from equilibri_desktop.ui.screens.grants.calls_fields import CallTab, Edited
from equilibri_desktop.ui.screens.grants.calls_tables import TranchesEditor


class TranchesTab(CallTab):
    OWN_WIDGETS = {"tranches_edit": QTableWidget, "tranches_total_label": QLabel, "add_tranche_button": QPushButton,
                   "remove_tranche_button": QPushButton}

    def __init__(self, page: QWidget, edited: Edited):
        super().__init__(page, edited)
        self.tranches = TranchesEditor(
            child(page, QTableWidget, "tranches_edit"), child(page, QLabel, "tranches_total_label"),
            lambda: edited("tranches"), child(page, QPushButton, "add_tranche_button"),
            child(page, QPushButton, "remove_tranche_button"))

    def _load_own(self, values: CallInput) -> None:
        self.tranches.fill(values.tranches)

    def _collect_own(self) -> dict[str, object]:
        return {"tranches": self.tranches.values()}

    def _own_problems(self) -> dict[str, str]:
        return {"tranches": problem} if (problem := self.tranches.problems()) else {}

    def _set_own_read_only(self, read_only: bool) -> None:
        self.tranches.set_read_only(read_only)
