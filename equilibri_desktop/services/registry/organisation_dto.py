"""What the organisation services hand to the screens."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date

from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.domain.organisation_rules import ContactInput, OrganisationInput
from equilibri_desktop.services.registry.dto import GrantApplicationLink, MergeEntry, RecordStamp

_INPUT_FIELDS = tuple(f.name for f in fields(OrganisationInput) if f.name not in ("contacts",))


@dataclass(frozen=True)
class OrganisationRow:
    uuid: uuid.UUID
    version: int
    name: str
    kind: str  # OrganisationKind code
    kind_label: str
    legal_form: str
    fiscal_code: str
    vat_number: str
    municipality: str
    phone: str
    email: str
    pec: str
    employees: int | None
    size_class: str  # SizeClass code for enterprises, "" otherwise
    size_class_label: str
    alliance_role: str  # AllianceRole code, "" when not a member
    alliance_role_label: str


@dataclass(frozen=True)
class PersonRef:
    uuid: uuid.UUID
    display_name: str
    fiscal_code: str


@dataclass(frozen=True)
class ContactEntry:
    uuid: uuid.UUID
    person: PersonRef
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class OrganisationDetail:
    """Everything about one organisation. The editable fields carry the same names as OrganisationInput."""

    uuid: uuid.UUID
    version: int
    name: str
    kind: str
    legal_form: str
    fiscal_code: str
    vat_number: str
    address: str
    municipality_id: int | None
    municipality_name: str
    cap: str
    pec: str
    email: str
    phone: str
    ateco: str
    employees: int | None
    employees_women: int | None
    employees_men: int | None
    legal_representative_uuid: uuid.UUID | None
    alliance_role: str
    partner_since: date | None
    iban: str
    notes: str
    kind_label: str
    municipality_label: str
    size_class: str
    size_class_label: str
    alliance_role_label: str
    legal_representative: PersonRef | None
    stamp: RecordStamp
    contacts: tuple[ContactEntry, ...] = ()
    merges: tuple[MergeEntry, ...] = ()
    grant_applications: tuple[GrantApplicationLink, ...] = ()  # the start-up grants the firm was set up with

    def to_input(self) -> OrganisationInput:
        values = {name: getattr(self, name) for name in _INPUT_FIELDS}
        contacts = tuple(ContactInput(c.person.uuid, c.role) for c in self.contacts)
        return OrganisationInput(**values, contacts=contacts)


@dataclass(frozen=True)
class OrganisationSaveResult:
    organisation: OrganisationDetail
    warnings: tuple[FieldError, ...]
