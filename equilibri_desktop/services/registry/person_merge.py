"""Merging two records of the same person: choose each field, keep every link, leave a history entry.

Later lines of work register here what else points at a person (applications, agreements…), so a
merge never loses a link: `PERSON_LINKS.append(fn)` with fn(session, keep_id, drop_id) -> rows moved.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission, PermissionDeniedError
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import DomainError, FieldError, ValidationError
from equilibri_desktop.domain.person_rules import PersonInput, validate_person
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.person_dto import PersonDetail
from equilibri_desktop.services.registry.person_records import (
    apply_person,
    person_detail,
    stored_input,
)
from equilibri_desktop.services.registry.records import (
    merge_pair,
    municipality_refs,
)
from equilibri_desktop.storage.models import GrantApplication, GrantCoApplicant
from equilibri_desktop.storage.models.registry import (
    Consent,
    Organisation,
    OrganisationContact,
    Person,
    PrivacyAcknowledgement,
    RegistryMerge,
)

log = logging.getLogger(__name__)
KEEP, DROP, BOTH = "keep", "drop", "both"

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


def _is_blank(values: PersonInput, group: str) -> bool:
    return not any(getattr(values, name) for name in PERSON_MERGE_GROUPS[group])


def default_choices(keep: PersonInput, drop: PersonInput) -> dict[str, str]:
    """The kept record wins, except where it is blank and the other is not (and protection always survives)."""
    choices = {group: DROP if _is_blank(keep, group) and not _is_blank(drop, group) else KEEP
               for group in PERSON_MERGE_GROUPS}
    if keep.notes and drop.notes and keep.notes != drop.notes:
        choices["notes"] = BOTH
    return choices


def merged_input(keep: PersonInput, drop: PersonInput, choices: Mapping[str, str]) -> tuple[PersonInput, list[str]]:
    """The merged values and the groups taken from the dropped record."""
    unknown = set(choices) - set(PERSON_MERGE_GROUPS)
    if unknown:
        raise ValueError(f"unknown merge fields: {sorted(unknown)}")
    chosen = {**default_choices(keep, drop), **choices}
    values, taken = {}, []
    for group, choice in chosen.items():
        if choice not in (KEEP, DROP) and not (group == "notes" and choice == BOTH):
            raise ValueError(f"bad choice {choice!r} for {group}")
        if choice == DROP:
            taken.append(group)
            values.update({name: getattr(drop, name) for name in PERSON_MERGE_GROUPS[group]})
    if chosen["notes"] == BOTH:
        values["notes"] = "\n\n".join(n for n in (keep.notes, drop.notes) if n)
        taken.append("notes")
    merged = replace(keep, **values)
    if (keep.protected or drop.protected) and not merged.protected:
        raise ValidationError.single("protected", "Una delle due persone è protetta: la scheda unita deve "
                                     "restare protetta.")
    return merged, taken


def _move_representatives(session: Session, keep_id: int, drop_id: int) -> int:
    bodies = session.scalars(select(Organisation).where(Organisation.legal_representative_id == drop_id)).all()
    for body in bodies:
        body.legal_representative_id = keep_id
    return len(bodies)


def _move_contacts(session: Session, keep_id: int, drop_id: int) -> int:
    kept = {c.organisation_id: c for c in session.scalars(select(OrganisationContact)
                                                          .where(OrganisationContact.person_id == keep_id))}
    moved = 0
    for contact in session.scalars(select(OrganisationContact).where(OrganisationContact.person_id == drop_id)):
        twin = kept.get(contact.organisation_id)
        if twin is None:
            contact.person_id = keep_id
        else:  # already a contact of that body: one link, the role kept unless it was blank
            twin.role = twin.role or contact.role
            session.delete(contact)
        moved += 1
    return moved


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


PERSON_LINKS: list[Callable[[Session, int, int], int]] = [_move_representatives, _move_contacts, _move_privacy,
                                                          _move_grant_applications]


def merge_people(db: Database, keep_uuid: uuid.UUID, drop_uuid: uuid.UUID, choices: Mapping[str, str],
                 keep_version: int, drop_version: int) -> PersonMergeResult:
    """Merge `drop` into `keep`: fields as chosen (see PERSON_MERGE_GROUPS), every link moved, `drop` deleted."""
    db.require(Permission.REGISTRY_MERGE)
    if keep_uuid == drop_uuid:
        raise DomainError("Scegli due persone diverse da unire.")
    with db.unit_of_work() as session:
        keep, drop = merge_pair(session, Person, (keep_uuid, keep_version), (drop_uuid, drop_version))
        if (keep.protected or drop.protected) and not db.actor.can(Permission.PROTECTED_DATA):
            raise PermissionDeniedError("Unire una persona protetta richiede il permesso «dati protetti».")
        merged, taken = merged_input(stored_input(keep), stored_input(drop), choices)
        refs = municipality_refs(session)
        checked = validate_person(merged, refs)
        moved = sum(move(session, keep.id, drop.id) for move in PERSON_LINKS)
        dropped_label = drop.display_name + (f" ({drop.fiscal_code})" if drop.fiscal_code else "")
        session.delete(drop)
        session.flush()  # the dropped row goes first: the kept one may now take its codice fiscale
        apply_person(keep, checked.value)
        session.add(RegistryMerge(record_type="person", kept_uuid=keep.uuid, dropped_uuid=drop_uuid,
                                  dropped_label=dropped_label, fields_from_dropped=",".join(taken),
                                  moved_links=moved))
        audit.record(session, AuditAction.MERGE, table_name=Person.__tablename__, record_uuid=keep.uuid,
                     detail=f"unita la scheda {drop_uuid}; collegamenti spostati: {moved}")
        log.info("person %s merged into %s (%d links moved)", drop_uuid, keep.uuid, moved)
        detail = person_detail(session, keep, refs, db.actor.can(Permission.PROTECTED_DATA))
        return PersonMergeResult(detail, checked.warnings, moved)
