"""The official number and date an act or letter of the grants received in the body's own register.

The body keeps one register of its acts and one protocol (DPR 445/2000 art. 53): the numbers this program gives
its documents are internal references only. Once the signed act is registered (or the letter protocolled) the
clerk records its official number and date here; later documents cite it by those.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin


class GrantOfficialNumber(RecordMixin, Base):
    __tablename__ = "grant_official_number"

    document_id: Mapped[int] = mapped_column(ForeignKey("generated_document.id"), nullable=False, unique=True)
    official_number: Mapped[str] = mapped_column(String(40), nullable=False)
    official_date: Mapped[date] = mapped_column(Date, nullable=False)
