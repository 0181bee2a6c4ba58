"""From an OrganisationFilter to SQL conditions and orderings: shared by the list, the count and the export.

As for people, statements are built once per shape of filter with named parameters (see search_parameters).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Integer, and_, bindparam, false, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from equilibri_desktop.domain.organisation_rules import (
    ENTERPRISE_KINDS,
    SIZE_BOUNDS,
    SizeClass,
)
from equilibri_desktop.domain.search_keys import analyse_search_text
from equilibri_desktop.services.registry.dto import Sort
from equilibri_desktop.services.registry.person_queries import matching_places
from equilibri_desktop.services.registry.records import municipality_refs
from equilibri_desktop.services.registry.search_parameters import (
    LIKE_ESCAPE,
    SHAPES_KEPT,
    bound,
    like_escaped,
    list_order,
    prefix_range,
    prefix_values,
)
from equilibri_desktop.storage.models import Municipality
from equilibri_desktop.storage.models.registry import Organisation

ORGANISATION_SORT_COLUMNS = ("name", "kind", "vat_number", "municipality", "employees", "alliance_role",
                             "updated_at")


@dataclass(frozen=True)
class OrganisationFilter:
    text: str = ""  # words anywhere in the name, P.IVA/CF, e-mail/PEC, phone, town
    kind: str | None = None  # OrganisationKind code
    municipality_id: int | None = None
    size_class: str | None = None  # SizeClass code (enterprises only)
    alliance_member: bool | None = None


@dataclass(frozen=True)
class OrganisationShape:
    """What the SQL of an OrganisationFilter depends on, its values aside (see person_queries)."""

    text: bool = False
    words: int = 0
    code: bool = False
    email: bool = False
    phone: bool = False
    places: bool = False
    kind: bool = False
    municipality: bool = False
    size_class: bool = False
    size_has_top: bool = False  # the largest class has no upper bound
    alliance_member: bool | None = None


def organisation_search(session: Session, f: OrganisationFilter) -> tuple[OrganisationShape, dict[str, object]]:
    """`f` as a shape and the values its statements bind."""
    values: dict[str, object] = {}
    text = {}
    terms = analyse_search_text(f.text)
    if terms is not None:
        values.update((f"word{i}", like_escaped(word)) for i, word in enumerate(terms.words))
        if terms.code_prefix:
            prefix_values(values, "code", terms.code_prefix)
        if terms.email_prefix:
            values["email"] = like_escaped(terms.email_prefix)
        if terms.phone_prefix:
            prefix_values(values, "phone", terms.phone_prefix)
        places = matching_places(municipality_refs(session), terms)
        if places:
            values["places"] = places
        text = {"text": True, "words": len(terms.words), "code": bool(terms.code_prefix),
                "email": bool(terms.email_prefix), "phone": bool(terms.phone_prefix), "places": bool(places)}
    if f.kind:
        values["kind"] = f.kind
    if f.municipality_id is not None:
        values["municipality"] = f.municipality_id
    high = None
    if f.size_class:
        values["employees_from"], high = SIZE_BOUNDS[SizeClass(f.size_class)]
        if high is not None:
            values["employees_to"] = high
    shape = OrganisationShape(**text, kind=bool(f.kind), municipality=f.municipality_id is not None,
                              size_class=bool(f.size_class), size_has_top=high is not None,
                              alliance_member=f.alliance_member)
    return shape, values


def _text_condition(shape: OrganisationShape) -> ColumnElement[bool] | None:
    if not shape.text:
        return None
    # A few thousand bodies: words anywhere in the name are worth a scan ("girasole" finds the cooperative).
    alternatives = []
    if shape.words:
        alternatives.append(and_(*(Organisation.search_name.contains(bindparam(f"word{i}"), escape=LIKE_ESCAPE)
                                   for i in range(shape.words))))
    if shape.code:
        alternatives += [prefix_range(Organisation.vat_number, "code"), prefix_range(Organisation.fiscal_code, "code")]
    if shape.email:
        alternatives += [Organisation.email.startswith(bindparam("email"), escape=LIKE_ESCAPE),
                         Organisation.pec.startswith(bindparam("email"), escape=LIKE_ESCAPE)]
    if shape.phone:
        alternatives.append(prefix_range(Organisation.search_phone, "phone"))
    if shape.places:
        alternatives.append(Organisation.municipality_id.in_(bindparam("places", expanding=True)))
    # Text with nothing searchable in it ("!!") matches nobody, as in the people search.
    return or_(*alternatives) if alternatives else false()


@lru_cache(maxsize=SHAPES_KEPT)
def where_clause(shape: OrganisationShape) -> tuple[ColumnElement[bool], ...]:
    conditions = []
    text = _text_condition(shape)
    if text is not None:
        conditions.append(text)
    if shape.kind:
        conditions.append(Organisation.kind == bindparam("kind"))
    if shape.municipality:
        conditions.append(Organisation.municipality_id == bindparam("municipality"))
    if shape.size_class:
        conditions += [Organisation.kind.in_([k.value for k in ENTERPRISE_KINDS]),
                       Organisation.employees >= bindparam("employees_from")]
        if shape.size_has_top:
            conditions.append(Organisation.employees <= bindparam("employees_to"))
    if shape.alliance_member is not None:
        conditions.append(Organisation.alliance_role != "" if shape.alliance_member
                          else Organisation.alliance_role == "")
    return tuple(conditions)


def organisation_conditions(session: Session, f: OrganisationFilter) -> list[ColumnElement[bool]]:
    """Every condition of the filter with its values bound (exports)."""
    shape, values = organisation_search(session, f)
    return [bound(condition, values) for condition in where_clause(shape)]


@lru_cache(maxsize=SHAPES_KEPT)
def count_statement(shape: OrganisationShape):
    return select(func.count()).select_from(Organisation).where(*where_clause(shape))


@lru_cache(maxsize=SHAPES_KEPT)
def capped_count_statement(shape: OrganisationShape):
    """COUNT of at most :count_limit matches (see person_queries.capped_count_statement)."""
    matches = select(Organisation.id).where(*where_clause(shape)).limit(bindparam("count_limit", type_=Integer))
    return select(func.count()).select_from(matches.subquery())


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
    return list_order(key, sort.descending, sort.column in ("vat_number", "employees", "municipality"),
                      Organisation.search_name, Organisation.id, sort.column == "name")


def organisations_select(columns: list, conditions: list):
    return (select(*columns).select_from(Organisation)
            .outerjoin(Municipality, Municipality.id == Organisation.municipality_id).where(*conditions))
