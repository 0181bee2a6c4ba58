"""Events and training: the event with its partners and sessions, participants with consents, attendance,
feedback questionnaires. Every row carries the RecordMixin identity (UUID, times, authors) that field
laptops use to merge their copies back."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.storage.base import Base, RecordMixin, UtcDateTime
from equilibri_desktop.storage.models.organisation import Organisation
from equilibri_desktop.storage.models.person import Person
from equilibri_desktop.storage.models.reference import Municipality


class Event(RecordMixin, Base):
    __tablename__ = "event"

    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # EventKind code
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    line_of_work: Mapped[str] = mapped_column(String(20), nullable=False)  # LineOfWork code
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"), nullable=True)
    organiser: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    target: Mapped[str] = mapped_column(String(20), nullable=False)  # Target code
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: no limit
    registration_open: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    min_attendance_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False, default=Decimal(75))
    certificate_kind: Mapped[str] = mapped_column(String(20), nullable=False)  # CertificateKind code
    topics: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signer_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    signer_role: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    first_day: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)  # of its sessions, for lists

    municipality: Mapped[Municipality | None] = relationship(lazy="raise")
    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event", lazy="raise", order_by="EventSession.position", cascade="all, delete-orphan")
    partners: Mapped[list[EventPartner]] = relationship(back_populates="event", lazy="raise",
                                                        cascade="all, delete-orphan")


class EventPartner(RecordMixin, Base):
    """An organisation of the registry that co-organises the event."""

    __tablename__ = "event_partner"
    __table_args__ = (UniqueConstraint("event_id", "organisation_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), nullable=False, index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False)

    event: Mapped[Event] = relationship(back_populates="partners", lazy="raise")
    organisation: Mapped[Organisation] = relationship(lazy="raise")


class EventSession(RecordMixin, Base):
    __tablename__ = "event_session"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    starts: Mapped[time] = mapped_column(Time, nullable=False)
    ends: Mapped[time] = mapped_column(Time, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    trainer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    topic: Mapped[str] = mapped_column(String(300), nullable=False, default="")

    event: Mapped[Event] = relationship(back_populates="sessions", lazy="raise")


class EventParticipant(RecordMixin, Base):
    """A registration. Name and contacts are kept here too, so someone new at the event needs no registry
    record until the office completes her data; `person_id` links her once known."""

    __tablename__ = "event_participant"
    __table_args__ = (
        Index("ix_event_participant_event_status", "event_id", "status"),
        Index("ix_event_participant_event_name", "event_id", "search_name"),
        Index("ix_event_participant_event_code", "event_id", "fiscal_code"),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True, index=True)
    surname: Mapped[str] = mapped_column(String(100), nullable=False)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    search_name: Mapped[str] = mapped_column(String(210), nullable=False, default="")
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"), nullable=True)
    fiscal_code: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True, index=True)
    organisation_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    participant_kind: Mapped[str] = mapped_column(String(20), nullable=False)  # Target code
    status: Mapped[str] = mapped_column(String(20), nullable=False)  # ParticipantStatus code
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)  # waiting-list order
    # Consents, as shown and collected at the event (GDPR artt. 7 and 13).
    privacy_notice_version: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    privacy_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent_photos: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_news: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent_collected_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    certificate_uuid: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)  # its generated_document

    event: Mapped[Event] = relationship(lazy="raise")
    person: Mapped[Person | None] = relationship(lazy="raise")
    organisation: Mapped[Organisation | None] = relationship(lazy="raise")


class EventAttendance(RecordMixin, Base):
    __tablename__ = "event_attendance"
    __table_args__ = (UniqueConstraint("participant_id", "session_id"),)

    participant_id: Mapped[int] = mapped_column(ForeignKey("event_participant.id"), nullable=False)
    session_id: Mapped[int] = mapped_column(ForeignKey("event_session.id"), nullable=False, index=True)
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    participant: Mapped[EventParticipant] = relationship(lazy="raise")
    session: Mapped[EventSession] = relationship(lazy="raise")


class EventFeedback(RecordMixin, Base):
    """One paper questionnaire typed in: item scores 1–5 (comma-separated, blank for no answer), a comment."""

    __tablename__ = "event_feedback"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), nullable=False, index=True)
    scores: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
