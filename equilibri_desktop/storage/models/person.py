"""A person of the registry, with the normalised keys that make search-as-you-type an index lookup."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.domain.search_keys import person_name_key, person_name_key_reversed, phone_key
from equilibri_desktop.storage.base import Base, RecordMixin
from equilibri_desktop.storage.models.reference import Municipality
from equilibri_desktop.storage.search_text import search_text


def person_search_values(surname: str, first_name: str, phone: str) -> dict[str, str]:
    """The search columns for these values (bulk inserts bypass the flush hook below and call this)."""
    return {
        "search_name": person_name_key(surname, first_name),
        "search_name_reversed": person_name_key_reversed(surname, first_name),
        "search_phone": phone_key(phone)[:20],
    }


class Person(RecordMixin, Base):
    __tablename__ = "person"
    # Every searched column is indexed together with the name key, so a search reads one page of a
    # single index in name order, never the table (see services/person_queries.py).
    __table_args__ = (
        Index("ix_person_search_name", "search_name", "id"),  # the id gives a stable order for paging
        Index("ix_person_search_name_reversed", "search_name_reversed", "search_name"),
        Index("ix_person_email_name", "email", "search_name"),
        Index("ix_person_search_phone_name", "search_phone", "search_name"),
        Index("ix_person_municipality_name", "municipality_id", "search_name"),
        Index("ix_person_updated_at", "updated_at"),  # the home page's recent activity
    )

    surname: Mapped[str] = mapped_column(String(100), nullable=False)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    # Belfiore code of an Italian municipality or Z-code of a foreign country.
    birth_place_code: Mapped[str] = mapped_column(String(4), nullable=False, default="")
    birth_place_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    fiscal_code: Mapped[str | None] = mapped_column(search_text(16), unique=True, nullable=True)
    citizenship: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"), nullable=True)
    municipality_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # outside the 53
    cap: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    domicile_address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    domicile_municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"), nullable=True)
    domicile_municipality_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    domicile_cap: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    email: Mapped[str] = mapped_column(search_text(200), nullable=False, default="")
    pec: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    preferred_contact: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    occupational_status: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    did_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Protection: the flag and who certified it, when; nothing about the circumstances is stored.
    protected: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    protection_body: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    protection_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    search_name: Mapped[str] = mapped_column(search_text(210), nullable=False, default="")
    search_name_reversed: Mapped[str] = mapped_column(search_text(210), nullable=False, default="")
    search_phone: Mapped[str] = mapped_column(search_text(20), nullable=False, default="")

    municipality: Mapped[Municipality | None] = relationship(foreign_keys=[municipality_id], lazy="raise")
    domicile_municipality: Mapped[Municipality | None] = relationship(
        foreign_keys=[domicile_municipality_id], lazy="raise"
    )

    @property
    def display_name(self) -> str:
        return f"{self.surname} {self.first_name}".strip()


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _refresh_search_keys(_mapper, _connection, person: Person) -> None:
    # Every ORM write (form, import, merge, demo) keeps the keys in step with the names.
    for name, value in person_search_values(person.surname or "", person.first_name or "",
                                            person.phone or "").items():
        if getattr(person, name) != value:
            setattr(person, name, value)
