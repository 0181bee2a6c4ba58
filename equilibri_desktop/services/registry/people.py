"""Registering, editing, reading and deleting people of the registry."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission, PermissionDeniedError
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.identifiers import (
    DecodedFiscalCode,
    normalise_fiscal_code,
    validate_person_fiscal_code,
)
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.person_rules import (
    CheckedPerson,
    PersonInput,
    validate_person,
)
from equilibri_desktop.services.access import audit, need_to_know
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.events import history as events_history
from equilibri_desktop.services.registry.person_dto import PersonDetail, PersonSaveResult
from equilibri_desktop.services.registry.person_records import (
    ADDRESS_FIELDS,
    PROTECTION_FIELDS,
    apply_person,
    person_detail,
    stored_input,
)
from equilibri_desktop.services.registry.records import find_by_uuid, municipality_refs
from equilibri_desktop.storage.models.grant_application import (
    GrantApplication,
    GrantCoApplicant,
)
from equilibri_desktop.storage.models.registry import (
    Consent,
    Organisation,
    OrganisationContact,
    Person,
    PrivacyAcknowledgement,
)

log = logging.getLogger(__name__)


def decode_fiscal_code(text: str) -> DecodedFiscalCode:
    """Sex, birth date and birthplace from a codice fiscale, for the form to offer; ValidationError if wrong."""
    return validate_person_fiscal_code(text)


def _guard_protection(db: Database, data: PersonInput, stored: Person | None) -> PersonInput:
    """Without the "dati protetti" permission nobody sets the flag, nor touches what it hides."""
    if db.actor.can(Permission.PROTECTED_DATA):
        return data
    if (data.protected or data.protection_body or data.protection_date) and not (stored and stored.protected):
        raise PermissionDeniedError(code="registry.person.protected_needs_permission")
    if stored is None:
        return data
    before = stored_input(stored)
    kept = PROTECTION_FIELDS + (ADDRESS_FIELDS if stored.protected else ())
    return replace(data, **{name: getattr(before, name) for name in kept})


def refuse_duplicate_code(session: Session, fiscal_code: str, exclude_id: int | None = None) -> None:
    """Same codice fiscale as a stored person: a hard stop that names the person to open instead."""
    if not fiscal_code:
        return
    query = select(Person.uuid, Person.surname, Person.first_name).where(Person.fiscal_code == fiscal_code)
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    existing = session.execute(query).first()
    if existing:
        label = f"{existing.surname} {existing.first_name}"
        raise DuplicateRecordError("fiscal_code", CodedText("registry.person.duplicate_code", label=label),
                                   existing.uuid, label)


def _check(session: Session, db: Database, data: PersonInput, stored: Person | None) -> CheckedPerson:
    checked = validate_person(_guard_protection(db, data, stored), municipality_refs(session))
    refuse_duplicate_code(session, checked.value.fiscal_code, stored.id if stored else None)
    return checked


@contextmanager
def _same_code_race(db: Database, data: PersonInput, person_uuid: uuid.UUID | None = None) -> Iterator[None]:
    """A colleague saved the same codice fiscale between our check and our insert: the database's unique
    index refuses it, and the user reads the ordinary duplicate message (never the driver's text, which
    quotes the code and would end up in the log)."""
    try:
        yield
    except IntegrityError as exc:
        code = normalise_fiscal_code(data.fiscal_code)
        if not code or "fiscal_code" not in str(exc.orig):
            raise
        with db.unit_of_work() as session:
            own = session.scalar(select(Person.id).where(Person.uuid == person_uuid)) if person_uuid else None
            refuse_duplicate_code(session, code, own)  # raises the ordinary message, naming who holds it
        raise  # the other record is gone again meanwhile: let the caller retry


def create_person(db: Database, data: PersonInput) -> PersonSaveResult:
    """Validate and store a new person; warnings (e.g. data disagreeing with the CF) do not block."""
    db.require(Permission.REGISTRY_WRITE)
    with _same_code_race(db, data):
        with db.unit_of_work() as session:
            checked = _check(session, db, data, None)
            person = Person()
            apply_person(person, checked.value)
            session.add(person)
            session.flush()
            log.info("person %s created", person.uuid)
            detail = person_detail(session, person, municipality_refs(session),
                                   db.actor.can(Permission.PROTECTED_DATA))
            return PersonSaveResult(detail, checked.warnings)


def update_person(db: Database, person_uuid: uuid.UUID, data: PersonInput, expected_version: int) -> PersonSaveResult:
    """Save changes made on the copy loaded at `expected_version`; StaleRecordError if someone saved since."""
    db.require(Permission.REGISTRY_WRITE)
    with _same_code_race(db, data, person_uuid):
        with db.unit_of_work() as session:
            person = find_by_uuid(session, Person, person_uuid)
            check_version(person, expected_version)
            checked = _check(session, db, data, person)
            apply_person(person, checked.value)
            session.flush()
            log.info("person %s updated to version %d", person.uuid, person.version)
            detail = person_detail(session, person, municipality_refs(session),
                                   db.actor.can(Permission.PROTECTED_DATA))
            return PersonSaveResult(detail, checked.warnings)


def get_person(db: Database, person_uuid: uuid.UUID) -> PersonDetail:
    """The full record; opening a protected person's record is written to the audit trail."""
    db.require(Permission.REGISTRY_READ)
    can_see = db.actor.can(Permission.PROTECTED_DATA)
    with db.unit_of_work() as session:
        person = find_by_uuid(session, Person, person_uuid)
        if person.protected and can_see:
            audit.record(session, AuditAction.VIEW_PROTECTED, table_name=Person.__tablename__,
                         record_uuid=person.uuid)
        detail = person_detail(session, person, municipality_refs(session), can_see, db.actor.sees_personal_data)
        lines = {"grants"} if detail.grant_applications else set()
        if events_history.is_participant(session, person.id):
            lines.add("events")
        need_to_know.record_card_view(session, db.actor, Person.__tablename__, person.uuid, lines)
        return detail


def _count(session: Session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def delete_person(db: Database, person_uuid: uuid.UUID, expected_version: int) -> None:
    """Delete a person and their privacy records; refused while an organisation refers to them.

    Every deleted row leaves a tombstone (session hook), so other copies of the data learn of it.
    """
    db.require(Permission.REGISTRY_WRITE)
    with db.unit_of_work() as session:
        person = find_by_uuid(session, Person, person_uuid)
        check_version(person, expected_version)
        linked = _count(session, select(Organisation.id).where(Organisation.legal_representative_id == person.id))
        linked += _count(session, select(OrganisationContact.id).where(OrganisationContact.person_id == person.id))
        if linked:
            raise DomainError(code="registry.person.linked_to_bodies", params={"linked": linked})
        applications = _count(session, select(GrantApplication.id).where(GrantApplication.applicant_id == person.id))
        applications += _count(session, select(GrantCoApplicant.id).where(GrantCoApplicant.person_id == person.id))
        if applications:
            # A grant procedure is an administrative record: its applicant can never disappear from it.
            raise DomainError(code="registry.person.in_applications", params={"applications": applications})
        for model in (PrivacyAcknowledgement, Consent):
            for row in session.scalars(select(model).where(model.person_id == person.id)):
                session.delete(row)
        session.delete(person)
        log.info("person %s deleted", person_uuid)
