"""What the people and organisations lists share: search-as-you-type, filters, paged sorted table,
multi-select, count, delete, merge, import and export of the current view."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.search_keys import SEARCH_TEXT_MAX
from equilibri_desktop.services.registry.search import COUNT_LIMIT
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screens.registry.list_actions import ListActions
from equilibri_desktop.ui.screens.registry.pages import RegistryPage
from equilibri_desktop.ui.screens.registry.table_model import RegistryColumn, RegistryTableModel
from equilibri_desktop.ui.widgets.table_columns import ColumnFitter, ElidedToolTips

SEARCH_DELAY_MS = 200
LIST_WIDGETS = {
    "search_edit": QLineEdit, "clear_filters_button": QPushButton, "count_label": QLabel, "status_label": QLabel,
    "count_all_button": QPushButton,
    "new_button": QPushButton, "open_button": QPushButton, "delete_button": QPushButton,
    "merge_button": QPushButton, "import_button": QPushButton, "export_button": QPushButton,
}


class RegistryList(RegistryPage):
    """Subclasses give the table's name, columns, filter widgets and the service calls."""

    open_requested = Signal(object)  # uuid of the record to show
    new_requested = Signal()

    VIEW = ""
    KIND = ""  # "persons" | "organisations": import, export and merge adapt to it

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: QTableView = getattr(self.ui, self.VIEW)
        self.model = RegistryTableModel(self.columns(), self._load, self._count, self, count_limit=COUNT_LIMIT)
        self._sort_keys = {c.key: c.sort for c in self.model.columns}
        self.actions = ListActions(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.refresh)
        self._setup_view()
        self.fill_filters()
        self.ui.search_edit.setMaxLength(SEARCH_TEXT_MAX)  # the services cut there too
        self.ui.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.clear_filters_button.clicked.connect(self.clear_filters)
        self.ui.count_all_button.clicked.connect(self.count_all)
        self.ui.new_button.clicked.connect(self.new_requested)
        self.ui.open_button.clicked.connect(self.open_current)
        self.ui.delete_button.clicked.connect(self.actions.delete_selected)
        self.ui.merge_button.clicked.connect(self.actions.merge_selected)
        self.ui.import_button.clicked.connect(self.actions.start_import)
        self.ui.export_button.clicked.connect(self.actions.export_view)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._new_if_allowed)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, activated=self.actions.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.apply_permissions()
        self._criteria = self.criteria()
        self._sorted_by = (0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSortIndicator(*self._sorted_by)
        self.view.setSortingEnabled(True)  # sorts by the indicator: the first query

    # --- for subclasses --------------------------------------------------------------------
    def columns(self) -> list[RegistryColumn]:
        raise NotImplementedError

    def fill_filters(self) -> None:
        """Fill the filter widgets and connect them to `refresh`."""

    def reset_filters(self) -> None:
        raise NotImplementedError

    def criteria(self) -> Any:
        raise NotImplementedError

    def search(self, criteria, sort_key: str, descending: bool, offset: int, limit: int):
        raise NotImplementedError

    def count(self, criteria, at_most: int | None = None) -> int:
        """Matches of `criteria`; with `at_most`, at_most + 1 stands for "more than at_most"."""
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    # --- table ----------------------------------------------------------------------------
    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        for number in range(len(self.model.columns)):
            view.setColumnWidth(number, self.column_width(number))  # until the first rows are shown
        self.column_fitter = ColumnFitter(view, self.column_width)
        self.elided_tooltips = ElidedToolTips(view)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        view.activated.connect(lambda index: self.open_requested.emit(self.model.row_object(index.row()).uuid))
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)  # scrolling to the end makes a "more than" exact

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        """Columns the service cannot sort by keep the arrow where the order really is."""
        if self.model.columns[section].sort:
            self._sorted_by = (section, order)
            return
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(False)

    def column_width(self, number: int) -> int:
        return 140

    def _load(self, offset: int, limit: int, sort_key: str | None, descending: bool):
        key = self._sort_keys.get(sort_key) or "name"
        return self.search(self._criteria, key, descending, offset, limit).items

    def _count(self) -> int:
        return self.count(self._criteria, self.model.count_limit)

    def _show_count(self) -> None:
        exact = self.model.total_is_exact
        total = self.count_text(self.model.total)
        self.ui.count_label.setText(total if exact else tr("oltre {count}").format(count=total))
        self.ui.count_all_button.setVisible(not exact)
        self.ui.count_all_button.setEnabled(True)

    def count_all(self) -> None:
        """The exact count past the list's limit, off the UI thread (it reads every match)."""
        criteria = self._criteria
        self.ui.count_all_button.setEnabled(False)

        def counted(total: int) -> None:
            if criteria == self._criteria:  # the clerk has not typed something else meanwhile
                self.model.set_exact_total(total)
                self._show_count()

        run_operation(self, lambda: self.count(criteria), on_success=counted, writes=False,
                      label=tr("Conteggio dei risultati…"), error_title=tr("Conteggio non eseguito"),
                      on_failure=lambda _exc: self.ui.count_all_button.setEnabled(True))

    def refresh(self) -> None:
        """Run the query again with the text and filters as they are now."""
        self._search_timer.stop()
        self._criteria = self.criteria()
        # A filter the user may not use is refused by the service and explained.
        run_now(self, self.model.reload, error_title=tr("Ricerca non eseguita"))

    def load(self) -> None:
        """The database was replaced (restore): show it from the start."""
        self.refresh()

    def selected_rows(self) -> list:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_object(row) for row in rows]

    def select_uuid(self, record_uuid: uuid.UUID) -> bool:
        row = self.model.row_of_uuid(record_uuid)
        if row is not None:
            self.view.selectRow(row)
        return row is not None

    def open_current(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.open_requested.emit(rows[0].uuid)

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def clear_filters(self) -> None:
        self.ui.search_edit.clear()
        self.reset_filters()
        self.refresh()

    # --- permissions ----------------------------------------------------------------------
    def can(self, permission: Permission) -> bool:
        return self.ctx.db.actor.can(permission)

    def apply_permissions(self) -> None:
        """Everybody who may read sees the list; the buttons follow the user's permissions (the
        services check again)."""
        self.ui.new_button.setEnabled(self.can(Permission.REGISTRY_WRITE))
        self.ui.import_button.setEnabled(self.can(Permission.REGISTRY_IMPORT))
        self.ui.export_button.setEnabled(self.can(Permission.REGISTRY_EXPORT))
        self._selection_changed()

    def _selection_changed(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.ui.open_button.setEnabled(count == 1)
        self.ui.delete_button.setEnabled(count >= 1 and self.can(Permission.REGISTRY_WRITE))
        self.ui.merge_button.setEnabled(count == 2 and self.can(Permission.REGISTRY_MERGE))

    def _new_if_allowed(self) -> None:
        if self.ui.new_button.isEnabled():
            self.new_requested.emit()

    def show_status(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(bool(text))
