"""A registry card's tab listing a record's history in another line of work (events, network, welfare): one
or more lists chosen with «Elenco», each paged in from its service and sorted in SQL by a click on a column
header, Enter opening the row's record through the navigator, the row's long texts below the table.

The tab reads its lists only when it is shown, and again after the card shows another record."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from equilibri_desktop.services.registry.card_pages import CardPage
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.models.paged_table import Column, PagedTableModel
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.screens.registry.pages import attach_form
from equilibri_desktop.ui.widgets.table_columns import MAX_COLUMN, ElidedToolTips

# (record uuid, sort key, descending, offset, limit) -> a page of rows and the total
Fetch = Callable[[uuid.UUID, str | None, bool, int, int], CardPage]


@dataclass(frozen=True)
class RowAction:
    label: str  # a button's text, with its mnemonic
    run: Callable[[Any], Any]  # the row
    enabled: Callable[[Any], bool] = lambda _row: True


@dataclass(frozen=True)
class Section:
    title: str
    columns: Sequence[Column]
    fetch: Fetch
    sort_column: int = 0  # the first order, newest first
    descending: bool = True
    open: RowAction | None = None  # also on Enter and double-click
    more: RowAction | None = None
    detail: Callable[[Any], str] | None = None  # the row's long texts, shown below the table
    count_text: Callable[[int], str] = lambda total: tr("Righe: {n}").format(n=total)
    stretch: int = 1  # the column that takes the room left (a title, an outcome)


class HistoryModel(PagedTableModel):
    """One section's rows for the card's current record: total and first page in one call of the service."""

    loaded = Signal()  # after the reset has reached the views (a modelReset slot may run before the view's)

    def __init__(self, section: Section, parent=None):
        super().__init__(section.columns, self._rows_from, lambda: self.total, parent)
        self.section = section
        self.record_uuid: uuid.UUID | None = None
        self._sort_key = section.columns[section.sort_column].key
        self._descending = section.descending

    def _page(self, offset: int, limit: int, sort_key: str | None, descending: bool) -> CardPage:
        if self.record_uuid is None:
            return CardPage((), 0)
        return self.section.fetch(self.record_uuid, sort_key, descending, offset, limit)

    def _rows_from(self, offset: int, limit: int, sort_key: str | None, descending: bool):
        return self._page(offset, limit, sort_key, descending).items

    def reload(self, loader=None, counter=None) -> None:
        page = self._page(0, self.page_size, self._sort_key, self._descending)
        self.beginResetModel()
        self._total, self._rows = page.total, list(page.items)
        self.endResetModel()
        self.loaded.emit()

    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        column = next(i for i, c in enumerate(self.columns) if c.key == self._sort_key)
        return column, Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder


class HistoryTab(QWidget):
    FORM = "registry/history_tab"
    WIDGETS = {"section_label": QLabel, "section_combo": QComboBox, "count_label": QLabel,
               "history_view": QTableView, "detail_label": QLabel, "open_button": QPushButton,
               "more_button": QPushButton}

    def __init__(self, ctx, sections: Sequence[Section], parent=None, section_label: str | None = None):
        """`section_label`: the chooser's label where another tab of the same card already owns «E&lenco»'s
        Alt letter."""
        super().__init__(parent)
        self.ctx = ctx
        self.form, self.ui = attach_form(self, self.FORM, self.WIDGETS, margins=(0, 6, 0, 0))
        if section_label:
            self.ui.section_label.setText(section_label)
        self.models = [HistoryModel(section, self) for section in sections]
        self._stale: set[int] = set()
        ui = self.ui
        for section in sections:
            ui.section_combo.addItem(section.title)
        for widget in (ui.section_label, ui.section_combo):
            widget.setVisible(len(sections) > 1)
        view = ui.history_view
        view.verticalHeader().hide()
        view.setWordWrap(False)  # one line per row: a long title is cut with "…" and shown whole as a tooltip
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setHighlightSections(False)
        view.setSortingEnabled(True)  # a click on a header asks the model, which asks the service
        ElidedToolTips(view)
        for model in self.models:
            model.loaded.connect(self._rows_shown)
        view.activated.connect(lambda _index: self._run(self.section.open))
        ui.open_button.clicked.connect(lambda: self._run(self.section.open))
        ui.more_button.clicked.connect(lambda: self._run(self.section.more))
        ui.section_combo.currentIndexChanged.connect(self._show_section)
        self._show_section(0)

    @property
    def section(self) -> Section:
        return self.models[self.ui.section_combo.currentIndex()].section

    @property
    def model(self) -> HistoryModel:
        return self.models[self.ui.section_combo.currentIndex()]

    # --- the card ---------------------------------------------------------------------------
    def show_record(self, record_uuid: uuid.UUID | None) -> None:
        """The card shows another record (or the same one again): every list is read anew when seen."""
        for model in self.models:
            model.record_uuid = record_uuid
        self._stale = set(range(len(self.models)))
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._load()

    # --- lists -------------------------------------------------------------------------------
    def _show_section(self, index: int) -> None:
        model, view = self.models[index], self.ui.history_view
        view.setModel(model)
        header = view.horizontalHeader()
        header.blockSignals(True)  # the model already holds this order: no second query
        header.setSortIndicator(*model.sorted_by())
        header.blockSignals(False)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        section = model.section
        for button, action in ((self.ui.open_button, section.open), (self.ui.more_button, section.more)):
            button.setVisible(action is not None)
            button.setText(action.label if action else "")
        self._load()

    def _load(self) -> None:
        index = self.ui.section_combo.currentIndex()
        if index in self._stale and self.isVisible():
            self._stale.discard(index)
            run_now(self, self.model.reload, error_title=tr("Elenco non disponibile"))
        self._rows_shown()

    def _rows_shown(self) -> None:
        model, view = self.model, self.ui.history_view
        view.resizeColumnsToContents()  # headers and the rows read so far; a long title is cut, its tooltip whole
        for column in range(model.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN // 2))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # the previous list's stretch goes too
        header.setSectionResizeMode(self.section.stretch, QHeaderView.ResizeMode.Stretch)
        self.ui.count_label.setText(self.section.count_text(model.total))
        if model.rowCount() and not self.ui.history_view.currentIndex().isValid():
            self.ui.history_view.setCurrentIndex(model.index(0, 0))
        self._row_changed()

    def current_row(self) -> Any:
        index = self.ui.history_view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _row_changed(self) -> None:
        row, section = self.current_row(), self.section
        self.ui.detail_label.setText(section.detail(row) if row is not None and section.detail else "")
        self.ui.detail_label.setVisible(bool(self.ui.detail_label.text()))
        for button, action in ((self.ui.open_button, section.open), (self.ui.more_button, section.more)):
            button.setEnabled(action is not None and row is not None and action.enabled(row))

    def _run(self, action: RowAction | None) -> None:
        row = self.current_row()
        if action is not None and row is not None and action.enabled(row):
            action.run(row)


def add_history_tabs(tabs, entries) -> list[HistoryTab]:
    """Append the tabs the user's work includes (a None tab is left out) to a card's tab widget."""
    added = []
    for tab, title in entries:
        if tab is not None:
            tabs.addTab(tab, title)
            added.append(tab)
    return added
