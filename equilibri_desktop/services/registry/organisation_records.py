"""Building OrganisationDetail snapshots and saving inputs, contact people included."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.grants.protocol import protocol_label
from equilibri_desktop.domain.organisation_rules import AllianceRole, ContactInput, OrganisationInput, size_class
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.registry.dto import GrantApplicationLink
from equilibri_desktop.services.registry.organisation_dto import ContactEntry, OrganisationDetail, PersonRef
from equilibri_desktop.services.registry.records import merges_into, place_label, stamp_of
from equilibri_desktop.storage.models import GrantApplication, GrantCall, GrantFirm
from equilibri_desktop.storage.models.registry import Organisation, OrganisationContact, Person

BENEFICIARY = "Impresa beneficiaria"

COLUMN_FIELDS = tuple(name for name in OrganisationInput.__dataclass_fields__
                      if name not in ("contacts", "legal_representative_uuid"))
NULLABLE_CODES = ("fiscal_code", "vat_number")  # unique columns: NULL, not ''


def person_ids(session: Session, uuids: set[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not uuids:
        return {}
    return dict(session.execute(select(Person.uuid, Person.id).where(Person.uuid.in_(uuids))).all())


def apply_organisation(session: Session, organisation: Organisation, value: OrganisationInput) -> None:
    for name in COLUMN_FIELDS:
        setattr(organisation, name, getattr(value, name))
    for name in NULLABLE_CODES:
        setattr(organisation, name, getattr(value, name) or None)
    representative = value.legal_representative_uuid
    ids = person_ids(session, {representative} if representative else set())
    if representative and representative not in ids:
        raise ValidationError.coded("legal_representative_uuid", "registry.body.representative_gone")
    organisation.legal_representative_id = ids.get(representative) if representative else None


def stored_organisation_input(session: Session, organisation: Organisation) -> OrganisationInput:
    """The stored values as an input (contacts left as they are)."""
    values = {name: getattr(organisation, name) for name in COLUMN_FIELDS}
    values.update({name: getattr(organisation, name) or "" for name in NULLABLE_CODES})
    representative = None
    if organisation.legal_representative_id is not None:
        representative = session.scalar(select(Person.uuid).where(Person.id == organisation.legal_representative_id))
    return OrganisationInput(**values, legal_representative_uuid=representative, contacts=None)


def sync_contacts(session: Session, organisation: Organisation, contacts: tuple[ContactInput, ...]) -> None:
    """Make the stored contact people equal to `contacts` (added, role changed, removed)."""
    ids = person_ids(session, {c.person_uuid for c in contacts})
    if len(ids) != len(contacts):
        raise ValidationError.coded("contacts", "registry.body.contact_gone")
    stored = {c.person_id: c for c in session.scalars(
        select(OrganisationContact).where(OrganisationContact.organisation_id == organisation.id))}
    wanted = {ids[c.person_uuid]: c.role for c in contacts}
    for person_id, contact in stored.items():
        if person_id not in wanted:
            session.delete(contact)
        elif contact.role != wanted[person_id]:
            contact.role = wanted[person_id]
    for person_id, role in wanted.items():
        if person_id not in stored:
            session.add(OrganisationContact(organisation_id=organisation.id, person_id=person_id, role=role))


def _person_ref(person: Person) -> PersonRef:
    return PersonRef(person.uuid, f"{person.surname} {person.first_name}", person.fiscal_code or "")


def grant_file_links(session: Session, organisation_id: int) -> tuple[GrantApplicationLink, ...]:
    """The grant applications whose firm, once constituted, was recorded as this organisation."""
    rows = session.execute(
        select(GrantApplication.uuid, GrantApplication.protocol_year, GrantApplication.protocol_number,
               GrantCall.title, GrantApplication.business_name, GrantApplication.status)
        .join(GrantFirm, GrantFirm.application_id == GrantApplication.id)
        .join(GrantCall, GrantCall.id == GrantApplication.call_id)
        .where(GrantFirm.organisation_id == organisation_id).order_by(GrantApplication.id.desc())).all()
    return tuple(GrantApplicationLink(r.uuid, protocol_label(r.protocol_year, r.protocol_number), r.title,
                                      r.business_name, r.status, BENEFICIARY) for r in rows)


def organisation_detail(session: Session, organisation: Organisation,
                        refs: dict[int, MunicipalityRef]) -> OrganisationDetail:
    values = {name: getattr(organisation, name) for name in COLUMN_FIELDS}
    values.update({name: getattr(organisation, name) or "" for name in NULLABLE_CODES})
    representative = None
    if organisation.legal_representative_id is not None:
        representative = _person_ref(session.get(Person, organisation.legal_representative_id))
    contacts = session.execute(
        select(OrganisationContact, Person).join(Person, Person.id == OrganisationContact.person_id)
        .where(OrganisationContact.organisation_id == organisation.id).order_by(Person.search_name)
    ).all()
    kind = OrganisationKind.from_code(organisation.kind)
    size = size_class(organisation.kind, organisation.employees)
    role = AllianceRole(organisation.alliance_role) if organisation.alliance_role in set(AllianceRole) else None
    return OrganisationDetail(
        uuid=organisation.uuid, version=organisation.version, **values,
        legal_representative_uuid=representative.uuid if representative else None,
        kind_label=kind.label, municipality_label=place_label(organisation.municipality_id,
                                                              organisation.municipality_name, refs),
        size_class=size.value if size else "", size_class_label=size.label if size else "",
        alliance_role_label=role.label if role else "", legal_representative=representative,
        stamp=stamp_of(organisation),
        contacts=tuple(ContactEntry(c.uuid, _person_ref(p), c.role, p.phone, p.email) for c, p in contacts),
        merges=merges_into(session, organisation.uuid),
        grant_applications=grant_file_links(session, organisation.id),
    )
