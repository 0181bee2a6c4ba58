"""What the network services take from screens and hand back: frozen inputs, detail and list rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class PartyInput:
    organisation_uuid: uuid.UUID | None
    role: str
    signatory_uuid: uuid.UUID | None
    capacity: str = "legale_rappresentante"
    delegation_act: str = ""
    obligations: str = ""
    cash: Decimal = Decimal("0")
    in_kind_hours: Decimal = Decimal("0")
    in_kind_rate: Decimal = Decimal("0")  # euro per hour
    in_kind_description: str = ""


@dataclass(frozen=True)
class CommitteeMemberInput:
    name: str
    role: str = ""
    organisation_uuid: uuid.UUID | None = None


@dataclass(frozen=True)
class AgreementInput:
    kind: str
    title: str
    subject: str = ""
    start_date: date | None = None
    end_date: date | None = None
    in_force_from: date | None = None
    tacit_renewal: bool = False
    renewal_months: int = 12
    withdrawal_notice_days: int = 30
    privacy_role: str = "nessuno"
    privacy_arrangement: str = ""
    processor_uuid: uuid.UUID | None = None
    cup: str = ""
    premises_text: str = ""  # "" = the template of the kind
    articles_text: str = ""
    notes: str = ""
    parties: tuple[PartyInput, ...] = ()
    committee: tuple[CommitteeMemberInput, ...] = ()


@dataclass(frozen=True)
class PartyRow:
    uuid: uuid.UUID
    position: int
    organisation_uuid: uuid.UUID
    organisation_name: str
    organisation_kind: str
    legal_form: str
    address: str
    municipality: str
    fiscal_code: str
    vat_number: str
    pec: str
    role: str
    signatory_uuid: uuid.UUID
    signatory_name: str
    signatory_fiscal_code: str
    capacity: str
    delegation_act: str
    obligations: str
    cash: Decimal
    in_kind_hours: Decimal
    in_kind_rate: Decimal
    in_kind_value: Decimal
    in_kind_description: str
    signature_status: str
    signature_method: str
    sent_on: date | None
    signed_on: date | None
    refused_on: date | None
    refusal_reason: str
    withdrawn_on: date | None
    is_public_body: bool


@dataclass(frozen=True)
class AttachmentRow:
    uuid: uuid.UUID
    kind: str
    description: str
    file_path: str
    sha256: str
    party_uuid: uuid.UUID | None
    check_report: str


@dataclass(frozen=True)
class AgreementDetail:
    uuid: uuid.UUID
    version: int
    code: str
    kind: str
    title: str
    subject: str
    status: str
    start_date: date | None
    end_date: date | None
    in_force_from: date | None
    in_force_on: date | None
    tacit_renewal: bool
    renewal_months: int
    withdrawal_notice_days: int
    privacy_role: str
    privacy_arrangement: str
    processor_uuid: uuid.UUID | None
    processor_name: str
    cup: str
    premises_text: str
    articles_text: str
    notes: str
    amendment_number: int
    amends_uuid: uuid.UUID | None
    amendment_reason: str
    parties: tuple[PartyRow, ...]
    committee: tuple[CommitteeMemberInput, ...]
    attachments: tuple[AttachmentRow, ...]
    versions: tuple[tuple[uuid.UUID, str, str], ...]  # (uuid, code, status) of every version, oldest first
    digital_only_reason: str  # "" when paper signatures are allowed
    allowed_actions: frozenset[str] = field(default_factory=frozenset)
    template_label: str = ""  # "modello versione 2 del 01/03/2026" or "testo predefinito"
    template_outdated: bool = False  # the kind's template has a newer version than the one this text came from
    closed_on: date | None = None  # expiry or withdrawal; ahead of today while a withdrawal's notice runs

    @property
    def lead_name(self) -> str:
        return next((p.organisation_name for p in self.parties if p.role == "capofila"), "")

    @property
    def total_cash(self) -> Decimal:
        return sum((p.cash for p in self.parties), Decimal("0"))

    @property
    def total_in_kind(self) -> Decimal:
        return sum((p.in_kind_value for p in self.parties), Decimal("0"))


@dataclass(frozen=True)
class AgreementRow:
    uuid: uuid.UUID
    code: str
    kind: str
    title: str
    status: str
    lead_name: str
    parties: int
    signed: int
    start_date: date | None
    end_date: date | None

    @property
    def signatures(self) -> str:
        return f"{self.signed}/{self.parties}"


@dataclass(frozen=True)
class AgreementFilter:
    text: str = ""
    kind: str | None = None
    status: str | None = None
    municipality_id: int | None = None
    sector: str | None = None  # OrganisationKind of at least one party
    organisation_uuid: uuid.UUID | None = None


AGREEMENT_SORT_KEYS = ("code", "kind", "title", "status", "lead_name", "signed", "start_date", "end_date")
