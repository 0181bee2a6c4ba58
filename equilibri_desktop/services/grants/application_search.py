"""The list of applications: filters, search text and sorting in SQL, one page at a time."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.grants.protocol import (
    normalise_public_code,
    parse_protocol_label,
)
from equilibri_desktop.domain.search_keys import analyse_search_text, bounded_search_text
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.application_dto import (
    APPLICATION_SORT_COLUMNS,
    ApplicationFilter,
    ApplicationRow,
)
from equilibri_desktop.services.registry.dto import Page, Sort
from equilibri_desktop.storage.models import GrantApplication, GrantCall, Person
from equilibri_desktop.storage.search_text import starts_with

MAX_PAGE = 1_000
_STATUS_ORDER = case({status.value: number for number, status in enumerate(ApplicationStatus)},
                     value=GrantApplication.status, else_=len(ApplicationStatus))
_STATUS_LABELS = {status.value: status.label for status in ApplicationStatus}


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _text_condition(text: str) -> ColumnElement[bool] | None:
    raw = bounded_search_text(text)
    if not raw:
        return None
    alternatives: list[ColumnElement[bool]] = []
    if (label := parse_protocol_label(raw)) is not None:
        alternatives.append(and_(GrantApplication.protocol_year == label[0],
                                 GrantApplication.protocol_number == label[1]))
    elif raw.isdigit() and len(raw) <= 6:
        alternatives.append(GrantApplication.protocol_number == int(raw))
    code = normalise_public_code(raw)
    if len(code) >= 2 and code.isalnum():
        alternatives.append(starts_with(GrantApplication.public_code, code))
    terms = analyse_search_text(raw)
    if terms is not None:
        alternatives += [starts_with(Person.search_name, prefix) for prefix in terms.name_prefixes]
        alternatives += [starts_with(Person.search_name_reversed, prefix) for prefix in terms.reversed_prefixes]
    alternatives.append(func.lower(GrantApplication.business_name).like(f"%{_like_escaped(raw.lower())}%",
                                                                        escape="\\"))
    return or_(*alternatives)


def _conditions(session: Session, criteria: ApplicationFilter) -> list[ColumnElement[bool]]:
    conditions = []
    if criteria.call_uuid is not None:
        conditions.append(GrantCall.uuid == criteria.call_uuid)
    if criteria.status:
        conditions.append(GrantApplication.status == criteria.status)
    if (condition := _text_condition(criteria.text)) is not None:
        conditions.append(condition)
    return conditions


def _order(sort: Sort) -> list:
    if sort.column not in APPLICATION_SORT_COLUMNS:
        raise ValueError(f"unknown sort column {sort.column!r}")
    drafts_last = GrantApplication.protocol_year.is_(None)  # NULLs sort differently on each backend
    keys = {
        "protocol": [GrantApplication.protocol_year, GrantApplication.protocol_number],
        "received_at": [GrantApplication.received_at],
        "applicant": [Person.search_name],
        "business_name": [func.lower(GrantApplication.business_name)],
        "status": [_STATUS_ORDER],
        "public_code": [GrantApplication.public_code],
        "call": [GrantCall.title],
        "updated_at": [GrantApplication.updated_at],
    }[sort.column] + [GrantApplication.id]
    ordered = [key.desc() if sort.descending else key for key in keys]
    return [drafts_last, *ordered] if sort.column in ("protocol", "received_at") else ordered


def _select(columns: list, conditions: list):
    return (select(*columns).select_from(GrantApplication)
            .join(GrantCall, GrantCall.id == GrantApplication.call_id)
            .join(Person, Person.id == GrantApplication.applicant_id).where(*conditions))


def search_applications(db: Database, criteria: ApplicationFilter = ApplicationFilter(),
                        sort: Sort = Sort("protocol"), offset: int = 0, limit: int = 100) -> Page[ApplicationRow]:
    """One page of applications matching `criteria`, in `sort` order (see APPLICATION_SORT_COLUMNS)."""
    db.require(Permission.GRANTS_READ)
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise ValueError(f"bad page: offset={offset} limit={limit}")
    with db.unit_of_work() as session:
        columns = [GrantApplication.uuid, GrantApplication.version, GrantCall.title, GrantApplication.protocol_year,
                   GrantApplication.protocol_number, GrantApplication.received_at, GrantApplication.public_code,
                   Person.surname, Person.first_name, GrantApplication.business_name, GrantApplication.status]
        query = _select(columns, _conditions(session, criteria)).order_by(*_order(sort))
        rows = session.execute(query.offset(offset).limit(limit + 1)).all()
    items = tuple(ApplicationRow(
        uuid=r.uuid, version=r.version, call_title=r.title, protocol_year=r.protocol_year,
        protocol_number=r.protocol_number, received_at=r.received_at, public_code=r.public_code,
        applicant_name=f"{r.surname} {r.first_name}".strip(), business_name=r.business_name, status=r.status,
        status_label=_STATUS_LABELS.get(r.status, r.status)) for r in rows[:limit])
    return Page(items, offset, limit, has_more=len(rows) > limit)


def count_applications(db: Database, criteria: ApplicationFilter = ApplicationFilter()) -> int:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return session.scalar(_select([func.count()], _conditions(session, criteria))) or 0
