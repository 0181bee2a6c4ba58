"""Table columns that share the width by what they hold, and cut-off cells readable by hovering.

At 1366 px a list of eight columns cannot show every e-mail address in full. Fixed widths guessed in
Italian clip the English headers and waste room on short columns; `ColumnFitter` gives each column
what its header and its visible rows need and, when that does not fit, keeps each column at least
at its preferred width (or what it needs, if less) and shares what is left among the columns that
want more, trimming the widest to a common width. `ElidedToolTips` shows the whole text of a cell
the view had to cut with "…".
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolTip

CELL_PADDING = 10  # the style's margins around a cell's text
MAX_COLUMN = 420


def share_width(wants: list[int], floors: list[int], available: int) -> list[int]:
    """Widths for columns wanting `wants`, each at least its floor, summing to no more than `available`
    when the floors allow: the widest are trimmed to one common cap (found by bisection)."""
    wants = [max(w, f) for w, f in zip(wants, floors, strict=True)]
    if sum(wants) <= available:
        return wants
    if sum(floors) >= available:
        return list(floors)
    low, high = 0, max(wants)
    while low < high:  # the largest cap whose trimmed widths still fit
        cap = (low + high + 1) // 2
        if sum(max(f, min(w, cap)) for w, f in zip(wants, floors, strict=True)) <= available:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(w, low)) for w, f in zip(wants, floors, strict=True)]


class ColumnFitter(QObject):
    """Refits `view`'s columns when it is resized or first shows rows, until the user drags a column."""

    def __init__(self, view: QTableView, preferred: Callable[[int], int] | None = None):
        super().__init__(view)
        self.view = view
        self.preferred = preferred  # column → the width it keeps when it needs that much
        self.user_sized = False
        self._fitting = False
        self._fitted_rows = False
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.fit)
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._section_resized)
        view.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.user_sized or self._timer.start())
        view.model().modelReset.connect(self._rows_changed)
        view.model().rowsInserted.connect(self._rows_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self._timer.start()  # after the layout settles: one fit per burst of resizes
        return False

    def _alive(self) -> bool:
        # A model may outlive its view (and signal after the view is gone): then there is nothing to fit.
        return shiboken6.isValid(self.view)

    def _rows_changed(self, *_args) -> None:
        if not self._alive():
            return
        # The first rows decide the widths; later searches keep them so the columns do not jump.
        if not self._fitted_rows and not self.user_sized and self.view.model().rowCount() > 0:
            self._timer.start()

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        header = self.view.horizontalHeader()
        if not self._fitting and index != header.count() - 1:  # the last one stretches by itself
            self.user_sized = True

    def widths(self, available: int) -> list[int]:
        """Each column's header and visible cells as wanted, and at least its preferred width (or what
        it needs, if less); never less than its header."""
        view, header = self.view, self.view.horizontalHeader()
        headers = self.header_widths()
        wants = [min(MAX_COLUMN, max(headers[c], view.sizeHintForColumn(c))) for c in range(header.count())]
        if self.preferred is None:
            return share_width(wants, headers, available)
        floors = [max(headers[c], min(wants[c], self.preferred(c))) for c in range(header.count())]
        if sum(floors) <= available:
            return share_width(wants, floors, available)
        # Longer (translated) headers take room from the widest preferred widths first, down to their headers.
        return share_width(floors, headers, available)

    def header_widths(self) -> list[int]:
        """Each header's text; the room for the sort arrow only where it is drawn (Qt's hints count
        it on every column, which at 1366 px costs a whole column)."""
        header = self.view.horizontalHeader()
        columns = range(header.count())
        with_arrows = [header.sectionSizeHint(c) for c in columns]
        if not header.isSortIndicatorShown():
            return with_arrows
        header.setSortIndicatorShown(False)
        try:
            plain = [header.sectionSizeHint(c) for c in columns]
        finally:
            header.setSortIndicatorShown(True)
        sorted_column = header.sortIndicatorSection()
        return [with_arrows[c] if c == sorted_column else plain[c] for c in columns]

    def fit(self) -> None:
        if not self._alive():
            return
        view = self.view
        if self.user_sized or not view.isVisible() or view.viewport().height() <= 0:
            return
        widths = self.widths(view.viewport().width())
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        finally:
            self._fitting = False
        self._fitted_rows = self._fitted_rows or view.model().rowCount() > 0


class ElidedToolTips(QObject):
    """The whole text of a cut-off cell as its tooltip, where the model gives no tooltip of its own."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def text_for(self, pos) -> str:
        view = self.view
        index = view.indexAt(pos)
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return ""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return ""
        text = str(text)
        room = view.visualRect(index).width() - CELL_PADDING
        return text if view.fontMetrics().horizontalAdvance(text) > room else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            text = self.text_for(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.view.viewport())
                return True
        return False

