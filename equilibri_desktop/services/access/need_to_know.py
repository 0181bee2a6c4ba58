"""Need to know: people's identifying and contact data masked for roles that only check, and the log of who
opened a person's card without working on her (the rules are in domain/access.py).

The registry's DTO builders call `mask_person_values` before building what a screen receives, so masked
data never reaches the UI; `record_card_view` writes the "Consultazione della scheda" entry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Actor
from equilibri_desktop.domain.audit import AuditAction

MASKED = "•••"
# What identifies or reaches a person beyond her name (DOMAIN.md §5): masked for a read-only auditor.
PERSONAL_TEXT_FIELDS = ("fiscal_code", "birth_place_code", "birth_place_name", "address", "municipality_name",
                        "cap", "domicile_address", "domicile_municipality_name", "domicile_cap", "phone", "email",
                        "pec", "notes", "municipality", "protection_body")
PERSONAL_OTHER_FIELDS = ("birth_date", "did_date", "municipality_id", "domicile_municipality_id",
                         "protection_date")


def mask_person_values(values: dict[str, Any]) -> dict[str, Any]:
    """The same mapping with personal fields masked: a text that was set reads MASKED, the rest None."""
    masked = dict(values)
    for name in PERSONAL_TEXT_FIELDS:
        if name in masked:
            masked[name] = MASKED if masked[name] else ""
    for name in PERSONAL_OTHER_FIELDS:
        if name in masked:
            masked[name] = None
    return masked


def record_card_view(session: Session, actor: Actor, table_name: str, record_uuid, lines: set[str]) -> bool:
    """Log the opening of a person's full card when it is not part of the actor's work; True if logged.
    The entry holds who, when and which record: nothing of the card itself."""
    if actor.works_on_person(frozenset(lines)):
        return False
    from equilibri_desktop.services.access import audit

    audit.record(session, AuditAction.VIEW_CARD, table_name=table_name, record_uuid=record_uuid)
    return True
