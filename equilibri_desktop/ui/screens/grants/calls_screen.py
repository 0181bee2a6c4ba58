"""Start-up e contributi › Bandi: the list of calls (sortable, filtered by state) and the call form.

Everybody with GRANTS_READ sees the calls; only GRANTS_CALLS creates and changes them (the form is
read-only otherwise, and the services refuse anyway).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.grants.codes import CallStatus
from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.domain.office_time import office_text
from equilibri_desktop.services.grants import calls as grant_calls
from equilibri_desktop.services.grants.call_dto import CallRow
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.screen import FormScreen, ScreenBehaviour
from equilibri_desktop.ui.screens.grants.calls_form import CallFormPage
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def _euro(cents: int) -> SortableItem:
    cell = SortableItem(format_euro(from_cents(cents)), cents)
    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


def _moment(value) -> SortableItem:
    return SortableItem(office_text(value) if value else "", value.timestamp() if value else 0)


class CallsListPage(FormScreen):
    FORM = "grants/calls_list"
    WIDGETS = {"status_filter_edit": QComboBox, "calls_table": QTableWidget, "count_label": QLabel,
               "new_button": QPushButton, "open_button": QPushButton}
    open_requested = Signal(object)  # uuid
    new_requested = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui
        ui.status_filter_edit.addItem(tr("Tutti"), "")
        for status in CallStatus:
            ui.status_filter_edit.addItem(domain_tr(status.label), status.value)
        ui.status_filter_edit.currentIndexChanged.connect(lambda _i: self.refresh())
        table = ui.calls_table
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        table.activated.connect(lambda _index: self.open_current())
        table.itemSelectionChanged.connect(self._enable)
        ui.new_button.clicked.connect(self.new_requested)
        ui.open_button.clicked.connect(self.open_current)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._new_if_allowed)
        self.rows: list[CallRow] = []
        self.apply_permissions()
        table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # the latest opening first
        self.refresh()

    def apply_permissions(self) -> None:
        self.ui.new_button.setEnabled(self.ctx.db.actor.can(Permission.GRANTS_CALLS))

    def refresh(self) -> None:
        selected = self.selected_uuid()
        self.rows = list(grant_calls.list_calls(self.ctx.db, self.ui.status_filter_edit.currentData() or None))
        table = self.ui.calls_table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.rows))
        for row, call in enumerate(self.rows):
            cells = [SortableItem(call.title), SortableItem(call.cup), SortableItem(domain_tr(call.status_label)),
                     SortableItem(str(call.edition), call.edition), _euro(call.budget_cents),
                     _euro(call.max_grant_cents),
                     _moment(call.opens_at), _moment(call.closes_at),
                     SortableItem(str(call.applications), call.applications)]
            cells[0].setToolTip(call.title)  # long titles are cut in the column
            for column, cell in enumerate(cells):
                cell.setData(UUID_ROLE, call.uuid)
                table.setItem(row, column, cell)
        table.setSortingEnabled(True)
        count = len(self.rows)
        self.ui.count_label.setText(tr("1 bando") if count == 1 else tr("{n} bandi").format(n=count))
        if selected:
            self.select_uuid(selected)
        elif self.rows:
            table.selectRow(0)
        self._enable()

    def select_uuid(self, call_uuid: uuid.UUID) -> bool:
        table = self.ui.calls_table
        for row in range(table.rowCount()):
            if table.item(row, 0).data(UUID_ROLE) == call_uuid:
                table.selectRow(row)
                return True
        return False

    def selected_uuid(self) -> uuid.UUID | None:
        rows = self.ui.calls_table.selectionModel().selectedRows()
        return self.ui.calls_table.item(rows[0].row(), 0).data(UUID_ROLE) if rows else None

    def open_current(self) -> None:
        if (call_uuid := self.selected_uuid()) is not None:
            self.open_requested.emit(call_uuid)

    def _enable(self) -> None:
        self.ui.open_button.setEnabled(self.selected_uuid() is not None)

    def _new_if_allowed(self) -> None:
        if self.isVisible() and self.ui.new_button.isEnabled():
            self.new_requested.emit()


class CallsScreen(ScreenBehaviour, QStackedWidget):
    """List ⇄ form; what the main window asks of a screen (refresh, load, unsaved changes)."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("grant_calls_screen")
        self.ctx = ctx
        self.list_page = CallsListPage(ctx, self)
        self.form_page = CallFormPage(ctx, self)
        self.addWidget(self.list_page)
        self.addWidget(self.form_page)
        self.list_page.new_requested.connect(self.new_call)
        self.list_page.open_requested.connect(self.open_call)
        self.form_page.saved.connect(lambda detail: self.list_page.refresh())
        self.form_page.closed.connect(self.show_list)

    def new_call(self) -> None:
        self.setCurrentWidget(self.form_page)
        self.form_page.start_new()

    def open_call(self, call_uuid: uuid.UUID) -> None:
        found, detail = run_now(self, lambda: grant_calls.get_call(self.ctx.db, call_uuid),
                                error_title=tr("Bando non disponibile"))
        if not found:  # deleted by a colleague meanwhile
            self.list_page.refresh()
            return
        self.form_page.start_edit(detail)
        self.setCurrentWidget(self.form_page)
        self.form_page.focus_first_field()

    def show_list(self) -> None:
        current = self.form_page.detail
        self.list_page.refresh()
        if current is not None:
            self.list_page.select_uuid(current.uuid)
        self.setCurrentWidget(self.list_page)
        self.list_page.ui.calls_table.setFocus()

    def refresh(self) -> None:
        if self.currentWidget() is self.list_page:
            self.list_page.refresh()

    def database_replaced(self) -> None:
        self.load()

    def load(self) -> None:
        """The database was replaced: back to the list."""
        self.form_page.detail = None
        self.list_page.apply_permissions()
        self.show_list()

    def has_unsaved_changes(self) -> bool:
        return self.currentWidget() is self.form_page and self.form_page.has_unsaved_changes()

    def discard_draft(self) -> None:
        """Nothing is kept between runs."""
