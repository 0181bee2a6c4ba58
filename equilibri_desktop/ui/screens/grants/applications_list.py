"""Start-up e contributi › Domande: the list, searched and sorted in SQL, paged as the table scrolls."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.grants.protocol import received_text
from equilibri_desktop.services.grants import applications as grant_applications
from equilibri_desktop.services.grants.application_dto import ApplicationFilter
from equilibri_desktop.services.grants.application_search import (
    count_applications,
    search_applications,
)
from equilibri_desktop.services.registry.dto import Sort
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.screens.registry.pages import RegistryPage
from equilibri_desktop.ui.screens.registry.table_model import (
    RegistryColumn,
    RegistryTableModel,
)
from equilibri_desktop.ui.widgets.table_columns import ColumnFitter, ElidedToolTips

SEARCH_DELAY_MS = 200
WIDTHS = (96, 130, 92, 190, 210, 170, 220)


def count_text(total: int) -> str:
    return tr("1 domanda") if total == 1 else tr("{n} domande").format(n=f"{total:,}".replace(",", "."))


class ApplicationsListScreen(RegistryPage):
    FORM = "grants/applications_list"
    WIDGETS = {"search_edit": QLineEdit, "call_filter": QComboBox, "status_filter": QComboBox,
               "clear_filters_button": QPushButton, "applications_view": QTableView, "status_label": QLabel,
               "count_label": QLabel, "new_button": QPushButton, "open_button": QPushButton}

    open_requested = Signal(object)  # uuid
    new_requested = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = self.ui.applications_view
        self.model = RegistryTableModel(self.columns(), self._load, self._count, self)
        self._criteria = ApplicationFilter()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.refresh)
        self._setup_view()
        self.fill_filters()
        self.ui.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.clear_filters_button.clicked.connect(self.clear_filters)
        self.ui.new_button.clicked.connect(self._new_if_allowed)
        self.ui.open_button.clicked.connect(self.open_current)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._new_if_allowed)
        self.apply_permissions()
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # sorts by the indicator: the first query

    def columns(self) -> list[RegistryColumn]:
        return [
            RegistryColumn("protocol", tr("Protocollo"), sort="protocol"),
            RegistryColumn("received_at", tr("Ricevuta il"), received_text, sort="received_at"),
            RegistryColumn("public_code", tr("Codice"), sort="public_code",
                           tooltip=lambda _row: tr("Codice pubblico: sostituisce il nome nelle graduatorie "
                                                   "pubblicate")),
            RegistryColumn("applicant_name", tr("Richiedente"), sort="applicant"),
            RegistryColumn("business_name", tr("Impresa"), sort="business_name"),
            RegistryColumn("status_label", tr("Stato"), domain_tr, sort="status"),
            RegistryColumn("call_title", tr("Bando"), sort="call"),
        ]

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        for number, width in enumerate(WIDTHS):
            view.setColumnWidth(number, width)  # until the first rows are shown
        # Columns share the width by what they hold (no sideways scrolling at 1366 px); cut cells show in full
        # on hover.
        self.column_fitter = ColumnFitter(view, lambda number: WIDTHS[number])
        self.elided_tooltips = ElidedToolTips(view)
        view.activated.connect(lambda index: self.open_requested.emit(self.model.row_object(index.row()).uuid))
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.model.modelReset.connect(lambda: self.ui.count_label.setText(count_text(self.model.total)))

    def fill_filters(self) -> None:
        ui = self.ui
        ui.call_filter.addItem(tr("Tutti i bandi"), None)
        for call in grant_applications.list_calls(self.ctx.db):
            ui.call_filter.addItem(call.title, call.uuid)
        ui.status_filter.addItem(tr("Tutti"), None)
        for status in ApplicationStatus:
            ui.status_filter.addItem(domain_tr(status.label), status.value)
        for combo in (ui.call_filter, ui.status_filter):
            combo.currentIndexChanged.connect(self.refresh)

    def criteria(self) -> ApplicationFilter:
        return ApplicationFilter(call_uuid=self.ui.call_filter.currentData(),
                                 status=self.ui.status_filter.currentData(), text=self.ui.search_edit.text())

    def _load(self, offset: int, limit: int, sort_key: str | None, descending: bool):
        key = next((c.sort for c in self.model.columns if c.key == sort_key), None) or "protocol"
        return search_applications(self.ctx.db, self._criteria, Sort(key, descending), offset, limit).items

    def _count(self) -> int:
        return count_applications(self.ctx.db, self._criteria)

    def refresh(self) -> None:
        self._search_timer.stop()
        self._criteria = self.criteria()
        run_now(self, self.model.reload, error_title=tr("Ricerca non eseguita"))

    def load(self) -> None:
        """The database was replaced: calls may differ, so the call filter is filled again."""
        for combo in (self.ui.call_filter, self.ui.status_filter):
            combo.currentIndexChanged.disconnect(self.refresh)
            combo.clear()
        self.fill_filters()
        self.refresh()

    def clear_filters(self) -> None:
        for combo in (self.ui.call_filter, self.ui.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.search_edit.clear()
        self.refresh()

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def select_uuid(self, record_uuid: uuid.UUID) -> bool:
        row = self.model.row_of_uuid(record_uuid)
        if row is not None:
            self.view.selectRow(row)
        return row is not None

    def open_current(self) -> None:
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        if len(rows) == 1:
            self.open_requested.emit(self.model.row_object(rows.pop()).uuid)

    def apply_permissions(self) -> None:
        self.ui.new_button.setEnabled(self.ctx.db.actor.can(Permission.GRANTS_WRITE))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.ui.open_button.setEnabled(len(self.view.selectionModel().selectedRows()) == 1)

    def _new_if_allowed(self) -> None:
        if self.ui.new_button.isEnabled() and self.isVisible():
            self.new_requested.emit()
