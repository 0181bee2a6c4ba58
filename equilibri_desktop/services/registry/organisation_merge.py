"""Merging two records of the same organisation: choose each field, keep every link, leave a history entry.

Later lines of work register their links: `ORGANISATION_LINKS.append(fn)`, fn(session, keep_id, drop_id) -> moved.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import DomainError, FieldError
from equilibri_desktop.domain.organisation_rules import (
    OrganisationInput,
    validate_organisation,
)
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.organisation_dto import OrganisationDetail
from equilibri_desktop.services.registry.organisation_records import (
    apply_organisation,
    organisation_detail,
    stored_organisation_input,
)
from equilibri_desktop.services.registry.person_merge import BOTH, DROP, KEEP
from equilibri_desktop.services.registry.records import (
    merge_pair,
    municipality_refs,
)
from equilibri_desktop.storage.models.grant_payment import GrantFirm
from equilibri_desktop.storage.models.registry import (
    Organisation,
    OrganisationContact,
    RegistryMerge,
)

log = logging.getLogger(__name__)

ORGANISATION_MERGE_GROUPS: dict[str, tuple[str, ...]] = {
    "name": ("name",), "kind": ("kind",), "legal_form": ("legal_form",), "fiscal_code": ("fiscal_code",),
    "vat_number": ("vat_number",), "registered_office": ("address", "municipality_id", "municipality_name", "cap"),
    "pec": ("pec",), "email": ("email",), "phone": ("phone",), "ateco": ("ateco",),
    "employees": ("employees", "employees_women", "employees_men"),
    "legal_representative": ("legal_representative_uuid",), "alliance": ("alliance_role", "partner_since"),
    "iban": ("iban",), "notes": ("notes",),
}


@dataclass(frozen=True)
class OrganisationMergeResult:
    organisation: OrganisationDetail
    warnings: tuple[FieldError, ...]
    moved_links: int


def _blank(values: OrganisationInput, group: str) -> bool:
    return not any(getattr(values, name) for name in ORGANISATION_MERGE_GROUPS[group])


def merged_organisation(keep: OrganisationInput, drop: OrganisationInput,
                        choices: Mapping[str, str]) -> tuple[OrganisationInput, list[str]]:
    unknown = set(choices) - set(ORGANISATION_MERGE_GROUPS)
    if unknown:
        raise ValueError(f"unknown merge fields: {sorted(unknown)}")
    defaults = {g: DROP if _blank(keep, g) and not _blank(drop, g) else KEEP for g in ORGANISATION_MERGE_GROUPS}
    if keep.notes and drop.notes and keep.notes != drop.notes:
        defaults["notes"] = BOTH
    values, taken = {}, []
    for group, choice in {**defaults, **choices}.items():
        if choice not in (KEEP, DROP) and not (group == "notes" and choice == BOTH):
            raise ValueError(f"bad choice {choice!r} for {group}")
        if choice == DROP:
            values.update({name: getattr(drop, name) for name in ORGANISATION_MERGE_GROUPS[group]})
            taken.append(group)
        elif choice == BOTH:
            values["notes"] = "\n\n".join(n for n in (keep.notes, drop.notes) if n)
            taken.append(group)
    return replace(keep, **values), taken


def _move_contacts(session: Session, keep_id: int, drop_id: int) -> int:
    kept = {c.person_id: c for c in session.scalars(select(OrganisationContact)
                                                    .where(OrganisationContact.organisation_id == keep_id))}
    moved = 0
    for contact in session.scalars(select(OrganisationContact).where(OrganisationContact.organisation_id == drop_id)):
        twin = kept.get(contact.person_id)
        if twin is None:
            contact.organisation_id = keep_id
        else:
            twin.role = twin.role or contact.role
            session.delete(contact)
        moved += 1
    return moved


def _move_firms(session: Session, keep_id: int, drop_id: int) -> int:
    """A funded firm recorded on the duplicate stays the firm of its grant, now on the kept record."""
    firms = session.scalars(select(GrantFirm).where(GrantFirm.organisation_id == drop_id)).all()
    for firm in firms:
        firm.organisation_id = keep_id
    return len(firms)


ORGANISATION_LINKS: list[Callable[[Session, int, int], int]] = [_move_contacts, _move_firms]


def merge_organisations(db: Database, keep_uuid: uuid.UUID, drop_uuid: uuid.UUID, choices: Mapping[str, str],
                        keep_version: int, drop_version: int) -> OrganisationMergeResult:
    """Merge `drop` into `keep`: fields as chosen (see ORGANISATION_MERGE_GROUPS), links moved, `drop` deleted."""
    db.require(Permission.REGISTRY_MERGE)
    if keep_uuid == drop_uuid:
        raise DomainError("Scegli due enti diversi da unire.")
    with db.unit_of_work() as session:
        keep, drop = merge_pair(session, Organisation, (keep_uuid, keep_version), (drop_uuid, drop_version))
        merged, taken = merged_organisation(stored_organisation_input(session, keep),
                                            stored_organisation_input(session, drop), choices)
        refs = municipality_refs(session)
        checked = validate_organisation(merged, refs)
        moved = sum(move(session, keep.id, drop.id) for move in ORGANISATION_LINKS)
        dropped_label = drop.name + (f" ({drop.vat_number})" if drop.vat_number else "")
        session.delete(drop)
        session.flush()  # first: the kept record may now take the dropped one's codes
        apply_organisation(session, keep, checked.value)
        session.add(RegistryMerge(record_type="organisation", kept_uuid=keep.uuid, dropped_uuid=drop_uuid,
                                  dropped_label=dropped_label, fields_from_dropped=",".join(taken),
                                  moved_links=moved))
        audit.record(session, AuditAction.MERGE, table_name=Organisation.__tablename__, record_uuid=keep.uuid,
                     detail=f"unita la scheda {drop_uuid}; collegamenti spostati: {moved}")
        log.info("organisation %s merged into %s (%d links moved)", drop_uuid, keep.uuid, moved)
        return OrganisationMergeResult(organisation_detail(session, keep, refs), checked.warnings, moved)
