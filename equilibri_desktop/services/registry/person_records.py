"""Building PersonDetail snapshots from stored rows (masking what the user may not see) and saving inputs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.grants.protocol import protocol_label
from equilibri_desktop.domain.person_kinds import ConsentKind, PrivacyChannel
from equilibri_desktop.domain.person_rules import PersonInput
from equilibri_desktop.services.access.need_to_know import mask_person_values
from equilibri_desktop.services.registry.dto import GrantApplicationLink
from equilibri_desktop.services.registry.person_dto import (
    HIDDEN_ADDRESS,
    ConsentEntry,
    OrganisationLink,
    PersonDetail,
    PrivacyAckEntry,
)
from equilibri_desktop.services.registry.records import (
    merges_into,
    place_label,
    stamp_of,
)
from equilibri_desktop.storage.models.grant_application import (
    GrantApplication,
    GrantCoApplicant,
)
from equilibri_desktop.storage.models.grant_call import GrantCall
from equilibri_desktop.storage.models.registry import (
    Consent,
    Organisation,
    OrganisationContact,
    Person,
    PrivacyAcknowledgement,
)

# Residence, domicile and the protection details: what a protected person's record hides.
ADDRESS_FIELDS = ("address", "municipality_id", "municipality_name", "cap", "domicile_address",
                  "domicile_municipality_id", "domicile_municipality_name", "domicile_cap")
PROTECTION_FIELDS = ("protected", "protection_body", "protection_date")
STORED_FIELDS = tuple(name for name in PersonInput.__dataclass_fields__)


def apply_person(person: Person, value: PersonInput) -> None:
    for name in STORED_FIELDS:
        setattr(person, name, getattr(value, name))
    person.fiscal_code = value.fiscal_code or None  # NULL, not '': the column is unique


def stored_input(person: Person) -> PersonInput:
    values = {name: getattr(person, name) for name in STORED_FIELDS}
    return PersonInput(**{**values, "fiscal_code": person.fiscal_code or ""})


def privacy_entries(session: Session, person_id: int) -> tuple[PrivacyAckEntry, ...]:
    acks = session.scalars(select(PrivacyAcknowledgement).where(PrivacyAcknowledgement.person_id == person_id)
                           .order_by(PrivacyAcknowledgement.acknowledged_on.desc(), PrivacyAcknowledgement.id.desc()))
    return tuple(PrivacyAckEntry(a.uuid, a.notice_version, a.acknowledged_on, a.channel, _label(PrivacyChannel,
                 a.channel), a.created_by, a.created_at) for a in acks)


def consent_entry(consent: Consent) -> ConsentEntry:
    return ConsentEntry(consent.uuid, consent.version, consent.kind, _label(ConsentKind, consent.kind),
                        consent.given_on, consent.withdrawn_on)


def _label(enum, code: str) -> str:
    item = enum.from_code(code)
    return item.label if item else code


def organisation_links(session: Session, person_id: int) -> tuple[OrganisationLink, ...]:
    links = [OrganisationLink(o.uuid, o.name, "legal_representative", "Legale rappresentante")
             for o in session.execute(select(Organisation.uuid, Organisation.name)
                                      .where(Organisation.legal_representative_id == person_id)
                                      .order_by(Organisation.search_name))]
    contacts = (select(Organisation.uuid, Organisation.name, OrganisationContact.role)
                .join(OrganisationContact, OrganisationContact.organisation_id == Organisation.id)
                .where(OrganisationContact.person_id == person_id).order_by(Organisation.search_name))
    links += [OrganisationLink(o.uuid, o.name, "contact", o.role or "Referente") for o in session.execute(contacts)]
    return tuple(links)


def grant_application_links(session: Session, person_id: int) -> tuple[GrantApplicationLink, ...]:
    columns = (GrantApplication.uuid, GrantApplication.protocol_year, GrantApplication.protocol_number,
               GrantCall.title, GrantApplication.business_name, GrantApplication.status)
    own = session.execute(select(*columns).join(GrantCall, GrantCall.id == GrantApplication.call_id)
                          .where(GrantApplication.applicant_id == person_id)
                          .order_by(GrantApplication.id.desc())).all()
    shared = session.execute(select(*columns, GrantCoApplicant.role)
                             .join(GrantCall, GrantCall.id == GrantApplication.call_id)
                             .join(GrantCoApplicant, GrantCoApplicant.application_id == GrantApplication.id)
                             .where(GrantCoApplicant.person_id == person_id)
                             .order_by(GrantApplication.id.desc())).all()
    def link(row, role: str) -> GrantApplicationLink:
        return GrantApplicationLink(row.uuid, protocol_label(row.protocol_year, row.protocol_number), row.title,
                                    row.business_name, row.status, role)

    return tuple([link(r, "Richiedente") for r in own] + [link(r, r.role or "Co-richiedente") for r in shared])


def person_detail(session: Session, person: Person, refs: dict[int, MunicipalityRef],
                  can_see_protected: bool, personal: bool = True) -> PersonDetail:
    """The full snapshot, linked records included; masked when the person is protected and the user may not see,
    and without `personal` (a read-only auditor) identifying and contact data are masked too."""
    values = {name: getattr(person, name) for name in STORED_FIELDS}
    values["fiscal_code"] = person.fiscal_code or ""
    hidden = person.protected and not can_see_protected
    if hidden:
        values.update({name: None if name.endswith("_id") else "" for name in ADDRESS_FIELDS})
        values.update(address=HIDDEN_ADDRESS, protection_body="", protection_date=None)
    if not personal:  # masked, not hidden: `address_hidden` says "protected person" and must stay true to that
        values = mask_person_values(values)
    values["protected"] = person.protected if can_see_protected else None
    consents = session.scalars(select(Consent).where(Consent.person_id == person.id)
                               .order_by(Consent.given_on.desc(), Consent.id.desc()))
    return PersonDetail(
        uuid=person.uuid, version=person.version, **values,
        municipality_label=place_label(values["municipality_id"], values["municipality_name"], refs),
        domicile_municipality_label=place_label(values["domicile_municipality_id"],
                                                values["domicile_municipality_name"], refs),
        address_hidden=hidden, stamp=stamp_of(person),
        privacy_acks=privacy_entries(session, person.id),
        consents=tuple(consent_entry(c) for c in consents),
        organisations=organisation_links(session, person.id),
        grant_applications=grant_application_links(session, person.id),
        merges=merges_into(session, person.uuid),
    )
