"""After the award: the firm, the tranches with their checks, the expense report and revocations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin


class GrantFirm(RecordMixin, Base):
    """The firm the beneficiary constituted (one per application)."""

    __tablename__ = "grant_firm"

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, unique=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    vat_number: Mapped[str] = mapped_column(String(11), nullable=False, default="")
    constituted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"), nullable=True)
    cap: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    iban: Mapped[str] = mapped_column(String(34), nullable=False, default="")
    # A non-commercial body: no 4% withholding (art. 28 c. 2 DPR 600/1973 applies to firms).
    non_commercial: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class GrantTranche(RecordMixin, Base):
    """One payment of the grant. Amounts are cents: gross, 4% withholding where due, net paid."""

    __tablename__ = "grant_tranche"
    __table_args__ = (UniqueConstraint("application_id", "position"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    label: Mapped[str] = mapped_column(String(100), nullable=False)
    condition: Mapped[str] = mapped_column(String(30), nullable=False)  # TrancheCondition code
    gross_cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    withholding_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    withholding_base_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # None: whole gross
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="da_pagare")  # TrancheStatus code
    liquidation_act: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    liquidation_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # A responsabile may pay with a condition missing, and must say why.
    override_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    override_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")


class GrantPaymentCheck(RecordMixin, Base):
    """A check done before a payment (DURC, tax arrears, de minimis, publication), with date and outcome."""

    __tablename__ = "grant_payment_check"
    __table_args__ = (UniqueConstraint("tranche_id", "kind"),)

    tranche_id: Mapped[int] = mapped_column(ForeignKey("grant_tranche.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)  # PaymentCheckKind code
    checked_on: Mapped[date] = mapped_column(Date, nullable=False)
    passed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    reference: Mapped[str] = mapped_column(String(120), nullable=False, default="")  # protocol, RNA/COR code
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class GrantExpense(RecordMixin, Base):
    """A receipt of the beneficiary's expense report (rendicontazione)."""

    __tablename__ = "grant_expense"

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    spent_on: Mapped[date] = mapped_column(Date, nullable=False)
    supplier: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    document_number: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    category: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    amount_cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    eligible: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    ineligible_reason: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    attachment_path: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    attachment_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class GrantRevocation(RecordMixin, Base):
    __tablename__ = "grant_revocation"

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    amount_to_recover_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    recovered_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    recovery_status: Mapped[str] = mapped_column(String(20), nullable=False, default="da_avviare")
    # The procedure (artt. 7-8 L. 241/1990): the notice that opened it, the term for counter-arguments,
    # what the firm answered and how the act answers it; then the money: still due, principal, interest.
    notice_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notice_reference: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    notice_term_days: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    counter_arguments: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer: Mapped[str] = mapped_column(Text, nullable=False, default="")
    firm_not_constituted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    due_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    principal_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    interest_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    repayment_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class GrantRevocationNotice(RecordMixin, Base):
    """The notice opening a revocation procedure (artt. 7-8 L. 241/1990): its date, the reason and the days
    given for counter-arguments. The revocation act cites the latest one."""

    __tablename__ = "grant_revocation_notice"

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    notice_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    term_days: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    firm_not_constituted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # What the firm answered within the term, and the office's answer the revocation act gives.
    counter_arguments: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer: Mapped[str] = mapped_column(Text, nullable=False, default="")
