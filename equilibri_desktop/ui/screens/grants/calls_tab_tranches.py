"""The call form's «Erogazione» tab: the tranche plan (percentages that must make 100%, each with the condition
that releases it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget

from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.ui.screens.grants.calls_fields import CallTab, Edited
from equilibri_desktop.ui.screens.grants.calls_tables import TranchesEditor


class TranchesTab(CallTab):
    TITLE = "&4 Erogazione"
    FORM = "grants/call_tranches_tab"
    OWN_WIDGETS = {"tranches_edit": QTableWidget, "tranches_total_label": QLabel, "add_tranche_button": QPushButton,
                   "remove_tranche_button": QPushButton}

    def __init__(self, edited: Edited, parent: QWidget | None = None):
        super().__init__(edited, parent)
        ui = self.ui
        self.tranches = TranchesEditor(ui.tranches_edit, ui.tranches_total_label, lambda: edited("tranches"),
                                       ui.add_tranche_button, ui.remove_tranche_button)

    def _load_own(self, values: CallInput) -> None:
        self.tranches.fill(values.tranches)

    def _collect_own(self) -> dict[str, object]:
        return {"tranches": self.tranches.values()}

    def _own_problems(self) -> dict[str, str]:
        return {"tranches": problem} if (problem := self.tranches.problems()) else {}

    def _set_own_read_only(self, read_only: bool) -> None:
        self.tranches.set_read_only(read_only)
