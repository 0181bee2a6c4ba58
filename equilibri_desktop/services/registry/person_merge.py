"""Merging two records of the same person (the shared steps are in merge_common): the groups of fields the
clerk chooses between, the links that follow the kept person, and the rule that protection survives.

Later lines of work register here what else points at a person (applications, agreements…), so a
merge never loses a link: `PERSON_LINKS.append(fn)` with fn(session, keep_id, drop_id) -> rows moved.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission, PermissionDeniedError
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.person_rules import PersonInput, validate_person
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry import merge_common
from equilibri_desktop.services.registry.merge_common import BOTH, DROP, KEEP, Link, MergeKind, merge_records
from equilibri_desktop.services.registry.person_dto import PersonDetail
from equilibri_desktop.services.registry.person_records import (
    apply_person,
    person_detail,
    stored_input,
)
from equilibri_desktop.storage.models import GrantApplication, GrantCoApplicant
from equilibri_desktop.storage.models.registry import (
    Consent,
    Organisation,
    Person,
    PrivacyAcknowledgement,
)

__all__ = ["BOTH", "DROP", "KEEP", "PERSON_LINKS", "PERSON_MERGE_GROUPS", "PersonMergeResult", "default_choices",
           "merge_people", "merged_input"]

# What the clerk chooses between; fields that only make sense together travel together.
PERSON_MERGE_GROUPS: dict[str, tuple[str, ...]] = {
    "surname": ("surname",), "first_name": ("first_name",), "sex": ("sex",), "birth_date": ("birth_date",),
    "birth_place": ("birth_place_code", "birth_place_name"), "fiscal_code": ("fiscal_code",),
    "citizenship": ("citizenship",),
    "residence": ("address", "municipality_id", "municipality_name", "cap"),
    "domicile": ("domicile_address", "domicile_municipality_id", "domicile_municipality_name", "domicile_cap"),
    "phone": ("phone",), "email": ("email",), "pec": ("pec",), "preferred_contact": ("preferred_contact",),
    "occupation": ("occupational_status", "did_date"),
    "protection": ("protected", "protection_body", "protection_date"),
    "notes": ("notes",),  # may also be BOTH: the two texts one after the other
}


@dataclass(frozen=True)
class PersonMergeResult:
    person: PersonDetail
    warnings: tuple[FieldError, ...]
    moved_links: int


def default_choices(keep: PersonInput, drop: PersonInput) -> dict[str, str]:
    """The kept record wins, except where it is blank and the other is not (and protection always survives)."""
    return merge_common.default_choices(PERSON_MERGE_GROUPS, keep, drop)


def merged_input(keep: PersonInput, drop: PersonInput, choices: Mapping[str, str]) -> tuple[PersonInput, list[str]]:
    """The merged values and the groups taken from the dropped record."""
    merged, taken = merge_common.merged_values(PERSON_MERGE_GROUPS, keep, drop, choices)
    if (keep.protected or drop.protected) and not merged.protected:
        raise ValidationError.coded("protected", "registry.person.merge_keeps_protection")
    return merged, taken


def _move_representatives(session: Session, keep_id: int, drop_id: int) -> int:
    bodies = session.scalars(select(Organisation).where(Organisation.legal_representative_id == drop_id)).all()
    for body in bodies:
        body.legal_representative_id = keep_id
    return len(bodies)


def _move_privacy(session: Session, keep_id: int, drop_id: int) -> int:
    moved = 0
    for model in (PrivacyAcknowledgement, Consent):
        for row in session.scalars(select(model).where(model.person_id == drop_id)):
            row.person_id = keep_id
            moved += 1
    return moved


def _move_grant_applications(session: Session, keep_id: int, drop_id: int) -> int:
    """Applications and co-applicant places follow the kept person; a co-applicant place she already
    holds (or the application she now applies for herself) is not doubled."""
    moved = 0
    for application in session.scalars(select(GrantApplication).where(GrantApplication.applicant_id == drop_id)):
        application.applicant_id = keep_id
        moved += 1
    session.flush()  # the applicant moved first, so the check below sees who applies now
    for place in session.scalars(select(GrantCoApplicant).where(GrantCoApplicant.person_id == drop_id)).all():
        twin = session.scalar(select(GrantCoApplicant.id).where(
            GrantCoApplicant.application_id == place.application_id, GrantCoApplicant.person_id == keep_id))
        applies = session.scalar(select(GrantApplication.id).where(
            GrantApplication.id == place.application_id, GrantApplication.applicant_id == keep_id))
        if twin is None and applies is None:
            place.person_id = keep_id
        else:
            session.delete(place)
        moved += 1
    return moved


PERSON_LINKS: list[Link] = [_move_representatives, partial(merge_common.move_contacts, side="person_id"),
                            _move_privacy, _move_grant_applications]


def _check(db: Database, keep: Person, drop: Person) -> None:
    if (keep.protected or drop.protected) and not db.actor.can(Permission.PROTECTED_DATA):
        raise PermissionDeniedError(code="registry.person.merge_needs_permission")


PERSONS = MergeKind(
    record_type="person", model=Person, groups=PERSON_MERGE_GROUPS,
    stored_input=lambda _session, row: stored_input(row), merged=merged_input,
    validate=validate_person, apply=lambda _session, row, value: apply_person(row, value),
    label=lambda row: row.display_name + (f" ({row.fiscal_code})" if row.fiscal_code else ""),
    detail=lambda session, row, refs, db: person_detail(session, row, refs, db.actor.can(Permission.PROTECTED_DATA)),
    links=PERSON_LINKS, same_record="Scegli due persone diverse da unire.", check=_check)


def merge_people(db: Database, keep_uuid: uuid.UUID, drop_uuid: uuid.UUID, choices: Mapping[str, str],
                 keep_version: int, drop_version: int) -> PersonMergeResult:
    """Merge `drop` into `keep`: fields as chosen (see PERSON_MERGE_GROUPS), every link moved, `drop` deleted."""
    return PersonMergeResult(*merge_records(PERSONS, db, keep_uuid, drop_uuid, choices, keep_version, drop_version))
