"""The organisation form's contact people: a table of person and role, filled by picking people of the
registry; the role can be changed in place (F2 or double click)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from equilibri_desktop.domain.organisation_rules import ContactInput
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.person_picker import PersonPicker

if TYPE_CHECKING:
    from equilibri_desktop.ui.screens.registry.form_base import RecordForm

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactsEditor:
    def __init__(self, owner: RecordForm, search):
        self.owner = owner
        form = owner.form
        self.table: QTableWidget = form.findChild(QTableWidget, "contacts_edit")
        self.picker: PersonPicker = form.findChild(QLineEdit, "contact_person_edit")
        self.role: QLineEdit = form.findChild(QLineEdit, "contact_role_edit")
        self.add_button: QPushButton = form.findChild(QPushButton, "add_contact_button")
        self.remove_button: QPushButton = form.findChild(QPushButton, "remove_contact_button")
        self.labels: dict[uuid.UUID, str] = {}
        self.picker.set_search(search)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.itemChanged.connect(lambda _item: owner.edited("contacts"))
        self.table.itemSelectionChanged.connect(self._enable)
        self.picker.personChosen.connect(lambda _uuid: self._enable())
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        # Enter in these two adds the contact instead of saving the whole form.
        owner.return_handlers[self.picker] = self.add
        owner.return_handlers[self.role] = self.add
        self._enable()

    def fill(self, contacts: Sequence[ContactInput]) -> None:
        self.table.setRowCount(0)
        for contact in contacts:
            self._append(contact.person_uuid, self.labels.get(contact.person_uuid, str(contact.person_uuid)),
                         contact.role)
        self.picker.set_person(None)
        self.role.clear()
        self._enable()

    def _append(self, person_uuid: uuid.UUID, label: str, role: str) -> None:
        blocked = self.table.blockSignals(True)  # a half-built row is no change yet
        row = self.table.rowCount()
        self.table.insertRow(row)
        person = QTableWidgetItem(label)
        person.setData(UUID_ROLE, person_uuid)
        person.setFlags(person.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, person)
        self.table.setItem(row, 1, QTableWidgetItem(role))
        self.table.blockSignals(blocked)

    def values(self) -> tuple[ContactInput, ...]:
        return tuple(ContactInput(self.table.item(row, 0).data(UUID_ROLE), self.table.item(row, 1).text())
                     for row in range(self.table.rowCount()))

    def add(self) -> None:
        person_uuid = self.picker.person_uuid()
        if person_uuid is None:
            self.owner.ui.messages_label.setText(tr("Scegli la persona dall'elenco che compare mentre scrivi."))
            self.picker.setFocus()
            return
        if any(c.person_uuid == person_uuid for c in self.values()):
            self.owner.ui.messages_label.setText(tr("Questa persona è già tra i referenti."))
            return
        self.labels[person_uuid] = self.picker.text()
        self._append(person_uuid, self.picker.text(), self.role.text().strip())
        self.owner.ui.messages_label.clear()
        self.picker.set_person(None)
        self.role.clear()
        self.picker.setFocus()
        self.owner.edited("contacts")

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.owner.edited("contacts")
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(self.picker.person_uuid() is not None)
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
