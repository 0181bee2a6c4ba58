"""The register of every document the program generated: number, file, checksum and the record it belongs to."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import BigInteger, Date, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin


class GeneratedDocument(RecordMixin, Base):
    """Numbers run per kind and year. The SHA-256 lets a printed or signed copy be matched back."""

    __tablename__ = "generated_document"
    __table_args__ = (UniqueConstraint("kind", "year", "number"),)

    kind: Mapped[str] = mapped_column(String(40), nullable=False)  # DocumentKind code
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    record_type: Mapped[str] = mapped_column(String(40), nullable=False)  # e.g. grant_application, grant_ranking
    record_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    file_path: Mapped[str] = mapped_column(String(500), nullable=False)  # relative to the data folder
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    signed_copy_path: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    signed_copy_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
