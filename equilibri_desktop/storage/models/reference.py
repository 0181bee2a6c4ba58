"""Reference data shipped with the app: the municipalities of the alliance's territory."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base


class Municipality(Base):
    __tablename__ = "municipality"

    id: Mapped[int] = mapped_column(primary_key=True)
    istat_code: Mapped[str] = mapped_column(String(6), unique=True, nullable=False)
    belfiore_code: Mapped[str] = mapped_column(String(4), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(80), nullable=False, index=True)
    cap: Mapped[str] = mapped_column(String(5), nullable=False)
    # The other CAPs of a municipality served by several (space-separated); the main one stays in `cap`.
    other_caps: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    province: Mapped[str] = mapped_column(String(2), nullable=False)
    district: Mapped[str] = mapped_column(String(60), nullable=False)
    sud_est_milano: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
