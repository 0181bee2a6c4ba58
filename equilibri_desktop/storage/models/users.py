"""Accounts of the people who log in: password hash, roles, and the state of the lockout."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from equilibri_desktop.storage.base import Base, RecordMixin, UtcDateTime


class UserAccount(RecordMixin, Base):
    __tablename__ = "user_account"
    # Login bookkeeping changes at every attempt; login_ok/login_failed entries already record it.
    __audit_exclude__ = frozenset({"failed_attempts", "locked_until", "last_login_at"})

    username: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    roles: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # Role codes, comma-separated
    protected_data: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # "dati protetti"
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
