"""A table model that pages rows in from a service as the view scrolls (`canFetchMore`/`fetchMore`).

Filtering and sorting happen in SQL through the loader; the model only holds the rows shown so far,
so a list over 100,000 people costs one page of memory until the clerk scrolls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # attribute of the row DTO, and the sort key the service understands
    title: str
    format: Callable[[Any], str] = lambda value: "" if value is None else str(value)
    align_right: bool = False
    sortable: bool = True


# loader(offset, limit, sort_key, descending) -> rows; counter() -> total rows for the current query
Loader = Callable[[int, int, str | None, bool], Sequence[Any]]
Counter = Callable[[], int]


class PagedTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], loader: Loader, counter: Counter, parent=None,
                 page_size: int = PAGE_SIZE, count_limit: int | None = None):
        """With `count_limit`, the counter stops counting past it (it returns count_limit + 1 then): the
        total is only a lower bound, and pages are fetched for as long as they come back full."""
        super().__init__(parent)
        self.columns = list(columns)
        self._loader, self._counter, self.page_size = loader, counter, page_size
        self.count_limit = count_limit
        self._rows: list[Any] = []
        self._total = 0
        self._exact = True
        self._sort_key: str | None = None
        self._descending = False

    # --- query ----------------------------------------------------------------------------
    def reload(self, loader: Loader | None = None, counter: Counter | None = None) -> None:
        """Run the (possibly new) query again from the first page."""
        self.beginResetModel()
        if loader is not None:
            self._loader = loader
        if counter is not None:
            self._counter = counter
        self._rows = list(self._loader(0, self.page_size, self._sort_key, self._descending))
        if len(self._rows) < self.page_size:
            self._total, self._exact = len(self._rows), True  # the first page holds every match: nothing to count
        else:
            self._set_total(max(self._counter(), len(self._rows)))
        self.endResetModel()

    def _set_total(self, counted: int) -> None:
        self._exact = self.count_limit is None or counted <= self.count_limit
        self._total = counted if self._exact else self.count_limit

    def set_exact_total(self, total: int) -> None:
        """The exact count, asked for on demand after the list said "more than"."""
        self._total, self._exact = max(total, len(self._rows)), True

    @property
    def total(self) -> int:
        """Rows matching; a lower bound while `total_is_exact` is False."""
        return self._total

    @property
    def total_is_exact(self) -> bool:
        return self._exact

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def row_of_uuid(self, record_uuid) -> int | None:
        """The loaded row holding the record, or None (it may be on a page not fetched yet)."""
        return next((row for row, item in enumerate(self._rows) if item.uuid == record_uuid), None)

    # --- paging ---------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        if parent.isValid():
            return False
        return len(self._rows) < self._total or (not self._exact and len(self._rows) % self.page_size == 0)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if parent.isValid():
            return
        more = list(self._loader(len(self._rows), self.page_size, self._sort_key, self._descending))
        if not more:
            self._total, self._exact = len(self._rows), True  # rows vanished since counting, or the last page: stop
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        if not self._exact and (len(more) < self.page_size or len(self._rows) > self._total):
            self._total = len(self._rows)
            self._exact = len(more) < self.page_size  # scrolled to the end: now the count is known
        self.endInsertRows()

    # --- table ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = getattr(row, column.key, None)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(value)
        if role == SORT_ROLE:
            return value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self.columns[column].sortable:
            return
        self._sort_key = self.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
