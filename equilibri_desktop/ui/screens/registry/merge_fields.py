"""What the merge dialog shows for each group of fields the service lets the clerk choose between."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from equilibri_desktop.domain.person_kinds import OccupationalStatus, PreferredContact
from equilibri_desktop.services.registry import organisation_merge, organisations, people
from equilibri_desktop.services.registry import person_merge as merge
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.organisation_detail import employees_text
from equilibri_desktop.ui.screens.registry.person_detail import place_text
from equilibri_desktop.ui.screens.registry.table_model import day_text


def _label(enum, code: str) -> str:
    item = enum.from_code(code)
    return item.label if item else ""


def person_group_titles() -> dict[str, str]:
    return {"surname": tr("Cognome"), "first_name": tr("Nome"), "sex": tr("Sesso"), "birth_date": tr("Data di nascita"),
            "birth_place": tr("Luogo di nascita"), "fiscal_code": tr("Codice fiscale"),
            "citizenship": tr("Cittadinanza"), "residence": tr("Residenza"), "domicile": tr("Domicilio"),
            "phone": tr("Telefono"), "email": tr("E-mail"), "pec": tr("PEC"),
            "preferred_contact": tr("Contatto preferito"), "occupation": tr("Condizione lavorativa"),
            "protection": tr("Protezione"), "notes": tr("Note")}


def organisation_group_titles() -> dict[str, str]:
    return {"name": tr("Denominazione"), "kind": tr("Tipo"), "legal_form": tr("Forma giuridica"),
            "fiscal_code": tr("Codice fiscale"), "vat_number": tr("Partita IVA"),
            "registered_office": tr("Sede legale"), "pec": tr("PEC"), "email": tr("E-mail"), "phone": tr("Telefono"),
            "ateco": tr("Codice ATECO"), "employees": tr("Dipendenti"),
            "legal_representative": tr("Legale rappresentante"), "alliance": tr("Alleanza"), "iban": tr("IBAN"),
            "notes": tr("Note")}


def person_group_text(p, group: str) -> str:
    if group == "residence":
        return tr("indirizzo riservato") if p.address_hidden else place_text(p.address, p.municipality_label, p.cap)
    if group == "domicile":
        return "" if p.address_hidden else place_text(p.domicile_address, p.domicile_municipality_label,
                                                      p.domicile_cap)
    if group == "sex":
        return {"F": tr("Femmina"), "M": tr("Maschio")}.get(p.sex, "")
    if group == "birth_date":
        return day_text(p.birth_date)
    if group == "birth_place":
        return p.birth_place_name
    if group == "preferred_contact":
        return _label(PreferredContact, p.preferred_contact)
    if group == "occupation":
        status = _label(OccupationalStatus, p.occupational_status)
        return status + (tr(", DID del {date}").format(date=day_text(p.did_date)) if p.did_date else "")
    if group == "protection":
        return tr("protetta ({body}, {date})").format(body=p.protection_body, date=day_text(p.protection_date)) \
            if p.protected else ""
    return str(getattr(p, group) or "")


def organisation_group_text(o, group: str) -> str:
    if group == "registered_office":
        return place_text(o.address, o.municipality_label, o.cap)
    if group == "kind":
        return o.kind_label
    if group == "employees":
        return employees_text(o)
    if group == "legal_representative":
        return o.legal_representative.display_name if o.legal_representative else ""
    if group == "alliance":
        return domain_tr(o.alliance_role_label) + (f", {day_text(o.partner_since)}" if o.partner_since else "")
    return str(getattr(o, group) or "")


@dataclass(frozen=True)
class MergeKind:
    """How to load, show and merge two records of one kind."""

    groups: dict[str, tuple[str, ...]]
    titles: Any  # () -> {group: title}
    text: Any  # (detail, group) -> str
    fetch: Any  # (db, uuid) -> detail
    merge: Any  # (db, keep, drop, choices, keep_version, drop_version) -> result

    def label(self, detail) -> str:
        name = getattr(detail, "display_name", None) or detail.name
        code = getattr(detail, "vat_number", "") or detail.fiscal_code
        return f"{name} ({code})" if code else name


PERSONS = MergeKind(merge.PERSON_MERGE_GROUPS, person_group_titles, person_group_text, people.get_person,
                    merge.merge_people)
ORGANISATIONS = MergeKind(organisation_merge.ORGANISATION_MERGE_GROUPS, organisation_group_titles,
                          organisation_group_text, organisations.get_organisation,
                          organisation_merge.merge_organisations)


def merge_kind(kind: str) -> MergeKind:
    return PERSONS if kind == "persons" else ORGANISATIONS


def is_blank(values, fields: tuple[str, ...]) -> bool:
    return not any(getattr(values, name, None) for name in fields)
