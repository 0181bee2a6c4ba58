"""From a PersonFilter to SQL conditions and orderings: shared by the list, the count and the export."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import and_, case, exists, false, func, literal, or_, select, union
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from equilibri_desktop.domain.access import PermissionDeniedError
from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.search_keys import SearchTerms, analyse_search_text, word_key
from equilibri_desktop.services.registry_dto import Sort
from equilibri_desktop.services.registry_records import municipality_refs
from equilibri_desktop.storage.models import Municipality
from equilibri_desktop.storage.models.registry import Consent, Person, PrivacyAcknowledgement
from equilibri_desktop.storage.search_text import starts_with

PERSON_SORT_COLUMNS = ("name", "fiscal_code", "birth_date", "municipality", "phone", "email",
                       "occupational_status", "updated_at")
MIN_PLACE_CHARS = 2


@dataclass(frozen=True)
class PersonFilter:
    text: str = ""  # search-as-you-type: name ("surname first" or "first surname"), CF, e-mail, phone, town
    municipality_id: int | None = None  # residence
    occupational_status: str | None = None  # OccupationalStatus code
    privacy_ack_missing: bool = False  # only people who never acknowledged the privacy notice
    consent_missing: str | None = None  # ConsentKind code: only people without that consent in force
    protected: bool | None = None  # needs the "dati protetti" permission


def missing_ack() -> ColumnElement[bool]:
    return ~exists().where(PrivacyAcknowledgement.person_id == Person.id)


def matching_places(refs: dict[int, MunicipalityRef], terms: SearchTerms) -> list[int]:
    """Reference municipalities whose name, or a tail of it ('donato'), starts with the typed words."""
    typed = "".join(terms.words)
    if len(typed) < MIN_PLACE_CHARS:
        return []
    return [ref.id for ref in refs.values() if any(tail.startswith(typed) for tail in _tails(ref.name))]


@lru_cache(maxsize=256)
def _tails(name: str) -> tuple[str, ...]:
    """'San Donato Milanese' → ('sandonatomilanese', 'donatomilanese', 'milanese')."""
    words = [word_key(w) for w in name.split()]
    return tuple("".join(words[i:]) for i in range(len(words)))


def text_alternatives(session: Session, text: str, can_see_protected: bool) -> list[ColumnElement[bool]] | None:
    """What the search box's text may match, one indexed range each; None when the box is empty."""
    terms = analyse_search_text(text)
    if terms is None:
        return None
    alternatives = [starts_with(Person.search_name, p) for p in terms.name_prefixes]
    alternatives += [starts_with(Person.search_name_reversed, p) for p in terms.reversed_prefixes]
    if terms.code_prefix:
        alternatives.append(starts_with(Person.fiscal_code, terms.code_prefix))
    if terms.email_prefix:
        alternatives.append(starts_with(Person.email, terms.email_prefix))
    if terms.phone_prefix:
        alternatives.append(starts_with(Person.search_phone, terms.phone_prefix))
    places = matching_places(municipality_refs(session), terms)
    if places:
        in_place = Person.municipality_id.in_(places)
        # Where a protected person lives must not show through a search by town either.
        alternatives.append(in_place if can_see_protected else and_(in_place, Person.protected == false()))
    return alternatives or [false()]


def filter_conditions(f: PersonFilter, can_see_protected: bool) -> list[ColumnElement[bool]]:
    """The filters other than the search text."""
    conditions = []
    if f.municipality_id is not None:
        conditions.append(Person.municipality_id == f.municipality_id)
        if not can_see_protected:
            conditions.append(Person.protected == false())
    if f.occupational_status:
        conditions.append(Person.occupational_status == f.occupational_status)
    if f.privacy_ack_missing:
        conditions.append(missing_ack())
    if f.consent_missing:
        conditions.append(~exists().where(Consent.person_id == Person.id, Consent.kind == f.consent_missing,
                                          Consent.withdrawn_on.is_(None)))
    if f.protected is not None:
        if not can_see_protected:
            raise PermissionDeniedError("Filtrare le persone protette richiede il permesso «dati protetti».")
        conditions.append(Person.protected == f.protected)
    return conditions


def person_conditions(session: Session, f: PersonFilter, can_see_protected: bool) -> list[ColumnElement[bool]]:
    """Every condition of the filter, as one WHERE (counts and exports)."""
    alternatives = text_alternatives(session, f.text, can_see_protected)
    text = [or_(*alternatives)] if alternatives else []
    return text + filter_conditions(f, can_see_protected)


def place_column(can_see_protected: bool) -> ColumnElement[str]:
    """The residence municipality to show (outer join on Municipality), blank for hidden addresses."""
    place = func.coalesce(Municipality.name, Person.municipality_name)
    return place if can_see_protected else case((Person.protected == false(), place), else_=literal(""))


def person_order(sort: Sort, can_see_protected: bool) -> list:
    if sort.column not in PERSON_SORT_COLUMNS:
        raise ValueError(f"unknown sort column {sort.column!r}")
    key = {
        "name": Person.search_name,
        "fiscal_code": Person.fiscal_code,
        "birth_date": Person.birth_date,
        "municipality": func.nullif(place_column(can_see_protected), ""),
        "phone": Person.search_phone,
        "email": Person.email,
        "occupational_status": Person.occupational_status,
        "updated_at": Person.updated_at,
    }[sort.column]
    first = key.desc() if sort.descending else key.asc()
    if sort.column in ("fiscal_code", "birth_date", "municipality"):
        # Blanks last either way; NOT NULL columns skip this, or SQLite could no longer read the index in order.
        first = first.nulls_last()
    then = [] if sort.column == "name" else [Person.search_name.desc() if sort.descending else Person.search_name]
    # The id keeps pages stable between equal names.
    return [first, *then, Person.id.desc() if sort.descending else Person.id.asc()]


def people_select(columns: list, conditions: list):
    return (select(*columns).select_from(Person)
            .outerjoin(Municipality, Municipality.id == Person.municipality_id).where(*conditions))


def _by_name(alternatives: list, others: list, descending: bool, offset: int, limit: int):
    """Ids of one page in name order, as a union of per-alternative index reads.

    OR-ing the alternatives makes the database fetch and sort every match (thousands for 'ros');
    each alternative read alone in name order needs only offset + limit entries of a covering index.
    """
    order = (Person.search_name.desc(), Person.id.desc()) if descending else (Person.search_name, Person.id)
    branches = []
    for alternative in alternatives:
        part = (select(Person.id, Person.search_name).where(alternative, *others)
                .order_by(*order).limit(offset + limit).subquery())
        branches.append(select(part.c.id, part.c.search_name))
    merged = union(*branches).subquery()
    order = (merged.c.search_name.desc(), merged.c.id.desc()) if descending else (merged.c.search_name, merged.c.id)
    return select(merged.c.id).order_by(*order).offset(offset).limit(limit)


def page_ids_query(session: Session, f: PersonFilter, sort: Sort, offset: int, limit: int, can_see_protected: bool):
    """SELECT of the ids of one page, in order."""
    alternatives = text_alternatives(session, f.text, can_see_protected)
    others = filter_conditions(f, can_see_protected)
    if alternatives and sort.column == "name":
        return _by_name(alternatives, others, sort.descending, offset, limit)
    conditions = ([or_(*alternatives)] if alternatives else []) + others
    query = select(Person.id).where(*conditions)
    if sort.column == "municipality":
        query = query.outerjoin(Municipality, Municipality.id == Person.municipality_id)
    return query.order_by(*person_order(sort, can_see_protected)).offset(offset).limit(limit)
