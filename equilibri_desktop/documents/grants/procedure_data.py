"""What the procedure's other documents print (issue 11): the privacy notice to applicants, the request for
missing documents, the notice opening a revocation, the acceptance form, the payment act of a tranche, the act
appointing the commission and the act approving the provisional ranking.

Plain frozen DTOs like `data.py`. Acts meant for publication carry application codes only: names, fiscal codes
and payment details of a beneficiary are never fields of an act's DTO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from equilibri_desktop.documents.grants.data import (
    ActReference,
    CallReference,
    DocumentHeader,
    RankingReference,
    Recipient,
    Signatory,
)


@dataclass(frozen=True)
class ActPremises:
    """Who adopts an act (determinazione) and the references every act of the call cites."""

    deciding_officer: Signatory
    officer_appointment: str = ""
    procedure_officer: str = ""
    funding_act: str = ""


@dataclass(frozen=True)
class PrivacyNoticeData:
    """Art. 13 GDPR notice given to applicants; its version is what the registry records as acknowledged."""

    header: DocumentHeader
    call: CallReference
    version: str
    dpo_contact: str = ""
    retention_years: int = 10
    procedure_officer: str = ""
    office_contact: str = ""


@dataclass(frozen=True)
class IntegrationRequestData:
    """Soccorso istruttorio: what is missing from an application and the term to send it (art. 6 L. 241/1990)."""

    header: DocumentHeader
    recipient: Recipient
    call: CallReference
    application_protocol: str
    public_code: str
    missing: tuple[str, ...]
    signatory: Signatory
    reply_days: int = 10
    reply_deadline: date | None = None  # the office's own deadline; the letter counts days from receipt
    procedure_officer: str = ""
    office_contact: str = ""


@dataclass(frozen=True)
class RevocationNoticeData:
    """Comunicazione di avvio del procedimento di revoca (artt. 7-8 L. 241/1990), to the firm and its
    legal representative."""

    header: DocumentHeader
    recipient: Recipient
    call: CallReference
    decision: ActReference
    application_protocol: str
    public_code: str
    reason: str
    granted_cents: int
    paid_cents: int
    signatory: Signatory
    term_days: int = 10
    legal_representative: str = ""
    procedure_officer: str = ""
    office_contact: str = ""


@dataclass(frozen=True)
class AcceptanceFormData:
    """The form the beneficiary signs to accept (or renounce) her grant; a partial grant asks her to confirm
    she can carry out the project with it."""

    header: DocumentHeader
    call: CallReference
    decision: ActReference
    application_protocol: str
    public_code: str
    beneficiary_name: str
    business_name: str
    amount_cents: int
    partial: bool = False
    acceptance_days: int = 15
    maintenance_months: int = 0
    cor_code: str = ""


@dataclass(frozen=True)
class PaymentCheckLine:
    label: str  # "DURC regolare (valido 120 giorni)"
    checked_on: date
    passed: bool
    reference: str = ""


@dataclass(frozen=True)
class LiquidationData:
    """Atto di liquidazione of one tranche: cites the grant decision, the checks valid on its date, the
    withholding and the budget charge. The beneficiary appears by code; her identity and IBAN go to the
    finance office in a restricted note."""

    header: DocumentHeader
    call: CallReference
    premises: ActPremises
    decision: ActReference
    application_protocol: str
    public_code: str
    tranche_label: str
    gross_cents: int
    withholding_cents: int
    withholding_base_cents: int | None
    checks: tuple[PaymentCheckLine, ...]
    granted_cents: int
    paid_before_cents: int = 0
    cor_code: str = ""
    budget_chapter: str = ""
    budget_year: int | None = None
    budget_commitment: str = ""

    @property
    def net_cents(self) -> int:
        return self.gross_cents - self.withholding_cents


@dataclass(frozen=True)
class AppointedMember:
    name: str
    role: str  # "Presidente", "Componente"


@dataclass(frozen=True)
class CommissionAppointmentData:
    header: DocumentHeader
    call: CallReference
    premises: ActPremises
    members: tuple[AppointedMember, ...]
    secretary: str = ""
    applications_count: int = 0
    closes_on: date | None = None


@dataclass(frozen=True)
class ProvisionalRow:
    position: int | None
    public_code: str
    score: Decimal
    outcome_label: str
    amount_cents: int = 0


@dataclass(frozen=True)
class ProvisionalRankingActData:
    """The act approving the provisional ranking: codes only, the term for observations, the publication."""

    header: DocumentHeader
    call: CallReference
    premises: ActPremises
    ranking: RankingReference
    rows: tuple[ProvisionalRow, ...]
    admission_threshold: Decimal
    observation_days: int
    minutes_reference: str = ""
    commission_act: str = ""
    published_on: date | None = None  # recorded after publication; blanks on the act printed for signature
