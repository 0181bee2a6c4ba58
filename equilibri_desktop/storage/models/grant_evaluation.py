"""The commission's work: members, conflict declarations, scores; and the frozen rankings it leads to."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.storage.base import Base, RecordMixin
from equilibri_desktop.storage.models.grant_call import POINTS


class GrantCommissionMember(RecordMixin, Base):
    __tablename__ = "grant_commission_member"
    __table_args__ = (UniqueConstraint("call_id", "username"),)

    call_id: Mapped[int] = mapped_column(ForeignKey("grant_call.id"), nullable=False, index=True)
    username: Mapped[str] = mapped_column(String(80), nullable=False)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(60), nullable=False, default="componente")  # presidente, ...


class GrantCommissionSitting(RecordMixin, Base):
    """One sitting of the commission: the minutes print its day, start and end times and place."""

    __tablename__ = "grant_commission_sitting"
    __table_args__ = (UniqueConstraint("call_id", "held_on"),)

    call_id: Mapped[int] = mapped_column(ForeignKey("grant_call.id"), nullable=False, index=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    starts_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    ends_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class GrantConflictDeclaration(RecordMixin, Base):
    """A member's declaration, per application, that no conflict of interest exists (or that one does)."""

    __tablename__ = "grant_conflict_declaration"
    __table_args__ = (UniqueConstraint("application_id", "member_id"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("grant_commission_member.id"), nullable=False, index=True)
    has_conflict: Mapped[bool] = mapped_column(Boolean, nullable=False)
    declared_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class GrantScore(RecordMixin, Base):
    __tablename__ = "grant_score"
    __table_args__ = (UniqueConstraint("application_id", "member_id", "criterion_id"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("grant_commission_member.id"), nullable=False, index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("grant_criterion.id"), nullable=False, index=True)
    points: Mapped[Decimal] = mapped_column(POINTS, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class GrantRanking(RecordMixin, Base):
    """A dated snapshot of a ranking. Once published it is never recomputed: a change is a new version."""

    __tablename__ = "grant_ranking"
    __table_args__ = (UniqueConstraint("call_id", "number"),)

    call_id: Mapped[int] = mapped_column(ForeignKey("grant_call.id"), nullable=False, index=True)
    number: Mapped[int] = mapped_column(Integer, nullable=False)  # 1, 2, ... per call
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # RankingKind code
    ranked_on: Mapped[date] = mapped_column(Date, nullable=False)
    published: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    published_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Why a final ranking was approved before the period for observations ran out.
    early_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    budget_cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    granted_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)

    entries: Mapped[list[GrantRankingEntry]] = relationship(
        back_populates="ranking", lazy="raise", order_by="GrantRankingEntry.position",
        cascade="all, delete-orphan")


class GrantRankingEntry(RecordMixin, Base):
    __tablename__ = "grant_ranking_entry"
    __table_args__ = (UniqueConstraint("ranking_id", "application_id"),)

    ranking_id: Mapped[int] = mapped_column(ForeignKey("grant_ranking.id"), nullable=False, index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("grant_application.id"), nullable=False, index=True)
    position: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None for the not admitted
    public_code: Mapped[str] = mapped_column(String(12), nullable=False)
    score: Mapped[Decimal] = mapped_column(POINTS, nullable=False)
    outcome: Mapped[str] = mapped_column(String(30), nullable=False)  # RankingOutcome code
    eligible_cost_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    granted_cents: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    # The grant the application is entitled to after the de minimis check (None in older snapshots).
    entitled_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    ranking: Mapped[GrantRanking] = relationship(back_populates="entries", lazy="raise")
