"""The home page's work queues: what waits for the current user now, by her role — applications whose formal
check can start or that wait for a reply, applications she still has to score, rankings to publish, tranches
whose conditions are all met, documents awaiting their signed copy. Each row names the record to open."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import DocumentKind, TrancheStatus
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants import evaluation, procedure
from equilibri_desktop.services.grants.application_records import history_entries
from equilibri_desktop.services.grants.payment_queries import tranche_rows
from equilibri_desktop.services.grants.score_records import protocol_label
from equilibri_desktop.storage.models import GeneratedDocument, GrantApplication, GrantCall, GrantRanking, GrantTranche

LIMIT = 50  # per queue: the home page is a reminder, the screens hold the full lists
SIGNED_KINDS = (DocumentKind.DETERMINAZIONE.value, DocumentKind.CONCESSIONE.value, DocumentKind.ESCLUSIONE.value,
                DocumentKind.REVOCA.value)


@dataclass(frozen=True)
class QueueRow:
    queue: str  # FORMAL_CHECK, REPLY, TO_SCORE, TO_PUBLISH, TO_PAY, SIGNED_COPY
    record_kind: str  # what the navigator opens (ui.navigation record_kinds)
    record_uuid: uuid.UUID
    label: str
    detail: str


FORMAL_CHECK, REPLY, TO_SCORE, TO_PUBLISH, TO_PAY, SIGNED_COPY = (
    "formal_check", "reply", "to_score", "to_publish", "to_pay", "signed_copy")


def _title(application: GrantApplication) -> str:
    return f"{protocol_label(application)} — {application.business_name or application.public_code}"


def _checks(db: Database, session) -> list[QueueRow]:
    rows = []
    waiting = session.scalars(select(GrantApplication).where(GrantApplication.status.in_(
        (S.PRESENTATA.value, S.INTEGRAZIONE_RICHIESTA.value, S.PREAVVISO_RIGETTO.value)))
        .order_by(GrantApplication.received_at).limit(LIMIT)).all()
    for application in waiting:
        if application.status == S.PRESENTATA.value:
            if procedure.formal_check(session.get(GrantCall, application.call_id)).allowed:
                rows.append(QueueRow(FORMAL_CHECK, "grant_application", application.uuid, _title(application), ""))
            continue
        history = history_entries(session, application.id)
        deadline = history[-1].reply_deadline if history else None
        rows.append(QueueRow(REPLY, "grant_application", application.uuid, _title(application),
                             f"{deadline:%d/%m/%Y}" if deadline else ""))
    return rows


def _to_score(db: Database) -> list[QueueRow]:
    rows = []
    for call in evaluation.my_calls(db):
        for item in evaluation.applications_to_score(db, call.call_uuid):
            if item.scorable and item.my_declaration is not True and item.my_scored < item.criteria_count:
                done = f"{item.my_scored}/{item.criteria_count}"
                rows.append(QueueRow(TO_SCORE, "grant_score", item.application_uuid,
                                     f"{item.protocol} — {item.business_name}", done))
    return rows[:LIMIT]


def _to_publish(session) -> list[QueueRow]:
    found = session.execute(select(GrantRanking, GrantCall.title).join(GrantCall, GrantCall.id == GrantRanking.call_id)
                            .where(GrantRanking.published.is_(False))
                            .order_by(GrantRanking.ranked_on).limit(LIMIT)).all()
    return [QueueRow(TO_PUBLISH, "grant_ranking", r.uuid, f"{title} — n. {r.number}", f"{r.ranked_on:%d/%m/%Y}")
            for r, title in found]


def _to_pay(session) -> list[QueueRow]:
    rows, today = [], office_today()
    ids = session.scalars(select(GrantTranche.application_id).where(GrantTranche.status.in_(
        (TrancheStatus.DA_PAGARE.value, TrancheStatus.LIQUIDATA.value))).distinct().limit(LIMIT)).all()
    for application in session.scalars(select(GrantApplication).where(GrantApplication.id.in_(ids))):
        if not procedure.payment(session, application).allowed:
            continue
        for tranche in tranche_rows(session, application, today):
            if tranche.is_open and not tranche.missing:
                rows.append(QueueRow(TO_PAY, "grant_payment", application.uuid, _title(application), tranche.label))
    return rows


def _signed_copies(session) -> list[QueueRow]:
    found = session.scalars(select(GeneratedDocument).where(GeneratedDocument.kind.in_(SIGNED_KINDS),
                                                            GeneratedDocument.signed_copy_path == "")
                            .order_by(GeneratedDocument.issued_on).limit(LIMIT)).all()
    return [QueueRow(SIGNED_COPY, "document", d.uuid, d.title, f"{d.issued_on:%d/%m/%Y}") for d in found]


def work_queue(db: Database) -> tuple[QueueRow, ...]:
    """Every queue the current user's role works on (none for a role without grants)."""
    actor, rows = db.actor, []
    if actor.can(Permission.GRANTS_SCORE):
        rows += _to_score(db)
    with db.unit_of_work() as session:
        if actor.can(Permission.GRANTS_WRITE):
            rows += _checks(db, session)
        if actor.can(Permission.GRANTS_DECIDE):
            rows += _to_publish(session) + _signed_copies(session)
        if actor.can(Permission.PAYMENTS_APPROVE):
            rows += _to_pay(session)
    return tuple(rows)
