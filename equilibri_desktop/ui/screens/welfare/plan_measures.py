"""The plan's measures table: amounts, workers and the children flag are typed in it; the tax columns show
what the service computed for the plan's year."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from equilibri_desktop.domain.welfare.catalogue import (
    LOCAL_SERVICE_CATEGORY,
    NeedCategory,
    catalogue_measure,
)
from equilibri_desktop.services.welfare.dto import MeasureInput, PlanDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.service_messages import said
from equilibri_desktop.ui.widgets.money_edit import (
    format_decimal_text,
    parse_decimal_text,
)

MAX_COLUMN_WIDTH = 190
EDITABLE = (2, 3, 4)  # per worker, per day, workers


def fill_measures(table: QTableWidget, measures: list[MeasureInput], plan: PlanDetail | None, year: int) -> None:
    """One row per measure; the tax columns come from the saved plan («da calcolare» until it is saved)."""
    headers = [tr("Misura"), tr("Categoria fiscale"), tr("€ per lavoratore"), tr("€ al giorno"),
               tr("Lavoratori"), tr("Figli a carico"), tr("Esito {y}").format(y=year), tr("Regola applicata"),
               tr("Fonte")]
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(measures))
    rows = {m.position - 1: m for m in plan.measures} if plan else {}
    for r, m in enumerate(measures):
        item = catalogue_measure(m.code)
        category = item.tax_category if item else LOCAL_SERVICE_CATEGORY[NeedCategory(m.need)]
        shown = rows.get(r)
        treatment = shown.treatment if shown else None
        cells = [m.label or (item.label if item else ""), domain_tr(category.label),
                 format_decimal_text(m.amount_per_worker),
                 format_decimal_text(m.unit_value) if m.unit_value is not None else "", str(m.workers), "",
                 (tr("Esente") if treatment.exempt else tr("Tassato")) if treatment else tr("da calcolare"),
                 said(treatment.rule) if treatment else "", treatment.source if treatment else ""]
        for c, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if c not in EDITABLE:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c == 5:
                cell.setFlags((cell.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
                cell.setCheckState(Qt.CheckState.Checked if m.with_children else Qt.CheckState.Unchecked)
            if treatment is not None and treatment.warnings and c == 6:
                cell.setForeground(Qt.GlobalColor.darkRed)
                cell.setToolTip("\n".join(said(w) for w in treatment.warnings))
            table.setItem(r, c, cell)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):  # long labels wrap instead of pushing the tax columns away
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
    table.resizeRowsToContents()


def read_measures(table: QTableWidget, measures: list[MeasureInput]) -> list[MeasureInput]:
    """The measures with the amounts, workers and children flag as typed in the table."""
    read = []
    for r, m in enumerate(measures):
        amount = parse_decimal_text(table.item(r, 2).text()) or Decimal(0)
        unit_text = table.item(r, 3).text().strip()
        workers = table.item(r, 4).text().strip()
        read.append(MeasureInput(m.code, m.label, m.need, amount, parse_decimal_text(unit_text) if unit_text
                                 else None, int(workers) if workers.isdigit() else 0,
                                 table.item(r, 5).checkState() == Qt.CheckState.Checked, m.provider_uuid))
    return read
