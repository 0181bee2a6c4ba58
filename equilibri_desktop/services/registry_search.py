"""Lists of the registry: search-as-you-type, filters and sorting in SQL, paged for the table's fetchMore."""

from __future__ import annotations

from sqlalchemy import func, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.organisation_rules import AllianceRole, size_class
from equilibri_desktop.domain.person_kinds import OccupationalStatus
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.database import Database
from equilibri_desktop.services.organisation_dto import OrganisationRow
from equilibri_desktop.services.organisation_queries import (
    ORGANISATION_SORT_COLUMNS,
    OrganisationFilter,
    organisation_conditions,
    organisation_order,
    organisations_select,
)
from equilibri_desktop.services.organisation_queries import place_column as organisation_place
from equilibri_desktop.services.person_dto import HIDDEN_ADDRESS, PersonRow
from equilibri_desktop.services.person_queries import (
    PERSON_SORT_COLUMNS,
    PersonFilter,
    missing_ack,
    page_ids_query,
    people_select,
    person_conditions,
    person_order,
    place_column,
)
from equilibri_desktop.services.registry_dto import Page, Sort
from equilibri_desktop.storage.models.registry import Organisation, Person

__all__ = ["ORGANISATION_SORT_COLUMNS", "PERSON_SORT_COLUMNS", "OrganisationFilter", "PersonFilter", "Sort",
           "count_organisations", "count_people", "search_organisations", "search_people"]
MAX_PAGE = 1_000
_PERSON_COLUMNS = (Person.uuid, Person.version, Person.surname, Person.first_name, Person.sex, Person.birth_date,
                   Person.fiscal_code, Person.address, Person.cap, Person.phone, Person.email,
                   Person.occupational_status, Person.protected)


def _check_page(offset: int, limit: int) -> None:
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise ValueError(f"bad page: offset={offset} limit={limit}")


def _person_row(r, can_see_protected: bool) -> PersonRow:
    hidden = r.protected and not can_see_protected
    status = OccupationalStatus.from_code(r.occupational_status)
    return PersonRow(
        uuid=r.uuid, version=r.version, surname=r.surname, first_name=r.first_name, sex=r.sex,
        birth_date=r.birth_date, fiscal_code=r.fiscal_code or "",
        address=HIDDEN_ADDRESS if hidden else r.address, municipality=r.place or "",
        cap="" if hidden else r.cap, phone=r.phone, email=r.email,
        occupational_status=r.occupational_status, occupational_status_label=status.label if status else "",
        missing_privacy_ack=bool(r.missing_ack), protected=r.protected if can_see_protected else None,
        address_hidden=hidden,
    )


def search_people(db: Database, criteria: PersonFilter = PersonFilter(), sort: Sort = Sort(), offset: int = 0,
                  limit: int = 100) -> Page[PersonRow]:
    """One page of people matching `criteria`, in `sort` order; protected addresses masked as the user requires."""
    db.require(Permission.REGISTRY_READ)
    _check_page(offset, limit)
    can_see = db.actor.can(Permission.PROTECTED_DATA)
    with db.unit_of_work() as session:
        # The page's ids are found on the indexes alone; only those rows are then read and joined.
        page = page_ids_query(session, criteria, sort, offset, limit + 1, can_see).subquery()
        columns = [*_PERSON_COLUMNS, place_column(can_see).label("place"), missing_ack().label("missing_ack")]
        query = people_select(columns, []).join(page, page.c.id == Person.id)
        rows = session.execute(query.order_by(*person_order(sort, can_see))).all()
    items = tuple(_person_row(r, can_see) for r in rows[:limit])
    return Page(items, offset, limit, has_more=len(rows) > limit)


def count_people(db: Database, criteria: PersonFilter = PersonFilter()) -> int:
    db.require(Permission.REGISTRY_READ)
    can_see = db.actor.can(Permission.PROTECTED_DATA)
    with db.unit_of_work() as session:
        conditions = person_conditions(session, criteria, can_see)
        return session.scalar(select(func.count()).select_from(Person).where(*conditions)) or 0


def _organisation_row(r) -> OrganisationRow:
    size = size_class(r.kind, r.employees)
    role = AllianceRole(r.alliance_role) if r.alliance_role in set(AllianceRole) else None
    return OrganisationRow(
        uuid=r.uuid, version=r.version, name=r.name, kind=r.kind, kind_label=OrganisationKind.from_code(r.kind).label,
        legal_form=r.legal_form, fiscal_code=r.fiscal_code or "", vat_number=r.vat_number or "",
        municipality=r.place or "", phone=r.phone, email=r.email, pec=r.pec, employees=r.employees,
        size_class=size.value if size else "", size_class_label=size.label if size else "",
        alliance_role=r.alliance_role, alliance_role_label=role.label if role else "",
    )


def search_organisations(db: Database, criteria: OrganisationFilter = OrganisationFilter(), sort: Sort = Sort(),
                         offset: int = 0, limit: int = 100) -> Page[OrganisationRow]:
    db.require(Permission.REGISTRY_READ)
    _check_page(offset, limit)
    with db.unit_of_work() as session:
        columns = [Organisation.uuid, Organisation.version, Organisation.name, Organisation.kind,
                   Organisation.legal_form, Organisation.fiscal_code, Organisation.vat_number, Organisation.phone,
                   Organisation.email, Organisation.pec, Organisation.employees, Organisation.alliance_role,
                   organisation_place().label("place")]
        query = organisations_select(columns, organisation_conditions(session, criteria))
        rows = session.execute(query.order_by(*organisation_order(sort)).offset(offset).limit(limit + 1)).all()
    return Page(tuple(_organisation_row(r) for r in rows[:limit]), offset, limit, has_more=len(rows) > limit)


def count_organisations(db: Database, criteria: OrganisationFilter = OrganisationFilter()) -> int:
    db.require(Permission.REGISTRY_READ)
    with db.unit_of_work() as session:
        conditions = organisation_conditions(session, criteria)
        return session.scalar(select(func.count()).select_from(Organisation).where(*conditions)) or 0
