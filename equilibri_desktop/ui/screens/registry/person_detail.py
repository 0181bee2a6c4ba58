"""Anagrafiche › Persone › a person: everything about them, the organisations they belong to, privacy
notice and consents (recorded from here), merges and the change history."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.person_kinds import OccupationalStatus, PreferredContact
from equilibri_desktop.services.registry import people
from equilibri_desktop.services.registry.person_dto import PersonDetail
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
from equilibri_desktop.ui.screens.registry.person_events_tab import person_events_tab
from equilibri_desktop.ui.screens.registry.person_privacy import PrivacyActions

VALUES = ("fiscal_code", "sex", "birth_date", "birth_place", "citizenship", "residence", "domicile", "phone",
          "email", "pec", "preferred_contact", "occupational_status", "did_date", "protection", "notes")


def relation_text(relation: str, role: str) -> str:
    if role:
        return role
    return tr("Legale rappresentante") if relation == "legal_representative" else tr("Referente")


def place_text(address: str, municipality: str, cap: str) -> str:
    town = " ".join(part for part in (cap, municipality) if part)
    return ", ".join(part for part in (address, town) if part)


def role_text(role: str) -> str:
    """The service's fixed roles in the interface language; a co-applicant's own role as typed."""
    return {"Richiedente": tr("Richiedente"), "Co-richiedente": tr("Co-richiedente")}.get(role, role)


def status_text(code: str) -> str:
    try:
        return domain_tr(ApplicationStatus(code).label)
    except ValueError:
        return code


def _label(enum, code: str) -> str:
    item = enum.from_code(code)
    return domain_tr(item.label) if item else ""


class PersonDetailScreen(RecordDetail):
    FORM = "registry/person_detail"
    WIDGETS = {**DETAIL_WIDGETS, **{f"{name}_value": QLabel for name in VALUES},
               "organisations_table": QTableWidget, "grants_table": QTableWidget, "grants_tab": QWidget,
               "privacy_tab": QWidget, "acks_table": QTableWidget, "consents_table": QTableWidget,
               "add_ack_button": QPushButton, "remove_ack_button": QPushButton,
               "give_consent_button": QPushButton, "withdraw_consent_button": QPushButton}

    open_organisation = Signal(object)  # uuid: the list of organisations may show it

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.privacy = PrivacyActions(ctx, self.ui, self, lambda: self.detail, self.refresh)
        self.history_tabs = add_history_tabs(self.ui.tabs, [(person_events_tab(ctx), tr("&7 Eventi e formazione"))])
        # The grants' applicants are not the network agent's work (domain/access.py): no tab for her.
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.ui.grants_tab), ctx.db.actor.can(Permission.GRANTS_READ))
        self.ui.organisations_table.activated.connect(
            lambda _index: current_key(self.ui.organisations_table) and self.open_organisation.emit(
                current_key(self.ui.organisations_table)))
        self.ui.grants_table.activated.connect(lambda _index: self.open_application(current_key(self.ui.grants_table)))

    def fetch(self, record_uuid: uuid.UUID) -> PersonDetail:
        return people.get_person(self.ctx.db, record_uuid)

    def remove(self, detail: PersonDetail) -> None:
        people.delete_person(self.ctx.db, detail.uuid, detail.version)

    def heading(self, p: PersonDetail) -> str:
        return p.display_name

    def show_values(self, p: PersonDetail) -> None:
        ui = self.ui
        sex = {"F": tr("Femmina"), "M": tr("Maschio")}.get(p.sex, "")
        if p.address_hidden:
            residence = tr("Indirizzo riservato (persona protetta): serve il permesso «dati protetti».")
        else:
            residence = place_text(p.address, p.municipality_label, p.cap)
        domicile = "" if p.address_hidden else place_text(p.domicile_address, p.domicile_municipality_label,
                                                          p.domicile_cap)
        protection = ""
        if p.protected:
            protection = tr("Persona protetta: attestata da {body} il {date}.").format(
                body=p.protection_body or "—", date=date_or_dash(p.protection_date))
        values = {
            "fiscal_code": p.fiscal_code, "sex": sex, "birth_date": date_or_dash(p.birth_date),
            "birth_place": p.birth_place_name, "citizenship": p.citizenship, "residence": residence,
            "domicile": domicile, "phone": p.phone, "email": p.email, "pec": p.pec,
            "preferred_contact": _label(PreferredContact, p.preferred_contact),
            "occupational_status": _label(OccupationalStatus, p.occupational_status),
            "did_date": date_or_dash(p.did_date), "protection": protection, "notes": p.notes,
        }
        for name, text in values.items():
            getattr(ui, f"{name}_value").setText(or_dash(text))
        self._show_badges(p)
        fill_table(ui.organisations_table,
                   [[link.organisation_name, relation_text(link.relation, link.role)]
                    for link in p.organisations], [link.organisation_uuid for link in p.organisations])
        fill_table(ui.grants_table,
                   [[g.protocol or tr("bozza"), g.call_title, g.business_name, status_text(g.status), role_text(g.role)]
                    for g in p.grant_applications], [g.application_uuid for g in p.grant_applications])
        self.privacy.show(p)
        for tab in self.history_tabs:
            tab.show_record(p.uuid)

    def _show_badges(self, p: PersonDetail) -> None:
        badges = []
        if p.missing_privacy_ack:
            badges.append(tr("⚠ Informativa privacy non ancora ricevuta"))
        if p.protected or p.address_hidden:
            badges.append(tr("Persona protetta"))
        self.ui.badges_label.setText("   ".join(badges))
        self.ui.badges_label.setStyleSheet("color: #8a4b00; font-weight: 600; padding-left: 12px;")
