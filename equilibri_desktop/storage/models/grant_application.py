"""An application to a start-up grant call (domanda): protocol, applicant, business plan, costs, workflow."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.storage.base import Base, RecordMixin, UtcDateTime
from equilibri_desktop.storage.models.grant_call import PERCENT, GrantCall
from equilibri_desktop.storage.models.person import Person
from equilibri_desktop.storage.models.reference import Municipality


class GrantApplication(RecordMixin, Base):
    """Protocol numbers restart every 1 January; the public code is random and is what published
    rankings show instead of the applicant's identity."""

    __tablename__ = "grant_application"
    __table_args__ = (
        UniqueConstraint("protocol_year", "protocol_number"),
        Index("ix_grant_application_call_status", "call_id", "status"),
    )

    call_id: Mapped[int] = mapped_column(ForeignKey("grant_call.id"), nullable=False)
    # A draft has no protocol yet: it is given when the application is registered as received.
    protocol_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    protocol_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The body's own protocol (DPR 445/2000 art. 53): protocol_year/number above are internal references.
    official_protocol: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    official_protocol_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    public_code: Mapped[str] = mapped_column(String(12), unique=True, nullable=False)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(30), nullable=False, default="bozza")  # ApplicationStatus code
    applicant_kind: Mapped[str] = mapped_column(String(20), nullable=False, default="singola")  # or "societa"
    occupational_status: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    did_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    business_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    service_kind: Mapped[str] = mapped_column(String(30), nullable=False, default="")  # ServiceKind code
    service_description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    target_users: Mapped[str] = mapped_column(Text, nullable=False, default="")
    planned_legal_form: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    ateco_code: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    own_cofinancing_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    women_quota_pct: Mapped[Decimal | None] = mapped_column(PERCENT, nullable=True)
    women_board_pct: Mapped[Decimal | None] = mapped_column(PERCENT, nullable=True)
    # Selected through a vulnerability route: never published by name (D.Lgs. 33/2013 art. 26 c.4).
    vulnerability_route: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # De minimis aid the applicant declares for the rolling three years (Reg. UE 2023/2831); None = not declared.
    de_minimis_received_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    de_minimis_checked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    rna_cor_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")  # COR of the RNA
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    accepted_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # the beneficiary accepted the grant

    call: Mapped[GrantCall] = relationship(lazy="raise")
    applicant: Mapped[Person] = relationship(lazy="raise")
    cost_items: Mapped[list[GrantCostItem]] = relationship(
        back_populates="application", lazy="raise", order_by="GrantCostItem.position",
        cascade="all, delete-orphan")
    co_applicants: Mapped[list[GrantCoApplicant]] = relationship(
        back_populates="application", lazy="raise", cascade="all, delete-orphan")
    served_municipalities: Mapped[list[GrantServedMunicipality]] = relationship(
        back_populates="application", lazy="raise", cascade="all, delete-orphan")
    declarations: Mapped[list[GrantDeclaration]] = relationship(
        back_populates="application", lazy="raise", cascade="all, delete-orphan")


class GrantCoApplicant(RecordMixin, Base):
    __tablename__ = "grant_co_applicant"
    __table_args__ = (UniqueConstraint("application_id", "person_id"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(80), nullable=False, default="")

    application: Mapped[GrantApplication] = relationship(back_populates="co_applicants", lazy="raise")
    person: Mapped[Person] = relationship(lazy="raise")


class GrantServedMunicipality(RecordMixin, Base):
    __tablename__ = "grant_served_municipality"
    __table_args__ = (UniqueConstraint("application_id", "municipality_id"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), nullable=False)

    application: Mapped[GrantApplication] = relationship(back_populates="served_municipalities", lazy="raise")
    municipality: Mapped[Municipality] = relationship(lazy="raise")


class GrantCostItem(RecordMixin, Base):
    __tablename__ = "grant_cost_item"

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    description: Mapped[str] = mapped_column(String(300), nullable=False)
    category: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    amount_cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    eligible: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # A capital good (bene strumentale): its share of the grant is outside the 4% withholding.
    capital_good: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    application: Mapped[GrantApplication] = relationship(back_populates="cost_items", lazy="raise")


class GrantDeclaration(RecordMixin, Base):
    """One self-declaration of the checklist (DPR 445/2000), ticked or not."""

    __tablename__ = "grant_declaration"
    __table_args__ = (UniqueConstraint("application_id", "code"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    label: Mapped[str] = mapped_column(String(300), nullable=False)
    given: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    application: Mapped[GrantApplication] = relationship(back_populates="declarations", lazy="raise")


class GrantAttachment(RecordMixin, Base):
    """A file copied into the data folder; the checksum shows it was not changed afterwards."""

    __tablename__ = "grant_attachment"

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    original_name: Mapped[str] = mapped_column(String(255), nullable=False)
    stored_path: Mapped[str] = mapped_column(String(500), nullable=False)  # relative to the data folder
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)


class GrantStatusChange(RecordMixin, Base):
    """Each step of the workflow with who and when (created_by/created_at) and why."""

    __tablename__ = "grant_status_change"

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    from_status: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    to_status: Mapped[str] = mapped_column(String(30), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # For a notice of reasons before exclusion (L. 241/1990 art. 10-bis): the applicant may reply until then.
    reply_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)


class GrantEligibilityCheck(RecordMixin, Base):
    """One rule of the eligibility checklist: what the rules computed and what the officer confirmed."""

    __tablename__ = "grant_eligibility_check"
    __table_args__ = (UniqueConstraint("application_id", "rule"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    rule: Mapped[str] = mapped_column(String(40), nullable=False)  # EligibilityRule code
    computed: Mapped[str] = mapped_column(String(10), nullable=False)  # CheckOutcome code
    detail: Mapped[str] = mapped_column(String(300), nullable=False, default="")  # Italian, for documents
    # What the rule found as a code of domain/grants/eligibility_details.py and its parameters (a JSON object):
    # the interface words it in its own language. "" for a line whose text no code matches (kept as written).
    detail_code: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    detail_params: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    confirmed: Mapped[str] = mapped_column(String(10), nullable=False, default="")  # "" until confirmed
    override_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    confirmed_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
