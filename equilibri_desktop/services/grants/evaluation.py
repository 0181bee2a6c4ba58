"""The commission at work: each member declares on conflicts of interest, then scores each criterion.

A member scores only after declaring no conflict on that application; a declared conflict keeps the
member out of its averages (and removes points given before). The move ammissibile → valutata is
automatic: it happens in the same transaction as the declaration or score that completes the scoring
(and is undone if a later declaration makes it incomplete again); see grant_score_records.mark_evaluated.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import ApplicationStatus, ServiceKind
from equilibri_desktop.domain.grants.scoring import check_sheet
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants import procedure
from equilibri_desktop.services.grants.evaluation_dto import (
    ApplicationToScore,
    Completeness,
    MemberCall,
    ScoringSheet,
    SheetCriterion,
)
from equilibri_desktop.services.grants.evaluation_project import project_of
from equilibri_desktop.services.grants.score_records import (
    HIDDEN_NAME,
    RANKABLE,
    SCORABLE,
    applicant_name,
    completeness_of,
    criteria_of,
    current_member,
    mark_evaluated,
    protocol_label,
    scores_of_call,
)
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCommissionMember,
    GrantConflictDeclaration,
    GrantCriterion,
    GrantScore,
    Person,
)

log = logging.getLogger(__name__)


def _service_label(code: str) -> str:
    try:
        return ServiceKind(code).label
    except ValueError:
        return code


def my_calls(db: Database) -> list[MemberCall]:
    """The calls whose commission the current user sits on, newest first."""
    db.require(Permission.GRANTS_SCORE)
    with db.unit_of_work() as session:
        rows = session.execute(select(GrantCall, GrantCommissionMember).join(
            GrantCommissionMember, GrantCommissionMember.call_id == GrantCall.id)
            .where(GrantCommissionMember.username == db.actor.username).order_by(GrantCall.id.desc())).all()
        return [MemberCall(call.uuid, call.title, m.display_name or m.username, m.role) for call, m in rows]


def _name(person: Person, db: Database) -> str:
    return applicant_name(person, db.actor) or HIDDEN_NAME


def applications_to_score(db: Database, call_uuid: uuid.UUID) -> list[ApplicationToScore]:
    """The call's applications under evaluation, in protocol order, with this member's progress."""
    db.require(Permission.GRANTS_SCORE)
    with db.unit_of_work() as session:
        call = find_by_uuid(session, GrantCall, call_uuid)
        member = current_member(session, db.actor, call.id)
        rows = session.execute(select(GrantApplication, Person).join(Person, GrantApplication.applicant_id == Person.id)
                               .where(GrantApplication.call_id == call.id,
                                      GrantApplication.status.in_([s.value for s in RANKABLE]))
                               .order_by(GrantApplication.protocol_year, GrantApplication.protocol_number)).all()
        scores = scores_of_call(session, call.id, [a.id for a, _ in rows])
        criteria_count = len(criteria_of(session, call.id))
        mine = _my_work(session, member.id, [a.id for a, _ in rows])
        result = []
        for application, person in rows:
            declaration, points = mine.get(application.id, (None, {}))
            score = scores[application.id]
            result.append(ApplicationToScore(
                application.uuid, application.public_code, protocol_label(application), application.received_at,
                _name(person, db), application.business_name, _service_label(application.service_kind),
                application.status, ApplicationStatus(application.status).label, declaration, len(points),
                criteria_count, sum(points.values(), Decimal("0.00")) if points else None, score.complete,
                completeness_of(application, score).missing_text, application.status in SCORABLE))
        return result


def _my_work(session: Session, member_id: int, application_ids: list[int]):
    declarations = {d.application_id: d.has_conflict for d in session.scalars(
        select(GrantConflictDeclaration).where(GrantConflictDeclaration.member_id == member_id))}
    points: dict[int, dict[int, Decimal]] = {}
    for row in session.scalars(select(GrantScore).where(GrantScore.member_id == member_id)):
        points.setdefault(row.application_id, {})[row.criterion_id] = row.points
    return {i: (declarations.get(i), points.get(i, {})) for i in application_ids}


def scoring_completeness(db: Database, call_uuid: uuid.UUID) -> list[Completeness]:
    """For the officer: which application still waits for which member (declaration or criteria)."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        call = find_by_uuid(session, GrantCall, call_uuid)
        applications = list(session.scalars(select(GrantApplication).where(
            GrantApplication.call_id == call.id, GrantApplication.status.in_([s.value for s in RANKABLE]))
            .order_by(GrantApplication.protocol_year, GrantApplication.protocol_number)))
        scores = scores_of_call(session, call.id, [a.id for a in applications])
        return [completeness_of(a, scores[a.id]) for a in applications]


def _declaration(session: Session, application: GrantApplication,
                 member: GrantCommissionMember) -> GrantConflictDeclaration | None:
    return session.scalar(select(GrantConflictDeclaration).where(
        GrantConflictDeclaration.application_id == application.id, GrantConflictDeclaration.member_id == member.id))


def _sheet(session: Session, db: Database, application: GrantApplication,
           member: GrantCommissionMember) -> ScoringSheet:
    person = session.get(Person, application.applicant_id)
    declaration = _declaration(session, application, member)
    given = {row.criterion_id: row for row in session.scalars(select(GrantScore).where(
        GrantScore.application_id == application.id, GrantScore.member_id == member.id))}
    grid = session.scalars(select(GrantCriterion).where(GrantCriterion.call_id == application.call_id)
                           .order_by(GrantCriterion.position, GrantCriterion.id)).all()
    criteria = tuple(SheetCriterion(c.code, c.label, c.max_points, given[c.id].points if c.id in given else None)
                     for c in grid)
    reason = procedure.scoring(session, application.call_id).why_not
    scorable = application.status in SCORABLE and not reason
    if reason:
        pass  # the procedure's order comes first: nothing else can be done yet
    elif application.status not in SCORABLE:
        reason = f"La domanda è «{ApplicationStatus(application.status).label}»: i punteggi non si modificano più."
    elif declaration is None:
        reason = "Prima di assegnare i punteggi dichiara l'assenza di conflitti di interesse."
    elif declaration.has_conflict:
        reason = "Hai dichiarato un conflitto di interessi: non partecipi alla valutazione di questa domanda."
    note = next((row.note for row in given.values() if row.note), "")
    return ScoringSheet(
        application.uuid, application.public_code, protocol_label(application), _name(person, db),
        application.business_name, _service_label(application.service_kind),
        ApplicationStatus(application.status).label, member.display_name or member.username,
        declaration.has_conflict if declaration else None, declaration.declared_on if declaration else None,
        declaration.note if declaration else "", criteria, note, scorable, not reason, reason,
        project_of(session, application))


def _application_and_member(session: Session, db: Database, application_uuid: uuid.UUID):
    application = find_by_uuid(session, GrantApplication, application_uuid)
    return application, current_member(session, db.actor, application.call_id)


def scoring_sheet(db: Database, application_uuid: uuid.UUID) -> ScoringSheet:
    db.require(Permission.GRANTS_SCORE)
    with db.unit_of_work() as session:
        application, member = _application_and_member(session, db, application_uuid)
        return _sheet(session, db, application, member)


def _refuse_unless_scorable(application: GrantApplication) -> None:
    if application.status not in SCORABLE:
        raise DomainError(f"La domanda {application.public_code} è «{ApplicationStatus(application.status).label}»: "
                          "si valutano solo le domande ammissibili o già in valutazione.")


def _after_change(session: Session, application: GrantApplication) -> None:
    session.flush()
    mark_evaluated(session, application, scores_of_call(session, application.call_id, [application.id])[application.id])


def declare_conflict(db: Database, application_uuid: uuid.UUID, has_conflict: bool, note: str = "") -> ScoringSheet:
    """The current member's declaration on this application. Declaring a conflict after scoring
    withdraws the member's points: they must not weigh on the average."""
    db.require(Permission.GRANTS_SCORE)
    with db.unit_of_work() as session:
        application, member = _application_and_member(session, db, application_uuid)
        _refuse_unless_scorable(application)
        procedure.scoring(session, application.call_id).enforce()
        declaration = _declaration(session, application, member)
        if declaration is None:
            declaration = GrantConflictDeclaration(application_id=application.id, member_id=member.id)
            session.add(declaration)
        declaration.has_conflict = bool(has_conflict)
        declaration.declared_on = office_today()
        declaration.note = note.strip()
        if has_conflict:
            for row in session.scalars(select(GrantScore).where(GrantScore.application_id == application.id,
                                                                GrantScore.member_id == member.id)):
                session.delete(row)
        _after_change(session, application)
        log.info("member %s declared on application %s (conflict=%s)", member.uuid, application.uuid, has_conflict)
        return _sheet(session, db, application, member)


def score(db: Database, application_uuid: uuid.UUID, points: Mapping[str, Decimal], note: str = "") -> ScoringSheet:
    """Store the current member's points by criterion code (some or all of them: a sheet may be finished
    later). ValidationError with the criterion code as field for a value out of 0..max."""
    db.require(Permission.GRANTS_SCORE)
    with db.unit_of_work() as session:
        application, member = _application_and_member(session, db, application_uuid)
        _refuse_unless_scorable(application)
        procedure.scoring(session, application.call_id).enforce()
        declaration = _declaration(session, application, member)
        if declaration is None:
            raise DomainError("Prima di assegnare i punteggi dichiara di non trovarti in conflitto di interessi "
                              "con questa domanda.")
        if declaration.has_conflict:
            raise DomainError("Hai dichiarato un conflitto di interessi su questa domanda: non puoi valutarla.")
        checked = check_sheet(criteria_of(session, application.call_id), points)
        ids = {c.code: c.id for c in session.scalars(select(GrantCriterion).where(
            GrantCriterion.call_id == application.call_id))}
        stored = {row.criterion_id: row for row in session.scalars(select(GrantScore).where(
            GrantScore.application_id == application.id, GrantScore.member_id == member.id))}
        for code, value in checked.items():
            row = stored.get(ids[code])
            if row is None:
                row = GrantScore(application_id=application.id, member_id=member.id, criterion_id=ids[code])
                session.add(row)
                stored[ids[code]] = row
            if row.points != value:  # an unchanged value leaves no audit entry behind
                row.points = value
        for row in stored.values():
            if row.note != note.strip():
                row.note = note.strip()
        _after_change(session, application)
        log.info("member %s scored application %s (%d criteria)", member.uuid, application.uuid, len(checked))
        return _sheet(session, db, application, member)
