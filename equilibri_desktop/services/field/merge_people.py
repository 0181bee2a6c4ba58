"""The merge of one field registration: an office registration it changed (update or conflict), the same person
already registered (folded in), or someone new (matched against the registry: exact codice fiscale links her,
name + birth date + municipality only proposes her to the clerk)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.events.matching import identity_keys
from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.domain.field.conflicts import FIELD_EDITABLE, Choice, three_way
from equilibri_desktop.domain.field.matching import Candidate, likely_matches
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.search_keys import person_name_key
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.field.dto import Conflict, Decisions, MatchCandidate, MergeItem, Outcome
from equilibri_desktop.services.field.values import column_value, content_hash, from_json, to_json
from equilibri_desktop.storage.models import EventAttendance, EventParticipant, FieldMergedRecord, Person

_FILLABLE = ("sex", "birth_date", "municipality_id", "fiscal_code", "phone", "email", "organisation_name",
             "person_id")
_RANK = {ParticipantStatus.PRESENTE: 5, ParticipantStatus.ASSENTE: 4, ParticipantStatus.ISCRITTA: 3,
         ParticipantStatus.IN_ATTESA: 2, ParticipantStatus.ANNULLATA: 1}
KIND = "iscrizione"
_TYPES = {column.key: column.type for column in EventParticipant.__table__.c}
_CHUNK = 500  # values per IN (...) list: well under every backend's parameter limit
_COLUMNS = {model: frozenset(model.__table__.c.keys()) for model in (EventParticipant, EventAttendance)}


@dataclass
class RegistryLookup:
    """What the registry knows about a package's new people, read for all of them at once: a few indexed
    queries (by codice fiscale, by birth date, by the clerk's confirmed persons) instead of one per record."""

    by_code: dict[str, tuple[int, uuid.UUID]] = field(default_factory=dict)
    by_birth: dict[date, list[Candidate]] = field(default_factory=dict)
    by_uuid: dict[uuid.UUID, tuple[int, uuid.UUID]] = field(default_factory=dict)

    def candidates(self, values: dict) -> list[Candidate]:
        return self.by_birth.get(values["birth_date"], []) if values.get("birth_date") else []


class NewRow:
    """A registration or attendance mark the merge creates, as plain attributes: thousands of them, and an ORM
    object pays its instrumentation on every attribute set. It reads like a new ORM object (a column the merge
    did not set is None) and merge_writes.write_new inserts it with the model's defaults."""

    def __init__(self, model: type, **values: Any):
        unknown = values.keys() - _COLUMNS[model]
        if unknown:  # what the ORM constructor would refuse
            raise TypeError(f"{model.__name__}: colonne sconosciute {sorted(unknown)}")
        self.__dict__.update(values)
        self.__dict__["_model"] = model

    def __getattr__(self, name: str) -> Any:  # only for attributes never set
        if name in _COLUMNS[self.__dict__["_model"]]:
            return None
        raise AttributeError(name)


@dataclass
class NewMergedRecord:
    """A FieldMergedRecord row still to insert (plain values: thousands of them, no ORM instrumentation)."""

    field_uuid: uuid.UUID
    table_name: str
    office_uuid: uuid.UUID | None = None
    content_hash: str = ""
    office_version: int = 1
    values_json: str = "{}"
    package_uuid: uuid.UUID | None = None


@dataclass
class MergeContext:
    session: Session
    event_id: int
    package_uuid: uuid.UUID
    decisions: Decisions
    municipality_ids: dict[str, int]
    municipality_names: dict[int, str]
    merged: dict[uuid.UUID, FieldMergedRecord | NewMergedRecord]
    # field uuid of a registration → the office registration it now is (itself, or the one it was folded into)
    participants: dict[uuid.UUID, EventParticipant] = field(default_factory=dict)
    # identity keys of the registrations created in this run: they reach the database at the single flush
    created: dict[tuple, EventParticipant] = field(default_factory=dict)
    # identity keys of the event's registrations before the run → their id (read once: an event has hundreds)
    existing: dict[tuple, int] = field(default_factory=dict)
    registry: RegistryLookup = field(default_factory=RegistryLookup)
    # office registrations by uuid, read at once for the records that name one (re-imports, office changes)
    targets: dict[uuid.UUID, EventParticipant] = field(default_factory=dict)
    # the clerk's decisions, logged after the merge's single flush (a flush per entry costs the whole session)
    pending_audit: list[dict[str, Any]] = field(default_factory=list)
    # rows created by this run, kept out of the session and written at the end by merge_writes.write_new
    new_participants: list[NewRow] = field(default_factory=list)
    new_marks: list[tuple[NewRow, EventParticipant | NewRow]] = field(default_factory=list)
    new_merged: list[NewMergedRecord] = field(default_factory=list)


def _chunks(values: list) -> list[list]:
    return [values[start:start + _CHUNK] for start in range(0, len(values), _CHUNK)]


def registry_lookup(session: Session, records: list[dict], decisions: Decisions) -> RegistryLookup:
    """Read the registry for every new person of the package: exact codes first, then the candidates born on
    the days of those left (ix_person_birth_date), then the persons the clerk confirmed."""
    lookup = RegistryLookup()
    values = [r["values"] for r in records if r.get("origin") != "office"]
    codes = sorted({v["fiscal_code"] for v in values if v.get("fiscal_code")})
    for chunk in _chunks(codes):
        lookup.by_code |= {code: (pid, puid) for pid, puid, code in session.execute(
            select(Person.id, Person.uuid, Person.fiscal_code).where(Person.fiscal_code.in_(chunk)))}
    births = sorted({date.fromisoformat(v["birth_date"]) for v in values
                     if v.get("birth_date") and v.get("fiscal_code", "") not in lookup.by_code})
    for chunk in _chunks(births):
        rows = session.execute(select(Person.uuid, Person.surname, Person.first_name, Person.birth_date,
                                      Person.municipality_id, Person.fiscal_code)
                               .where(Person.birth_date.in_(chunk)).order_by(Person.id))
        for row in rows:
            lookup.by_birth.setdefault(row.birth_date, []).append(
                Candidate(*row, name_key=person_name_key(row.surname, row.first_name)))
    chosen = sorted({c for c in decisions.matches.values() if c is not None})
    for chunk in _chunks(chosen):
        lookup.by_uuid |= {puid: (pid, puid) for pid, puid in session.execute(
            select(Person.id, Person.uuid).where(Person.uuid.in_(chunk)))}
    return lookup


def read_targets(ctx: MergeContext, records: list[dict], marked: list[dict]) -> None:
    """The office registrations the package's records point at (their earlier merge, an office record the laptop
    changed, the registration an attendance mark or a note is about), in one query per few hundred."""
    wanted = set()
    for record in records:
        field_uuid = uuid.UUID(record["uuid"])
        previous = ctx.merged.get(field_uuid)
        if previous is not None:
            wanted.add(previous.office_uuid)
        elif record["origin"] == "office":
            wanted.add(field_uuid)
    for record in marked:
        field_uuid = uuid.UUID(record["participant_uuid"])
        previous = ctx.merged.get(field_uuid)
        wanted.add(previous.office_uuid if previous is not None else field_uuid)
    for chunk in _chunks(sorted(wanted)):
        ctx.targets |= {p.uuid: p for p in ctx.session.scalars(select(EventParticipant)
                                                                .where(EventParticipant.uuid.in_(chunk)))}


def log_later(ctx: MergeContext, action: AuditAction, **entry: Any) -> None:
    ctx.pending_audit.append({"action": action, **entry})


def write_pending_audit(ctx: MergeContext) -> None:
    """After the merge's flush: the records' own entries first, then the decisions, in the order taken."""
    for entry in ctx.pending_audit:
        audit.record(ctx.session, entry.pop("action"), **entry)
    ctx.pending_audit.clear()


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
        row = NewMergedRecord(field_uuid=field_uuid, table_name=table)
        ctx.new_merged.append(row)
        ctx.merged[field_uuid] = row
    row.office_uuid, row.content_hash, row.office_version = office_uuid, content_hash(record), office_version or 1
    row.values_json, row.package_uuid = json.dumps(values, sort_keys=True), ctx.package_uuid


def _editable(p: EventParticipant) -> dict:
    return {name: to_json(getattr(p, name)) for name in FIELD_EDITABLE}


def _by_uuid(ctx: MergeContext, record_uuid: uuid.UUID) -> EventParticipant | None:
    if record_uuid in ctx.targets:
        return ctx.targets[record_uuid]
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
                             CodedText("field.merge.participant_gone"))
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
        log_later(ctx, AuditAction.MERGE, table_name="event_participant", record_uuid=target.uuid,
                  changes={c.field: (c.office_value, c.field_value)},
                  detail=f"rientro dal campo {ctx.package_uuid}: conflitto su {c.field} deciso, tenuto il valore "
                         f"{'del campo' if choice == Choice.FIELD else 'dell ufficio'}")
    if shown:
        return MergeItem(field_uuid, KIND, _name(target), Outcome.CONFLICT,
                         CodedText("field.merge.changed_both", fields=", ".join(c.label for c in shown)), tuple(shown),
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
    values = {k: from_json(_TYPES[k], v) for k, v in raw.items()}
    return values | {"municipality_id": municipality}


def _keys(values: dict, person_id: int | None, identity: list[tuple] | None = None) -> list[tuple]:
    if identity is None:
        identity = list(identity_keys(values["surname"], values["first_name"], values["fiscal_code"],
                                      values["birth_date"], values["municipality_id"]))
    return identity + ([("person", person_id)] if person_id else [])


def _same_person(ctx: MergeContext, keys: list[tuple]) -> EventParticipant | None:
    earlier = next((ctx.created[k] for k in keys if k in ctx.created), None)
    if earlier is not None:
        return earlier
    found = next((ctx.existing[k] for k in keys if k in ctx.existing), None)
    return ctx.session.get(EventParticipant, found) if found is not None else None


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
    log_later(ctx, AuditAction.MERGE, table_name="event_participant", record_uuid=keep.uuid,
              detail=f"rientro dal campo {ctx.package_uuid}: iscrizione {field_uuid} unita a {keep.uuid}")
    remember(ctx, field_uuid, "event_participant", keep.uuid, record, keep.version, _editable(keep))
    return MergeItem(field_uuid, KIND, _name(keep), Outcome.FOLDED, CodedText("field.merge.folded", uuid=keep.uuid))


def _new(ctx: MergeContext, field_uuid: uuid.UUID, record: dict) -> MergeItem:
    values = _values(ctx, record)
    person = ctx.registry.by_code.get(values["fiscal_code"]) if values["fiscal_code"] else None
    identity = _keys(values, None)
    existing = _same_person(ctx, _keys(values, person[0] if person else None, identity))
    if existing is not None:
        return _fold(ctx, existing, values, record)
    outcome, detail, decided, shown = Outcome.NEW, "", "", ()
    if person is not None:
        outcome, detail = Outcome.LINKED, CodedText("field.merge.same_fiscal_code")
    else:
        found = likely_matches(values["surname"], values["first_name"], values["municipality_id"],
                               ctx.registry.candidates(values))
        if found:
            if field_uuid not in ctx.decisions.matches:
                outcome, detail = Outcome.LIKELY, CodedText("field.merge.similar_people", count=len(found))
                shown = tuple(MatchCandidate(c.person_uuid, f"{c.surname} {c.first_name}", c.birth_date,
                                             ctx.municipality_names.get(c.municipality_id, ""), round(s, 1))
                              for c, s in found)
            else:
                chosen = ctx.decisions.matches[field_uuid]
                person = ctx.registry.by_uuid.get(chosen) if chosen else None
                outcome = Outcome.LINKED if person else Outcome.NEW
                decided = "corrispondenza confermata" if person else "corrispondenza respinta: persona nuova"
                log_later(ctx, AuditAction.MERGE, table_name="event_participant", record_uuid=field_uuid,
                          detail=f"rientro dal campo {ctx.package_uuid}: " + (
                              f"confermata la persona {person[1]}" if person else "respinte le persone simili"))
    p = NewRow(EventParticipant, uuid=field_uuid, event_id=ctx.event_id, person_id=person[0] if person else None,
                         search_name=person_name_key(values["surname"], values["first_name"]),
                         created_at=datetime.fromisoformat(record["created_at"]), created_by=record["created_by"],
                         **values)
    ctx.new_participants.append(p)  # written with the others in one executemany at the end of the merge
    ctx.participants[field_uuid] = p
    ctx.created.update(dict.fromkeys(_keys(values, p.person_id, identity), p))
    if outcome != Outcome.LIKELY:
        remember(ctx, field_uuid, "event_participant", p.uuid, record, 1, _editable(p))
    return MergeItem(field_uuid, KIND, _name(p), outcome, detail, candidates=shown, decided=decided)
