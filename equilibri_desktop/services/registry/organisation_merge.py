"""Merging two records of the same organisation (the shared steps are in merge_common): the groups of fields
the clerk chooses between and the links that follow the kept record.

Later lines of work register their links: `ORGANISATION_LINKS.append(fn)`, fn(session, keep_id, drop_id) -> moved.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.domain.organisation_rules import (
    OrganisationInput,
    validate_organisation,
)
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry import merge_common
from equilibri_desktop.services.registry.merge_common import Link, MergeKind, merge_records
from equilibri_desktop.services.registry.organisation_dto import OrganisationDetail
from equilibri_desktop.services.registry.organisation_records import (
    apply_organisation,
    organisation_detail,
    stored_organisation_input,
)
from equilibri_desktop.storage.models.grant_payment import GrantFirm
from equilibri_desktop.storage.models.registry import Organisation

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


def merged_organisation(keep: OrganisationInput, drop: OrganisationInput,
                        choices: Mapping[str, str]) -> tuple[OrganisationInput, list[str]]:
    return merge_common.merged_values(ORGANISATION_MERGE_GROUPS, keep, drop, choices)


def _move_firms(session: Session, keep_id: int, drop_id: int) -> int:
    """A funded firm recorded on the duplicate stays the firm of its grant, now on the kept record."""
    firms = session.scalars(select(GrantFirm).where(GrantFirm.organisation_id == drop_id)).all()
    for firm in firms:
        firm.organisation_id = keep_id
    return len(firms)


ORGANISATION_LINKS: list[Link] = [partial(merge_common.move_contacts, side="organisation_id"), _move_firms]

ORGANISATIONS = MergeKind(
    record_type="organisation", model=Organisation, groups=ORGANISATION_MERGE_GROUPS,
    stored_input=stored_organisation_input, merged=merged_organisation, validate=validate_organisation,
    apply=apply_organisation, label=lambda row: row.name + (f" ({row.vat_number})" if row.vat_number else ""),
    detail=lambda session, row, refs, _db: organisation_detail(session, row, refs),
    links=ORGANISATION_LINKS, same_record="Scegli due enti diversi da unire.")


def merge_organisations(db: Database, keep_uuid: uuid.UUID, drop_uuid: uuid.UUID, choices: Mapping[str, str],
                        keep_version: int, drop_version: int) -> OrganisationMergeResult:
    """Merge `drop` into `keep`: fields as chosen (see ORGANISATION_MERGE_GROUPS), links moved, `drop` deleted."""
    return OrganisationMergeResult(*merge_records(ORGANISATIONS, db, keep_uuid, drop_uuid, choices, keep_version,
                                                  drop_version))
