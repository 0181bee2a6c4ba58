"""A read-only table of frozen rows for the events screens, sortable by a Python value per column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Col:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # the value the column sorts by; the text when None
    right: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Col], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == SORT_ROLE:
            value = col.sort(row) if col.sort else col.text(row)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None


def sortable(model: RowsModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def fit_columns(view, whole: tuple[int, ...] = ()) -> None:
    """Every column gets its header and the columns share the rest of the view's width (a long text is cut
    with "…" and shown whole as a tooltip) instead of pushing the last columns out of sight; the `whole`
    columns (dates, numbers) are never cut."""
    from equilibri_desktop.ui.widgets.table_columns import ColumnFitter, ElidedToolTips

    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setWordWrap(False)
    ColumnFitter(view, lambda column: 10_000 if column in whole else 0)  # both live as the view's children
    ElidedToolTips(view)


def row_at(view, row: int | None = None):
    """The DTO of the view's current (or given) row, None when there is none."""
    index = view.currentIndex() if row is None else view.model().index(row, 0)
    return index.data(ROW_ROLE) if index.isValid() else None


def day(value) -> str:
    return f"{value:%d/%m/%Y}" if value else ""
