"""The merge of one field registration: an office registration it changed (update or conflict), the same person
already registered (folded in), or someone new (matched against the registry: exact codice fiscale links her,
name + birth date + municipality only proposes her to the clerk)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.events.matching import identity_keys
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.domain.field.conflicts import FIELD_EDITABLE, Choice, three_way
from equilibri_desktop.domain.field.matching import Candidate, likely_matches
from equilibri_desktop.domain.search_keys import person_name_key
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.field.dto import Conflict, Decisions, MatchCandidate, MergeItem, Outcome
from equilibri_desktop.services.field.values import column_value, content_hash, to_json
from equilibri_desktop.storage.models import EventParticipant, FieldMergedRecord, Person

_FILLABLE = ("sex", "birth_date", "municipality_id", "fiscal_code", "phone", "email", "organisation_name",
             "person_id")
_RANK = {ParticipantStatus.PRESENTE: 5, ParticipantStatus.ASSENTE: 4, ParticipantStatus.ISCRITTA: 3,
         ParticipantStatus.IN_ATTESA: 2, ParticipantStatus.ANNULLATA: 1}
KIND = "iscrizione"


@dataclass
class MergeContext:
    session: Session
    event_id: int
    package_uuid: uuid.UUID
    decisions: Decisions
    municipality_ids: dict[str, int]
    municipality_names: dict[int, str]
    merged: dict[uuid.UUID, FieldMergedRecord]
    # field uuid of a registration → the office registration it now is (itself, or the one it was folded into)
    participants: dict[uuid.UUID, EventParticipant] = field(default_factory=dict)
    # identity keys of the registrations created in this run: they reach the database at the single flush
    created: dict[tuple, EventParticipant] = field(default_factory=dict)
    # identity keys of the event's registrations before the run → their id (read once: an event has hundreds)
    existing: dict[tuple, int] = field(default_factory=dict)


def index_registrations(ctx: MergeContext) -> None:
    rows = ctx.session.execute(select(EventParticipant.id, EventParticipant.surname, EventParticipant.first_name,
                                      EventParticipant.fiscal_code, EventParticipant.birth_date,
                                      EventParticipant.municipality_id, EventParticipant.person_id)
                               .where(EventParticipant.event_id == ctx.event_id).order_by(EventParticipant.id))
    for pid, surname, first, code, born, town, person_id in rows:
        values = {"surname": surname, "first_name": first, "fiscal_code": code, "birth_date": born,
                  "municipality_id": town}
        for key in _keys(values, person_id):
            ctx.existing.setdefault(key, pid)  # the oldest registration wins, as in the events service


def remember(ctx: MergeContext, field_uuid: uuid.UUID, table: str, office_uuid: uuid.UUID, record: dict,
             office_version: int, values: dict) -> None:
    row = ctx.merged.get(field_uuid)
    if row is None:
        row = FieldMergedRecord(field_uuid=field_uuid, table_name=table)
        ctx.session.add(row)
        ctx.merged[field_uuid] = row
    row.office_uuid, row.content_hash, row.office_version = office_uuid, content_hash(record), office_version or 1
    row.values_json, row.package_uuid = json.dumps(values, sort_keys=True), ctx.package_uuid


def _editable(p: EventParticipant) -> dict:
    return {name: to_json(getattr(p, name)) for name in FIELD_EDITABLE}


def _by_uuid(ctx: MergeContext, record_uuid: uuid.UUID) -> EventParticipant | None:
    return ctx.session.scalar(select(EventParticipant).where(EventParticipant.uuid == record_uuid))


def merge_participant(ctx: MergeContext, record: dict) -> MergeItem:
    field_uuid = uuid.UUID(record["uuid"])
    name = f"{record['values'].get('surname', '')} {record['values'].get('first_name', '')}".strip()
    previous = ctx.merged.get(field_uuid)
    if previous is not None and previous.content_hash == content_hash(record):
        target = _by_uuid(ctx, previous.office_uuid)
        if target is not None:
            ctx.participants[field_uuid] = target
        return MergeItem(field_uuid, KIND, _name(target) if target else name, Outcome.SKIPPED)
    if record["origin"] == "office" or previous is not None:
        target = _by_uuid(ctx, previous.office_uuid if previous else field_uuid)
        if target is None:
            return MergeItem(field_uuid, KIND, name, Outcome.REFUSED,
                             "l'iscrizione non esiste più in ufficio (unita o eliminata): modifica non applicata")
        ctx.participants[field_uuid] = target
        if previous is not None:
            base, base_version = json.loads(previous.values_json), previous.office_version
        else:
            base, base_version = record["base"], record["base_version"]
        return _update(ctx, target, record, base, base_version)
    return _new(ctx, field_uuid, record)


def _name(p: EventParticipant) -> str:
    return f"{p.surname} {p.first_name}"


def _update(ctx: MergeContext, target: EventParticipant, record: dict, base: dict, base_version: int) -> MergeItem:
    field_uuid = uuid.UUID(record["uuid"])
    changes = {k: v for k, v in record["values"].items() if k in FIELD_EDITABLE}
    office = _editable(target)
    if target.version == base_version:  # untouched in the office since the kit (or the last merge)
        apply, conflicts = {k: v for k, v in changes.items() if v != office.get(k)}, []
    else:
        apply, conflicts = three_way(base, changes, office)
    shown, decided = [], []
    for c in conflicts:
        choice = ctx.decisions.conflicts.get((field_uuid, c.field))
        if choice is None:
            shown.append(Conflict(field_uuid, c.field, c.label, c.base, c.field_value, c.office_value,
                                  record["updated_by"], datetime.fromisoformat(record["updated_at"]),
                                  target.updated_by, target.updated_at))
            continue
        if choice == Choice.FIELD:
            apply[c.field] = c.field_value
        decided.append(f"{c.label}: {'campo' if choice == Choice.FIELD else 'ufficio'}")
        audit.record(ctx.session, AuditAction.MERGE, table_name="event_participant", record_uuid=target.uuid,
                     changes={c.field: (c.office_value, c.field_value)},
                     detail=f"rientro dal campo {ctx.package_uuid}: conflitto su {c.field} deciso, tenuto il valore "
                            f"{'del campo' if choice == Choice.FIELD else 'dell ufficio'}")
    if shown:
        return MergeItem(field_uuid, KIND, _name(target), Outcome.CONFLICT,
                         "modificato sia in ufficio sia sul campo: " + ", ".join(c.label for c in shown), tuple(shown),
                         decided="; ".join(decided))
    for name, value in apply.items():
        setattr(target, name, column_value(EventParticipant, name, value))
    ctx.session.flush()
    remember(ctx, field_uuid, "event_participant", target.uuid, record, target.version, _editable(target))
    outcome = Outcome.UPDATED if apply else Outcome.SKIPPED
    return MergeItem(field_uuid, KIND, _name(target), outcome, ", ".join(sorted(apply)), decided="; ".join(decided))


def _values(ctx: MergeContext, record: dict) -> dict:
    raw = dict(record["values"])
    municipality = ctx.municipality_ids.get(raw.pop("municipality", "") or "")
    values = {k: column_value(EventParticipant, k, v) for k, v in raw.items()}
    return values | {"municipality_id": municipality}


def _keys(values: dict, person_id: int | None) -> list[tuple]:
    keys = list(identity_keys(values["surname"], values["first_name"], values["fiscal_code"], values["birth_date"],
                              values["municipality_id"]))
    return keys + ([("person", person_id)] if person_id else [])


def _same_person(ctx: MergeContext, values: dict, person_id: int | None) -> EventParticipant | None:
    keys = _keys(values, person_id)
    earlier = next((ctx.created[k] for k in keys if k in ctx.created), None)
    if earlier is not None:
        return earlier
    found = next((ctx.existing[k] for k in keys if k in ctx.existing), None)
    return ctx.session.get(EventParticipant, found) if found is not None else None


def registry_candidates(session: Session, values: dict) -> list[Candidate]:
    """One indexed lookup: the registry's people born that day (ix_person_birth_date)."""
    if values.get("birth_date") is None:
        return []
    rows = session.execute(select(Person.uuid, Person.surname, Person.first_name, Person.birth_date,
                                  Person.municipality_id, Person.fiscal_code)
                           .where(Person.birth_date == values["birth_date"]))
    return [Candidate(*row) for row in rows]


def _fold(ctx: MergeContext, keep: EventParticipant, values: dict, record: dict) -> MergeItem:
    field_uuid = uuid.UUID(record["uuid"])
    for name in _FILLABLE:
        if not getattr(keep, name) and values.get(name):
            setattr(keep, name, values[name])
    if _RANK[ParticipantStatus(values["status"])] > _RANK[ParticipantStatus(keep.status)]:
        keep.status = values["status"]
    theirs, ours = values.get("consent_on") or values.get("privacy_on"), keep.consent_on or keep.privacy_on
    if theirs and (ours is None or theirs > ours):
        for name in FIELD_EDITABLE[1:]:
            setattr(keep, name, values[name])
    keep.registered_at = min(keep.registered_at, values["registered_at"])
    ctx.session.flush()
    ctx.participants[field_uuid] = keep
    ctx.created.update(dict.fromkeys(_keys(values, keep.person_id), keep))  # what the fold taught about her
    audit.record(ctx.session, AuditAction.MERGE, table_name="event_participant", record_uuid=keep.uuid,
                 detail=f"rientro dal campo {ctx.package_uuid}: iscrizione {field_uuid} unita a {keep.uuid}")
    remember(ctx, field_uuid, "event_participant", keep.uuid, record, keep.version, _editable(keep))
    return MergeItem(field_uuid, KIND, _name(keep), Outcome.FOLDED, f"unita all'iscrizione {keep.uuid}")


def _new(ctx: MergeContext, field_uuid: uuid.UUID, record: dict) -> MergeItem:
    values = _values(ctx, record)
    person = ctx.session.execute(select(Person.id, Person.uuid).where(Person.fiscal_code == values["fiscal_code"])
                                 ).first() if values["fiscal_code"] else None
    existing = _same_person(ctx, values, person.id if person else None)
    if existing is not None:
        return _fold(ctx, existing, values, record)
    outcome, detail, decided, shown = Outcome.NEW, "", "", ()
    if person is not None:
        outcome, detail = Outcome.LINKED, "stesso codice fiscale di una persona dell'anagrafica"
    else:
        found = likely_matches(values["surname"], values["first_name"], values["municipality_id"],
                               registry_candidates(ctx.session, values))
        if found:
            if field_uuid not in ctx.decisions.matches:
                outcome, detail = Outcome.LIKELY, f"persone simili in anagrafica: {len(found)}"
                shown = tuple(MatchCandidate(c.person_uuid, f"{c.surname} {c.first_name}", c.birth_date,
                                             ctx.municipality_names.get(c.municipality_id, ""), round(s, 1))
                              for c, s in found)
            else:
                chosen = ctx.decisions.matches[field_uuid]
                person = ctx.session.execute(select(Person.id, Person.uuid).where(Person.uuid == chosen)
                                             ).first() if chosen else None
                outcome = Outcome.LINKED if person else Outcome.NEW
                decided = "corrispondenza confermata" if person else "corrispondenza respinta: persona nuova"
                audit.record(ctx.session, AuditAction.MERGE, table_name="event_participant", record_uuid=field_uuid,
                             detail=f"rientro dal campo {ctx.package_uuid}: " + (
                                 f"confermata la persona {person.uuid}" if person else "respinte le persone simili"))
    p = EventParticipant(uuid=field_uuid, event_id=ctx.event_id, person_id=person.id if person else None,
                         search_name=person_name_key(values["surname"], values["first_name"]),
                         created_at=datetime.fromisoformat(record["created_at"]), created_by=record["created_by"],
                         **values)
    ctx.session.add(p)  # written at the merge's single flush, with everything else
    ctx.participants[field_uuid] = p
    ctx.created.update(dict.fromkeys(_keys(values, p.person_id), p))
    if outcome != Outcome.LIKELY:
        remember(ctx, field_uuid, "event_participant", p.uuid, record, 1, _editable(p))
    return MergeItem(field_uuid, KIND, _name(p), outcome, detail, candidates=shown, decided=decided)
