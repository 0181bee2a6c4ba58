"""Lavoro flessibile › Coworking: the register of coworking spaces and satellite centres (filter by municipality,
childcare), each with its operator's agreements from the network module, and the placements or vouchers the
network funds (person, period, amount)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.flexwork.codes import PlacementKind, SpaceKind
from equilibri_desktop.domain.flexwork.coworking import PlacementInput, SpaceInput
from equilibri_desktop.services.flexwork import agreements, coworking
from equilibri_desktop.services.flexwork.dto import PlacementRow, SpaceRow
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import ScreenBehaviour, clear_field_errors
from equilibri_desktop.ui.screens.flexwork.fields import Designed, fill_choices, fill_keyed, select_code
from equilibri_desktop.ui.screens.welfare.common import euro
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.money_edit import MoneyEdit
from equilibri_desktop.ui.widgets.person_picker import PersonPicker

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class CoworkingScreen(ScreenBehaviour, Designed, QWidget):
    FORM = "flexwork/coworking"
    WIDGETS = {
        "municipality_filter_edit": QLineEdit, "childcare_filter_check": QCheckBox, "spaces_view": QTableWidget,
        "new_space_button": QPushButton, "space_fields": QWidget, "name_edit": QLineEdit, "kind_edit": QComboBox,
        "address_edit": QLineEdit, "municipality_edit": QLineEdit, "seats_edit": QSpinBox,
        "services_edit": QPlainTextEdit, "childcare_edit": QCheckBox, "prices_edit": QLineEdit,
        "accessible_edit": QCheckBox, "operator_edit": PersonPicker, "notes_edit": QPlainTextEdit,
        "agreements_label": QLabel, "save_space_button": QPushButton, "placements_view": QTableWidget,
        "placement_fields": QWidget, "person_edit": PersonPicker, "placement_kind_edit": QComboBox,
        "start_on_edit": DateEdit, "end_on_edit": DateEdit, "amount_edit": MoneyEdit,
        "add_placement_button": QPushButton, "save_placement_button": QPushButton,
        "delete_placement_button": QPushButton, "splitter": QSplitter,
    }

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.spaces: dict = {}
        self.current: SpaceRow | None = None
        self.placements: dict = {}
        self.placement: PlacementRow | None = None  # the seat or voucher chosen in the list, to change or delete
        ui = self.load_designed()
        self.municipality_filter, self.childcare_filter = ui.municipality_filter_edit, ui.childcare_filter_check
        self.view = ui.spaces_view
        self.view.itemSelectionChanged.connect(self._row_chosen)
        self.form = ui.space_fields
        self.name, self.kind = ui.name_edit, fill_choices(ui.kind_edit, SpaceKind)
        self.address, self.municipality, self.seats = ui.address_edit, ui.municipality_edit, ui.seats_edit
        self.services, self.childcare, self.prices = ui.services_edit, ui.childcare_edit, ui.prices_edit
        self.accessible, self.operator, self.notes = ui.accessible_edit, ui.operator_edit, ui.notes_edit
        self.operator.set_search(lambda text, limit: [
            (r.uuid, r.name, r.name) for r in coworking.operator_choices(ctx.db) if text.lower() in r.name.lower()
        ][:limit])
        self.agreements_label = ui.agreements_label
        self.save_button = ui.save_space_button
        self.save_button.clicked.connect(self.save)
        self.new_button = ui.new_space_button
        self.new_button.clicked.connect(lambda: self.show_space(None))
        self.placements_view = ui.placements_view
        self.placement_form = ui.placement_fields
        self.person = ui.person_edit
        self.person.set_search(lambda text, limit: [
            (r.uuid, r.name, f"{r.name} — {r.detail}") for r in agreements.worker_choices(ctx.db, text, limit)])
        self.placement_kind = fill_choices(ui.placement_kind_edit, PlacementKind)
        self.start_on, self.end_on, self.amount = ui.start_on_edit, ui.end_on_edit, ui.amount_edit
        self.placement_button = ui.add_placement_button
        self.placement_button.clicked.connect(self.add_placement)
        self.save_placement_button = ui.save_placement_button
        self.save_placement_button.clicked.connect(self.save_placement)
        self.delete_placement_button = ui.delete_placement_button
        self.delete_placement_button.clicked.connect(self.delete_placement)
        self.placements_view.itemSelectionChanged.connect(self._placement_chosen)
        QShortcut(QKeySequence.StandardKey.Delete, self.placements_view, activated=self.delete_placement,
                  context=Qt.ShortcutContext.WidgetShortcut)
        can_place = ctx.db.actor.can(Permission.FLEXWORK_AGREEMENTS)
        writer = ctx.db.actor.can(Permission.FLEXWORK_WRITE)
        for widget in (self.save_button, self.new_button):
            widget.setVisible(writer)
        for widget in (self.placements_view, self.placement_form, self.placement_button, self.save_placement_button,
                       self.delete_placement_button):
            widget.setVisible(can_place)
        ui.splitter.setStretchFactor(1, 1)
        self._timer = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        self.municipality_filter.textChanged.connect(lambda _t: self._timer.start())
        self.childcare_filter.toggled.connect(lambda _v: self.refresh())
        self.show_space(None)
        self.refresh()

    def refresh(self) -> None:
        text, childcare = self.municipality_filter.text(), self.childcare_filter.isChecked()
        run_operation(self, lambda: coworking.list_spaces(self.ctx.db, text, childcare), on_success=self._show_rows,
                      writes=False)

    def _show_rows(self, rows: tuple[SpaceRow, ...]) -> None:
        self.spaces = {r.uuid: r for r in rows}
        fill_keyed(self.view, [tr("Spazio"), tr("Tipo"), tr("Comune"), tr("Posti"), tr("Infanzia")],
                   [(r.data.name, domain_tr(r.data.kind.label), r.data.municipality,
                     (str(r.data.seats), r.data.seats), tr("sì") if r.data.childcare else tr("no")) for r in rows],
                   [r.uuid for r in rows], UUID_ROLE, stretch=0, right=(3,))

    def _row_chosen(self) -> None:
        items = self.view.selectedItems()
        if items:
            self.show_space(self.spaces.get(self.view.item(items[0].row(), 0).data(UUID_ROLE)))

    def show_space(self, row: SpaceRow | None) -> None:
        self.current = row
        clear_field_errors(self.form)
        d = row.data if row else SpaceInput()
        self.name.setText(d.name)
        select_code(self.kind, d.kind)
        self.address.setText(d.address)
        self.municipality.setText(d.municipality)
        self.seats.setValue(d.seats)
        self.services.setPlainText(d.services)
        self.childcare.setChecked(d.childcare)
        self.prices.setText(d.prices)
        self.accessible.setChecked(d.accessible)
        self.operator.set_person(row.operator.uuid if row and row.operator else None,
                                 row.operator.name if row and row.operator else "")
        self.notes.setPlainText(d.notes)
        agreements_text = ", ".join(row.agreements) if row and row.agreements else tr("nessuna")
        self.agreements_label.setText(tr("Convenzioni del gestore (modulo Accordi): {a}").format(a=agreements_text))
        self.placement_button.setEnabled(row is not None)
        if row is not None and self.placements_view.isVisibleTo(self):
            space_uuid = row.uuid
            run_operation(self, lambda: coworking.list_placements(self.ctx.db, space_uuid),
                          on_success=self._show_placements, writes=False)
        else:
            self._show_placements(())

    def _show_placements(self, rows: tuple[PlacementRow, ...]) -> None:
        self.placements = {r.uuid: r for r in rows}
        self.placement = None
        self.placements_view.blockSignals(True)  # refilling is not the user choosing a row
        fill_keyed(self.placements_view, [tr("Persona"), tr("Forma"), tr("Dal"), tr("Al"), tr("Importo")],
                   [(r.person, domain_tr(r.kind), (f"{r.start_on:%d/%m/%Y}", r.start_on.toordinal()),
                     (f"{r.end_on:%d/%m/%Y}", r.end_on.toordinal()), (euro(r.amount), float(r.amount)))
                    for r in rows], [r.uuid for r in rows], UUID_ROLE, stretch=0, right=(4,))
        self.placements_view.blockSignals(False)
        self._placement_buttons()

    def _placement_buttons(self) -> None:
        for button in (self.save_placement_button, self.delete_placement_button):
            button.setEnabled(self.placement is not None)

    def _placement_chosen(self) -> None:
        items = self.placements_view.selectedItems()
        row = self.placements.get(self.placements_view.item(items[0].row(), 0).data(UUID_ROLE)) if items else None
        self.placement = row
        self._placement_buttons()
        if row is None:
            return
        clear_field_errors(self.placement_form)
        self.person.set_person(row.person_uuid, row.person)
        select_code(self.placement_kind, row.kind_code)
        self.start_on.setDate(row.start_on)
        self.end_on.setDate(row.end_on)
        self.amount.setValue(row.amount)

    def collect(self) -> SpaceInput:
        return SpaceInput(self.name.text(), SpaceKind(self.kind.currentData()), self.address.text(),
                          self.municipality.text(), self.seats.value(), self.services.toPlainText(),
                          self.childcare.isChecked(), self.prices.text(), self.accessible.isChecked(),
                          self.operator.person_uuid(), self.notes.toPlainText())

    def save(self) -> None:
        data, current = self.collect(), self.current
        run_operation(self, lambda: coworking.save_space(self.ctx.db, data, current.uuid if current else None,
                                                         current.version if current else None),
                      on_success=self._saved, form=self.form, error_title=tr("Spazio non salvato"))

    def _saved(self, row: SpaceRow) -> None:
        self.show_space(row)
        self.refresh()

    def collect_placement(self) -> PlacementInput:
        amount = self.amount.value()
        return PlacementInput(self.person.person_uuid(), PlacementKind(self.placement_kind.currentData()),
                              self.start_on.date(), self.end_on.date(), amount if amount is not None else 0)

    def save_placement(self) -> None:
        if self.placement is None:
            return
        data, chosen = self.collect_placement(), self.placement
        run_operation(self, lambda: coworking.update_placement(self.ctx.db, chosen.uuid, data, chosen.version),
                      on_success=self._show_placements, form=self.placement_form,
                      error_title=tr("Postazione non salvata"))

    def delete_placement(self) -> None:
        chosen = self.placement
        if chosen is None or not Messages.confirm(
                self, tr("Eliminare la postazione?"),
                tr("{kind} di {person} dal {start} al {end}: la registrazione sarà eliminata.").format(
                    kind=domain_tr(chosen.kind), person=chosen.person, start=f"{chosen.start_on:%d/%m/%Y}",
                    end=f"{chosen.end_on:%d/%m/%Y}"), tr("&Elimina")):
            return
        run_operation(self, lambda: coworking.delete_placement(self.ctx.db, chosen.uuid),
                      on_success=self._show_placements, error_title=tr("Postazione non eliminata"))

    def add_placement(self) -> None:
        if self.current is None:
            return
        data = self.collect_placement()
        space_uuid = self.current.uuid
        run_operation(self, lambda: coworking.add_placement(self.ctx.db, space_uuid, data),
                      on_success=self._show_placements, form=self.placement_form,
                      error_title=tr("Postazione non registrata"))
