"""Revoking a grant: the decision with its reason, the notice that opened the procedure (artt. 7-8 L. 241/1990)
and the counter-arguments it answers, the amount to recover (paid − still due, plus legal interest up to the
act) and how the recovery is going. Tranches not yet paid are cancelled."""

from __future__ import annotations

import logging
import uuid
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, FieldError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import (
    RecoveryStatus,
    TrancheCondition,
    TrancheStatus,
)
from equilibri_desktop.domain.grants.recovery import (
    PaidAmount,
    Recovery,
    check_revocation_ground,
    recovery_due,
)
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.grants.payment_dto import RevocationRow
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantRevocation,
    GrantRevocationNotice,
    GrantTranche,
)

log = logging.getLogger(__name__)


def _paid_cents(session: Session, application_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(GrantTranche.gross_cents), 0)).where(
        GrantTranche.application_id == application_id, GrantTranche.status == TrancheStatus.PAGATA.value)) or 0)


def unrecovered_cents(session: Session, application_ids: list[int]) -> dict[int, int]:
    """Per application, what was paid to it and not (yet) recovered: money a scorrimento cannot spend again.
    A recovery marked "non recuperabile" stays lost; one in progress counts what came back so far."""
    if not application_ids:
        return {}
    paid = dict(session.execute(select(GrantTranche.application_id,
                                       func.coalesce(func.sum(GrantTranche.gross_cents), 0))
                                .where(GrantTranche.application_id.in_(application_ids),
                                       GrantTranche.status == TrancheStatus.PAGATA.value)
                                .group_by(GrantTranche.application_id)).all())
    recovered = dict(session.execute(select(GrantRevocation.application_id,
                                            func.coalesce(func.sum(GrantRevocation.recovered_cents), 0))
                                     .where(GrantRevocation.application_id.in_(application_ids))
                                     .group_by(GrantRevocation.application_id)).all())
    return {key: max(0, int(paid.get(key, 0)) - min(int(recovered.get(key, 0)), int(paid.get(key, 0))))
            for key in application_ids}


def _to_row(revocation: GrantRevocation) -> RevocationRow:
    return RevocationRow(revocation.uuid, revocation.version, revocation.decided_on, revocation.reason,
                         revocation.amount_to_recover_cents, revocation.recovered_cents, revocation.recovery_status,
                         RecoveryStatus(revocation.recovery_status).label)


def revocation_row(session: Session, application: GrantApplication) -> RevocationRow | None:
    revocation = session.scalar(select(GrantRevocation).where(GrantRevocation.application_id == application.id)
                                .order_by(GrantRevocation.id.desc()).limit(1))
    return _to_row(revocation) if revocation else None


def amount_to_recover(db: Database, application_uuid: uuid.UUID) -> int:
    """What a revocation would ask back: the gross of the tranches paid (the 4% withheld was paid to the
    tax office on the firm's behalf, so it is part of what the firm received)."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return _paid_cents(session, find_by_uuid(session, GrantApplication, application_uuid).id)


def paid_amounts(session: Session, application_id: int) -> list[PaidAmount]:
    return [PaidAmount(t.paid_on, t.gross_cents, TrancheCondition(t.condition)) for t in session.scalars(
        select(GrantTranche).where(GrantTranche.application_id == application_id,
                                   GrantTranche.status == TrancheStatus.PAGATA.value)) if t.paid_on is not None]


def _latest_notice(session: Session, application_id: int) -> GrantRevocationNotice | None:
    return session.scalar(select(GrantRevocationNotice).where(GrantRevocationNotice.application_id == application_id)
                          .order_by(GrantRevocationNotice.notice_on.desc(), GrantRevocationNotice.id.desc()).limit(1))


def recovery_preview(db: Database, application_uuid: uuid.UUID, due_cents: int, on: date) -> Recovery:
    """Principal and legal interest a revocation adopted on `on` would ask back."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid)
        return recovery_due(paid_amounts(session, application.id), due_cents, on)


def _check_procedure(decided_on: date | None, notice_on: date | None, term_days: int, counter_arguments: str,
                     answer: str, errors: list[FieldError]) -> None:
    if notice_on is None or decided_on is None:
        return
    if notice_on > decided_on:
        errors.append(FieldError("notice_on", "La comunicazione di avvio non può seguire il provvedimento."))
    elif counter_arguments.strip() and not answer.strip():
        errors.append(FieldError("answer", "Il provvedimento deve rispondere alle controdeduzioni presentate."))
    elif not counter_arguments.strip() and decided_on <= notice_on + timedelta(days=term_days):
        errors.append(FieldError("decided_on", f"Il termine di {term_days} giorni per le controdeduzioni scade il "
                                               f"{notice_on + timedelta(days=term_days):%d/%m/%Y}: il provvedimento "
                                               "viene dopo."))


def revoke(db: Database, application_uuid: uuid.UUID, decided_on: date | None, reason: str,
           amount_to_recover_cents: int | None = None, *, notice_on: date | None = None,
           notice_reference: str = "", notice_term_days: int = 10, counter_arguments: str = "", answer: str = "",
           due_cents: int = 0, firm_not_constituted: bool = False) -> RevocationRow:
    """Revoke the grant, in whole (`due_cents` 0) or in part. `amount_to_recover_cents` None means paid − due
    plus legal interest up to the act; the officer may state another amount. With the notice that opened the
    procedure the act comes only after the term for counter-arguments, or answering those presented."""
    db.require(Permission.PAYMENTS_APPROVE)
    errors: list[FieldError] = []
    _check_procedure(decided_on, notice_on, notice_term_days, counter_arguments, answer, errors)
    if decided_on is None:
        errors.append(FieldError("decided_on", "Scrivi la data del provvedimento di revoca."))
    elif decided_on > office_today():
        errors.append(FieldError("decided_on", "La data della revoca non può essere nel futuro."))
    if not reason.strip():
        errors.append(FieldError("reason", "Scrivi il motivo della revoca."))
    if amount_to_recover_cents is not None and amount_to_recover_cents < 0:
        errors.append(FieldError("amount_to_recover", "L'importo da recuperare non può essere negativo."))
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        notice = _latest_notice(session, application.id) if notice_on is None else None
        if notice is not None:  # the act cites the notice that opened the procedure (artt. 7-8 L. 241/1990)
            notice_on, notice_term_days = notice.notice_on, notice.term_days
            firm_not_constituted = firm_not_constituted or notice.firm_not_constituted
            counter_arguments = counter_arguments or notice.counter_arguments
            answer = answer or notice.answer
            _check_procedure(decided_on, notice_on, notice_term_days, counter_arguments, answer, errors)
            if errors:
                raise ValidationError(errors)
        payments = paid_amounts(session, application.id)
        check_revocation_ground(firm_not_constituted, payments)
        move_application(session, application, S.REVOCATA, reason)
        recovery = recovery_due(payments, due_cents, decided_on)
        amount = recovery.total_cents if amount_to_recover_cents is None else amount_to_recover_cents
        for tranche in session.scalars(select(GrantTranche).where(
                GrantTranche.application_id == application.id,
                GrantTranche.status.in_((TrancheStatus.DA_PAGARE.value, TrancheStatus.LIQUIDATA.value)))):
            tranche.status = TrancheStatus.ANNULLATA.value
        # Nothing paid, nothing to ask back: the recovery is over before it starts.
        status = RecoveryStatus.DA_AVVIARE if amount else RecoveryStatus.RECUPERATO
        revocation = GrantRevocation(
            application_id=application.id, decided_on=decided_on, reason=reason.strip(),
            amount_to_recover_cents=amount, recovery_status=status.value, notice_on=notice_on,
            notice_reference=notice_reference.strip(), notice_term_days=notice_term_days,
            counter_arguments=counter_arguments.strip(), answer=answer.strip(),
            firm_not_constituted=firm_not_constituted, due_cents=due_cents,
            principal_cents=recovery.principal_cents, interest_cents=recovery.interest_cents)
        session.add(revocation)
        session.flush()
        log.info("grant of application %s revoked", application.uuid)
        return _to_row(revocation)


def update_recovery(db: Database, revocation_uuid: uuid.UUID, status: RecoveryStatus | str, recovered_cents: int,
                    expected_version: int, amount_to_recover_cents: int | None = None) -> RevocationRow:
    """How the recovery is going: status and amount recovered so far (and, if corrected, the amount due)."""
    db.require(Permission.PAYMENTS_WRITE)
    status = RecoveryStatus(status)
    with db.unit_of_work() as session:
        revocation = find_by_uuid(session, GrantRevocation, revocation_uuid, lock=True)
        check_version(revocation, expected_version)
        if amount_to_recover_cents is not None and amount_to_recover_cents != revocation.amount_to_recover_cents:
            db.require(Permission.PAYMENTS_APPROVE)  # the amount is part of the revocation decision
            if amount_to_recover_cents < 0:
                raise ValidationError.single("amount_to_recover", "L'importo da recuperare non può essere negativo.")
            revocation.amount_to_recover_cents = amount_to_recover_cents
        due = revocation.amount_to_recover_cents
        if recovered_cents < 0 or recovered_cents > due:
            raise ValidationError.single("recovered", "L'importo recuperato va da zero all'importo da recuperare.")
        if status == RecoveryStatus.RECUPERATO and recovered_cents < due:
            raise DomainError("Per segnare il recupero come concluso l'importo recuperato deve essere pari a "
                              "quello da recuperare; altrimenti scegli «In corso» o «Non recuperabile».")
        revocation.recovery_status, revocation.recovered_cents = status.value, recovered_cents
        session.flush()
        return _to_row(revocation)
