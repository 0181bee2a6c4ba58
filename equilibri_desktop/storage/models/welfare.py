"""Company welfare consulting: engagements with firms or networks, meetings, anonymous survey answers and
welfare plans with their measures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin


class WelfareEngagement(RecordMixin, Base):
    """A consulting engagement; its firms (one, or the members of a network) are WelfareEngagementFirm rows."""

    __tablename__ = "welfare_engagement"

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    network_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    ateco: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    employees_women: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    employees_men: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    employees_permanent: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    employees_fixed_term: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    employees_part_time: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    collective_agreement: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    union_representation: Mapped[str] = mapped_column(String(20), nullable=False, default="nessuna")
    consultant: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    stage: Mapped[str] = mapped_column(String(20), nullable=False, default="avvio", index=True)  # Stage code
    next_steps: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class WelfareEngagementFirm(RecordMixin, Base):
    __tablename__ = "welfare_engagement_firm"
    __table_args__ = (UniqueConstraint("engagement_id", "organisation_id"),)

    engagement_id: Mapped[int] = mapped_column(ForeignKey("welfare_engagement.id"), nullable=False)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False, index=True)


class WelfareMeeting(RecordMixin, Base):
    """A meeting or consulting session: the hours delivered add up in the activity report."""

    __tablename__ = "welfare_meeting"

    engagement_id: Mapped[int] = mapped_column(ForeignKey("welfare_engagement.id"), nullable=False, index=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False)
    topic: Mapped[str] = mapped_column(String(200), nullable=False)
    participants: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_steps: Mapped[str] = mapped_column(Text, nullable=False, default="")


class WelfareSurveyResponse(RecordMixin, Base):
    """One anonymous questionnaire: nothing here identifies the worker; codes as in domain.welfare.survey_codes.
    `children` and `interests` hold comma-separated numbers in the domain's fixed order."""

    __tablename__ = "welfare_survey_response"

    engagement_id: Mapped[int] = mapped_column(ForeignKey("welfare_engagement.id"), nullable=False, index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True, index=True)
    source: Mapped[str] = mapped_column(String(10), nullable=False, default="carta")  # carta | import
    import_file: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sex: Mapped[str] = mapped_column(String(1), nullable=False)
    age_band: Mapped[str] = mapped_column(String(8), nullable=False)
    contract: Mapped[str] = mapped_column(String(20), nullable=False)
    part_time: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    household: Mapped[str] = mapped_column(String(20), nullable=False)
    children: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    dependants: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=0)
    commute_time: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    commute_mode: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    interests: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    time_preference: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    bonus_to_welfare: Mapped[str] = mapped_column(String(8), nullable=False, default="")


class WelfarePlan(RecordMixin, Base):
    """The welfare plan of an engagement for one tax year, with the rates of its labelled estimate."""

    __tablename__ = "welfare_plan"
    __table_args__ = (UniqueConstraint("engagement_id", "year"),)

    engagement_id: Mapped[int] = mapped_column(ForeignKey("welfare_engagement.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    basis: Mapped[str] = mapped_column(String(20), nullable=False, default="volontario")  # PlanBasis code
    labour_costs_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    workers_women: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    workers_men: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    adopted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    employer_contributions: Mapped[Decimal] = mapped_column(Numeric(6, 4), nullable=False, default=Decimal("0.30"))
    employee_contributions: Mapped[Decimal] = mapped_column(Numeric(6, 4), nullable=False,
                                                            default=Decimal("0.0919"))
    income_tax: Mapped[Decimal] = mapped_column(Numeric(6, 4), nullable=False, default=Decimal("0.35"))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class WelfarePlanMeasure(RecordMixin, Base):
    __tablename__ = "welfare_plan_measure"

    plan_id: Mapped[int] = mapped_column(ForeignKey("welfare_plan.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    code: Mapped[str] = mapped_column(String(30), nullable=False)  # catalogue code or "servizio_locale"
    label: Mapped[str] = mapped_column(String(200), nullable=False)
    tax_category: Mapped[str] = mapped_column(String(20), nullable=False)  # TaxCategory code
    need: Mapped[str] = mapped_column(String(20), nullable=False)  # NeedCategory code
    amount_per_worker_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    unit_value_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # meal voucher per day
    workers: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    with_children: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # A municipality's or third-sector body's service from the registry offered as a measure.
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True, index=True)
