"""The append-only audit trail: one row per change, login, export, document or view of a protected record."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, UtcDateTime


class AuditEntry(Base):
    """Written only by `storage/audit_log.py`; the flush guard there refuses ORM edits and deletions.

    `id` is assigned by the writer as last id + 1, so ids are gap-free and a deleted row shows as a gap.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_record", "record_uuid", "id"),
        Index("ix_audit_entry_username_at", "username", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    username: Mapped[str] = mapped_column(String(80), nullable=False)
    action: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    table_name: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    record_uuid: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="")  # canonical JSON {field: [old, new]}
    detail: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    entry_hash: Mapped[str] = mapped_column(String(64), nullable=False)
