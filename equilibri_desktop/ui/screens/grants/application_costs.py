"""The cost plan table of an application: items typed in place, amounts in euro the Italian way, totals
(eligible, not eligible) and the own co-financing share updated as the clerk types. A tab of its own: its form is
grants/application_costs_tab; load(values, detail), collect(), problems()."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)
from shiboken6 import isValid

from equilibri_desktop.domain.grants.application_parts import CostItemInput, parse_euro
from equilibri_desktop.domain.grants.application_rules import (
    ApplicationInput,
    cofinancing_pct,
    eligible_cost_cents,
    total_cost_cents,
)
from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.grants.application_form import load_tab

DESCRIPTION, CATEGORY, AMOUNT, ELIGIBLE, CAPITAL = range(5)
WRONG = QColor("#fde7ea")


def euro_text(cents: int) -> str:
    """1234 → '12,34': the figure without the euro sign, for an input."""
    return format_euro(from_cents(cents)).removeprefix("€ ") if cents else ""


def _in_text(cents: int) -> str:
    return format_euro(from_cents(cents)).replace(" ", "\u00a0")  # the sign stays with its amount


class CostsEditor(QObject):
    FORM = "grants/application_costs_tab"
    WIDGETS: dict[str, type] = {
        "cost_items_table": QTableWidget, "add_cost_button": QPushButton, "remove_cost_button": QPushButton,
        "own_cofinancing_cents_edit": QLineEdit, "totals_label": QLabel}

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.widget, self.ui = load_tab(self)
        ui = self.ui
        self.table = ui.cost_items_table
        self._filling = False
        self.minimum_pct: Decimal | None = None  # the call's minimum co-financing, flagged as it is typed
        # A fixed, wide box for the totals and the co-financing warning: a longer text must not push
        # «Aggiungi voce» under the mouse.
        lines = ui.totals_label.fontMetrics().lineSpacing()
        ui.totals_label.setFixedHeight(3 * lines + 4)
        ui.totals_label.setMinimumWidth(640)
        ui.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        table = self.table
        table.verticalHeader().setDefaultSectionSize(26)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CATEGORY, 180), (AMOUNT, 130), (ELIGIBLE, 110), (CAPITAL, 140)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        table.itemChanged.connect(self._item_changed)
        ui.add_cost_button.clicked.connect(self.add_row)
        ui.remove_cost_button.clicked.connect(self.remove_row)
        ui.own_cofinancing_cents_edit.textChanged.connect(lambda _t: self._edited())
        ui.own_cofinancing_cents_edit.editingFinished.connect(self._tidy_cofinancing)

    # --- values ---------------------------------------------------------------------------
    def load(self, values: ApplicationInput, _detail: ApplicationDetail | None = None) -> None:
        self.set_values(values.cost_items, values.own_cofinancing_cents)

    def collect(self) -> dict[str, object]:
        """The ApplicationInput fields this tab edits."""
        return {"cost_items": self.items(), "own_cofinancing_cents": self.own_cents()}

    def set_values(self, items: tuple[CostItemInput, ...], own_cents: int) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for item in items:
                self._append(item)
            self.ui.own_cofinancing_cents_edit.setText(euro_text(own_cents))
        finally:
            self._filling = False
        self._show_totals()

    def _append(self, item: CostItemInput) -> int:
        filling, self._filling = self._filling, True  # no totals from a half-built row
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, DESCRIPTION, QTableWidgetItem(item.description))
            self.table.setItem(row, CATEGORY, QTableWidgetItem(item.category))
            amount = QTableWidgetItem(euro_text(item.amount_cents))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, AMOUNT, amount)
            check = QTableWidgetItem(tr("Sì") if item.eligible else tr("No"))
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                           | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked if item.eligible else Qt.CheckState.Unchecked)
            self.table.setItem(row, ELIGIBLE, check)
            # Capital goods stay outside the 4% withholding base (art. 28 c. 2 DPR 600/1973).
            capital = QTableWidgetItem(tr("Sì") if item.capital_good else tr("No"))
            capital.setFlags(check.flags())
            capital.setCheckState(Qt.CheckState.Checked if item.capital_good else Qt.CheckState.Unchecked)
            self.table.setItem(row, CAPITAL, capital)
        finally:
            self._filling = filling
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _amount(self, row: int) -> int | None:
        try:
            return parse_euro(self._text(row, AMOUNT))
        except ValueError:
            return None

    def items(self) -> tuple[CostItemInput, ...]:
        return tuple(CostItemInput(self._text(row, DESCRIPTION), self._amount(row) or 0,
                                   self.table.item(row, ELIGIBLE).checkState() == Qt.CheckState.Checked,
                                   self._text(row, CATEGORY),
                                   self.table.item(row, CAPITAL).checkState() == Qt.CheckState.Checked)
                     for row in range(self.table.rowCount()))

    def own_cents(self) -> int:
        try:
            return parse_euro(self.ui.own_cofinancing_cents_edit.text())
        except ValueError:
            return 0

    def raw(self) -> tuple:
        """Everything typed, wrong amounts included, to tell whether something changed."""
        cells = tuple(tuple(self._text(row, column) for column in range(ELIGIBLE))
                      for row in range(self.table.rowCount()))
        return cells, self.ui.own_cofinancing_cents_edit.text()

    def problems(self) -> dict[str, str]:
        """Amounts that are not amounts: the service would read them as zero, so they stop the save here."""
        problems = {}
        wrong = [str(row + 1) for row in range(self.table.rowCount()) if self._amount(row) is None]
        if wrong:
            problems["cost_items"] = tr("Importo non valido alla riga {rows}: scrivilo in euro, per esempio "
                                        "1.234,56.").format(rows=", ".join(wrong))
        try:
            parse_euro(self.ui.own_cofinancing_cents_edit.text())
        except ValueError as error:
            problems["own_cofinancing_cents"] = str(error)
        return problems

    # --- editing --------------------------------------------------------------------------
    def add_row(self) -> None:
        row = self._append(CostItemInput())
        self.table.setFocus()  # first: the editor opened below takes the focus only from a focused view
        self.table.setCurrentCell(row, DESCRIPTION)  # opens the editor (the "current changed" trigger)…
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.table.editItem(self.table.item(row, DESCRIPTION))  # …unless the cell was current already
        self._edited()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def set_editable(self, editable: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        for row in range(self.table.rowCount()):
            for item in (self.table.item(row, ELIGIBLE), self.table.item(row, CAPITAL)):
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if editable else flags)
        for widget in (self.ui.add_cost_button, self.ui.remove_cost_button, self.ui.own_cofinancing_cents_edit):
            widget.setEnabled(editable)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            if item.column() == AMOUNT:
                amount = self._amount(item.row())
                if amount is not None and item.text():
                    item.setText(euro_text(amount))
                item.setBackground(QBrush(WRONG) if amount is None else QBrush())
            elif item.column() in (ELIGIBLE, CAPITAL):
                item.setText(tr("Sì") if item.checkState() == Qt.CheckState.Checked else tr("No"))
        finally:
            self._filling = False
        self._edited()

    def _tidy_cofinancing(self) -> None:
        edit = self.ui.own_cofinancing_cents_edit
        if not isValid(edit):  # focus leaving a field that is being destroyed with its window
            return
        try:
            cents = parse_euro(edit.text())
        except ValueError:
            return
        if edit.text():
            edit.setText(euro_text(cents) or "0,00")

    def _edited(self) -> None:
        if self._filling:
            return
        self._show_totals()
        self.changed.emit()

    def _show_totals(self) -> None:
        items = self.items()
        total, eligible = total_cost_cents(items), eligible_cost_cents(items)
        share = cofinancing_pct(self.own_cents(), eligible)
        text = tr("Totale {total} · ammissibili {eligible} · non ammissibili {other}").format(
            total=_in_text(total), eligible=_in_text(eligible), other=_in_text(total - eligible))
        if share is not None:
            text += " · " + tr("cofinanziamento {share}% delle spese ammissibili").format(
                share=f"{share:.2f}".replace(".", ","))
            if self.minimum_pct is not None and share < self.minimum_pct:
                text += '<br><span style="color:#b00020">' + tr(
                    "Cofinanziamento sotto il minimo del bando ({minimum}%): aumenta la quota propria.").format(
                    minimum=f"{self.minimum_pct:.2f}".rstrip("0").rstrip(".").replace(".", ",")) + "</span>"
        self.ui.totals_label.setText(text)

    def set_minimum(self, minimum_pct: Decimal | None) -> None:
        self.minimum_pct = minimum_pct
        self._show_totals()
