"""The network agent's work with firms: contacts (date, agent, kind, topics, outcome, next step with its due
date) and good practices per firm, searchable; the firm's history with the network."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.network.codes import ContactKind, ContactTopic
from equilibri_desktop.domain.organisation_rules import size_class
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import (
    NetworkContact,
    NetworkPractice,
    Organisation,
)


@dataclass(frozen=True)
class ContactInput:
    organisation_uuid: uuid.UUID | None
    contact_on: date | None
    kind: str
    topics: tuple[str, ...] = ()
    summary: str = ""
    outcome: str = ""
    next_step: str = ""
    next_step_due: date | None = None


@dataclass(frozen=True)
class ContactRow:
    uuid: uuid.UUID
    organisation_uuid: uuid.UUID
    organisation_name: str
    contact_on: date
    agent: str
    kind: str
    topics: tuple[str, ...]
    summary: str
    outcome: str
    next_step: str
    next_step_due: date | None
    next_step_done: bool
    ateco: str = ""  # the firm's sector as the registry records it
    size_class: str = ""  # SizeClass code from the registry's headcount ("" when unknown or not a firm)


@dataclass(frozen=True)
class PracticeRow:
    uuid: uuid.UUID
    organisation_uuid: uuid.UUID
    organisation_name: str
    measure: str
    description: str
    results: str
    recorded_on: date


def _validate(data: ContactInput, today: date) -> None:
    errors = []
    if data.organisation_uuid is None:
        errors.append(FieldError.coded("organisation", "network.contacts.organisation_missing"))
    if data.contact_on is None:
        errors.append(FieldError.coded("contact_on", "network.contacts.contact_on"))
    elif data.contact_on > today:
        errors.append(FieldError.coded("contact_on", "network.contacts.contact_in_future"))
    if data.kind not in {k.value for k in ContactKind}:
        errors.append(FieldError.coded("kind", "network.contacts.kind"))
    if any(t not in {k.value for k in ContactTopic} for t in data.topics):
        errors.append(FieldError.coded("topics", "network.contacts.topics"))
    if data.next_step_due and not data.next_step.strip():
        errors.append(FieldError.coded("next_step", "network.contacts.next_step"))
    if data.next_step_due and data.contact_on and data.next_step_due < data.contact_on:
        errors.append(FieldError.coded("next_step_due", "network.contacts.next_step_due"))
    if errors:
        raise ValidationError(errors)


def _row(contact: NetworkContact, org: Organisation) -> ContactRow:
    size = size_class(org.kind, org.employees)
    return ContactRow(contact.uuid, org.uuid, org.name, contact.contact_on, contact.agent, contact.kind,
                      tuple(t for t in contact.topics.split(",") if t), contact.summary, contact.outcome,
                      contact.next_step, contact.next_step_due, contact.next_step_done, org.ateco or "",
                      size.value if size else "")


def record_contact(db: Database, data: ContactInput) -> ContactRow:
    """The agent is the user recording it."""
    db.require(Permission.NETWORK_CONTACTS)
    _validate(data, office_today())
    with db.unit_of_work() as session:
        org = find_by_uuid(session, Organisation, data.organisation_uuid)
        contact = NetworkContact(organisation_id=org.id, contact_on=data.contact_on, agent=db.actor.username,
                                 kind=data.kind, topics=",".join(data.topics), summary=data.summary.strip(),
                                 outcome=data.outcome.strip(), next_step=data.next_step.strip()[:300],
                                 next_step_due=data.next_step_due)
        session.add(contact)
        session.flush()
        return _row(contact, org)


def complete_next_step(db: Database, contact_uuid: uuid.UUID) -> None:
    db.require(Permission.NETWORK_CONTACTS)
    with db.unit_of_work() as session:
        find_by_uuid(session, NetworkContact, contact_uuid).next_step_done = True


def list_contacts(db: Database, organisation_uuid: uuid.UUID | None = None, agent: str | None = None,
                  text: str = "", limit: int = 500) -> tuple[ContactRow, ...]:
    db.require(Permission.NETWORK_READ)
    query = select(NetworkContact, Organisation).join(Organisation, Organisation.id == NetworkContact.organisation_id)
    if organisation_uuid:
        query = query.where(Organisation.uuid == organisation_uuid)
    if agent:
        query = query.where(NetworkContact.agent == agent)
    if text.strip():
        needle = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(Organisation.name).like(needle),
                                func.lower(NetworkContact.outcome).like(needle),
                                func.lower(NetworkContact.next_step).like(needle),
                                Organisation.ateco.like(f"{text.strip()}%")))
    with db.unit_of_work() as session:
        rows = session.execute(query.order_by(NetworkContact.contact_on.desc(), NetworkContact.id.desc())
                               .limit(limit)).all()
        return tuple(_row(c, o) for c, o in rows)


def record_practice(db: Database, organisation_uuid: uuid.UUID | None, measure: str, description: str = "",
                    results: str = "", recorded_on: date | None = None) -> PracticeRow:
    db.require(Permission.NETWORK_CONTACTS)
    if organisation_uuid is None:
        raise ValidationError.coded("organisation", "network.contacts.organisation")
    if not measure.strip():
        raise ValidationError.coded("measure", "network.contacts.measure")
    with db.unit_of_work() as session:
        org = find_by_uuid(session, Organisation, organisation_uuid)
        practice = NetworkPractice(organisation_id=org.id, measure=measure.strip()[:200],
                                   description=description.strip(), results=results.strip(),
                                   recorded_on=recorded_on or office_today())
        session.add(practice)
        session.flush()
        return PracticeRow(practice.uuid, org.uuid, org.name, practice.measure, practice.description,
                           practice.results, practice.recorded_on)


def search_practices(db: Database, text: str = "",
                     organisation_uuid: uuid.UUID | None = None) -> tuple[PracticeRow, ...]:
    db.require(Permission.NETWORK_READ)
    query = select(NetworkPractice, Organisation).join(Organisation,
                                                        Organisation.id == NetworkPractice.organisation_id)
    if organisation_uuid:
        query = query.where(Organisation.uuid == organisation_uuid)
    if text.strip():
        needle = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(NetworkPractice.measure).like(needle),
                                func.lower(NetworkPractice.description).like(needle),
                                func.lower(NetworkPractice.results).like(needle),
                                func.lower(Organisation.name).like(needle)))
    with db.unit_of_work() as session:
        rows = session.execute(query.order_by(Organisation.name, NetworkPractice.recorded_on.desc())).all()
        return tuple(PracticeRow(p.uuid, o.uuid, o.name, p.measure, p.description, p.results, p.recorded_on)
                     for p, o in rows)


def print_practices_catalogue(db: Database, path: Path, text: str = "") -> Path:
    """The good practices (filtered by `text`) as a PDF/A catalogue written at `path`."""
    from equilibri_desktop.documents.network.practices import PracticeEntry, build_practices_pdf
    from equilibri_desktop.services.admin import office_profile

    entries = [PracticeEntry(p.organisation_name, p.measure, p.description, p.results, p.recorded_on)
               for p in search_practices(db, text)]
    build_practices_pdf(entries, office_profile.load_profile(db).normalised(), Path(path), office_today())
    return Path(path)
