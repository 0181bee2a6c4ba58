"""One registry screen as the navigation sees it: list ⇄ detail ⇄ form in a stack, so the screens open
each other without the main window."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget

from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.screen import ScreenBehaviour


class RegistryStack(ScreenBehaviour, QStackedWidget):
    """`list_page`, `detail_page` and `form_page` are built by the subclass from the three classes."""

    LIST: type
    DETAIL: type
    FORM_PAGE: type

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.list_page = self.LIST(ctx, self)
        self.detail_page = self.DETAIL(ctx, self)
        self.form_page = self.FORM_PAGE(ctx, self)
        for page in (self.list_page, self.detail_page, self.form_page):
            self.addWidget(page)
        self._form_came_from = self.list_page
        self.list_page.open_requested.connect(self.open_record)
        self.list_page.new_requested.connect(self.new_record)
        self.detail_page.back.connect(self.show_list)
        self.detail_page.edit_requested.connect(self.edit_record)
        self.detail_page.deleted.connect(lambda _uuid: self.show_list())
        self.form_page.saved.connect(self._saved)
        self.form_page.cancelled.connect(self._form_cancelled)
        self.form_page.open_existing.connect(self.open_record)
        # From a record, as from the list: Ctrl+F searches the list again, Ctrl+N starts a new record.
        QShortcut(QKeySequence.StandardKey.Find, self.detail_page, activated=self.search_from_detail)
        QShortcut(QKeySequence.StandardKey.New, self.detail_page, activated=self.new_from_detail)

    # --- navigation -----------------------------------------------------------------------
    def show_list(self, refresh: bool = True) -> None:
        current = self.detail_page.detail
        if refresh:
            self.list_page.refresh()
        self.setCurrentWidget(self.list_page)
        if current is not None:
            self.list_page.select_uuid(current.uuid)
        self.list_page.view.setFocus()

    def open_record(self, record_uuid: uuid.UUID) -> bool:
        if not self.detail_page.show_record(record_uuid):
            self.detail_page.detail = None
            self.list_page.refresh()
            return False
        self.setCurrentWidget(self.detail_page)
        self.detail_page.ui.tabs.setFocus()
        return True

    def new_record(self) -> None:
        self._form_came_from = self.list_page
        self.setCurrentWidget(self.form_page)
        self.form_page.start_new()

    def search_from_detail(self) -> None:
        self.show_list(refresh=False)
        self.list_page.focus_search()

    def new_from_detail(self) -> None:
        if self.list_page.ui.new_button.isEnabled():
            self.new_record()

    def edit_record(self, detail) -> None:
        self._form_came_from = self.detail_page
        self.setCurrentWidget(self.form_page)
        self.form_page.start_edit(detail)

    def _saved(self, detail, warnings: Sequence[FieldError]) -> None:
        self.detail_page.show_detail(detail, warnings)
        self.setCurrentWidget(self.detail_page)
        self.detail_page.ui.tabs.setFocus()

    def _form_cancelled(self) -> None:
        detail = self.detail_page.detail
        # Read again: after a refused save the record may have changed, or gone, meanwhile.
        if self._form_came_from is self.detail_page and detail is not None and self.open_record(detail.uuid):
            return
        self.show_list(refresh=self._form_came_from is self.detail_page)

    # --- what the main window asks of every screen ----------------------------------------
    def refresh(self) -> None:
        page = self.currentWidget()
        if page is self.form_page:
            return  # never reload under the clerk's typing
        page.refresh()

    def database_replaced(self) -> None:
        """Forget the open record and show the list again."""
        self.detail_page.detail = None
        self.list_page.apply_permissions()
        self.show_list()

    def has_unsaved_changes(self) -> bool:
        return self.currentWidget() is self.form_page and self.form_page.has_unsaved_changes()

    def discard_draft(self) -> None:
        """Nothing is kept between runs (the main window calls this when closing without saving)."""
