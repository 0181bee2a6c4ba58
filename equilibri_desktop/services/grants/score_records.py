"""Session helpers shared by the evaluation and ranking services: the grid, the commission, the scores
of a call's applications, and the automatic ammissibile ⇄ valutata step."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Actor, Permission
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants import protocol
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.scoring import (
    ApplicationScore,
    Criterion,
    MemberSheet,
    score_application,
)
from equilibri_desktop.services.grants.evaluation_dto import Completeness, MissingMember
from equilibri_desktop.services.grants.status import Move, move_application
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCommissionMember,
    GrantConflictDeclaration,
    GrantCostItem,
    GrantCriterion,
    GrantScore,
    Person,
)

SCORABLE = frozenset({S.AMMISSIBILE, S.VALUTATA})
# Applications the commission has worked on and that a ranking may still include.
RANKABLE = frozenset({S.AMMISSIBILE, S.VALUTATA, S.IN_GRADUATORIA})
# Still being checked by the office: a final ranking now would leave them out unheard.
UNDER_CHECK = frozenset({S.PRESENTATA, S.IN_ISTRUTTORIA, S.INTEGRAZIONE_RICHIESTA, S.PREAVVISO_RIGETTO})
HIDDEN_NAME = "nominativo riservato"


def criteria_of(session: Session, call_id: int) -> list[Criterion]:
    rows = session.scalars(select(GrantCriterion).where(GrantCriterion.call_id == call_id)
                           .order_by(GrantCriterion.position, GrantCriterion.id))
    return [Criterion(r.code, r.max_points, r.label) for r in rows]


def members_of(session: Session, call_id: int) -> list[GrantCommissionMember]:
    return list(session.scalars(select(GrantCommissionMember).where(GrantCommissionMember.call_id == call_id)
                                .order_by(GrantCommissionMember.id)))


def member_label(member: GrantCommissionMember) -> str:
    return member.display_name or member.username


def current_member(session: Session, actor: Actor, call_id: int) -> GrantCommissionMember:
    """The acting user's seat on the call's commission: scoring is personal and cannot be delegated."""
    member = session.scalar(select(GrantCommissionMember).where(
        GrantCommissionMember.call_id == call_id, GrantCommissionMember.username == actor.username))
    if member is None:
        raise DomainError("Non fai parte della commissione di valutazione di questo bando: solo i suoi "
                          "componenti dichiarano i conflitti di interesse e assegnano i punteggi.")
    return member


def scores_of_call(session: Session, call_id: int, application_ids: Iterable[int]) -> dict[int, ApplicationScore]:
    """Each application's score and completeness, from every member's declaration and points.

    Read as plain columns: a call of 2,000 applications holds tens of thousands of points, and loading each as
    an ORM object (with its stamps and version) took twenty times the reading itself."""
    ids = list(application_ids)
    criteria = criteria_of(session, call_id)
    members = members_of(session, call_id)
    conflicts: dict[tuple[int, int], bool] = {}
    points: dict[tuple[int, int], dict[str, object]] = defaultdict(dict)
    if ids:
        conflicts = {(app_id, member_id): has_conflict for app_id, member_id, has_conflict in session.execute(
            select(GrantConflictDeclaration.application_id, GrantConflictDeclaration.member_id,
                   GrantConflictDeclaration.has_conflict).where(GrantConflictDeclaration.application_id.in_(ids)))}
        codes = dict(session.execute(select(GrantCriterion.id, GrantCriterion.code)
                                     .where(GrantCriterion.call_id == call_id)).all())
        for app_id, member_id, criterion_id, given in session.execute(
                select(GrantScore.application_id, GrantScore.member_id, GrantScore.criterion_id, GrantScore.points)
                .where(GrantScore.application_id.in_(ids))):
            points[(app_id, member_id)][codes[criterion_id]] = given
    labels = [(m.id, member_label(m)) for m in members]
    return {app_id: score_application(criteria, [
        MemberSheet(label, conflicts.get((app_id, member_id)), points.get((app_id, member_id), {}))
        for member_id, label in labels]) for app_id in ids}


def completeness_of(application: GrantApplication, score: ApplicationScore) -> Completeness:
    """For the officer: what `application` still waits for (declarations, criteria), from its score."""
    missing = tuple(MissingMember(m.member, m.declaration_missing, m.criteria) for m in score.missing)
    return Completeness(application.uuid, application.public_code, protocol_label(application), score.complete,
                        score.total, missing, score.no_member_left)


def eligible_costs(session: Session, application_ids: Iterable[int]) -> dict[int, int]:
    ids = list(application_ids)
    if not ids:
        return {}
    rows = session.execute(select(GrantCostItem.application_id, func.coalesce(func.sum(GrantCostItem.amount_cents), 0))
                           .where(GrantCostItem.application_id.in_(ids), GrantCostItem.eligible.is_(True))
                           .group_by(GrantCostItem.application_id))
    found = {app_id: int(total) for app_id, total in rows}
    return {app_id: found.get(app_id, 0) for app_id in ids}


def evaluation_move(application: GrantApplication, score: ApplicationScore) -> Move | None:
    """Automatic, after every declaration or score: complete scoring moves ammissibile → valutata; a late
    change that makes it incomplete (a member withdrawing for a conflict, a member added) moves it back."""
    if score.complete and application.status == S.AMMISSIBILE:
        return application, S.VALUTATA, "Valutazione della commissione completata"
    if not score.complete and application.status == S.VALUTATA:
        return application, S.AMMISSIBILE, "Valutazione della commissione da completare"
    return None


def mark_evaluated(session: Session, application: GrantApplication, score: ApplicationScore) -> None:
    if move := evaluation_move(application, score):
        move_application(session, *move)


def applicant_name(person: Person, actor: Actor) -> str | None:
    """The name for this user; None when the person is protected and the user lacks "dati protetti"."""
    if person.protected and not actor.can(Permission.PROTECTED_DATA):
        return None
    return f"{person.surname} {person.first_name}".strip()


def protocol_label(application: GrantApplication) -> str:
    return protocol.protocol_label(application.protocol_year, application.protocol_number)
