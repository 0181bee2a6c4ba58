"""The office's own identity: letterhead, project and default signatory (one row)."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin


class OrganisationSettings(RecordMixin, Base):
    __tablename__ = "organisation_settings"

    body_name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    address: Mapped[str] = mapped_column(String(300), default="", nullable=False)
    fiscal_code: Mapped[str] = mapped_column(String(16), default="", nullable=False)
    vat_number: Mapped[str] = mapped_column(String(11), default="", nullable=False)
    pec: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    email: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    phone: Mapped[str] = mapped_column(String(40), default="", nullable=False)
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    project_title: Mapped[str] = mapped_column(String(300), default="", nullable=False)
    project_cup: Mapped[str] = mapped_column(String(15), default="", nullable=False)
    funding_statement: Mapped[str] = mapped_column(Text, default="", nullable=False)
    signatory_name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    signatory_role: Mapped[str] = mapped_column(String(200), default="", nullable=False)
