"""An organisation of the registry (body, firm, third sector) and its contact people."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.domain.search_keys import organisation_name_key, phone_key
from equilibri_desktop.storage.base import Base, RecordMixin
from equilibri_desktop.storage.models.person import Person
from equilibri_desktop.storage.models.reference import Municipality
from equilibri_desktop.storage.search_text import search_text


def organisation_search_values(name: str, phone: str) -> dict[str, str]:
    return {"search_name": organisation_name_key(name)[:220], "search_phone": phone_key(phone)[:20]}


class Organisation(RecordMixin, Base):
    __tablename__ = "organisation"
    __table_args__ = (Index("ix_organisation_search_name", "search_name", "id"),
                      Index("ix_organisation_updated_at", "updated_at"))  # the home page's recent activity

    name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False, index=True)  # OrganisationKind code
    legal_form: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    fiscal_code: Mapped[str | None] = mapped_column(search_text(16), unique=True, nullable=True)
    vat_number: Mapped[str | None] = mapped_column(search_text(11), unique=True, nullable=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # registered office
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"), nullable=True, index=True)
    municipality_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # outside the 53
    cap: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    pec: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    ateco: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    employees: Mapped[int | None] = mapped_column(Integer, nullable=True)
    employees_women: Mapped[int | None] = mapped_column(Integer, nullable=True)
    employees_men: Mapped[int | None] = mapped_column(Integer, nullable=True)
    legal_representative_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True, index=True)
    alliance_role: Mapped[str] = mapped_column(String(20), nullable=False, default="")  # "" = not a member
    partner_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    iban: Mapped[str] = mapped_column(String(34), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    search_name: Mapped[str] = mapped_column(search_text(220), nullable=False, default="")
    search_phone: Mapped[str] = mapped_column(search_text(20), nullable=False, default="")

    municipality: Mapped[Municipality | None] = relationship(lazy="raise")
    legal_representative: Mapped[Person | None] = relationship(lazy="raise")


@event.listens_for(Organisation, "before_insert")
@event.listens_for(Organisation, "before_update")
def _refresh_search_keys(_mapper, _connection, organisation: Organisation) -> None:
    for name, value in organisation_search_values(organisation.name or "", organisation.phone or "").items():
        if getattr(organisation, name) != value:
            setattr(organisation, name, value)


class OrganisationContact(RecordMixin, Base):
    """A person to talk to at an organisation, with their role there."""

    __tablename__ = "organisation_contact"
    __table_args__ = (UniqueConstraint("organisation_id", "person_id"),)

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(100), nullable=False, default="")

    organisation: Mapped[Organisation] = relationship(lazy="raise")
    person: Mapped[Person] = relationship(lazy="raise")
