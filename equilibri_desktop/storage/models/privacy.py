"""Privacy-notice acknowledgements and optional consents of a person (GDPR artt. 7 and 13)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from equilibri_desktop.storage.base import Base, RecordMixin
from equilibri_desktop.storage.models.person import Person


class PrivacyAcknowledgement(RecordMixin, Base):
    """One acknowledgement of one version of the privacy notice (the registry's legal basis is the public task)."""

    __tablename__ = "privacy_acknowledgement"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    notice_version: Mapped[str] = mapped_column(String(40), nullable=False)
    acknowledged_on: Mapped[date] = mapped_column(Date, nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)  # PrivacyChannel code

    person: Mapped[Person] = relationship(lazy="raise")


class Consent(RecordMixin, Base):
    """An optional consent (newsletter, photos); withdrawing it keeps the record with the withdrawal date."""

    __tablename__ = "consent"
    __table_args__ = (Index("ix_consent_person_kind", "person_id", "kind"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # ConsentKind code
    given_on: Mapped[date] = mapped_column(Date, nullable=False)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    person: Mapped[Person] = relationship(lazy="raise")
