"""What the person services hand to the screens.

Protected people's addresses arrive already masked for users without the "dati protetti" permission:
`address_hidden` is True, the address reads HIDDEN_ADDRESS, municipality and CAP are empty and the
protection details are None/empty.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime

from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.domain.person_rules import PersonInput
from equilibri_desktop.services.registry.dto import GrantApplicationLink, MergeEntry, RecordStamp

HIDDEN_ADDRESS = "indirizzo riservato"
_INPUT_FIELDS = tuple(f.name for f in fields(PersonInput))


@dataclass(frozen=True)
class PersonRow:
    uuid: uuid.UUID
    version: int
    surname: str
    first_name: str
    sex: str
    birth_date: date | None
    fiscal_code: str
    address: str  # HIDDEN_ADDRESS when address_hidden
    municipality: str  # display name ("" when hidden)
    cap: str
    phone: str
    email: str
    occupational_status: str  # OccupationalStatus code, "" when unknown
    occupational_status_label: str
    missing_privacy_ack: bool  # no privacy notice acknowledged yet: the list marks the row
    protected: bool | None  # None: this user may not know
    address_hidden: bool

    @property
    def display_name(self) -> str:
        return f"{self.surname} {self.first_name}".strip()


@dataclass(frozen=True)
class PrivacyAckEntry:
    uuid: uuid.UUID
    notice_version: str
    acknowledged_on: date
    channel: str  # PrivacyChannel code
    channel_label: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class ConsentEntry:
    uuid: uuid.UUID
    version: int
    kind: str  # ConsentKind code
    kind_label: str
    given_on: date
    withdrawn_on: date | None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class OrganisationLink:
    """An organisation the person belongs to, and how."""

    organisation_uuid: uuid.UUID
    organisation_name: str
    relation: str  # "legal_representative" | "contact"
    role: str  # "Legale rappresentante", or the contact's role there


@dataclass(frozen=True)
class PersonDetail:
    """Everything about one person. The editable fields carry the same names as PersonInput."""

    uuid: uuid.UUID
    version: int
    surname: str
    first_name: str
    sex: str
    birth_date: date | None
    birth_place_code: str
    birth_place_name: str
    fiscal_code: str
    citizenship: str
    address: str  # HIDDEN_ADDRESS when address_hidden
    municipality_id: int | None
    municipality_name: str  # written-out municipality outside the reference list
    cap: str
    domicile_address: str
    domicile_municipality_id: int | None
    domicile_municipality_name: str
    domicile_cap: str
    phone: str
    email: str
    pec: str
    preferred_contact: str
    occupational_status: str
    did_date: date | None
    notes: str
    protected: bool | None  # None: this user may not know
    protection_body: str
    protection_date: date | None
    municipality_label: str  # residence municipality to show, whichever way it was given
    domicile_municipality_label: str
    address_hidden: bool
    stamp: RecordStamp
    privacy_acks: tuple[PrivacyAckEntry, ...] = ()  # newest first
    consents: tuple[ConsentEntry, ...] = ()
    organisations: tuple[OrganisationLink, ...] = ()
    grant_applications: tuple[GrantApplicationLink, ...] = ()
    merges: tuple[MergeEntry, ...] = ()  # records merged into this one, newest first

    @property
    def display_name(self) -> str:
        return f"{self.surname} {self.first_name}".strip()

    @property
    def missing_privacy_ack(self) -> bool:
        return not self.privacy_acks

    def to_input(self) -> PersonInput:
        """The values for the edit form; hidden fields come back empty and saving leaves them untouched."""
        values = {name: getattr(self, name) for name in _INPUT_FIELDS}
        if self.address_hidden:
            values["address"] = ""
        values["protected"] = bool(self.protected)
        return PersonInput(**values)


@dataclass(frozen=True)
class PersonSaveResult:
    person: PersonDetail
    warnings: tuple[FieldError, ...]  # shown next to their fields; the record is saved anyway
