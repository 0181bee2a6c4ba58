"""Protocol numbers of received applications and their random public codes.

Protocol numbers restart every 1 January (the register of a public body is yearly); the year is the one
of the moment of receipt on the office's clock, Europe/Rome, not UTC: an application received at 00:30
of 1 January in Italy is number 1 of the new year although it is still 31 December in UTC.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime

from equilibri_desktop.domain.office_time import office_time

# No 0/O, 1/I: a code read over the phone or copied from a printed ranking is not mistaken.
PUBLIC_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
PUBLIC_CODE_LENGTH = 8
_LABEL = re.compile(r"\s*(\d{4})\s*/\s*(\d{1,6})\s*")


def protocol_year(received_at: datetime) -> int:
    return office_time(received_at).year


def next_protocol_number(last_of_year: int | None) -> int:
    """The number after the highest one given in the year (None: the year has none yet)."""
    return (last_of_year or 0) + 1


def protocol_label(year: int | None, number: int | None) -> str:
    """'2026/0007'; '' for a draft, which has no protocol yet."""
    if year is None or number is None:
        return ""
    return f"{year}/{number:04d}"


def parse_protocol_label(text: str) -> tuple[int, int] | None:
    """'2026/0007' or '2026/7' → (2026, 7); None when the text is not a protocol label."""
    match = _LABEL.fullmatch(text or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def received_text(received_at: datetime | None) -> str:
    """dd/mm/yyyy HH:MM on the office's clock, as receipts and lists show it."""
    return office_time(received_at).strftime("%d/%m/%Y %H:%M") if received_at else ""


def new_public_code(length: int = PUBLIC_CODE_LENGTH) -> str:
    """A random code (32⁸ ≈ 10¹² of them) published instead of the applicant's name; the service
    retries on the rare collision with a stored one."""
    return "".join(secrets.choice(PUBLIC_CODE_ALPHABET) for _ in range(length))


def normalise_public_code(text: str) -> str:
    return "".join((text or "").split()).upper()
