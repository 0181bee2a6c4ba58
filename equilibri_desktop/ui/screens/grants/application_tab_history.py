"""The application page's «Storico» tab: the status history, newest first, in office time."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.screens.grants.application_summary import fill_history, setup_history


class HistoryTab:
    def __init__(self, table: QTableWidget):
        self.table = table
        setup_history(table)

    def show_detail(self, detail: ApplicationDetail | None) -> None:
        fill_history(self.table, detail.history if detail else ())
