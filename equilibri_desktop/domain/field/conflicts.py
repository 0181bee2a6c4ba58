"""How a field change to an office record meets the office's own changes since the kit was made.

Per field: changed only in the field → applied; changed only in the office → kept; changed on both sides to
the same value → nothing to do; changed on both sides to different values → a conflict the clerk decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

# What a laptop may change on a registration the office already had: attendance moves the status, and the
# consents are collected at the event. Names and codes of office records are never edited in the field.
FIELD_EDITABLE = ("status", "privacy_notice_version", "privacy_on", "consent_photos", "consent_news",
                  "consent_on", "consent_collected_by")
FIELD_LABELS = {
    "status": "Stato dell'iscrizione",
    "privacy_notice_version": "Informativa privacy",
    "privacy_on": "Informativa ricevuta il",
    "consent_photos": "Consenso foto e video",
    "consent_news": "Consenso comunicazioni",
    "consent_on": "Consensi raccolti il",
    "consent_collected_by": "Consensi raccolti da",
    "present": "Presenza",
}


class Choice(StrEnum):
    FIELD = "campo"
    OFFICE = "ufficio"


@dataclass(frozen=True)
class FieldDifference:
    field: str
    base: Any
    field_value: Any
    office_value: Any

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


def three_way(base: dict[str, Any], field_values: dict[str, Any], office: dict[str, Any]
              ) -> tuple[dict[str, Any], list[FieldDifference]]:
    """(what to apply without asking, the conflicts)."""
    apply: dict[str, Any] = {}
    conflicts: list[FieldDifference] = []
    for name, value in field_values.items():
        before = base.get(name)
        if value == before or value == office.get(name):
            continue
        if office.get(name) == before:
            apply[name] = value
        else:
            conflicts.append(FieldDifference(name, before, value, office.get(name)))
    return apply, conflicts
