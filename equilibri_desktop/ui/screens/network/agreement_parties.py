"""The «Parti» tab of an agreement: the parties table and the row editor (organisation from the registry, role,
signatory with their capacity and delegation act, obligations, contributions in euro and in kind)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from equilibri_desktop.domain.network.codes import PartyRole, SignatoryCapacity
from equilibri_desktop.domain.network.rules import in_kind_value
from equilibri_desktop.services.network import pickers
from equilibri_desktop.services.network.dto import AgreementDetail, PartyInput
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.network.common import fill_table

ZERO = Decimal("0")


@dataclass(frozen=True)
class PartyLine:
    data: PartyInput
    organisation_name: str
    signatory_name: str


class PartiesEditor:
    """Works on the widgets of the agreements form; the page asks `collect()` when saving."""

    def __init__(self, page, ui, ctx):
        self.page, self.ui, self.ctx = page, ui, ctx
        self.lines: list[PartyLine] = []
        ui.party_organisation_edit.set_search(lambda text, limit: pickers.find_organisations(ctx.db, text, limit))
        ui.party_organisation_edit.setPlaceholderText(tr("Cerca l'ente o l'impresa in anagrafica…"))
        ui.party_organisation_edit.personChosen.connect(self._organisation_chosen)
        for role in PartyRole:
            ui.party_role_combo.addItem(domain_tr(role.label), role.value)
        for capacity in SignatoryCapacity:
            ui.party_capacity_combo.addItem(domain_tr(capacity.label), capacity.value)
        ui.add_party_button.clicked.connect(self.add_from_editor)
        ui.remove_party_button.clicked.connect(self.remove_selected)
        ui.parties_table.currentCellChanged.connect(lambda row, *_: self._show(row))

    def load(self, detail: AgreementDetail | None) -> None:
        self.lines = [] if detail is None else [PartyLine(PartyInput(
            p.organisation_uuid, p.role, p.signatory_uuid, p.capacity, p.delegation_act, p.obligations, p.cash,
            p.in_kind_hours, p.in_kind_rate, p.in_kind_description), p.organisation_name, p.signatory_name)
            for p in detail.parties]
        self._fill()
        self.clear_editor()

    def collect(self) -> tuple[PartyInput, ...]:
        return tuple(line.data for line in self.lines)

    def set_editable(self, editable: bool) -> None:
        for name in ("party_organisation_edit", "party_role_combo", "party_signatory_combo", "party_capacity_combo",
                     "party_delegation_edit", "party_obligations_edit", "party_cash_edit", "party_hours_edit",
                     "party_rate_edit", "party_in_kind_description_edit", "add_party_button", "remove_party_button"):
            getattr(self.ui, name).setEnabled(editable)

    def _fill(self) -> None:
        rows = []
        for line in self.lines:
            d = line.data
            rows.append((line.organisation_name, domain_tr(PartyRole(d.role).label), line.signatory_name,
                         domain_tr(SignatoryCapacity(d.capacity).label), d.cash,
                         in_kind_value(d.in_kind_hours, d.in_kind_rate)))
        fill_table(self.ui.parties_table, (tr("Ente"), tr("Ruolo"), tr("Firmatario"), tr("Qualità"),
                                           tr("In denaro"), tr("In natura")), rows, stretch=0)

    def clear_editor(self) -> None:
        ui = self.ui
        ui.party_organisation_edit.set_person(None)
        ui.party_signatory_combo.clear()
        ui.party_role_combo.setCurrentIndex(0 if not self.lines else 1)
        ui.party_capacity_combo.setCurrentIndex(0)
        for name in ("party_delegation_edit", "party_obligations_edit", "party_in_kind_description_edit"):
            getattr(ui, name).clear()
        ui.party_cash_edit.setValue(None)
        ui.party_hours_edit.setValue(None)
        ui.party_rate_edit.setValue(None)

    def _organisation_chosen(self, organisation_uuid) -> None:
        combo = self.ui.party_signatory_combo
        combo.clear()
        if organisation_uuid is None:
            return

        def show(found: list[pickers.Signatory]) -> None:
            combo.clear()
            for person in found:
                combo.addItem(f"{person.name} ({person.role})" if person.role else person.name, person.uuid)
            if not found:
                combo.addItem(tr("Nessun legale rappresentante o referente in anagrafica"), None)

        run_operation(self.page, lambda: pickers.signatories(self.ctx.db, organisation_uuid), on_success=show,
                      writes=False)

    def add_from_editor(self) -> None:
        ui = self.ui
        name = ui.party_organisation_edit.text() if ui.party_organisation_edit.person_uuid() else ""
        data = PartyInput(
            ui.party_organisation_edit.person_uuid(), ui.party_role_combo.currentData(),
            ui.party_signatory_combo.currentData(), ui.party_capacity_combo.currentData(),
            ui.party_delegation_edit.text().strip(), ui.party_obligations_edit.toPlainText().strip(),
            ui.party_cash_edit.value() or ZERO, ui.party_hours_edit.value() or ZERO, ui.party_rate_edit.value() or ZERO,
            ui.party_in_kind_description_edit.text().strip())
        signatory = ui.party_signatory_combo.currentText().split(" (")[0] if data.signatory_uuid else ""
        self.lines.append(PartyLine(data, name, signatory))
        self._fill()
        self.clear_editor()
        self.page.mark_changed()

    def remove_selected(self) -> None:
        row = self.ui.parties_table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._fill()
            self.page.mark_changed()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        line, ui = self.lines[row], self.ui
        ui.party_organisation_edit.set_person(line.data.organisation_uuid, line.organisation_name)
        ui.party_role_combo.setCurrentIndex(max(0, ui.party_role_combo.findData(line.data.role)))
        ui.party_capacity_combo.setCurrentIndex(max(0, ui.party_capacity_combo.findData(line.data.capacity)))
        ui.party_delegation_edit.setText(line.data.delegation_act)
        ui.party_obligations_edit.setPlainText(line.data.obligations)
        ui.party_cash_edit.setValue(line.data.cash)
        ui.party_hours_edit.setValue(line.data.in_kind_hours)
        ui.party_rate_edit.setValue(line.data.in_kind_rate)
        ui.party_in_kind_description_edit.setText(line.data.in_kind_description)
