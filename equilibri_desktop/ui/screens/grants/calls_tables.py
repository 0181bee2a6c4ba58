"""The call form's two editable tables: the evaluation grid (criteria, live total) and the tranche plan
(percentages that must make 100%, each with its condition)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from equilibri_desktop.domain.grants.call_rules import CriterionInput, TrancheInput
from equilibri_desktop.domain.grants.codes import TrancheCondition
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.money_edit import (
    format_decimal_text,
    parse_decimal_text,
)

OK_STYLE = "font-weight: 600; color: #1d6b36;"
# Typing starts editing a cell (as F2 or a double click do); moving around with the arrows does not.
EDITING = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
           | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
WRONG_STYLE = "font-weight: 600; color: #b00020;"


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


def _number(table: QTableWidget, row: int, column: int) -> Decimal | None:
    cell = table.item(row, column)
    try:
        return parse_decimal_text(cell.text() if cell else "")
    except ValueError:
        return None


def _text(table: QTableWidget, row: int, column: int) -> str:
    cell = table.item(row, column)
    return cell.text().strip() if cell else ""


class EditableTable:
    """Rows added, removed and moved with buttons (Alt+Up / Alt+Down move too); every change calls `changed`."""

    NUMBER_COLUMN = 1
    FIRST_EDIT_COLUMN = 0  # where typing starts in a new row

    def __init__(self, table: QTableWidget, changed: Callable[[], None], add: QPushButton, remove: QPushButton,
                 up: QPushButton | None = None, down: QPushButton | None = None):
        self.table, self.changed = table, changed
        self._filling = False
        table.verticalHeader().hide()
        table.setEditTriggers(EDITING)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        table.itemChanged.connect(lambda _item: self._notify())
        table.itemSelectionChanged.connect(self._enable)
        self.buttons = (add, remove, up, down)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)
        if up is not None and down is not None:
            up.clicked.connect(lambda: self.move(-1))
            down.clicked.connect(lambda: self.move(1))
            QShortcut(QKeySequence("Alt+Up"), table, activated=lambda: self.move(-1),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            QShortcut(QKeySequence("Alt+Down"), table, activated=lambda: self.move(1),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._enable()

    def _notify(self) -> None:
        if not self._filling:
            self.refresh_total()
            self.changed()

    def _enable(self) -> None:
        row, rows = self.table.currentRow(), self.table.rowCount()
        add, remove, up, down = self.buttons
        editable = self.table.isEnabled() and self.table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        add.setEnabled(editable)
        remove.setEnabled(editable and row >= 0)
        if up is not None and down is not None:
            up.setEnabled(editable and row > 0)
            down.setEnabled(editable and 0 <= row < rows - 1)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else EDITING)
        self._enable()

    def row_cells(self, row: int) -> list:
        return [self.table.takeItem(row, column) for column in range(self.table.columnCount())]

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount() or not self.buttons[0].isEnabled():
            return
        self._filling = True
        first, second = self.row_cells(row), self.row_cells(target)
        for column, cell in enumerate(second):
            self.table.setItem(row, column, cell)
        for column, cell in enumerate(first):
            self.table.setItem(target, column, cell)
        self._filling = False
        self.table.setCurrentCell(target, self.table.currentColumn())
        self._notify()

    def add_row(self) -> None:
        self._filling = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.fill_row(row, None)
        self._filling = False
        self.table.setCurrentCell(row, self.FIRST_EDIT_COLUMN)
        self.table.setFocus()
        self.table.editItem(self.table.currentItem())
        self._notify()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._notify()
        self._enable()

    def fill(self, rows) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for values in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.fill_row(row, values)
        self._filling = False
        self.refresh_total()
        self._enable()

    def fill_row(self, row: int, values) -> None:
        raise NotImplementedError

    def refresh_total(self) -> None:
        raise NotImplementedError

    def problems(self) -> str:
        """What the service could not see: numbers that are not numbers."""
        wrong = [str(row + 1) for row in range(self.table.rowCount())
                 if _number(self.table, row, self.NUMBER_COLUMN) is None]
        if not wrong:
            return ""
        return tr("Scrivi un numero nella riga {rows}.").format(rows=", ".join(wrong))


class CriteriaEditor(EditableTable):
    NUMBER_COLUMN = 2
    FIRST_EDIT_COLUMN = 1  # the code is proposed, the description is to write
    MIN_COLUMN, RESTRICTED_COLUMN = 3, 4

    def __init__(self, table: QTableWidget, total: QLabel, changed, add, remove, up, down):
        self.total = total
        # Issue 11: a minimum score per criterion (below it the application is not admitted) and the criteria
        # whose scores reveal vulnerability (printed only in the minutes' restricted annex).
        table.setColumnCount(5)
        table.setHorizontalHeaderItem(self.MIN_COLUMN, QTableWidgetItem(tr("Minimo")))
        table.setHorizontalHeaderItem(self.RESTRICTED_COLUMN, QTableWidgetItem(tr("Riservato")))
        table.horizontalHeaderItem(self.MIN_COLUMN).setToolTip(
            tr("Punteggio minimo del criterio: sotto questo la domanda non è ammessa. Vuoto: nessun minimo."))
        table.horizontalHeaderItem(self.RESTRICTED_COLUMN).setToolTip(
            tr("I punteggi del criterio possono rivelare situazioni di disagio: nel verbale vanno solo "
               "nell'allegato riservato."))
        super().__init__(table, changed, add, remove, up, down)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, self.MIN_COLUMN, self.RESTRICTED_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def fill_row(self, row: int, values: CriterionInput | None) -> None:
        code = values.code if values else self._free_code()
        self.table.setItem(row, 0, _cell(code))
        self.table.setItem(row, 1, _cell(values.label if values else ""))
        points = format_decimal_text(values.max_points, fixed=False) if values else ""
        self.table.setItem(row, 2, _cell(points, right=True))
        minimum = format_decimal_text(values.min_points, fixed=False) if values and values.min_points is not None \
            else ""
        self.table.setItem(row, self.MIN_COLUMN, _cell(minimum, right=True))
        restricted = QTableWidgetItem()
        restricted.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        restricted.setCheckState(Qt.CheckState.Checked if values and values.restricted else Qt.CheckState.Unchecked)
        self.table.setItem(row, self.RESTRICTED_COLUMN, restricted)

    def _minimum(self, row: int) -> Decimal | None:
        return _number(self.table, row, self.MIN_COLUMN) if _text(self.table, row, self.MIN_COLUMN) else None

    def _restricted(self, row: int) -> bool:
        cell = self.table.item(row, self.RESTRICTED_COLUMN)
        return cell is not None and cell.checkState() == Qt.CheckState.Checked

    def problems(self) -> str:
        wrong = [str(row + 1) for row in range(self.table.rowCount())
                 if _text(self.table, row, self.MIN_COLUMN) and _number(self.table, row, self.MIN_COLUMN) is None]
        if wrong:
            return tr("Scrivi un numero come minimo nella riga {rows}, o lascialo vuoto.").format(rows=", ".join(wrong))
        return super().problems()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, self.RESTRICTED_COLUMN)
            if cell is not None:
                cell.setFlags(flags if read_only else flags | Qt.ItemFlag.ItemIsUserCheckable)

    def _free_code(self) -> str:
        taken = {_text(self.table, row, 0).upper() for row in range(self.table.rowCount())}
        number = self.table.rowCount()
        while f"C{number}" in taken:
            number += 1
        return f"C{number}"

    def values(self) -> tuple[CriterionInput, ...]:
        return tuple(CriterionInput(_text(self.table, row, 0), _text(self.table, row, 1),
                                    _number(self.table, row, 2) or Decimal(0), self._minimum(row),
                                    self._restricted(row))
                     for row in range(self.table.rowCount()))

    def refresh_total(self) -> None:
        total = sum((c.max_points for c in self.values()), Decimal(0))
        self.total.setText(tr("Totale: {points} punti").format(points=format_decimal_text(total, fixed=False)))


class TranchesEditor(EditableTable):
    def __init__(self, table: QTableWidget, total: QLabel, changed, add, remove):
        self.total = total
        super().__init__(table, changed, add, remove)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def fill_row(self, row: int, values: TrancheInput | None) -> None:
        self.table.setItem(row, 0, _cell(values.label if values else ""))
        self.table.setItem(row, 1, _cell(format_decimal_text(values.percent, fixed=False) if values else "",
                                         right=True))
        combo = QComboBox()
        for condition in TrancheCondition:
            combo.addItem(domain_tr(condition.label), condition.value)
        combo.setCurrentIndex(max(0, combo.findData(values.condition if values else "")))
        combo.currentIndexChanged.connect(lambda _index: self._notify())
        combo.setEnabled(self.table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setCellWidget(row, 2, combo)

    def values(self) -> tuple[TrancheInput, ...]:
        return tuple(TrancheInput(_text(self.table, row, 0), _number(self.table, row, 1) or Decimal(0),
                                  self.table.cellWidget(row, 2).currentData())
                     for row in range(self.table.rowCount()))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, 2).setEnabled(not read_only)

    def refresh_total(self) -> None:
        total = sum((t.percent for t in self.values()), Decimal(0))
        self.total.setText(tr("Totale: {percent}%").format(percent=format_decimal_text(total, fixed=False)))
        self.total.setStyleSheet(OK_STYLE if total == 100 else WRONG_STYLE)
