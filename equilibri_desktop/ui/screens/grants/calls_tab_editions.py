"""The call form's «Edizioni» tab: the changes made to a call after scoring began, each with its reason, and
the settings that applied before the one selected. A tab of its own form that shows the saved call
(`load(detail)`); nothing in it is edited."""

from __future__ import annotations

import json
from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from equilibri_desktop.domain.money import from_cents
from equilibri_desktop.domain.office_time import office_text
from equilibri_desktop.services.grants import calls as grant_calls
from equilibri_desktop.services.grants.call_dto import CallDetail
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.money_edit import format_decimal_text


class EditionsTab:
    TITLE = "&7 Edizioni"
    FORM = "grants/call_editions_tab"
    # What tests/ui/test_forms.py checks the form against.
    WIDGETS: dict[str, type] = {"editions_table": QTableWidget, "previous_settings_label": QLabel}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.ctx = ctx
        self.widget = load_form(self.FORM, parent)
        self.ui = SimpleNamespace(**{name: child(self.widget, cls, name) for name, cls in self.WIDGETS.items()})
        self.table, self.previous_label = self.ui.editions_table, self.ui.previous_settings_label
        table = self.table
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._show_previous)
        self._previous: dict[int, str] = {}

    def load(self, detail: CallDetail | None) -> None:
        rows = grant_calls.list_editions(self.ctx.db, detail.uuid) if detail else ()
        table = self.table
        table.setRowCount(len(rows))
        self._previous = {}
        for row, edition in enumerate(rows):
            self._previous[row] = edition.previous_settings
            for column, text in enumerate((str(edition.edition), office_text(edition.created_at),
                                           edition.created_by, edition.reason)):
                table.setItem(row, column, QTableWidgetItem(text))
        self.previous_label.clear()

    def _show_previous(self) -> None:
        row = self.table.currentRow()
        if row not in self._previous:
            return
        before = json.loads(self._previous[row])

        def euro(cents: int) -> str:
            return format_decimal_text(from_cents(cents))

        low, high = before["min_age"], before["max_age"]
        ages = (tr("nessun limite di età") if low is None and high is None
                else tr("età da {low} anni").format(low=low) if high is None
                else tr("età fino a {high} anni").format(high=high) if low is None
                else tr("età da {low} a {high} anni").format(low=low, high=high))
        self.previous_label.setText(tr(
            "Prima della modifica: dotazione € {budget}, contributo massimo € {grant}, soglia {threshold} punti, "
            "{ages}.").format(budget=euro(before["budget_cents"]), grant=euro(before["max_grant_cents"]),
                              threshold=format_decimal_text(Decimal(before["admission_threshold"]), fixed=False),
                              ages=ages))
