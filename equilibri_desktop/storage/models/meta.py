"""Installation facts and deletion tombstones."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, UtcDateTime, utcnow


class AppMeta(Base):
    """Key/value facts about this database (demo flag, installation id)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Tombstone(Base):
    """What was deleted, so other copies of the data can learn about it when merging."""

    __tablename__ = "tombstone"
    __table_args__ = (Index("ix_tombstone_table_deleted", "table_name", "deleted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    deleted_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, default=utcnow)
    deleted_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")


class RowCount(Base):
    """How many rows a large table holds, kept by database triggers (migration 0018): the home page reads
    this instead of counting a million rows."""

    __tablename__ = "row_count"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_total: Mapped[int] = mapped_column(BigInteger, nullable=False)
