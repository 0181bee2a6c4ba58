"""The application page's «Storico» tab: the status history, newest first, in office time. A tab of its own: its
form is grants/application_history_tab; it only shows (load), it collects nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.screens.grants.application_form import load_tab
from equilibri_desktop.ui.screens.grants.application_summary import fill_history, setup_history


class HistoryTab:
    FORM = "grants/application_history_tab"
    WIDGETS: dict[str, type] = {"history_table": QTableWidget}

    def __init__(self):
        self.widget, self.ui = load_tab(self)
        self.table = self.ui.history_table
        setup_history(self.table)

    def load(self, _values: ApplicationInput, detail: ApplicationDetail | None) -> None:
        fill_history(self.table, detail.history if detail else ())

    def collect(self) -> dict[str, object]:
        return {}

    def problems(self) -> dict[str, str]:
        return {}
