"""From the database to the commission's scoring minutes: members, conflict declarations, each member's
points per criterion and the averages (computed by domain/grants/scoring, as the ranking does).

Applications are named by protocol and public code only: the minutes are an act others may ask to see.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.documents.grants.data import (
    CommissionMemberLine,
    ConflictLine,
    CriterionLine,
    MemberScores,
    MinutesApplication,
    ScoringMinutesData,
    SittingLine,
)
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.grants.scoring import (
    Criterion,
    MemberSheet,
    score_application,
)
from equilibri_desktop.domain.office_time import office_day
from equilibri_desktop.services.grants.document_common import (
    Office,
    call_reference,
    protocol_text,
)
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCommissionMember,
    GrantCommissionSitting,
    GrantConflictDeclaration,
    GrantCriterion,
    GrantScore,
)

ROLE_LABELS = {"presidente": "Presidente", "componente": "Componente", "segretario": "Segretario verbalizzante"}
ROLE_ORDER = {"presidente": 0, "componente": 1, "segretario": 2}
# Applications that reached the merit evaluation: scored ones are listed whatever their later fate.
EVALUATED = tuple(s.value for s in (
    ApplicationStatus.AMMISSIBILE, ApplicationStatus.VALUTATA, ApplicationStatus.IN_GRADUATORIA,
    ApplicationStatus.FINANZIATA, ApplicationStatus.AMMESSA_NON_FINANZIATA, ApplicationStatus.NON_AMMESSA,
    ApplicationStatus.IMPRESA_COSTITUITA, ApplicationStatus.IN_EROGAZIONE, ApplicationStatus.RENDICONTATA,
    ApplicationStatus.CHIUSA, ApplicationStatus.REVOCATA))


def _member_name(member: GrantCommissionMember) -> str:
    return member.display_name.strip() or member.username


def _applications(session: Session, call: GrantCall) -> list[GrantApplication]:
    scored = select(GrantScore.application_id)
    declared = select(GrantConflictDeclaration.application_id)
    query = select(GrantApplication).where(GrantApplication.call_id == call.id, or_(
        GrantApplication.status.in_(EVALUATED), GrantApplication.id.in_(scored), GrantApplication.id.in_(declared)))
    return sorted(session.scalars(query), key=lambda a: (a.protocol_year or 0, a.protocol_number or 0))


def minutes_data(session: Session, call: GrantCall, office: Office, issued_on: date) -> ScoringMinutesData:
    members = sorted(session.scalars(select(GrantCommissionMember).where(GrantCommissionMember.call_id == call.id)),
                     key=lambda m: (ROLE_ORDER.get(m.role, 1), m.id))
    if not members:
        raise DomainError("Il bando non ha una commissione: indica i componenti prima di generare il verbale.")
    criteria = session.scalars(select(GrantCriterion).where(GrantCriterion.call_id == call.id)
                               .order_by(GrantCriterion.position)).all()
    grid = [Criterion(c.code, c.max_points, c.label) for c in criteria]
    code_of = {c.id: c.code for c in criteria}
    applications = _applications(session, call)
    ids = [a.id for a in applications]
    points: dict[tuple[int, int], dict[str, Decimal]] = defaultdict(dict)
    days: set[date] = set()
    for score in session.scalars(select(GrantScore).where(GrantScore.application_id.in_(ids))):
        points[(score.application_id, score.member_id)][code_of[score.criterion_id]] = score.points
        days.add(office_day(score.created_at))
    declarations = {(d.application_id, d.member_id): d for d in session.scalars(
        select(GrantConflictDeclaration).where(GrantConflictDeclaration.application_id.in_(ids)))}
    lines, conflicts = [], []
    for application in applications:
        sheets, scores = [], []
        for member in members:
            declaration = declarations.get((application.id, member.id))
            given = points.get((application.id, member.id), {})
            sheets.append(MemberSheet(_member_name(member), declaration.has_conflict if declaration else None, given))
            if declaration is not None:
                conflicts.append(ConflictLine(_member_name(member), application.public_code, declaration.has_conflict,
                                              declaration.declared_on, declaration.note))
            if given and not (declaration and declaration.has_conflict):
                scores.append(MemberScores(_member_name(member), tuple(given.get(c.code) for c in grid)))
        result = score_application(grid, sheets)
        outcome = ""
        if result.complete:
            admitted = result.total >= call.admission_threshold
            outcome = "Ammessa" if admitted else "Non ammessa (sotto la soglia)"
        lines.append(MinutesApplication(
            public_code=application.public_code, protocol=protocol_text(application), member_scores=tuple(scores),
            criterion_scores=tuple(result.averages[c.code] for c in grid),
            total=result.total if any(v is not None for v in result.averages.values()) else None,
            complete=result.complete, outcome_label=outcome))
    return ScoringMinutesData(
        header=office.header(call, issued_on), call=call_reference(call),
        members=tuple(CommissionMemberLine(_member_name(m), ROLE_LABELS.get(m.role, m.role.capitalize()))
                      for m in members),
        criteria=tuple(CriterionLine(c.code, c.label, c.max_points, c.restricted) for c in criteria),
        applications=tuple(lines), conflicts=tuple(conflicts), admission_threshold=call.admission_threshold,
        meeting_dates=tuple(sorted(days)), appointing_act=call.commission_act, secretary=call.commission_secretary,
        place=call.commission_place, sittings=sittings(session, call))


def sittings(session: Session, call: GrantCall) -> tuple[SittingLine, ...]:
    rows = session.scalars(select(GrantCommissionSitting).where(GrantCommissionSitting.call_id == call.id)
                           .order_by(GrantCommissionSitting.held_on))
    return tuple(SittingLine(r.held_on, r.starts_at, r.ends_at, r.place or call.commission_place) for r in rows)
