"""Table cells that sort by a Python value (dates, amounts) instead of their display text."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableWidgetItem


class SortableItem(QTableWidgetItem):
    def __init__(self, text: str, sort_value: Any = None):
        super().__init__(text)
        self.sort_value = text.casefold() if sort_value is None else sort_value

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortableItem):
            try:
                return self.sort_value < other.sort_value
            except TypeError:
                pass
        return super().__lt__(other)
