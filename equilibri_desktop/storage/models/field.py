"""Field laptops: intake notes typed at an event, the office versions a kit was made from (on the laptop),
and what the office merged from each return package (so a package imported again changes nothing)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.storage.base import Base, RecordMixin, UtcDateTime, utcnow
from equilibri_desktop.storage.models.events import EventParticipant

OFFICE_ID_KEY = "office_id"  # app_meta: the stable identity of an office database, written by migration 0014


class FieldNote(RecordMixin, Base):
    """A short intake note about a participant (what she asked, what to follow up), typed at the event."""

    __tablename__ = "field_note"

    participant_id: Mapped[int] = mapped_column(ForeignKey("event_participant.id"), nullable=False, index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    participant: Mapped[EventParticipant] = relationship(lazy="raise")


class FieldBase(Base):
    """On a laptop: the office version of a record copied into the kit, with the values it had, so the
    return package can say what the field changed and the office can tell a conflict from an update."""

    __tablename__ = "field_base"

    record_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    values_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    fiscal_code_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="", index=True)


class FieldImport(Base):
    """One return package merged in the office; its receipt code lets the laptop delete its copy."""

    __tablename__ = "field_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, unique=True)
    kit_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    event_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    receipt_code: Mapped[str] = mapped_column(String(20), nullable=False)
    records: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")


class FieldMergedRecord(Base):
    """A field record as last merged: its content hash (the same content again is skipped), the office record
    it went into (itself, or a registration of the same person it was folded into) and that record's version
    just after the merge (the base of the laptop's next change to it)."""

    __tablename__ = "field_merged_record"
    __table_args__ = (UniqueConstraint("field_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    field_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    office_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    office_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # The field-editable values as merged (status, consents): the base of the laptop's next change.
    values_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    package_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
