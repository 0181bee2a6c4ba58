"""Reading a stored call into CallInput and writing CallInput back, children included (grid, municipalities,
tranche plan). Grid lines are matched by code, so the commission's scores keep pointing at their criterion."""

from __future__ import annotations

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.call_rules import (
    CallInput,
    CriterionInput,
    TrancheInput,
)
from equilibri_desktop.domain.grants.codes import CallStatus
from equilibri_desktop.services.grants.call_dto import CallDetail, CommissionMemberRow
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCallMunicipality,
    GrantCommissionMember,
    GrantConflictDeclaration,
    GrantCriterion,
    GrantScore,
    GrantTranchePlan,
    Municipality,
)

# The plain columns of GrantCall that CallInput carries one to one.
SCALAR_FIELDS = tuple(name for name in CallInput.__dataclass_fields__
                      if name not in ("criteria", "municipality_ids", "tranches", "allowed_occupations"))


def occupation_codes(stored: str) -> tuple[str, ...]:
    return tuple(code for code in stored.split(",") if code)


def _criteria(session: Session, call_id: int) -> list[GrantCriterion]:
    return list(session.scalars(select(GrantCriterion).where(GrantCriterion.call_id == call_id)
                                .order_by(GrantCriterion.position, GrantCriterion.id)))


def _tranches(session: Session, call_id: int) -> list[GrantTranchePlan]:
    return list(session.scalars(select(GrantTranchePlan).where(GrantTranchePlan.call_id == call_id)
                                .order_by(GrantTranchePlan.position, GrantTranchePlan.id)))


def _municipalities(session: Session, call_id: int) -> list[GrantCallMunicipality]:
    return list(session.scalars(select(GrantCallMunicipality).where(GrantCallMunicipality.call_id == call_id)))


def call_input(session: Session, call: GrantCall) -> CallInput:
    return CallInput(
        **{name: getattr(call, name) for name in SCALAR_FIELDS},
        allowed_occupations=occupation_codes(call.allowed_occupations),
        criteria=tuple(CriterionInput(c.code, c.label, c.max_points, c.min_points, c.restricted)
                       for c in _criteria(session, call.id)),
        municipality_ids=tuple(sorted(m.municipality_id for m in _municipalities(session, call.id))),
        tranches=tuple(TrancheInput(t.label, t.percent, t.condition) for t in _tranches(session, call.id)),
    )


def is_scored(session: Session, call_id: int) -> bool:
    return bool(session.scalar(select(exists().where(GrantScore.application_id == GrantApplication.id,
                                                     GrantApplication.call_id == call_id))))


def application_count(session: Session, call_id: int) -> int:
    return session.scalar(select(func.count(GrantApplication.id)).where(GrantApplication.call_id == call_id)) or 0


def _apply_criteria(session: Session, call: GrantCall, criteria: tuple[CriterionInput, ...]) -> None:
    stored = {c.code: c for c in _criteria(session, call.id)}
    wanted = {c.code for c in criteria}
    for code, row in stored.items():
        if code in wanted:
            continue
        if session.scalar(select(exists().where(GrantScore.criterion_id == row.id))):
            raise DomainError(f"Il criterio {code} ha già punteggi della commissione: non può essere tolto "
                              "dalla griglia (puoi cambiarne il punteggio massimo).")
        session.delete(row)
    for position, criterion in enumerate(criteria):
        row = stored.get(criterion.code)
        if row is None:
            session.add(GrantCriterion(call_id=call.id, position=position, code=criterion.code,
                                       label=criterion.label, max_points=criterion.max_points,
                                       min_points=criterion.min_points, restricted=criterion.restricted))
        else:
            row.position, row.label, row.max_points = position, criterion.label, criterion.max_points
            row.min_points, row.restricted = criterion.min_points, criterion.restricted


def _apply_municipalities(session: Session, call: GrantCall, ids: tuple[int, ...]) -> None:
    stored = {m.municipality_id: m for m in _municipalities(session, call.id)}
    known = set(session.scalars(select(Municipality.id).where(Municipality.id.in_(ids)))) if ids else set()
    if unknown := set(ids) - known:
        raise DomainError(f"Comuni inesistenti nei dati di riferimento: {sorted(unknown)}.")
    for municipality_id, row in stored.items():
        if municipality_id not in ids:
            session.delete(row)
    session.add_all(GrantCallMunicipality(call_id=call.id, municipality_id=i) for i in ids if i not in stored)


def _apply_tranches(session: Session, call: GrantCall, tranches: tuple[TrancheInput, ...]) -> None:
    stored = _tranches(session, call.id)
    for position, tranche in enumerate(tranches):
        if position < len(stored):
            row = stored[position]
            row.position, row.label, row.percent, row.condition = (position, tranche.label, tranche.percent,
                                                                   tranche.condition)
        else:
            session.add(GrantTranchePlan(call_id=call.id, position=position, label=tranche.label,
                                         percent=tranche.percent, condition=tranche.condition))
    for row in stored[len(tranches):]:
        session.delete(row)


def apply_call(session: Session, call: GrantCall, data: CallInput) -> None:
    """Write validated settings; the call must have an id (flush a new one first)."""
    for name in SCALAR_FIELDS:
        if getattr(call, name) != getattr(data, name):
            setattr(call, name, getattr(data, name))
    if occupation_codes(call.allowed_occupations) != data.allowed_occupations:
        call.allowed_occupations = ",".join(data.allowed_occupations)
    _apply_criteria(session, call, data.criteria)
    _apply_municipalities(session, call, data.municipality_ids)
    _apply_tranches(session, call, data.tranches)


def member_rows(session: Session, call_id: int) -> tuple[CommissionMemberRow, ...]:
    members = session.scalars(select(GrantCommissionMember).where(GrantCommissionMember.call_id == call_id))
    rows = []
    for member in members:
        worked = session.scalar(select(exists().where(GrantScore.member_id == member.id))) or session.scalar(
            select(exists().where(GrantConflictDeclaration.member_id == member.id)))
        rows.append(CommissionMemberRow(member.uuid, member.username, member.display_name, member.role, bool(worked)))
    # The president first, then the others by username.
    return tuple(sorted(rows, key=lambda r: (r.role != "presidente", r.username)))


def call_detail(session: Session, call: GrantCall) -> CallDetail:
    settings = call_input(session, call)
    names = tuple(session.scalars(select(Municipality.name).where(Municipality.id.in_(settings.municipality_ids))
                                  .order_by(Municipality.name))) if settings.municipality_ids else ()
    return CallDetail(
        uuid=call.uuid, version=call.version, status=call.status, status_label=CallStatus(call.status).label,
        edition=call.edition, settings=settings, municipality_names=names, members=member_rows(session, call.id),
        applications=application_count(session, call.id), scored=is_scored(session, call.id),
        updated_by=call.updated_by, updated_at=call.updated_at,
    )
