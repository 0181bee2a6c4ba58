"""Start-up e contributi › Domande, as the navigation sees it: the list and one application in a stack."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QStackedWidget, QWidget

from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.screen import ScreenBehaviour
from equilibri_desktop.ui.screens.grants.application_page import ApplicationPage
from equilibri_desktop.ui.screens.grants.applications_list import ApplicationsListScreen


class ApplicationsScreen(ScreenBehaviour, QStackedWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("applications_screen")
        self.ctx = ctx
        self.list_page = ApplicationsListScreen(ctx, self)
        self.application_page = ApplicationPage(ctx, self)
        self.addWidget(self.list_page)
        self.addWidget(self.application_page)
        self.list_page.open_requested.connect(self.open_application)
        self.list_page.new_requested.connect(self.new_application)
        self.application_page.back.connect(self.show_list)

    def open_application(self, application_uuid: uuid.UUID) -> bool:
        if not self.application_page.open_record(application_uuid):
            self.list_page.refresh()
            return False
        self.setCurrentWidget(self.application_page)
        self.application_page.ui.tabs.setFocus()
        return True

    def open_record(self, record_uuid: uuid.UUID) -> bool:
        """The navigator's way in (a work queue, a person's card)."""
        return self.open_application(record_uuid)

    def new_application(self) -> None:
        self.setCurrentWidget(self.application_page)
        self.application_page.start_new()

    def show_list(self) -> None:
        current = self.application_page.detail
        self.list_page.refresh()
        self.setCurrentWidget(self.list_page)
        if current is not None:
            self.list_page.select_uuid(current.uuid)
        self.list_page.view.setFocus()

    # --- what the main window asks of every screen ----------------------------------------
    def refresh(self) -> None:
        page = self.currentWidget()
        if page is self.application_page:
            page.refresh()  # never under the clerk's typing: it reloads only without changes
        else:
            self.list_page.refresh()

    def database_replaced(self) -> None:
        self.load()

    def load(self) -> None:
        """The database was replaced: forget the open application and show the list again."""
        self.application_page.detail = None
        self.list_page.load()
        self.show_list()

    def has_unsaved_changes(self) -> bool:
        return self.currentWidget() is self.application_page and self.application_page.has_unsaved_changes()

    def discard_draft(self) -> None:
        """Nothing is kept between runs: an unsaved application is simply not stored."""


def applications_screen(ctx: AppContext) -> QWidget:
    return ApplicationsScreen(ctx)
