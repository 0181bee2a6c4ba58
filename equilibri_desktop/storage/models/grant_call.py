"""A call for start-up grants (bando) and the settings that decide its outcome: grid, municipalities, tranches."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.storage.base import Base, RecordMixin, UtcDateTime
from equilibri_desktop.storage.models.reference import Municipality

PERCENT = Numeric(5, 2)
POINTS = Numeric(7, 2)


class GrantCall(RecordMixin, Base):
    """Amounts are integer cents; percentages and points are exact decimals. `edition` counts the
    versions of the call (a change after scoring needs a new edition with its reason); `version` is the
    optimistic-lock counter every record has."""

    __tablename__ = "grant_call"

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    act_number: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    act_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    cup: Mapped[str] = mapped_column(String(15), nullable=False, default="")
    budget_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    max_grant_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    max_cost_share_pct: Mapped[Decimal] = mapped_column(PERCENT, nullable=False, default=Decimal("100"))
    min_cofinancing_pct: Mapped[Decimal] = mapped_column(PERCENT, nullable=False, default=Decimal("0"))
    min_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # OccupationalStatus codes admitted, comma-separated in display order.
    allowed_occupations: Mapped[str] = mapped_column(String(120), nullable=False, default="disoccupata,inoccupata")
    # A company applies when women hold more than this share of the quotas and of the board.
    women_share_above_pct: Mapped[Decimal] = mapped_column(PERCENT, nullable=False, default=Decimal("50"))
    opens_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closes_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    admission_threshold: Mapped[Decimal] = mapped_column(POINTS, nullable=False, default=Decimal("60"))
    tie_break: Mapped[str] = mapped_column(String(20), nullable=False, default="protocollo")  # TieBreak code
    # What happens when the budget left does not cover the next grant in full (LastGrantRule code).
    last_grant_rule: Mapped[str] = mapped_column(String(20), nullable=False, default="parziale")
    constitution_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    report_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="bozza")  # CallStatus code
    # "A sportello": applications are checked as they arrive, not after the call closes.
    a_sportello: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Days the provisional ranking stays published for observations before the final one.
    observation_days: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    edition: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Editable text blocks of the grant decision, per call.
    deciding_officer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    premises_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    legal_references_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    payment_terms_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    obligations_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    revocation_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    rna_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")  # Registro nazionale aiuti
    # Money rules that vary by call (issue 11): the smallest partial grant, the days a partial beneficiary has
    # to accept it, whether the leftover may fund a cheaper application further down.
    min_partial_grant_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    partial_acceptance_days: Mapped[int] = mapped_column(Integer, nullable=False, default=15)
    leftover_to_later: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    repayment_term_days: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    age_reference: Mapped[str] = mapped_column(String(20), nullable=False, default="scadenza")  # AgeReference
    maintenance_months: Mapped[int] = mapped_column(Integer, nullable=False, default=24)
    min_eligible_spending_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    tax_check_max_age_days: Mapped[int] = mapped_column(Integer, nullable=False, default=60)
    # Budget charge of the decision (capitolo, esercizio, impegno) and who adopts it.
    budget_chapter: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    budget_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    budget_commitment: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    deciding_officer_role: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    deciding_officer_appointment: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    procedure_officer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # Premises of the decision: the regional act funding the project, the ATS territorial plan, the act
    # appointing the commission (e.g. "determinazione n. 12 del 03/06/2026").
    funding_act: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    territorial_plan: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    commission_act: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # Where the commission meets (the minutes print it); the privacy notice's DPO contact, version and
    # retention period (art. 13 GDPR).
    commission_place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    commission_secretary: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # takes the minutes
    dpo_contact: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    privacy_notice_version: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    retention_years: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    criteria: Mapped[list[GrantCriterion]] = relationship(
        back_populates="call", lazy="raise", order_by="GrantCriterion.position", cascade="all, delete-orphan")
    municipalities: Mapped[list[GrantCallMunicipality]] = relationship(
        back_populates="call", lazy="raise", cascade="all, delete-orphan")
    tranches: Mapped[list[GrantTranchePlan]] = relationship(
        back_populates="call", lazy="raise", order_by="GrantTranchePlan.position", cascade="all, delete-orphan")


class GrantCriterion(RecordMixin, Base):
    """One line of the evaluation grid."""

    __tablename__ = "grant_criterion"
    __table_args__ = (UniqueConstraint("call_id", "code"),)

    call_id: Mapped[int] = mapped_column(ForeignKey("grant_call.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    label: Mapped[str] = mapped_column(String(300), nullable=False)
    max_points: Mapped[Decimal] = mapped_column(POINTS, nullable=False)
    min_points: Mapped[Decimal | None] = mapped_column(POINTS, nullable=True)  # below it: not admitted
    # A criterion whose scores reveal vulnerability ("priorità sociali – violenza"): per-application points go
    # only in the minutes' restricted annex (D.Lgs. 33/2013 art. 26 c. 4).
    restricted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    call: Mapped[GrantCall] = relationship(back_populates="criteria", lazy="raise")


class GrantCallMunicipality(RecordMixin, Base):
    """A municipality whose residents may apply."""

    __tablename__ = "grant_call_municipality"
    __table_args__ = (UniqueConstraint("call_id", "municipality_id"),)

    call_id: Mapped[int] = mapped_column(ForeignKey("grant_call.id"), nullable=False, index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), nullable=False)

    call: Mapped[GrantCall] = relationship(back_populates="municipalities", lazy="raise")
    municipality: Mapped[Municipality] = relationship(lazy="raise")


class GrantTranchePlan(RecordMixin, Base):
    """One tranche of the call's payment plan, e.g. 50% advance once the firm is constituted."""

    __tablename__ = "grant_tranche_plan"

    call_id: Mapped[int] = mapped_column(ForeignKey("grant_call.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    label: Mapped[str] = mapped_column(String(100), nullable=False)
    percent: Mapped[Decimal] = mapped_column(PERCENT, nullable=False)
    condition: Mapped[str] = mapped_column(String(30), nullable=False)  # TrancheCondition code

    call: Mapped[GrantCall] = relationship(back_populates="tranches", lazy="raise")


class GrantCallEdition(RecordMixin, Base):
    """Why a call was changed after its applications were scored, and what it looked like before."""

    __tablename__ = "grant_call_edition"

    call_id: Mapped[int] = mapped_column(ForeignKey("grant_call.id"), nullable=False, index=True)
    edition: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    previous_settings: Mapped[str] = mapped_column(Text, nullable=False, default="")  # JSON of the old settings
