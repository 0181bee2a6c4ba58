"""The beneficiary's acceptance of her grant: one date on the application, recorded once the grant
decision is registered; payments wait for it (domain.grants.procedure.payment_gate). A partial grant not
accepted within the call's term lapses and feeds the next scorrimento."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import DocumentKind, RankingOutcome
from equilibri_desktop.domain.grants.procedure import (
    acceptance_gate,
    partial_acceptance_end,
    partial_grant_lapsed,
)
from equilibri_desktop.domain.grants.workflow import AWARDED
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants import procedure
from equilibri_desktop.services.grants.calls import find_call
from equilibri_desktop.services.grants.document_common import latest_document
from equilibri_desktop.services.grants.letter_data import funding_entry
from equilibri_desktop.services.grants.payment_dto import PaymentFile
from equilibri_desktop.services.grants.payments import payment_file_of
from equilibri_desktop.services.grants.registration import official_of
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import GrantApplication, GrantCall


def record_acceptance(db: Database, application_uuid: uuid.UUID, accepted_on: date | None) -> PaymentFile:
    """Record the day the beneficiary accepted the grant (her signed acceptance, received by the office)."""
    db.require(Permission.GRANTS_WRITE)
    if accepted_on is None:
        raise ValidationError.single("accepted_on", "Scrivi la data dell'accettazione.")
    if accepted_on > office_today():
        raise ValidationError.single("accepted_on", "L'accettazione non può avere una data futura.")
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        if S(application.status) not in AWARDED:
            raise DomainError(f"Una domanda «{S(application.status).label}» non ha un contributo da accettare.")
        acceptance_gate(procedure.decision_registered(session, application.id)).enforce()
        application.accepted_on = accepted_on
        session.flush()
        return payment_file_of(session, application, None)


def _communication_sent_on(session: Session, application: GrantApplication) -> date | None:
    """The official protocol date of the latest grant communication of the application (None: not sent yet)."""
    letter = latest_document(session, DocumentKind.CONCESSIONE, "grant_application", application.uuid)
    return official_of(session, letter)[1] if letter is not None else None


def lapse_unaccepted_partial_grants(db: Database, call_uuid: uuid.UUID) -> tuple[uuid.UUID, ...]:
    """Partial grants whose beneficiary did not accept within the call's term lapse (rinunciata): the next
    scorrimento (ranking.slide_ranking) gives their money to the next in line. Returns the lapsed applications."""
    db.require(Permission.GRANTS_DECIDE)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        return tuple(lapsed.application_uuid for lapsed in _lapse(session, GrantApplication.call_id == call.id))


@dataclass(frozen=True)
class LapsedGrant:
    application_uuid: uuid.UUID
    call_uuid: uuid.UUID


def apply_acceptance_terms(db: Database) -> tuple[LapsedGrant, ...]:
    """The office date applied to every call at once: what `lapse_unaccepted_partial_grants` does for one call,
    run when the ranking and payment screens are refreshed. The term is the call's, not a clerk's choice, but
    the move is a decision on the file, so it runs only for a user who may decide (others see it next time)."""
    if not db.actor.can(Permission.GRANTS_DECIDE):
        return ()
    with db.unit_of_work() as session:
        return _lapse(session, true())


def _lapse(session: Session, which: ColumnElement[bool]) -> tuple[LapsedGrant, ...]:
    today = office_today()
    lapsed = []
    # Only unaccepted funded files are candidates: the rule then looks at the outcome and the letter's date.
    candidates = session.scalars(select(GrantApplication).where(
        which, GrantApplication.status == S.FINANZIATA.value,
        GrantApplication.accepted_on.is_(None)).order_by(GrantApplication.id).with_for_update())
    for application in candidates:
        funded = funding_entry(session, application)
        if funded is None or funded[1].outcome != RankingOutcome.FINANZIATA_PARZIALMENTE.value:
            continue
        call = session.get(GrantCall, application.call_id)
        days = call.partial_acceptance_days
        sent_on = _communication_sent_on(session, application)
        if not partial_grant_lapsed(sent_on, days, application.accepted_on, today):
            continue
        end = partial_acceptance_end(sent_on, days)
        move_application(session, application, S.RINUNCIATA,
                         f"Contributo parziale non accettato entro il termine ({end:%d/%m/%Y}): decaduto, "
                         "disponibile per lo scorrimento della graduatoria.")
        lapsed.append(LapsedGrant(application.uuid, call.uuid))
    session.flush()
    return tuple(lapsed)
