"""From an OrganisationFilter to SQL conditions and orderings: shared by the list, the count and the export."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from equilibri_desktop.domain.organisation_rules import ENTERPRISE_KINDS, SIZE_BOUNDS, SizeClass
from equilibri_desktop.domain.search_keys import analyse_search_text
from equilibri_desktop.services.person_queries import matching_places
from equilibri_desktop.services.registry_dto import Sort
from equilibri_desktop.services.registry_records import municipality_refs
from equilibri_desktop.storage.models import Municipality
from equilibri_desktop.storage.models.registry import Organisation
from equilibri_desktop.storage.search_text import starts_with

ORGANISATION_SORT_COLUMNS = ("name", "kind", "vat_number", "municipality", "employees", "alliance_role",
                             "updated_at")


@dataclass(frozen=True)
class OrganisationFilter:
    text: str = ""  # words anywhere in the name, P.IVA/CF, e-mail/PEC, phone, town
    kind: str | None = None  # OrganisationKind code
    municipality_id: int | None = None
    size_class: str | None = None  # SizeClass code (enterprises only)
    alliance_member: bool | None = None


def _text_condition(session: Session, text: str) -> ColumnElement[bool] | None:
    terms = analyse_search_text(text)
    if terms is None:
        return None
    # A few thousand bodies: words anywhere in the name are worth a scan ("girasole" finds the cooperative).
    alternatives = []
    if terms.words:
        alternatives.append(and_(*(Organisation.search_name.contains(w, autoescape=True) for w in terms.words)))
    if terms.code_prefix:
        alternatives += [starts_with(Organisation.vat_number, terms.code_prefix),
                         starts_with(Organisation.fiscal_code, terms.code_prefix)]
    if terms.email_prefix:
        alternatives += [Organisation.email.startswith(terms.email_prefix, autoescape=True),
                         Organisation.pec.startswith(terms.email_prefix, autoescape=True)]
    if terms.phone_prefix:
        alternatives.append(starts_with(Organisation.search_phone, terms.phone_prefix))
    places = matching_places(municipality_refs(session), terms)
    if places:
        alternatives.append(Organisation.municipality_id.in_(places))
    return or_(*alternatives)


def organisation_conditions(session: Session, f: OrganisationFilter) -> list[ColumnElement[bool]]:
    conditions = []
    text = _text_condition(session, f.text)
    if text is not None:
        conditions.append(text)
    if f.kind:
        conditions.append(Organisation.kind == f.kind)
    if f.municipality_id is not None:
        conditions.append(Organisation.municipality_id == f.municipality_id)
    if f.size_class:
        low, high = SIZE_BOUNDS[SizeClass(f.size_class)]
        conditions += [Organisation.kind.in_([k.value for k in ENTERPRISE_KINDS]), Organisation.employees >= low]
        if high is not None:
            conditions.append(Organisation.employees <= high)
    if f.alliance_member is not None:
        conditions.append(Organisation.alliance_role != "" if f.alliance_member else Organisation.alliance_role == "")
    return conditions


def place_column() -> ColumnElement[str]:
    return func.coalesce(Municipality.name, Organisation.municipality_name)


def organisation_order(sort: Sort) -> list:
    if sort.column not in ORGANISATION_SORT_COLUMNS:
        raise ValueError(f"unknown sort column {sort.column!r}")
    key = {
        "name": Organisation.search_name,
        "kind": Organisation.kind,
        "vat_number": Organisation.vat_number,
        "municipality": func.nullif(place_column(), ""),
        "employees": Organisation.employees,
        "alliance_role": Organisation.alliance_role,
        "updated_at": Organisation.updated_at,
    }[sort.column]
    first = key.desc() if sort.descending else key.asc()
    if sort.column in ("vat_number", "employees", "municipality"):
        first = first.nulls_last()
    then = [] if sort.column == "name" else [Organisation.search_name.desc() if sort.descending
                                             else Organisation.search_name]
    return [first, *then, Organisation.id.desc() if sort.descending else Organisation.id.asc()]


def organisations_select(columns: list, conditions: list):
    return (select(*columns).select_from(Organisation)
            .outerjoin(Municipality, Municipality.id == Organisation.municipality_id).where(*conditions))
