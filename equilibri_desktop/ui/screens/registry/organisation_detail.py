"""Anagrafiche › Enti e imprese › an organisation: its data, legal representative and contact people, the
start-up grants it was set up with, merges and the change history."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTableWidget, QWidget

from equilibri_desktop.services.registry import organisations
from equilibri_desktop.services.registry.organisation_dto import OrganisationDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.detail_base import (
    DETAIL_WIDGETS,
    RecordDetail,
    current_key,
    date_or_dash,
    fill_table,
    or_dash,
)
from equilibri_desktop.ui.screens.registry.history_tab import add_history_tabs
from equilibri_desktop.ui.screens.registry.organisation_events_tab import organisation_events_tab
from equilibri_desktop.ui.screens.registry.organisation_network_tab import organisation_network_tab
from equilibri_desktop.ui.screens.registry.person_detail import place_text, status_text

VALUES = ("kind", "legal_form", "fiscal_code", "vat_number", "registered_office", "ateco", "employees", "size_class",
          "pec", "email", "phone", "legal_representative", "alliance", "iban", "notes")


def employees_text(o: OrganisationDetail) -> str:
    if o.employees is None:
        return ""
    parts = []
    if o.employees_women is not None:
        parts.append(tr("{n} donne").format(n=o.employees_women))
    if o.employees_men is not None:
        parts.append(tr("{n} uomini").format(n=o.employees_men))
    return f"{o.employees}" + (f" ({', '.join(parts)})" if parts else "")


class OrganisationDetailScreen(RecordDetail):
    FORM = "registry/organisation_detail"
    WIDGETS = {**DETAIL_WIDGETS, **{f"{name}_value": QLabel for name in VALUES}, "contacts_table": QTableWidget,
               "grants_table": QTableWidget, "grants_tab": QWidget}

    open_person = Signal(object)  # uuid

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        table = self.ui.contacts_table
        table.activated.connect(lambda _index: current_key(table) and self.open_person.emit(current_key(table)))
        grants = self.ui.grants_table
        grants.activated.connect(lambda _index: self.open_application(current_key(grants)))
        value = self.ui.legal_representative_value
        value.setTextFormat(Qt.TextFormat.RichText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        value.linkActivated.connect(lambda link: self.open_person.emit(uuid.UUID(link)))
        self.history_tabs = add_history_tabs(self.ui.tabs, [
            (organisation_events_tab(ctx), tr("&6 Eventi e formazione")),
            (organisation_network_tab(ctx), tr("&7 Rete e welfare"))])

    def fetch(self, record_uuid: uuid.UUID) -> OrganisationDetail:
        return organisations.get_organisation(self.ctx.db, record_uuid)

    def remove(self, detail: OrganisationDetail) -> None:
        organisations.delete_organisation(self.ctx.db, detail.uuid, detail.version)

    def show_values(self, o: OrganisationDetail) -> None:
        representative = "—"
        if o.legal_representative is not None:
            ref = o.legal_representative
            code = f" ({html.escape(ref.fiscal_code)})" if ref.fiscal_code else ""
            representative = f'<a href="{ref.uuid}">{html.escape(ref.display_name)}</a>{code}'
        alliance = ""
        if o.alliance_role:
            since = tr(", dal {date}").format(date=date_or_dash(o.partner_since)) if o.partner_since else ""
            alliance = domain_tr(o.alliance_role_label) + since
        values = {
            "kind": domain_tr(o.kind_label), "legal_form": o.legal_form, "fiscal_code": o.fiscal_code,
            "vat_number": o.vat_number, "registered_office": place_text(o.address, o.municipality_label, o.cap),
            "ateco": o.ateco, "employees": employees_text(o), "size_class": domain_tr(o.size_class_label),
            "pec": o.pec, "email": o.email, "phone": o.phone, "alliance": alliance, "iban": o.iban, "notes": o.notes,
        }
        for name, text in values.items():
            getattr(self.ui, f"{name}_value").setText(or_dash(text))
        self.ui.legal_representative_value.setText(representative)
        badge = tr("Aderente all'alleanza") if o.alliance_role else ""
        self.ui.badges_label.setText(badge)
        self.ui.badges_label.setStyleSheet("color: #1e5631; font-weight: 600; padding-left: 12px;")
        fill_table(self.ui.contacts_table,
                   [[c.person.display_name, c.person.fiscal_code, c.role, c.phone, c.email] for c in o.contacts],
                   [c.person.uuid for c in o.contacts])
        fill_table(self.ui.grants_table,
                   [[g.protocol, g.call_title, g.business_name, status_text(g.status)] for g in o.grant_applications],
                   [g.application_uuid for g in o.grant_applications])
        for tab in self.history_tabs:
            tab.show_record(o.uuid)
