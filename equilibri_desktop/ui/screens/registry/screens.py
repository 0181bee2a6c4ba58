"""The two registry screens of the navigation, and a read-only window for a linked record of the other
kind (an organisation seen from a person, a contact person seen from an organisation)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import SIGNAL, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout

from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.organisation_detail import OrganisationDetailScreen
from equilibri_desktop.ui.screens.registry.organisation_form import OrganisationFormScreen
from equilibri_desktop.ui.screens.registry.organisations_list import OrganisationsListScreen
from equilibri_desktop.ui.screens.registry.people_list import PeopleListScreen
from equilibri_desktop.ui.screens.registry.person_detail import PersonDetailScreen
from equilibri_desktop.ui.screens.registry.person_form import PersonFormScreen
from equilibri_desktop.ui.screens.registry.registry_stack import RegistryStack


class LinkedRecordWindow(QDialog):
    """A record of the other registry, to read without leaving the current screen (Esc closes it)."""

    def __init__(self, ctx, detail_class: type, record_uuid: uuid.UUID, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Scheda collegata"))
        self.page = detail_class(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        for button in (self.page.ui.edit_button, self.page.ui.delete_button):
            button.hide()  # changes are made in that record's own screen
        self.page.ui.back_button.setText(tr("Chiudi"))
        self.page.back.connect(self.accept)
        self.found = self.page.show_record(record_uuid)
        self.resize(1000, 640)


class PeopleScreen(RegistryStack):
    LIST, DETAIL, FORM_PAGE = PeopleListScreen, PersonDetailScreen, PersonFormScreen
    organisation_requested = Signal(object)  # uuid, for a shell that can switch to the organisations

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("people_screen")
        self.linked_window: LinkedRecordWindow | None = None
        self.detail_page.open_organisation.connect(self.show_organisation)

    def show_organisation(self, organisation_uuid: uuid.UUID) -> None:
        if self.receivers(SIGNAL("organisation_requested(PyObject)")) > 0:
            self.organisation_requested.emit(organisation_uuid)
            return
        window = LinkedRecordWindow(self.ctx, OrganisationDetailScreen, organisation_uuid, self)
        if window.found:
            self.linked_window = window
            window.open()


class OrganisationsScreen(RegistryStack):
    LIST, DETAIL, FORM_PAGE = OrganisationsListScreen, OrganisationDetailScreen, OrganisationFormScreen
    person_requested = Signal(object)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("organisations_screen")
        self.linked_window: LinkedRecordWindow | None = None
        self.detail_page.open_person.connect(self.show_person)

    def show_person(self, person_uuid: uuid.UUID) -> None:
        if self.receivers(SIGNAL("person_requested(PyObject)")) > 0:
            self.person_requested.emit(person_uuid)
            return
        window = LinkedRecordWindow(self.ctx, PersonDetailScreen, person_uuid, self)
        if window.found:
            self.linked_window = window
            window.open()
