"""Session helpers of the ranking service: a call's settings and candidates, stored snapshots as domain
entries, and the rows screens and documents receive."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Actor
from equilibri_desktop.domain.grants.codes import (
    LastGrantRule,
    RankingKind,
    RankingOutcome,
    TieBreak,
)
from equilibri_desktop.domain.grants.procedure import decision_gate
from equilibri_desktop.domain.grants.ranking import (
    Candidate,
    RankedEntry,
    RankingSettings,
    entitlement_cents,
)
from equilibri_desktop.domain.grants.scoring import ApplicationScore
from equilibri_desktop.services.grants.ranking_dto import (
    RankingDetail,
    RankingRow,
    RankingSummary,
)
from equilibri_desktop.services.grants.score_records import (
    RANKABLE,
    applicant_name,
    eligible_costs,
    protocol_label,
    scores_of_call,
)
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCriterion,
    GrantRanking,
    GrantRankingEntry,
    Person,
)

# An application without a protocol time (never expected once received) is served after all others.
_NO_PROTOCOL = datetime.max.replace(tzinfo=UTC)
People = Mapping[int, tuple[GrantApplication, Person]]


class Candidates(NamedTuple):
    candidates: list[Candidate]
    people: dict[int, tuple[GrantApplication, Person]]
    scores: dict[int, ApplicationScore]


def call_settings(call: GrantCall, decided_on: date | None = None) -> RankingSettings:
    """`decided_on`: the date of the ranking, at which the de minimis ceiling is read (None: no check)."""
    return RankingSettings(budget_cents=call.budget_cents, max_grant_cents=call.max_grant_cents,
                           max_cost_share_pct=Decimal(call.max_cost_share_pct),
                           threshold=Decimal(call.admission_threshold), tie_break=TieBreak(call.tie_break),
                           last_grant_rule=LastGrantRule(call.last_grant_rule),
                           min_partial_grant_cents=call.min_partial_grant_cents,
                           leftover_to_later=call.leftover_to_later, decided_on=decided_on,
                           min_eligible_spending_cents=call.min_eligible_spending_cents)


def _minimums(session: Session, call: GrantCall) -> list[tuple[str, object]]:
    """(criterion code, minimum points) of the grid's criteria that have one, by code."""
    return sorted(session.execute(select(GrantCriterion.code, GrantCriterion.min_points).where(
        GrantCriterion.call_id == call.id, GrantCriterion.min_points.is_not(None))).all())


def _failed_criteria(minimums: list[tuple[str, object]], score: ApplicationScore) -> tuple[str, ...]:
    return tuple(code for code, minimum in minimums
                 if score.averages.get(code) is not None and score.averages[code] < minimum)


def candidates_of(session: Session, call: GrantCall) -> Candidates:
    """The applications under evaluation with their current score, eligible costs and applicant."""
    rows = session.execute(select(GrantApplication, Person).join(Person, GrantApplication.applicant_id == Person.id)
                           .where(GrantApplication.call_id == call.id,
                                  GrantApplication.status.in_([s.value for s in RANKABLE]))).all()
    people = {application.id: (application, person) for application, person in rows}
    scores = scores_of_call(session, call.id, people)
    costs = eligible_costs(session, people)
    minimums = _minimums(session, call)
    candidates = [Candidate(key=a.id, public_code=a.public_code, score=scores[a.id].total,
                            received_at=a.received_at or _NO_PROTOCOL, birth_date=p.birth_date,
                            eligible_cost_cents=costs[a.id], protocol_number=a.protocol_number or 0,
                            de_minimis_declared_cents=a.de_minimis_received_cents,
                            failed_criteria=_failed_criteria(minimums, scores[a.id]))
                  for a, p in people.values()]
    return Candidates(candidates, people, scores)


def _entries(session: Session, ranking: GrantRanking) -> list[GrantRankingEntry]:
    rows = session.scalars(select(GrantRankingEntry).where(GrantRankingEntry.ranking_id == ranking.id)).all()
    # In code, not SQL: SQLite and PostgreSQL place NULL positions at opposite ends.
    return sorted(rows, key=lambda e: (e.position is None, e.position or 0, -e.score, e.public_code))


def entries_as_ranked(session: Session, ranking: GrantRanking, settings: RankingSettings
                      ) -> tuple[list[RankedEntry], dict[int, GrantApplication]]:
    """A stored snapshot back as domain entries. The entitlement is recomputed from the stored eligible costs
    with the call's current settings (a later edition of the call may raise them), but never above the one
    the de minimis check left in the snapshot."""
    entries = _entries(session, ranking)
    applications = {a.id: a for a in session.scalars(select(GrantApplication).where(
        GrantApplication.id.in_([e.application_id for e in entries])))}
    ranked = [RankedEntry(e.application_id, e.public_code, e.score, e.position, RankingOutcome(e.outcome),
                          _entitled(e, settings), e.granted_cents, e.eligible_cost_cents, 0, e.note) for e in entries]
    return ranked, applications


def _entitled(entry: GrantRankingEntry, settings: RankingSettings) -> int:
    if entry.position is None:
        return 0
    computed = entitlement_cents(entry.eligible_cost_cents, settings)
    return computed if entry.entitled_cents is None else min(computed, entry.entitled_cents)


def ranking_rows(session: Session, actor: Actor, entries: Sequence[RankedEntry], budget_cents: int,
                 people: People) -> tuple[RankingRow, ...]:
    rows, remaining = [], budget_cents
    for entry in entries:
        application, person = people[entry.key]
        remaining -= entry.grant_cents
        rows.append(RankingRow(
            application.uuid, entry.position, entry.public_code, protocol_label(application),
            applicant_name(person, actor), application.vulnerability_route, entry.score, entry.outcome.value,
            entry.outcome.label, entry.eligible_cost_cents, entry.grant_cents, remaining))
    return tuple(rows)


FINAL_KINDS = (RankingKind.DEFINITIVA.value, RankingKind.SCORRIMENTO.value)


def summary_of(session: Session, row: GrantRanking) -> RankingSummary:
    call_uuid = session.scalar(select(GrantCall.uuid).where(GrantCall.id == row.call_id))
    return RankingSummary(row.uuid, call_uuid, row.number, row.kind, RankingKind(row.kind).label, row.ranked_on,
                          row.published, row.reason, row.budget_cents, row.granted_cents, row.created_at,
                          row.created_by, row.published_on, row.early_reason,
                          decision_gate(row.kind in FINAL_KINDS).why_not)


def detail_of(session: Session, actor: Actor, row: GrantRanking) -> RankingDetail:
    entries = _entries(session, row)
    pairs = session.execute(select(GrantApplication, Person).join(Person, GrantApplication.applicant_id == Person.id)
                            .where(GrantApplication.id.in_([e.application_id for e in entries]))).all()
    people = {application.id: (application, person) for application, person in pairs}
    ranked = [RankedEntry(e.application_id, e.public_code, e.score, e.position, RankingOutcome(e.outcome),
                          e.granted_cents, e.granted_cents, e.eligible_cost_cents, 0) for e in entries]
    return _detail(session, actor, row, ranked, people)


def written_detail(session: Session, actor: Actor, row: GrantRanking, entries: Sequence[RankedEntry],
                   people: People) -> RankingDetail:
    """The detail of a snapshot just written, from the entries written (what `detail_of` would read back: the
    same order, each grant as stored), without loading thousands of entries and applicants a second time."""
    ordered = sorted(entries, key=lambda e: (e.position is None, e.position or 0, -e.score, e.public_code))
    ranked = [RankedEntry(e.key, e.public_code, e.score, e.position, e.outcome, e.grant_cents, e.grant_cents,
                          e.eligible_cost_cents, 0) for e in ordered]
    return _detail(session, actor, row, ranked, people)


def _detail(session: Session, actor: Actor, row: GrantRanking, ranked: list[RankedEntry],
            people: People) -> RankingDetail:
    title = session.scalar(select(GrantCall.title).where(GrantCall.id == row.call_id)) or ""
    rows = ranking_rows(session, actor, ranked, row.budget_cents, people)
    return RankingDetail(summary_of(session, row), title, rows)
