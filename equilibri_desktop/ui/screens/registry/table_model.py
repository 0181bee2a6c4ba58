"""The registry lists' table model: the paged model plus tooltips and a highlighted "attention" cell
(people without an acknowledged privacy notice)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from equilibri_desktop.ui.models.paged_table import Column, Index, PagedTableModel

ATTENTION = QColor("#8a4b00")


@dataclass(frozen=True)
class RegistryColumn(Column):
    sort: str | None = None  # the service's sort key for this column; None: not sortable
    tooltip: Callable[[Any], str] | None = None  # of the row
    attention: Callable[[Any], bool] | None = None  # the row's cell is highlighted when true


def day_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class RegistryTableModel(PagedTableModel):
    """Rows come a page at a time from the service; the sort key handed to the loader is the service's."""

    def __init__(self, columns: list[RegistryColumn], loader, counter, parent=None, count_limit: int | None = None):
        super().__init__(columns, loader, counter, parent, count_limit=count_limit)
        self._bold = QFont()
        self._bold.setBold(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sort:
            super().sort(column, order)

    def sort_column(self) -> tuple[str | None, bool]:
        """(service sort key, descending) of the current order."""
        key = next((c.sort for c in self.columns if c.key == self._sort_key), None)
        return key, self._descending

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if not index.isValid() or not (0 <= index.row() < self.rowCount()):
                return None
            column: RegistryColumn = self.columns[index.column()]
            row = self.row_object(index.row())
            flagged = column.attention is not None and column.attention(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.tooltip(row) if column.tooltip else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ATTENTION) if flagged else None
            return self._bold if flagged else None
        return super().data(index, role)
