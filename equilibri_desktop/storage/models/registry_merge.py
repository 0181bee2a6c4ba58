"""The history entry left when two registry records are merged into one."""

from __future__ import annotations

import uuid

from sqlalchemy import Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin


class RegistryMerge(RecordMixin, Base):
    """Who merged which record into which, when (created_at/created_by), and which values came from where.

    Only the dropped record's display name is kept, not a copy of its data: minimisation.
    """

    __tablename__ = "registry_merge"

    record_type: Mapped[str] = mapped_column(String(20), nullable=False)  # "person" | "organisation"
    kept_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    dropped_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    dropped_label: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    fields_from_dropped: Mapped[str] = mapped_column(Text, nullable=False, default="")  # comma-separated names
    moved_links: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
