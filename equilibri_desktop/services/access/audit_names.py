"""What the activity log needs to read like a clerk's words: each record's name, and fields in form order.

The labels themselves (kind of record, field, coded value) are the UI's, in ui/audit_catalogue.py; this
module gives the facts only the database knows. Names are read for the page being shown, one query per
kind of record, and never written into the trail (it must not become a second copy of personal data).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import fields
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.grants.protocol import protocol_label
from equilibri_desktop.storage.base import Base
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    Organisation,
    Person,
    UserAccount,
)


def _form_order(table_name: str) -> tuple[str, ...]:
    """Where the form is a domain input, its field order is the form's; otherwise the table's column order."""
    # Imported here: the registry's rules load the fiscal-code and IBAN libraries, which every audited write
    # (the login at start-up among them) would otherwise pay for before the home page shows.
    from equilibri_desktop.domain.organisation_rules import OrganisationInput
    from equilibri_desktop.domain.person_rules import PersonInput

    inputs = {Person.__tablename__: PersonInput, Organisation.__tablename__: OrganisationInput}
    return tuple(f.name for f in fields(inputs[table_name])) if table_name in inputs else ()


@lru_cache(maxsize=64)
def field_order(table_name: str) -> dict[str, int]:
    """field → position on the form (fields the form does not know come after, alphabetically)."""
    names = list(_form_order(table_name))
    table = Base.metadata.tables.get(table_name)
    if table is not None:
        names += [c.name for c in table.columns if c.name not in names]
    return {name: position for position, name in enumerate(names)}


def in_form_order(table_name: str, keys: Iterable[str]) -> list[str]:
    order = field_order(table_name)
    return sorted(keys, key=lambda key: (order.get(key, len(order)), key))


def _people(session: Session, ids):
    rows = session.execute(select(Person.uuid, Person.surname, Person.first_name).where(Person.uuid.in_(ids)))
    return {u: f"{s} {f}".strip() for u, s, f in rows}


def _organisations(session: Session, ids):
    return dict(session.execute(select(Organisation.uuid, Organisation.name).where(Organisation.uuid.in_(ids))).all())


def _calls(session: Session, ids):
    return dict(session.execute(select(GrantCall.uuid, GrantCall.title).where(GrantCall.uuid.in_(ids))).all())


def _applications(session: Session, ids):
    rows = session.execute(select(GrantApplication.uuid, GrantApplication.protocol_year,
                                  GrantApplication.protocol_number, GrantApplication.business_name)
                           .where(GrantApplication.uuid.in_(ids)))
    return {u: " – ".join(part for part in (protocol_label(y, n), name or "") if part) for u, y, n, name in rows}


def _users(session: Session, ids):
    rows = session.execute(select(UserAccount.uuid, UserAccount.username).where(UserAccount.uuid.in_(ids)))
    return dict(rows.all())


_NAMERS = {Person.__tablename__: _people, Organisation.__tablename__: _organisations,
           GrantCall.__tablename__: _calls, GrantApplication.__tablename__: _applications,
           UserAccount.__tablename__: _users}


def record_names(session: Session, records: Iterable[tuple[str, uuid.UUID | None]]) -> dict[uuid.UUID, str]:
    """record uuid → its name today (a deleted record has none), for the records of known kinds."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for table_name, record_uuid in records:
        if record_uuid is not None and table_name in _NAMERS:
            wanted.setdefault(table_name, set()).add(record_uuid)
    names: dict[uuid.UUID, str] = {}
    for table_name, ids in wanted.items():
        names.update(_NAMERS[table_name](session, list(ids)))
    return names
