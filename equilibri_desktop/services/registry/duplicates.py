"""Possible duplicates while a new person or organisation is being typed: records to open instead."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.duplicate_rules import (
    HARD_STOPS,
    OrganisationFacts,
    PersonFacts,
    organisation_duplicate_reasons,
    person_duplicate_reasons,
)
from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.domain.person_rules import PersonInput
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.models.registry import Organisation, Person

MAX_CANDIDATES = 10
_SCANNED = 50  # rows fetched before ranking: a handful is the normal case


@dataclass(frozen=True)
class DuplicateCandidate:
    uuid: uuid.UUID
    label: str  # "Rossi Maria" or the organisation's name
    birth_date: date | None  # people only
    fiscal_code: str
    vat_number: str  # organisations only
    reasons: tuple[str, ...]  # Italian, e.g. "Stesso nome e stessa data di nascita"
    hard_stop: bool  # same codice fiscale / partita IVA: saving will be refused


def _ranked(candidates: list[DuplicateCandidate]) -> list[DuplicateCandidate]:
    candidates.sort(key=lambda c: (not c.hard_stop, -len(c.reasons), c.label))
    return candidates[:MAX_CANDIDATES]


def possible_duplicates(db: Database, data: PersonInput, exclude_uuid: uuid.UUID | None = None
                        ) -> list[DuplicateCandidate]:
    """People who may be the one being typed: same CF (hard stop), same name and birth date, same e-mail or phone."""
    db.require(Permission.REGISTRY_READ)
    facts = PersonFacts.of(data.surname, data.first_name, data.birth_date, data.fiscal_code, data.email, data.phone)
    probes = []
    if len(facts.fiscal_code) == 16:
        probes.append(Person.fiscal_code == facts.fiscal_code)
    if facts.name_key and facts.birth_date:
        probes.append(and_(Person.search_name.in_([facts.name_key, facts.reversed_key]),
                           Person.birth_date == facts.birth_date))
    if facts.email:
        probes.append(Person.email == facts.email)
    if facts.phone:
        probes.append(Person.search_phone == facts.phone)
    if not probes:
        return []
    query = select(Person).where(or_(*probes))
    if exclude_uuid is not None:
        query = query.where(Person.uuid != exclude_uuid)
    found = []
    with db.unit_of_work() as session:
        for person in session.scalars(query.limit(_SCANNED)):
            stored = PersonFacts.of(person.surname, person.first_name, person.birth_date, person.fiscal_code or "",
                                    person.email, person.phone)
            reasons = person_duplicate_reasons(facts, stored)
            if reasons:
                found.append(DuplicateCandidate(person.uuid, person.display_name, person.birth_date,
                                                person.fiscal_code or "", "", reasons,
                                                bool(HARD_STOPS & set(reasons))))
    return _ranked(found)


def possible_organisation_duplicates(db: Database, data: OrganisationInput, exclude_uuid: uuid.UUID | None = None
                                     ) -> list[DuplicateCandidate]:
    """Organisations that may be the one being typed: same P.IVA/CF (hard stop), same name, e-mail, PEC or phone."""
    db.require(Permission.REGISTRY_READ)
    facts = OrganisationFacts.of(data.name, data.vat_number, data.fiscal_code, data.email, data.pec, data.phone)
    codes = [c for c in (facts.vat_number, facts.fiscal_code) if len(c) in (11, 16)]
    probes = [Organisation.vat_number.in_(codes), Organisation.fiscal_code.in_(codes)] if codes else []
    for column, value in ((Organisation.search_name, facts.name_key), (Organisation.email, facts.email),
                          (Organisation.pec, facts.pec), (Organisation.search_phone, facts.phone)):
        if value:
            probes.append(column == value)
    if not probes:
        return []
    query = select(Organisation).where(or_(*probes))
    if exclude_uuid is not None:
        query = query.where(Organisation.uuid != exclude_uuid)
    found = []
    with db.unit_of_work() as session:
        for body in session.scalars(query.limit(_SCANNED)):
            stored = OrganisationFacts.of(body.name, body.vat_number or "", body.fiscal_code or "", body.email,
                                          body.pec, body.phone)
            reasons = organisation_duplicate_reasons(facts, stored)
            if reasons:
                found.append(DuplicateCandidate(body.uuid, body.name, None, body.fiscal_code or "",
                                                body.vat_number or "", reasons, bool(HARD_STOPS & set(reasons))))
    return _ranked(found)
