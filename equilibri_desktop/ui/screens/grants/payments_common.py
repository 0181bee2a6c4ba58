"""What the panels of the payments screen share: euro amounts typed and shown, coloured outcomes, cells."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from equilibri_desktop.domain import money_text
from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

MET_COLOUR = QColor("#1b6e20")
MISSING_COLOUR = QColor("#b00020")


def euro(cents: int) -> str:
    return format_euro(from_cents(cents))


def euro_in_text(cents: int) -> str:
    """An amount inside a sentence that may wrap: the sign stays with its number (a no-break space)."""
    return euro(cents).replace(" ", "\u00a0")


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_euro(text: str) -> int | None:
    """domain.money_text.parse_euro with its message in the user's language; amounts here are never negative."""
    try:
        if text.strip().startswith("-"):
            raise ValueError
        return money_text.parse_euro(text)
    except ValueError:
        raise ValueError(tr("Scrivi l'importo in euro, per esempio 1.234,56.")) from None


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
