"""Rankings of a call: a preview computed on the fly, dated snapshots (provisional, final, scorrimento)
frozen with their entries, publication, and the status moves a final ranking decides.

A snapshot is written once and never recomputed: later score changes only show in the preview and in
a new snapshot. A scorrimento is a new snapshot built from the latest published final/scorrimento one.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import (
    CallStatus,
    RankingKind,
    RankingOutcome,
)
from equilibri_desktop.domain.grants.ranking import (
    WITHDRAWN,
    Ranking,
    newly_funded,
    rank,
    slide,
)
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants import procedure
from equilibri_desktop.services.grants.ranking_dto import (
    CallChoice,
    RankingDetail,
    RankingPreview,
    RankingSummary,
)
from equilibri_desktop.services.grants.ranking_records import (
    call_settings,
    candidates_of,
    detail_of,
    entries_as_ranked,
    ranking_rows,
    summary_of,
    written_detail,
)
from equilibri_desktop.services.grants.revocation import unrecovered_cents
from equilibri_desktop.services.grants.score_records import UNDER_CHECK, completeness_of, evaluation_move
from equilibri_desktop.services.grants.status import move_application, move_applications
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.bulk_insert import insert_records, new_row
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantRanking,
    GrantRankingEntry,
)

log = logging.getLogger(__name__)
FINAL_KINDS = (RankingKind.DEFINITIVA.value, RankingKind.SCORRIMENTO.value)
# What a final ranking decides for each application.
_STATUS_FOR = {
    RankingOutcome.FINANZIATA: S.FINANZIATA, RankingOutcome.FINANZIATA_PARZIALMENTE: S.FINANZIATA,
    RankingOutcome.AMMESSA_NON_FINANZIATA: S.AMMESSA_NON_FINANZIATA, RankingOutcome.NON_AMMESSA: S.NON_AMMESSA,
}


def _applications(count: int) -> str:
    return "una domanda" if count == 1 else f"{count} domande"


def ranking_calls(db: Database) -> list[CallChoice]:
    """Calls that can have a ranking (all but those still being prepared), newest first."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        calls = session.scalars(select(GrantCall).where(GrantCall.status != CallStatus.BOZZA.value)
                                .order_by(GrantCall.id.desc()))
        return [CallChoice(c.uuid, c.title, c.status, CallStatus(c.status).label) for c in calls]


def _final_exists(session: Session, call_id: int) -> bool:
    return bool(session.scalar(select(func.count()).select_from(GrantRanking).where(
        GrantRanking.call_id == call_id, GrantRanking.kind == RankingKind.DEFINITIVA.value)))


def _under_check(session: Session, call_id: int) -> int:
    return session.scalar(select(func.count()).select_from(GrantApplication).where(
        GrantApplication.call_id == call_id, GrantApplication.status.in_([s.value for s in UNDER_CHECK]))) or 0


def preview_ranking(db: Database, call_uuid: uuid.UUID) -> RankingPreview:
    """The ranking of the applications under evaluation as it stands now, with what is still missing."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        call = find_by_uuid(session, GrantCall, call_uuid)
        found = candidates_of(session, call)  # every score read once, for the ranking and what is missing alike
        in_protocol_order = sorted((a for a, _ in found.people.values()),
                                   key=lambda a: (a.protocol_year or 0, a.protocol_number or 0))
        incomplete = tuple(completeness_of(a, found.scores[a.id]) for a in in_protocol_order
                           if not found.scores[a.id].complete)
        ranking = rank(found.candidates, call_settings(call, office_today()))
        return RankingPreview(call.uuid, call.title, ranking.budget_cents, ranking.granted_cents,
                              ranking_rows(session, db.actor, ranking.entries, ranking.budget_cents, found.people),
                              incomplete, _under_check(session, call.id), _final_exists(session, call.id),
                              procedure.final_ranking(session, call).why_not,
                              procedure.provisional_published_on(session, call.id) is not None)


def _store(session: Session, call: GrantCall, kind: RankingKind, ranked_on: date, reason: str,
           ranking: Ranking) -> GrantRanking:
    number = (session.scalar(select(func.max(GrantRanking.number)).where(GrantRanking.call_id == call.id)) or 0) + 1
    row = GrantRanking(call_id=call.id, number=number, kind=kind.value, ranked_on=ranked_on, published=False,
                       reason=reason.strip(), budget_cents=ranking.budget_cents, granted_cents=ranking.granted_cents)
    session.add(row)
    session.flush()
    # Thousands of entries: written in a few statements, audited as the flush would (storage.bulk_insert).
    insert_records(session, GrantRankingEntry, [new_row(GrantRankingEntry, {
        "ranking_id": row.id, "application_id": e.key, "position": e.position, "public_code": e.public_code,
        "score": e.score, "outcome": e.outcome.value, "eligible_cost_cents": e.eligible_cost_cents,
        "granted_cents": e.grant_cents, "entitled_cents": e.entitled_cents if e.position is not None else None,
        "note": e.note}) for e in ranking.entries])
    return row


def _check_date(ranked_on: object) -> date:
    if not isinstance(ranked_on, date):
        raise ValidationError.single("ranked_on", "Indica la data della graduatoria.")
    return ranked_on


def freeze_ranking(db: Database, call_uuid: uuid.UUID, kind: RankingKind | str, ranked_on: date,
                   reason: str = "", early_reason: str = "") -> RankingDetail:
    """Store a dated provisional or final snapshot. Refused while any application's scoring is incomplete
    and, for the final one, while applications are still being checked. Provisional: the applications
    go "in graduatoria"; final: each to finanziata / ammessa non finanziata / non ammessa."""
    db.require(Permission.GRANTS_DECIDE)
    kind = RankingKind(kind)
    if kind is RankingKind.SCORRIMENTO:
        raise DomainError("Lo scorrimento parte da una graduatoria definitiva pubblicata: usa «Scorrimento».")
    ranked_on = _check_date(ranked_on)
    with db.unit_of_work() as session:
        call = find_by_uuid(session, GrantCall, call_uuid, lock=True)  # one number per snapshot, even in a race
        if _final_exists(session, call.id):
            raise DomainError("La graduatoria definitiva di questo bando è già stata approvata: per finanziare "
                              "altre domande usa lo scorrimento.")
        found = candidates_of(session, call)
        applications, scores = [a for a, _ in found.people.values()], found.scores
        if not applications:
            raise DomainError("Nessuna domanda ammissibile da mettere in graduatoria.")
        incomplete = sorted(a.public_code for a in applications if not scores[a.id].complete)
        if incomplete:
            raise DomainError(f"La valutazione non è completa per {_applications(len(incomplete))} "
                              f"({', '.join(incomplete[:5])}{'…' if len(incomplete) > 5 else ''}): "
                              "la graduatoria si congela quando tutti i commissari hanno finito.")
        pending = _under_check(session, call.id)
        if kind is RankingKind.DEFINITIVA and pending:
            raise DomainError(f"{_applications(pending).capitalize()} ancora in istruttoria: concludi le verifiche "
                              "prima della graduatoria definitiva.")
        if kind is RankingKind.DEFINITIVA:
            procedure.final_ranking(session, call, early_reason).enforce()
        moves = [move for a in applications if (move := evaluation_move(a, scores[a.id]))]
        status = {a.id: a.status for a in applications} | {a.id: S(target).value for a, target, _ in moves}
        ranking = rank(found.candidates, call_settings(call, ranked_on))
        row = _store(session, call, kind, ranked_on, reason, ranking)
        if kind is RankingKind.DEFINITIVA and procedure.final_ranking(session, call).why_not:
            row.early_reason = early_reason.strip()  # approved before the observations' term ran out
        why = f"{kind.label} n. {row.number} del {ranked_on:%d/%m/%Y}"
        by_id = {a.id: a for a in applications}
        for entry in ranking.entries:
            target = S.IN_GRADUATORIA if kind is RankingKind.PROVVISORIA else _STATUS_FOR[entry.outcome]
            if status[entry.key] != target:
                moves.append((by_id[entry.key], target, why))
        move_applications(session, moves)  # thousands of moves: checked one by one, written in a few statements
        log.info("call %s: ranking %d (%s) frozen with %d entries", call.uuid, row.number, kind.value,
                 len(ranking.entries))
        return written_detail(session, db.actor, row, ranking.entries, found.people)


def publish_ranking(db: Database, ranking_uuid: uuid.UUID, published_on: date | None = None) -> RankingSummary:
    """Mark the snapshot as published on `published_on` (today when None), the first day at the Albo online: the
    term for observations and the acts citing the publication count from it."""
    db.require(Permission.GRANTS_DECIDE)
    with db.unit_of_work() as session:
        row = find_by_uuid(session, GrantRanking, ranking_uuid)
        if row.published:
            raise DomainError(f"La graduatoria n. {row.number} è già pubblicata.")
        day = published_on or office_today()
        if day > office_today() or day < row.ranked_on:
            raise ValidationError.single("published_on", f"La data di pubblicazione va dal {row.ranked_on:%d/%m/%Y} "
                                                         "(graduatoria) a oggi.")
        row.published, row.published_on = True, day
        session.flush()
        return summary_of(session, row)


def slide_ranking(db: Database, ranking_uuid: uuid.UUID, reason: str, ranked_on: date | None = None) -> RankingDetail:
    """Scorrimento: the grants of applications renounced or revoked since `ranking_uuid` (and any budget
    added to the call) fund the next in line. Recorded as a new SCORRIMENTO snapshot; the newly funded
    applications move ammessa non finanziata → finanziata."""
    db.require(Permission.GRANTS_DECIDE)
    if not reason.strip():
        raise ValidationError.single("reason", "Scrivi il motivo dello scorrimento (per esempio una rinuncia).")
    ranked_on = _check_date(ranked_on or office_today())
    with db.unit_of_work() as session:
        base = find_by_uuid(session, GrantRanking, ranking_uuid)
        call = session.scalar(select(GrantCall).where(GrantCall.id == base.call_id).with_for_update())
        if base.kind not in FINAL_KINDS or not base.published:
            raise DomainError("Lo scorrimento parte dalla graduatoria definitiva (o dall'ultimo scorrimento) "
                              "già pubblicata.")
        latest = session.scalar(select(func.max(GrantRanking.number)).where(
            GrantRanking.call_id == call.id, GrantRanking.kind.in_(FINAL_KINDS)))
        if latest != base.number:
            raise DomainError(f"Esiste una versione più recente (n. {latest}): lo scorrimento parte da quella.")
        previous, applications = entries_as_ranked(session, base, call_settings(call))
        withdrawn = {e.key: (RankingOutcome.RINUNCIATA if applications[e.key].status == S.RINUNCIATA
                             else RankingOutcome.REVOCATA)
                     for e in previous if e.outcome not in WITHDRAWN
                     and applications[e.key].status in (S.RINUNCIATA, S.REVOCATA)}
        result = slide(previous, withdrawn, call.budget_cents, call_settings(call),
                       sunk=unrecovered_cents(session, list(withdrawn)))
        before = {e.key: e.grant_cents for e in previous}
        if not withdrawn and all(before[e.key] == e.grant_cents for e in result.entries):
            raise DomainError("Nessuna rinuncia, revoca o nuova risorsa dall'ultima versione: lo scorrimento "
                              "non cambierebbe nulla.")
        row = _store(session, call, RankingKind.SCORRIMENTO, ranked_on, reason, result)
        why = f"Scorrimento n. {row.number} del {ranked_on:%d/%m/%Y}"
        for entry in newly_funded(previous, result):
            application = applications[entry.key]
            if application.status == S.AMMESSA_NON_FINANZIATA:
                move_application(session, application, S.FINANZIATA, why)
        log.info("call %s: scorrimento %d from ranking %d", call.uuid, row.number, base.number)
        return detail_of(session, db.actor, row)


def list_rankings(db: Database, call_uuid: uuid.UUID) -> list[RankingSummary]:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        call = find_by_uuid(session, GrantCall, call_uuid)
        rows = session.scalars(select(GrantRanking).where(GrantRanking.call_id == call.id)
                               .order_by(GrantRanking.number.desc()))
        return [summary_of(session, r) for r in rows]


def get_ranking(db: Database, ranking_uuid: uuid.UUID) -> RankingDetail:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return detail_of(session, db.actor, find_by_uuid(session, GrantRanking, ranking_uuid))
