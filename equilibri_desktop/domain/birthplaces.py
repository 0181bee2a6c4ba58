"""Birthplaces: Italian municipalities (Belfiore code) and foreign States (Z-code), from the bundled tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from equilibri_desktop.domain.names import proper_case_place_name

PLACE_CODE = re.compile(r"[A-Z]\d{3}")
# python-codicefiscale is imported where it is used: importing it parses its tables' module and dateutil's,
# which the modules that only need the names below (the home page's among them) should not pay for.


@lru_cache(maxsize=1)
def place_tables() -> dict:
    """The library's municipality and country tables, indexed (built once: it takes ~0.2 s)."""
    from codicefiscale.data import get_indexed_data

    return get_indexed_data()


@dataclass(frozen=True)
class Birthplace:
    code: str
    name: str
    province: str  # "EE" for a foreign State

    @property
    def abroad(self) -> bool:
        return self.province == "EE"

    @property
    def label(self) -> str:
        return self.name if self.abroad or not self.province else f"{self.name} ({self.province})"


def _on(day: date | None) -> datetime | None:
    return datetime(day.year, day.month, day.day) if day else None


def birthplace_from_code(code: str, on: date | None = None) -> Birthplace | None:
    """The place a code stood for on a date (the newest one without a date); None if unknown."""
    options = place_tables()["codes"].get((code or "").strip().upper())
    if not options:
        return None
    chosen = options[-1]
    when = _on(on)
    if when is not None:
        for option in options:
            created = option.get("date_created") or ""
            deleted = option.get("date_deleted") or ""
            if (not created or datetime.fromisoformat(created) <= when) and (
                not deleted or when <= datetime.fromisoformat(deleted)
            ):
                chosen = option
                break
    return Birthplace(chosen["code"], proper_case_place_name(chosen["name"]), chosen.get("province") or "")


def birthplace_from_text(text: str | None, on: date | None = None) -> Birthplace | None:
    """'Milano', 'MILANO (MI)', 'Perù' or a code such as 'F205'; None when nothing matches."""
    text = " ".join((text or "").split())
    if not text:
        return None
    if PLACE_CODE.fullmatch(text.upper()):
        return birthplace_from_code(text.upper(), on)
    from codicefiscale import codicefiscale

    try:
        code = codicefiscale.encode_birthplace(text, _on(on))
    except ValueError:
        return None
    return birthplace_from_code(code, on) if code else None
