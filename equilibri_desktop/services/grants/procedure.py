"""Where a call's files stand in the procedure's order: the facts each rule of `domain.grants.procedure`
needs, read in the caller's session, and the gates they give. Services enforce these gates; DTOs carry
them to the screens as "which steps are possible now, and why not"."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.clock import office_today, utc_now
from equilibri_desktop.domain.grants import procedure as rules
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import (
    CheckOutcome,
    DocumentKind,
    EligibilityRule,
    RankingKind,
)
from equilibri_desktop.domain.grants.procedure import Gate
from equilibri_desktop.services.grants.score_records import UNDER_CHECK
from equilibri_desktop.storage.models import (
    GeneratedDocument,
    GrantApplication,
    GrantCall,
    GrantCommissionMember,
    GrantEligibilityCheck,
    GrantRanking,
    GrantRankingEntry,
)

FINAL_KINDS = (RankingKind.DEFINITIVA.value, RankingKind.SCORRIMENTO.value)


def formal_check(call: GrantCall) -> Gate:
    return rules.formal_check_gate(call.closes_at, call.a_sportello, utc_now())


def _rule_label(code: str) -> str:
    try:
        return EligibilityRule(code).label
    except ValueError:
        return code


def admission(session: Session, application_id: int) -> Gate:
    checks = session.scalars(select(GrantEligibilityCheck)
                             .where(GrantEligibilityCheck.application_id == application_id)).all()
    pending = [c for c in checks if c.confirmed not in (CheckOutcome.OK.value, CheckOutcome.KO.value)]
    failed = [_rule_label(c.rule) for c in checks if c.confirmed == CheckOutcome.KO.value]
    return rules.admission_gate(len(checks), len(pending), failed)


def under_check(session: Session, call_id: int) -> int:
    return session.scalar(select(func.count()).select_from(GrantApplication).where(
        GrantApplication.call_id == call_id, GrantApplication.status.in_([s.value for s in UNDER_CHECK]))) or 0


def scoring(session: Session, call_id: int) -> Gate:
    members = session.scalar(select(func.count()).select_from(GrantCommissionMember)
                             .where(GrantCommissionMember.call_id == call_id)) or 0
    return rules.scoring_gate(members, under_check(session, call_id))


def provisional_published_on(session: Session, call_id: int):
    """The day the latest provisional ranking of the call was published (None when none was)."""
    return session.scalar(select(func.max(GrantRanking.published_on)).where(
        GrantRanking.call_id == call_id, GrantRanking.kind == RankingKind.PROVVISORIA.value,
        GrantRanking.published.is_(True)))


def final_ranking(session: Session, call: GrantCall, early_reason: str = "") -> Gate:
    return rules.final_ranking_gate(provisional_published_on(session, call.id), call.observation_days,
                                    office_today(), early_reason)


def decision_registered(session: Session, application_id: int) -> bool:
    """A grant decision was generated from a final ranking (or scorrimento) listing the application."""
    found = session.scalar(
        select(func.count()).select_from(GeneratedDocument)
        .join(GrantRanking, GrantRanking.uuid == GeneratedDocument.record_uuid)
        .join(GrantRankingEntry, GrantRankingEntry.ranking_id == GrantRanking.id)
        .where(GeneratedDocument.kind == DocumentKind.DETERMINAZIONE.value, GrantRanking.kind.in_(FINAL_KINDS),
               GrantRankingEntry.application_id == application_id))
    return bool(found)


def payment(session: Session, application: GrantApplication) -> Gate:
    return rules.payment_gate(decision_registered(session, application.id), application.accepted_on)


def application_gates(session: Session, application: GrantApplication,
                      call: GrantCall) -> tuple[tuple[str, str], ...]:
    """(target status, why it cannot be reached now) for the workflow steps blocked by the order."""
    blocked = []
    if application.status == S.PRESENTATA.value and not (gate := formal_check(call)).allowed:
        blocked.append((S.IN_ISTRUTTORIA.value, gate.why_not))
    if application.status in (S.IN_ISTRUTTORIA.value, S.PREAVVISO_RIGETTO.value) \
            and not (gate := admission(session, application.id)).allowed:
        blocked.append((S.AMMISSIBILE.value, gate.why_not))
    return tuple(blocked)
