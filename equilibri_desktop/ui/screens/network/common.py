"""Small helpers the network screens share: file choosers tests can answer, table filling, dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidget, QWidget

from equilibri_desktop.domain.money import format_euro
from equilibri_desktop.ui.widgets.sortable_item import SortableItem


class FileChooser:
    """Tests monkeypatch these static methods; the app shows the real dialogs."""

    @staticmethod
    def open_file(parent: QWidget, title: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, "", filters)[0]

    @staticmethod
    def save_file(parent: QWidget, title: str, name: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, name, filters)[0]


def day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def cell(value) -> SortableItem:
    """A cell showing `value` as the clerk reads it and sorting by the value itself."""
    if isinstance(value, date):
        return SortableItem(day(value), value.toordinal())
    if isinstance(value, Decimal):
        return SortableItem(format_euro(value), value)
    if isinstance(value, int) and not isinstance(value, bool):
        return SortableItem(str(value), value)
    return SortableItem("" if value is None else str(value))


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[object]],
               stretch: int | None = None, payloads: Sequence[object] | None = None) -> None:
    """Replace the table's rows; `payloads[i]` is kept on the first cell of row i (UserRole)."""
    from PySide6.QtCore import Qt

    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = cell(value)
            if c == 0 and payloads is not None:
                item.setData(Qt.ItemDataRole.UserRole, payloads[r])
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(sorting)


def payload(table: QTableWidget, row: int | None = None):
    from PySide6.QtCore import Qt

    row = table.currentRow() if row is None else row
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class Choices:
    """A pick from a short list; tests monkeypatch it."""

    @staticmethod
    def pick(parent: QWidget, title: str, label: str, options: Sequence[str]) -> int | None:
        from PySide6.QtWidgets import QInputDialog

        chosen, ok = QInputDialog.getItem(parent, title, label, list(options), 0, False)
        return list(options).index(chosen) if ok else None
