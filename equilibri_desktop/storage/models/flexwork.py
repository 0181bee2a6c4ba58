"""Flexible work: pathways per organisation with their stage history and aggregate assessment, the company
regulation's choices, individual agile-work agreements, the Ministry communications, coworking spaces with
placements, and the anonymous monitoring questionnaires."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin


class FlexworkPathway(RecordMixin, Base):
    __tablename__ = "flexwork_pathway"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False, unique=True)
    sector: Mapped[str] = mapped_column(String(10), nullable=False, default="privato")  # Sector code
    stage: Mapped[str] = mapped_column(String(20), nullable=False, default="primo_contatto", index=True)
    consultant: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    collective_agreement: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    contact_band_required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    inail_pat: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    inail_tariff: Mapped[str] = mapped_column(String(4), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FlexworkStageEntry(RecordMixin, Base):
    """When a pathway reached a stage, and who recorded it: the pathway's timeline."""

    __tablename__ = "flexwork_stage_entry"

    pathway_id: Mapped[int] = mapped_column(ForeignKey("flexwork_pathway.id"), nullable=False, index=True)
    stage: Mapped[str] = mapped_column(String(20), nullable=False)
    reached_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FlexworkAssessment(RecordMixin, Base):
    """Aggregate figures only: counts and notes, never a worker."""

    __tablename__ = "flexwork_assessment"

    pathway_id: Mapped[int] = mapped_column(ForeignKey("flexwork_pathway.id"), nullable=False, unique=True)
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    roles_total: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    roles_remote: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    workers_women: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    workers_men: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    workers_children_12: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    workers_caregivers: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    workers_disabled: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    tools: Mapped[str] = mapped_column(Text, nullable=False, default="")
    data_security: Mapped[str] = mapped_column(Text, nullable=False, default="")
    current_practices: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FlexworkRegulation(RecordMixin, Base):
    __tablename__ = "flexwork_regulation"

    pathway_id: Mapped[int] = mapped_column(ForeignKey("flexwork_pathway.id"), nullable=False, unique=True)
    work_mode: Mapped[str] = mapped_column(String(12), nullable=False, default="agile")
    days: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=1)
    period: Mapped[str] = mapped_column(String(10), nullable=False, default="settimana")
    contact_start: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    contact_end: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    disconnection_start: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    disconnection_end: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    tools: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tools_provider: Mapped[str] = mapped_column(String(12), nullable=False, default="datore")
    places: Mapped[str] = mapped_column(String(120), nullable=False, default="")  # comma-separated Place codes
    safety_notice: Mapped[str] = mapped_column(Text, nullable=False, default="")
    trial_months: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=0)
    piao_section: Mapped[str] = mapped_column(Text, nullable=False, default="")
    adopted_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class FlexworkAgreement(RecordMixin, Base):
    __tablename__ = "flexwork_agreement"

    pathway_id: Mapped[int] = mapped_column(ForeignKey("flexwork_pathway.id"), nullable=False, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    duration: Mapped[str] = mapped_column(String(20), nullable=False)
    signed_on: Mapped[date] = mapped_column(Date, nullable=False)
    start_on: Mapped[date] = mapped_column(Date, nullable=False)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    employment_start: Mapped[date] = mapped_column(Date, nullable=False)
    employment_type: Mapped[str] = mapped_column(String(20), nullable=False)
    remote_days: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    office_days: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    places: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    tools: Mapped[str] = mapped_column(Text, nullable=False, default="")
    contact_start: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    contact_end: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    disconnection_start: Mapped[str] = mapped_column(String(5), nullable=False)
    disconnection_end: Mapped[str] = mapped_column(String(5), nullable=False)
    rest_times: Mapped[str] = mapped_column(Text, nullable=False, default="")
    directive_power: Mapped[str] = mapped_column(Text, nullable=False, default="")
    safety_notice_on: Mapped[date] = mapped_column(Date, nullable=False)
    notice_days_worker: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    notice_days_employer: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    justified_cause: Mapped[str] = mapped_column(Text, nullable=False, default="")
    worker_disabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    priority: Mapped[str] = mapped_column(String(30), nullable=False, default="nessuna")
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class FlexworkCommunication(RecordMixin, Base):
    """A communication owed to the Ministry for an agreement: the app exports it; the employer sends it."""

    __tablename__ = "flexwork_communication"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("flexwork_agreement.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(15), nullable=False)  # CommunicationType code
    event_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    exported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    receipt: Mapped[str] = mapped_column(String(120), nullable=False, default="")  # the Ministry's receipt code


class FlexworkSpace(RecordMixin, Base):
    __tablename__ = "flexwork_space"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # SpaceKind code
    address: Mapped[str] = mapped_column(String(200), nullable=False)
    municipality: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    seats: Mapped[int] = mapped_column(Integer, nullable=False)
    services: Mapped[str] = mapped_column(Text, nullable=False, default="")
    childcare: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    prices: Mapped[str] = mapped_column(Text, nullable=False, default="")
    accessible: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FlexworkPlacement(RecordMixin, Base):
    __tablename__ = "flexwork_placement"

    space_id: Mapped[int] = mapped_column(ForeignKey("flexwork_space.id"), nullable=False, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # PlacementKind code
    start_on: Mapped[date] = mapped_column(Date, nullable=False)
    end_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class FlexworkQuestionnaire(RecordMixin, Base):
    """One anonymous monitoring questionnaire: nothing here identifies the worker."""

    __tablename__ = "flexwork_questionnaire"

    pathway_id: Mapped[int] = mapped_column(ForeignKey("flexwork_pathway.id"), nullable=False, index=True)
    phase: Mapped[str] = mapped_column(String(6), nullable=False)
    sex: Mapped[str] = mapped_column(String(1), nullable=False)
    priority: Mapped[str] = mapped_column(String(30), nullable=False, default="nessuna")
    wellbeing: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    balance: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    organisation: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    remote_days_month: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=0)
    commute_minutes_saved_week: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    commute_km_saved_week: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
