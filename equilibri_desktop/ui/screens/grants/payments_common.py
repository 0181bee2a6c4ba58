"""What the panels of the payments screen share: euro amounts typed and shown, coloured outcomes, cells."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from equilibri_desktop.domain.money import format_euro, from_cents, to_cents
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

MET_COLOUR = QColor("#1b6e20")
MISSING_COLOUR = QColor("#b00020")
_AMOUNT = re.compile(r"[0-9.,]+")


def euro(cents: int) -> str:
    return format_euro(from_cents(cents))


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_euro(text: str) -> int | None:
    """'1.234,56', '1234,5', '1234.56' or '€ 1.234' → cents; '' → None; ValueError with a message otherwise.
    A comma is the decimal mark; a lone dot followed by one or two digits is one too (typed on the keypad)."""
    text = "".join(text.replace("€", "").split())
    if not text:
        return None
    if not _AMOUNT.fullmatch(text):
        raise ValueError(tr("Scrivi l'importo in euro, per esempio 1.234,56."))
    if "," in text:
        whole, _, decimals = text.rpartition(",")
        whole = whole.replace(".", "")
    elif re.fullmatch(r"\d+\.\d{1,2}", text):
        whole, decimals = text.split(".")
    else:
        whole, decimals = text.replace(".", ""), ""
    digits_only = all(part.isdigit() for part in (whole, decimals) if part)
    if not (whole or decimals) or not digits_only or len(decimals) > 2:
        raise ValueError(tr("Scrivi l'importo in euro, per esempio 1.234,56."))
    return to_cents(Decimal(f"{whole or 0}.{decimals or 0}"))


def amount_text(cents: int | None) -> str:
    """An amount as typed back into an input: '1.234,56' without the euro sign."""
    return "" if cents is None else euro(cents).replace("€", "").strip()


def money_item(cents: int) -> SortableItem:
    item = SortableItem(euro(cents), cents)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def date_item(value: date | None) -> SortableItem:
    return SortableItem(day(value), value.toordinal() if value else 0)


def coloured(item: QTableWidgetItem, met: bool | None) -> QTableWidgetItem:
    if met is not None:
        item.setForeground(QBrush(MET_COLOUR if met else MISSING_COLOUR))
    return item


def fill_row(table: QTableWidget, row: int, items: list[QTableWidgetItem], key: object) -> None:
    """Put one record's cells in `row`; the first cell carries the record's key for selection."""
    items[0].setData(Qt.ItemDataRole.UserRole, key)
    for column, item in enumerate(items):
        table.setItem(row, column, item)


def selected_key(table: QTableWidget) -> object | None:
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None


def select_key(table: QTableWidget, key: object) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            table.selectRow(row)
            return True
    return False
