"""Lists of the registry: search-as-you-type, filters and sorting in SQL, paged for the table's fetchMore."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Integer, bindparam

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.organisation_rules import AllianceRole, size_class
from equilibri_desktop.domain.person_kinds import OccupationalStatus
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.access.need_to_know import MASKED
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.dto import Page, Sort, row_builder
from equilibri_desktop.services.registry.organisation_dto import OrganisationRow
from equilibri_desktop.services.registry.organisation_queries import (
    ORGANISATION_SORT_COLUMNS,
    OrganisationFilter,
    OrganisationShape,
    organisation_order,
    organisation_search,
    organisations_select,
)
from equilibri_desktop.services.registry.organisation_queries import capped_count_statement as organisation_capped
from equilibri_desktop.services.registry.organisation_queries import count_statement as organisation_count
from equilibri_desktop.services.registry.organisation_queries import place_column as organisation_place
from equilibri_desktop.services.registry.organisation_queries import where_clause as organisation_where
from equilibri_desktop.services.registry.person_dto import HIDDEN_ADDRESS, PersonRow
from equilibri_desktop.services.registry.person_queries import (
    PERSON_SORT_COLUMNS,
    PersonFilter,
    PersonShape,
    capped_count_statement,
    count_statement,
    missing_ack,
    page_ids_query,
    page_values,
    people_select,
    person_order,
    person_search,
    place_column,
)
from equilibri_desktop.services.registry.search_parameters import SHAPES_KEPT
from equilibri_desktop.storage.models.registry import Organisation, Person

__all__ = ["ORGANISATION_SORT_COLUMNS", "PERSON_SORT_COLUMNS", "OrganisationFilter", "PersonFilter", "Sort",
           "count_organisations", "count_people", "search_organisations", "search_people"]
MAX_PAGE = 1_000
# The lists count exactly up to here and then say "oltre 10.000" (the clerk may ask for the exact figure).
COUNT_LIMIT = 10_000
_PERSON_COLUMNS = (Person.uuid, Person.version, Person.surname, Person.first_name, Person.sex, Person.birth_date,
                   Person.fiscal_code, Person.address, Person.cap, Person.phone, Person.email,
                   Person.occupational_status, Person.protected)
_ORGANISATION_COLUMNS = (Organisation.uuid, Organisation.version, Organisation.name, Organisation.kind,
                         Organisation.legal_form, Organisation.fiscal_code, Organisation.vat_number,
                         Organisation.phone, Organisation.email, Organisation.pec, Organisation.employees,
                         Organisation.alliance_role)


def _check_page(offset: int, limit: int) -> None:
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise ValueError(f"bad page: offset={offset} limit={limit}")


# Labels of stored codes, looked up once per row: the enums' own lookups cost more than the rest of a row.
_STATUS_LABELS = {status.value: status.label for status in OccupationalStatus}


_person_row = row_builder(PersonRow, (
    "uuid", "version", "surname", "first_name", "sex", "birth_date", "fiscal_code", "address", "municipality", "cap",
    "phone", "email", "occupational_status", "occupational_status_label", "missing_privacy_ack", "protected",
    "address_hidden"))


def _person_rows(rows, can_see_protected: bool, personal: bool = True) -> tuple[PersonRow, ...]:
    """Rows of _people_page (_PERSON_COLUMNS, then place and missing_ack) as the list shows them; without
    `personal` (a read-only auditor) identifying and contact data are masked."""
    items = []
    for (uuid, version, surname, first_name, sex, birth_date, fiscal_code, address, cap, phone, email, status,
         protected, place, no_ack) in rows:
        hidden = protected and not can_see_protected
        if not personal:
            birth_date, fiscal_code, address, cap, phone, email, place = (
                None, MASKED, MASKED if address else "", "", MASKED if phone else "", MASKED if email else "", "")
        items.append(_person_row((
            uuid, version, surname, first_name, sex, birth_date, fiscal_code or "",
            HIDDEN_ADDRESS if hidden else address, place or "", "" if hidden else cap, phone, email, status,
            _STATUS_LABELS.get(status, ""), bool(no_ack), protected if can_see_protected else None, hidden)))
    return tuple(items)


@lru_cache(maxsize=SHAPES_KEPT)
def _people_page(shape: PersonShape, sort: Sort):
    """The page's ids are found on the indexes alone; only those rows are then read and joined."""
    page = page_ids_query(shape, sort).subquery()
    columns = [*_PERSON_COLUMNS, place_column(shape.can_see_protected).label("place"),
               missing_ack().label("missing_ack")]
    query = people_select(columns, []).join(page, page.c.id == Person.id)
    return query.order_by(*person_order(sort, shape.can_see_protected))


def search_people(db: Database, criteria: PersonFilter = PersonFilter(), sort: Sort = Sort(), offset: int = 0,
                  limit: int = 100) -> Page[PersonRow]:
    """One page of people matching `criteria`, in `sort` order; protected addresses masked as the user requires."""
    db.require(Permission.REGISTRY_READ)
    _check_page(offset, limit)
    can_see = db.actor.can(Permission.PROTECTED_DATA)
    with db.unit_of_work() as session:
        shape, values = person_search(session, criteria, can_see)
        # Plain Core rows: the statement names only columns, so the ORM's row loading would add nothing.
        rows = session.connection().execute(_people_page(shape, sort),
                                            {**values, **page_values(offset, limit + 1)}).all()
    items = _person_rows(rows, can_see, db.actor.sees_personal_data)
    return Page(items[:limit], offset, limit, has_more=len(items) > limit)


def count_people(db: Database, criteria: PersonFilter = PersonFilter(), at_most: int | None = None) -> int:
    """How many people match; with `at_most`, counting stops past it and `at_most + 1` means "more than"."""
    db.require(Permission.REGISTRY_READ)
    can_see = db.actor.can(Permission.PROTECTED_DATA)
    with db.unit_of_work() as session:
        shape, values = person_search(session, criteria, can_see)
        if at_most is None:
            return session.connection().execute(count_statement(shape), values).scalar() or 0
        return session.connection().execute(capped_count_statement(shape),
                                            {**values, "count_limit": at_most + 1}).scalar() or 0


# As the enums' own lookups: a kind written by a newer version reads as "Altro", an unknown role as no label.
_KIND_LABELS = {kind.value: kind.label for kind in OrganisationKind}
_ROLE_LABELS = {role.value: role.label for role in AllianceRole}


_organisation_row = row_builder(OrganisationRow, (
    "uuid", "version", "name", "kind", "kind_label", "legal_form", "fiscal_code", "vat_number", "municipality",
    "phone", "email", "pec", "employees", "size_class", "size_class_label", "alliance_role", "alliance_role_label"))


def _organisation_rows(rows) -> tuple[OrganisationRow, ...]:
    """Rows of _organisations_page (_ORGANISATION_COLUMNS, then place) as the list shows them."""
    items = []
    for (uuid, version, name, kind, legal_form, fiscal_code, vat_number, phone, email, pec, employees, role,
         place) in rows:
        size = size_class(kind, employees)
        items.append(_organisation_row((
            uuid, version, name, kind, _KIND_LABELS.get(kind, OrganisationKind.ALTRO.label), legal_form,
            fiscal_code or "", vat_number or "", place or "", phone, email, pec, employees,
            size.value if size else "", size.label if size else "", role, _ROLE_LABELS.get(role, ""))))
    return tuple(items)


@lru_cache(maxsize=SHAPES_KEPT)
def _organisations_page(shape: OrganisationShape, sort: Sort):
    query = organisations_select([*_ORGANISATION_COLUMNS, organisation_place().label("place")],
                                 list(organisation_where(shape)))
    return (query.order_by(*organisation_order(sort))
            .offset(bindparam("offset", type_=Integer)).limit(bindparam("limit", type_=Integer)))


def search_organisations(db: Database, criteria: OrganisationFilter = OrganisationFilter(), sort: Sort = Sort(),
                         offset: int = 0, limit: int = 100) -> Page[OrganisationRow]:
    db.require(Permission.REGISTRY_READ)
    _check_page(offset, limit)
    with db.unit_of_work() as session:
        shape, values = organisation_search(session, criteria)
        rows = session.connection().execute(_organisations_page(shape, sort),
                                            {**values, "offset": offset, "limit": limit + 1}).all()
    items = _organisation_rows(rows)
    return Page(items[:limit], offset, limit, has_more=len(items) > limit)


def count_organisations(db: Database, criteria: OrganisationFilter = OrganisationFilter(),
                        at_most: int | None = None) -> int:
    """As count_people: with `at_most`, `at_most + 1` means "more than"."""
    db.require(Permission.REGISTRY_READ)
    with db.unit_of_work() as session:
        shape, values = organisation_search(session, criteria)
        if at_most is None:
            return session.connection().execute(organisation_count(shape), values).scalar() or 0
        return session.connection().execute(organisation_capped(shape),
                                            {**values, "count_limit": at_most + 1}).scalar() or 0
