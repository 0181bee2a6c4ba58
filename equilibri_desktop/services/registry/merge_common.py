"""Merging two records of the registry, one implementation for people and organisations: the clerk chooses
each group of fields, every link moves to the kept record, the dropped one is deleted and a history entry
(RegistryMerge) and an audit entry are left. person_merge and organisation_merge describe what differs
(their groups of fields, their links, how their input is read and checked) as a `MergeKind`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import DomainError, FieldError
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.registry.records import merge_pair, municipality_refs
from equilibri_desktop.storage.models.registry import OrganisationContact, RegistryMerge

log = logging.getLogger(__name__)
KEEP, DROP, BOTH = "keep", "drop", "both"

# fn(session, keep_id, drop_id) -> rows moved. Later lines of work append theirs, so a merge never loses a link.
Link = Callable[[Session, int, int], int]


def _is_blank(groups: Mapping[str, tuple[str, ...]], values: Any, group: str) -> bool:
    return not any(getattr(values, name) for name in groups[group])


def default_choices(groups: Mapping[str, tuple[str, ...]], keep: Any, drop: Any) -> dict[str, str]:
    """The kept record wins, except where it is blank and the other is not; two different notes are joined."""
    choices = {group: DROP if _is_blank(groups, keep, group) and not _is_blank(groups, drop, group) else KEEP
               for group in groups}
    if keep.notes and drop.notes and keep.notes != drop.notes:
        choices["notes"] = BOTH
    return choices


def merged_values(groups: Mapping[str, tuple[str, ...]], keep: Any, drop: Any,
                  choices: Mapping[str, str]) -> tuple[Any, list[str]]:
    """The merged input (a frozen dataclass like `keep`) and the groups taken from the dropped record."""
    unknown = set(choices) - set(groups)
    if unknown:
        raise ValueError(f"unknown merge fields: {sorted(unknown)}")
    values, taken = {}, []
    for group, choice in {**default_choices(groups, keep, drop), **choices}.items():
        if choice not in (KEEP, DROP) and not (group == "notes" and choice == BOTH):
            raise ValueError(f"bad choice {choice!r} for {group}")
        if choice == DROP:
            values.update({name: getattr(drop, name) for name in groups[group]})
            taken.append(group)
        elif choice == BOTH:
            values["notes"] = "\n\n".join(n for n in (keep.notes, drop.notes) if n)
            taken.append(group)
    return replace(keep, **values), taken


def move_contacts(session: Session, keep_id: int, drop_id: int, *, side: str) -> int:
    """Contact links (person ⇄ organisation) of the dropped record move to the kept one; a link the kept
    record already has is not doubled (its role kept unless blank). `side` is the column of the merged record."""
    column = getattr(OrganisationContact, side)
    other = "organisation_id" if side == "person_id" else "person_id"
    kept = {getattr(c, other): c for c in session.scalars(select(OrganisationContact).where(column == keep_id))}
    moved = 0
    for contact in session.scalars(select(OrganisationContact).where(column == drop_id)):
        twin = kept.get(getattr(contact, other))
        if twin is None:
            setattr(contact, side, keep_id)
        else:
            twin.role = twin.role or contact.role
            session.delete(contact)
        moved += 1
    return moved


@dataclass(frozen=True)
class MergeKind:
    """What a kind of record brings to the merge."""

    record_type: str  # RegistryMerge.record_type: "person", "organisation"
    model: type
    groups: Mapping[str, tuple[str, ...]]
    stored_input: Callable[[Session, Any], Any]  # row -> its input dataclass
    merged: Callable[[Any, Any, Mapping[str, str]], tuple[Any, list[str]]]  # keep, drop, choices
    validate: Callable[[Any, Any], Any]  # input, municipality refs -> checked (value, warnings)
    apply: Callable[[Session, Any, Any], None]  # session, row, checked value
    label: Callable[[Any], str]  # the dropped record's label in the history
    detail: Callable[[Session, Any, Any, Database], Any]  # session, row, refs, db -> DTO
    links: list[Link] = field(default_factory=list)
    same_record: str = "Scegli due schede diverse da unire."
    check: Callable[[Database, Any, Any], None] = lambda db, keep, drop: None  # extra permission rules


def merge_records(kind: MergeKind, db: Database, keep_uuid: uuid.UUID, drop_uuid: uuid.UUID,
                  choices: Mapping[str, str], keep_version: int,
                  drop_version: int) -> tuple[Any, tuple[FieldError, ...], int]:
    """Merge `drop` into `keep` in one transaction: (detail of the kept record, warnings, links moved)."""
    db.require(Permission.REGISTRY_MERGE)
    if keep_uuid == drop_uuid:
        raise DomainError(kind.same_record)
    with db.unit_of_work() as session:
        keep, drop = merge_pair(session, kind.model, (keep_uuid, keep_version), (drop_uuid, drop_version))
        kind.check(db, keep, drop)
        merged, taken = kind.merged(kind.stored_input(session, keep), kind.stored_input(session, drop), choices)
        refs = municipality_refs(session)
        checked = kind.validate(merged, refs)
        moved = sum(move(session, keep.id, drop.id) for move in kind.links)
        dropped_label = kind.label(drop)
        session.delete(drop)
        session.flush()  # the dropped row goes first: the kept one may now take its codes
        kind.apply(session, keep, checked.value)
        session.add(RegistryMerge(record_type=kind.record_type, kept_uuid=keep.uuid, dropped_uuid=drop_uuid,
                                  dropped_label=dropped_label, fields_from_dropped=",".join(taken),
                                  moved_links=moved))
        audit.record(session, AuditAction.MERGE, table_name=kind.model.__tablename__, record_uuid=keep.uuid,
                     detail=f"unita la scheda {drop_uuid}; collegamenti spostati: {moved}")
        log.info("%s %s merged into %s (%d links moved)", kind.record_type, drop_uuid, keep.uuid, moved)
        return kind.detail(session, keep, refs, db), tuple(checked.warnings), moved
