"""The reference municipalities of the territory, for pickers and filters."""

from __future__ import annotations

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.records import municipality_refs


def list_municipalities(db: Database) -> tuple[MunicipalityRef, ...]:
    """The 53 municipalities by name (their CAP and district included), to pick from or filter by."""
    db.require(Permission.REGISTRY_READ)
    with db.unit_of_work() as session:
        refs = list(municipality_refs(session).values())
    return tuple(sorted(refs, key=lambda ref: ref.name))
