"""People and organisations every line of work refers to (the registry grows in later migrations)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.storage.base import Base, RecordMixin
from equilibri_desktop.storage.models.reference import Municipality


class Person(RecordMixin, Base):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_surname_first_name", "surname", "first_name"),)

    surname: Mapped[str] = mapped_column(String(100), nullable=False)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Belfiore code of an Italian municipality or Z-code of a foreign country.
    birth_place_code: Mapped[str] = mapped_column(String(4), nullable=False, default="")
    fiscal_code: Mapped[str | None] = mapped_column(String(16), unique=True, nullable=True)
    citizenship: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"), nullable=True, index=True)
    cap: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="", index=True)
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    municipality: Mapped[Municipality | None] = relationship(lazy="raise")


class Organisation(RecordMixin, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    legal_form: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    fiscal_code: Mapped[str | None] = mapped_column(String(16), unique=True, nullable=True)
    vat_number: Mapped[str | None] = mapped_column(String(11), unique=True, nullable=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"), nullable=True, index=True)
    cap: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    pec: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    employees: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    municipality: Mapped[Municipality | None] = relationship(lazy="raise")
