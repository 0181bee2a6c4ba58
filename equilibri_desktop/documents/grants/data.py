"""What each start-up grant document prints: frozen DTOs that services fill from the database.

Plain Python (no ReportLab): services import these without paying for the PDF machinery.
Money is integer cents, points are Decimal, dates are `date`. An empty text block means "use the
builder's standard wording".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from enum import StrEnum


@dataclass(frozen=True)
class DocumentHeader:
    """Number, year and date of the act or letter, and the CUP it belongs to (printed on every document)."""

    number: int
    year: int
    issued_on: date
    cup: str
    project_title: str = ""
    place: str = ""  # "Melegnano": printed before the date ("Melegnano, 12/03/2025")
    protocol: str = ""  # outgoing protocol of a letter, e.g. "Prot. n. 345/2025"
    # The number and date the body's official register gave the act (DPR 445/2000 art. 53); empty on a draft
    # printed for signature, which shows "n. ____ del ____". `number`/`year` are the program's internal reference.
    official_number: str = ""
    official_date: date | None = None

    @property
    def number_label(self) -> str:
        return f"{self.number}/{self.year}"

    @property
    def registered(self) -> bool:
        return bool(self.official_number)


@dataclass(frozen=True)
class Signatory:
    role: str  # "La Direttrice", "Il Responsabile del procedimento"
    name: str


@dataclass(frozen=True)
class Recipient:
    """Addressee of a letter; long names and addresses wrap."""

    name: str
    address: str = ""  # may hold line breaks
    pec: str = ""
    email: str = ""


@dataclass(frozen=True)
class CallReference:
    """The call (bando) as cited by every grant document."""

    title: str
    act_number: str = ""  # approving act, e.g. "Determinazione n. 12/2025"
    act_date: date | None = None
    cup: str = ""
    rna_code: str = ""  # measure code in the Registro nazionale aiuti
    budget_cents: int = 0


@dataclass(frozen=True)
class RankingReference:
    number: int  # 1, 2, ... per call
    kind_label: str  # "Graduatoria definitiva"
    ranked_on: date


@dataclass(frozen=True)
class ActReference:
    """A previous act cited by a letter: "determinazione n. 4/2025 del 10/03/2025"."""

    kind_label: str  # "determinazione"
    number_label: str  # the official number, "4/2025"; "____" while the act is not registered
    issued_on: date | None  # the official date; None while not registered


# --- Grant decision (determinazione di concessione) ---------------------------------------------


@dataclass(frozen=True)
class DecisionBeneficiary:
    position: int
    public_code: str
    name: str  # firm or applicant; not printed when pseudonymised
    amount_cents: int
    pseudonymised: bool = False  # vulnerability route / protected person (annex B only: the act prints codes)
    partial: bool = False  # funded with what was left of the budget
    cor_code: str = ""  # COR of the grant in the Registro nazionale aiuti (D.M. 115/2017 art. 9)
    de_minimis_checked_on: date | None = None


@dataclass(frozen=True)
class GrantDecisionData:
    header: DocumentHeader
    call: CallReference
    deciding_officer: Signatory  # who adopts the act (also signs it)
    ranking: RankingReference
    beneficiaries: tuple[DecisionBeneficiary, ...]
    minutes_reference: str = ""  # "verbali della commissione del 02/03/2025 e del 05/03/2025"
    premises_text: str = ""  # PREMESSO: blocks separated by blank lines
    legal_references_text: str = ""  # VISTI: one reference per line
    considerations_text: str = ""  # CONSIDERATO: extra blocks, added to the standard ones
    payment_terms_text: str = ""
    obligations_text: str = ""
    revocation_text: str = ""
    publication_text: str = ""
    appeal_notice: str = ""  # empty: TAR within 60 days or extraordinary appeal within 120 days
    admitted_not_funded_count: int = 0
    not_admitted_count: int = 0
    annexes: tuple[str, ...] = ()  # empty: annex A (published) and annex B (restricted)
    subject: str = ""  # empty: built from the call, the project and the CUP
    # Who adopts the act (deciding_officer) and on which appointment; the procedure officer is someone else.
    officer_appointment: str = ""
    procedure_officer: str = ""
    funding_act: str = ""  # the regional act funding the project
    territorial_plan: str = ""  # the ATS plan the project belongs to
    commission_act: str = ""  # the act appointing the commission
    provisional_ranking: str = ""  # "graduatoria provvisoria n. 1 del 20/06/2026, pubblicata …"
    budget_chapter: str = ""
    budget_year: int | None = None
    budget_commitment: str = ""

    @property
    def total_granted_cents(self) -> int:
        return sum(b.amount_cents for b in self.beneficiaries)


# --- Ranking annexes ----------------------------------------------------------------------------


class AnnexKind(StrEnum):
    PUBLIC = "A"  # for publication: no personal data at all
    RESTRICTED = "B"  # identities, for the office only


@dataclass(frozen=True)
class ApplicantIdentity:
    """Only annex B prints this; annex A never reads it."""

    name: str
    fiscal_code: str = ""
    birth_date: date | None = None
    municipality: str = ""  # residence
    protocol: str = ""  # "12/2025 del 03/02/2025 10:15"
    birthplace: str = ""  # "Milano (MI)", "Senegal"


@dataclass(frozen=True)
class RankingRow:
    position: int | None  # None for applications below the admission threshold
    public_code: str
    score: Decimal
    outcome_label: str  # "Finanziata", "Ammessa non finanziata", ...
    amount_cents: int = 0
    identity: ApplicantIdentity | None = None


@dataclass(frozen=True)
class RankingAnnexData:
    kind: AnnexKind
    decision: DocumentHeader  # the decision the annex belongs to
    call: CallReference
    ranking: RankingReference
    rows: tuple[RankingRow, ...]
    admission_threshold: Decimal = Decimal(60)

    @property
    def total_granted_cents(self) -> int:
        return sum(r.amount_cents for r in self.rows)


# --- Letters ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExclusionLetterData:
    """Notice of reasons before exclusion (L. 241/1990 art. 10-bis) or, with final=True, the exclusion."""

    header: DocumentHeader
    recipient: Recipient
    call: CallReference
    application_protocol: str  # "12/2025 del 03/02/2025 10:15"
    reasons: tuple[str, ...]
    signatory: Signatory
    final: bool = False
    reply_deadline: date | None = None  # required for the notice
    reply_days: int = 10
    reply_summary: str = ""  # final: what the applicant replied and why it does not overcome the reasons
    notice_reference: ActReference | None = None  # final: the notice previously sent
    procedure_officer: str = ""  # responsabile del procedimento
    office_contact: str = ""  # where to read the file and send observations (PEC)
    appeal_notice: str = ""


@dataclass(frozen=True)
class TrancheLine:
    label: str  # "Anticipo"
    percent: Decimal
    amount_cents: int
    condition_label: str  # "Dopo la costituzione dell'impresa"


@dataclass(frozen=True)
class GrantCommunicationData:
    header: DocumentHeader
    recipient: Recipient
    call: CallReference
    decision: ActReference
    application_protocol: str
    public_code: str
    business_name: str
    amount_cents: int
    signatory: Signatory
    position: int | None = None
    score: Decimal | None = None
    eligible_cost_cents: int = 0
    tranches: tuple[TrancheLine, ...] = ()
    obligations_text: str = ""
    constitution_deadline: date | None = None
    report_deadline: date | None = None
    acceptance_deadline: date | None = None
    cor_code: str = ""  # COR code of the aid in the Registro nazionale aiuti
    procedure_officer: str = ""
    office_contact: str = ""
    # Issue 11: days from receipt to accept or renounce; a partial grant asks her to confirm the project;
    # the maintenance period; the grant's share of eligible spending (the balance follows the spending);
    # the 4% withholding base (the grant minus its capital-goods part, art. 28 c. 2 DPR 600/1973).
    acceptance_days: int = 0
    partial: bool = False
    maintenance_months: int = 0
    max_cost_share_pct: Decimal | None = None
    withholding_base_cents: int | None = None
    de_minimis_checked_on: date | None = None


@dataclass(frozen=True)
class RevocationData:
    header: DocumentHeader
    recipient: Recipient
    call: CallReference
    decision: ActReference  # the grant being revoked
    application_protocol: str
    public_code: str
    reason: str
    granted_cents: int
    paid_cents: int
    amount_to_recover_cents: int
    signatory: Signatory
    repayment_deadline: date | None = None
    partial: bool = False
    revoked_cents: int | None = None  # part of the grant revoked; None with partial=False: the whole grant
    legal_basis: str = ""  # e.g. "art. 12 dell'avviso; L. 241/1990 art. 21-quinquies"
    payment_instructions: str = ""  # IBAN of the office, causale
    procedure_officer: str = ""
    appeal_notice: str = ""
    # The procedure (artt. 7-8 L. 241/1990) and the money: principal and legal interest up to the act.
    notice_text: str = ""  # e.g. "comunicazione di avvio del procedimento n. ____ del 12/10/2026"
    counter_arguments: str = ""
    answer: str = ""
    principal_cents: int | None = None  # None: the whole amount is principal (older records)
    interest_cents: int = 0
    interest_until: date | None = None
    interest_lines: tuple[str, ...] = ()  # one line per period and rate, with its decree
    legal_representative: str = ""

    @property
    def revoked_total_cents(self) -> int:
        return self.granted_cents if self.revoked_cents is None else self.revoked_cents

    @property
    def kept_cents(self) -> int:
        """What the beneficiary keeps after the revocation."""
        return self.granted_cents - self.revoked_total_cents


# --- Scoring minutes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CommissionMemberLine:
    name: str
    role: str  # "Presidente", "Componente", "Segretario verbalizzante"


@dataclass(frozen=True)
class CriterionLine:
    code: str
    label: str
    max_points: Decimal
    restricted: bool = False  # its scores reveal vulnerability: printed only in the minutes' restricted annex


@dataclass(frozen=True)
class SittingLine:
    """One sitting of the commission; times None print as blanks to fill in."""

    held_on: date
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = ""


@dataclass(frozen=True)
class MemberScores:
    member_name: str
    # One per criterion, in the order of ScoringMinutesData.criteria; None: not scored.
    points: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class MinutesApplication:
    """One application as the commission scored it: identified by protocol and public code, never by name."""

    public_code: str
    protocol: str
    member_scores: tuple[MemberScores, ...]
    criterion_scores: tuple[Decimal | None, ...]  # averages per criterion; None while incomplete
    total: Decimal | None
    complete: bool = True
    outcome_label: str = ""  # "Ammessa (≥ 60)", "Non ammessa"


@dataclass(frozen=True)
class ConflictLine:
    member_name: str
    public_code: str
    has_conflict: bool
    declared_on: date
    note: str = ""


@dataclass(frozen=True)
class ScoringMinutesData:
    header: DocumentHeader
    call: CallReference
    members: tuple[CommissionMemberLine, ...]
    criteria: tuple[CriterionLine, ...]
    applications: tuple[MinutesApplication, ...]
    conflicts: tuple[ConflictLine, ...]
    admission_threshold: Decimal
    meeting_dates: tuple[date, ...] = ()
    appointing_act: str = ""  # act that appointed the commission
    notes: str = ""
    signatories: tuple[Signatory, ...] = field(default=())  # empty: every member signs
    secretary: str = ""  # segretario verbalizzante: takes the minutes and signs them, does not score
    place: str = ""  # where the commission met, when the sittings do not say
    sittings: tuple[SittingLine, ...] = ()  # empty: the days of the scores, with blank times

    @property
    def restricted_criteria(self) -> tuple[CriterionLine, ...]:
        return tuple(c for c in self.criteria if c.restricted)
