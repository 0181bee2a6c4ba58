"""Rete e accordi › La rete: for an organisation, its agreements and roles; for a municipality, its partners
and the agreements binding them. A row opens the agreement through the navigator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QTableWidget,
)

from equilibri_desktop.domain.network.codes import AgreementKind, AgreementStatus
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.network import overview, pickers
from equilibri_desktop.services.registry.municipalities import list_municipalities
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.network.common import fill_table, payload
from equilibri_desktop.ui.widgets.person_picker import PersonPicker


def _count(n: int) -> str:
    return tr("1 accordo") if n == 1 else tr("{n} accordi").format(n=n)


class NetworkOverviewScreen(FormScreen):
    FORM = "network/network_overview"
    WIDGETS = {
        "organisation_edit": PersonPicker, "organisation_table": QTableWidget, "organisation_count_label": QLabel,
        "open_from_organisation_button": QPushButton, "municipality_combo": QComboBox, "live_only_check": QCheckBox,
        "municipality_table": QTableWidget, "municipality_count_label": QLabel,
        "open_from_municipality_button": QPushButton,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui
        ui.organisation_edit.set_search(lambda text, limit: pickers.find_organisations(ctx.db, text, limit))
        ui.organisation_edit.setPlaceholderText(tr("Cerca l'ente o l'impresa in anagrafica…"))
        ui.organisation_edit.personChosen.connect(lambda _u: self.show_organisation())
        for ref in list_municipalities(ctx.db):
            ui.municipality_combo.addItem(ref.name, ref.id)
        ui.municipality_combo.activated.connect(lambda _i: self.show_municipality())
        ui.live_only_check.toggled.connect(lambda _c: self.show_municipality())
        ui.open_from_organisation_button.clicked.connect(lambda: self._open(ui.organisation_table))
        ui.open_from_municipality_button.clicked.connect(lambda: self._open(ui.municipality_table))
        ui.organisation_table.cellActivated.connect(lambda *_: self._open(ui.organisation_table))
        ui.municipality_table.cellActivated.connect(lambda *_: self._open(ui.municipality_table))
        self.show_organisation()
        self.refresh()

    def refresh(self) -> None:
        self.show_municipality()
        self.show_organisation()

    def show_organisation(self) -> None:
        chosen = self.ui.organisation_edit.person_uuid()
        if chosen is None:
            self._fill_organisation(())
            return
        run_operation(self, lambda: overview.network_of_organisation(self.ctx.db, chosen),
                      on_success=self._fill_organisation, writes=False)

    def _fill_organisation(self, found) -> None:
        rows = [(m.code, domain_tr(AgreementKind(m.kind).label), m.title, domain_tr(overview.role_label(m.role)),
                 domain_tr(AgreementStatus(m.status).label), m.end_date) for m in found]
        fill_table(self.ui.organisation_table, (tr("Codice"), tr("Tipo"), tr("Titolo"), tr("Ruolo"), tr("Stato"),
                                                tr("Scadenza")), rows, stretch=2,
                   payloads=[m.agreement_uuid for m in found])
        self.ui.organisation_count_label.setText(_count(len(found)))

    def show_municipality(self) -> None:
        municipality = self.ui.municipality_combo.currentData()
        if municipality is None:
            return
        live = self.ui.live_only_check.isChecked()
        run_operation(self, lambda: overview.network_of_municipality(self.ctx.db, municipality, live),
                      on_success=self._fill_municipality, writes=False)

    def _fill_municipality(self, found) -> None:
        rows = [(m.organisation_name, domain_tr(OrganisationKind.from_code(m.organisation_kind).label),
                 domain_tr(overview.role_label(m.role)), m.code, m.title, domain_tr(AgreementStatus(m.status).label))
                for m in found]
        fill_table(self.ui.municipality_table, (tr("Partner"), tr("Tipo di ente"), tr("Ruolo"), tr("Accordo"),
                                                tr("Titolo"), tr("Stato")), rows, stretch=4,
                   payloads=[m.agreement_uuid for m in found])
        partners = len({m.organisation_uuid for m in found})
        self.ui.municipality_count_label.setText(tr("{p} partner, {a}").format(
            p=partners, a=_count(len({m.agreement_uuid for m in found}))))

    def _open(self, table: QTableWidget) -> None:
        agreement_uuid = payload(table)
        if agreement_uuid is not None and self.ctx.navigator is not None:
            self.ctx.navigator.open_record("network_agreement", agreement_uuid)
