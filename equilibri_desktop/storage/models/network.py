"""The network: agreements with their parties (signatures per party), steering committee, attachments and
editable templates; the network agent's contacts with firms and the firms' good practices."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin


class NetworkAgreement(RecordMixin, Base):
    """One version of an agreement; an amendment is a new row pointing to the version it amends."""

    __tablename__ = "network_agreement"

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, index=True)  # AgreementKind code
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    subject: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="bozza", index=True)
    lead_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    in_force_from: Mapped[date | None] = mapped_column(Date, nullable=True)  # stated date, else last signature
    in_force_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # when it actually came into force
    tacit_renewal: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    renewal_months: Mapped[int] = mapped_column(Integer, nullable=False, default=12)
    withdrawal_notice_days: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    privacy_role: Mapped[str] = mapped_column(String(20), nullable=False, default="nessuno")  # PrivacyRole
    privacy_arrangement: Mapped[str] = mapped_column(Text, nullable=False, default="")
    processor_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True)
    cup: Mapped[str] = mapped_column(String(15), nullable=False, default="")
    premises_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    articles_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("network_agreement.id"), nullable=True, index=True)
    amendment_number: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    amendment_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # expiry or withdrawal (may be ahead)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The template version the text was drafted from (None: the built-in text); the text itself is copied
    # into the agreement, so a later version of the template never changes a printed agreement.
    # Named by hand: the convention's name is longer than PostgreSQL's 63-character limit.
    template_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_template_version.id", name="fk_network_agreement_template_version"), nullable=True)


class NetworkParty(RecordMixin, Base):
    """A party of an agreement: organisation, role, signatory and obligations, with its signature's state."""

    __tablename__ = "network_party"
    __table_args__ = (UniqueConstraint("agreement_id", "organisation_id"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("network_agreement.id"), nullable=False, index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)  # PartyRole code
    signatory_person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    signatory_capacity: Mapped[str] = mapped_column(String(30), nullable=False)  # SignatoryCapacity code
    delegation_act: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    obligations: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cash_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    in_kind_hours: Mapped[object] = mapped_column(Numeric(10, 2), nullable=False, default=0)
    in_kind_rate_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    in_kind_description: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    signature_status: Mapped[str] = mapped_column(String(20), nullable=False, default="da_inviare")
    signature_method: Mapped[str] = mapped_column(String(20), nullable=False, default="")  # SignatureMethod
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refused_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refusal_reason: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    signed_file_path: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    signed_file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class NetworkCommitteeMember(RecordMixin, Base):
    """A member of the agreement's steering committee (comitato di indirizzo)."""

    __tablename__ = "network_committee_member"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("network_agreement.id"), nullable=False, index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(100), nullable=False, default="")


class NetworkAttachment(RecordMixin, Base):
    """A file of an agreement (signed scan, digitally signed copy, annex) with its SHA-256 and check outcome."""

    __tablename__ = "network_attachment"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("network_agreement.id"), nullable=False, index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("network_party.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # scansione, firmato_digitale, allegato
    description: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    file_path: Mapped[str] = mapped_column(String(500), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    check_report: Mapped[str] = mapped_column(Text, nullable=False, default="")


class NetworkTemplateVersion(RecordMixin, Base):
    """One saved text of premises and articles for a kind of agreement. Every save is a new version: the
    newest is what new drafts start from, the older ones stay for the agreements drafted from them."""

    __tablename__ = "network_template_version"
    __table_args__ = (UniqueConstraint("kind", "number"),)

    kind: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    premises_text: Mapped[str] = mapped_column(Text, nullable=False)
    articles_text: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    saved_on: Mapped[date] = mapped_column(Date, nullable=False)


class NetworkSettings(RecordMixin, Base):
    """The office's figures for the network's reminders (one row; defaults until the office saves its own)."""

    __tablename__ = "network_settings"

    pending_signature_days: Mapped[int] = mapped_column(Integer, nullable=False, default=15)
    expiry_warning_days: Mapped[int] = mapped_column(Integer, nullable=False, default=60)


class NetworkContact(RecordMixin, Base):
    """A contact of the network agent with a firm, with its outcome and the next step."""

    __tablename__ = "network_contact"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False, index=True)
    contact_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    agent: Mapped[str] = mapped_column(String(80), nullable=False, index=True)  # username
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # ContactKind code
    topics: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # ContactTopic codes, comma
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_step: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    next_step_due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    next_step_done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class NetworkPractice(RecordMixin, Base):
    """A good practice of a firm: the measure, what it is, what it achieved."""

    __tablename__ = "network_practice"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False, index=True)
    measure: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    results: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_on: Mapped[date] = mapped_column(Date, nullable=False)
