"""What the network screens' pickers need from the registry: organisations by name, and who may sign for one
(its legal representative first, then its contact people)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.domain.search_keys import organisation_name_key
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.models import (
    Municipality,
    Organisation,
    OrganisationContact,
    Person,
)


@dataclass(frozen=True)
class Signatory:
    uuid: uuid.UUID
    name: str
    is_legal_representative: bool
    role: str


def find_organisations(db: Database, text: str, limit: int = 20) -> list[tuple[uuid.UUID, str, str]]:
    """(uuid, name, "name – kind, municipality") of the organisations whose name has words starting so."""
    db.require(Permission.REGISTRY_READ)
    key = organisation_name_key(text)
    if not key:
        return []
    query = (select(Organisation.uuid, Organisation.name, Organisation.kind, Municipality.name)
             .outerjoin(Municipality, Municipality.id == Organisation.municipality_id))
    for word in key.split():
        query = query.where((Organisation.search_name.like(f"{word}%")) | Organisation.search_name.like(f"% {word}%"))
    with db.unit_of_work() as session:
        rows = session.execute(query.order_by(Organisation.name).limit(limit)).all()
    return [(u, name, f"{name} – {OrganisationKind.from_code(kind).label}{', ' + place if place else ''}")
            for u, name, kind, place in rows]


def signatories(db: Database, organisation_uuid: uuid.UUID) -> list[Signatory]:
    db.require(Permission.REGISTRY_READ)
    with db.unit_of_work() as session:
        org = session.scalar(select(Organisation).where(Organisation.uuid == organisation_uuid))
        if org is None:
            return []
        found: list[Signatory] = []
        if org.legal_representative_id:
            rep = session.get(Person, org.legal_representative_id)
            found.append(Signatory(rep.uuid, f"{rep.first_name} {rep.surname}", True, "legale rappresentante"))
        for person, role in session.execute(
                select(Person, OrganisationContact.role).join(OrganisationContact,
                                                              OrganisationContact.person_id == Person.id)
                .where(OrganisationContact.organisation_id == org.id).order_by(Person.surname)):
            if person.id != org.legal_representative_id:
                found.append(Signatory(person.uuid, f"{person.first_name} {person.surname}", False, role))
        return found
