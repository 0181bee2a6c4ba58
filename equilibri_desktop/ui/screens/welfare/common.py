"""Small helpers the welfare screens share: a form-backed tab, combos of domain lists, read-only tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.money import format_euro
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.widgets.sortable_item import SortableItem


class FormTab(QWidget):
    """A tab laid out by a Designer form; `WIDGETS` become `self.ui.<name>` (checked by the forms test)."""

    FORM = ""
    WIDGETS: dict[str, type] = {}
    KEEP_TOP = False  # a form without a table: leave the spare height below it instead of between its rows

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.form)
        if self.KEEP_TOP:
            layout.addStretch(1)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})


def fill_enum(combo: QComboBox, enum, blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for member in enum:
        combo.addItem(domain_tr(member.label), member.value)  # Qt keeps a StrEnum only as its string


def compact(combo: QComboBox, characters: int) -> None:
    """Long catalogue labels must not widen the whole screen beyond a 1366-pixel display."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def wrap_labels(form: QWidget, layout_name: str = "fields_layout") -> None:
    """The field labels of a grid wrap onto two lines rather than widen the screen (English ones are longer)."""
    grid = form.findChild(QGridLayout, layout_name)
    for index in range(grid.count()):
        label = grid.itemAt(index).widget()
        if isinstance(label, QLabel) and label.buddy() is not None:
            label.setWordWrap(True)


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(getattr(value, "value", value))
    combo.setCurrentIndex(max(0, index))


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def euro(value: Decimal | None) -> str:
    return format_euro(value) if value is not None else "—"


def hours_text(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Iterable[Sequence[object]],
               stretch: int | None = None, right: Iterable[int] = ()) -> None:
    """Read-only rows; a (text, sort value) pair sorts by the value."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    rows = list(rows)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    right = set(right)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text, key = value if isinstance(value, tuple) else (str(value), None)
            item = SortableItem(text, key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(sorting)
