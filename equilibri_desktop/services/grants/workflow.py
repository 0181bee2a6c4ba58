"""What the office does with a received application during the formal check, one action per step.

Who may do what: operators (GRANTS_WRITE) run the formal check — start it, ask the applicant to
integrate, record her withdrawal; the responsabile del procedimento (GRANTS_DECIDE) signs what changes
her position — the notice of the reasons against admission (L. 241/1990 art. 10-bis), admission,
exclusion, and taking the check up again after her reply to a notice.

Exclusion only follows a notice of reasons, and only once the time to reply has run out; earlier only
when her reply has already arrived (the term is hers to answer, not the office's to wait out).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.grants import procedure
from equilibri_desktop.services.grants.application_dto import (
    ApplicationDetail,
    StatusChangeEntry,
)
from equilibri_desktop.services.grants.application_records import (
    application_detail,
    find_application,
    history_entries,
)
from equilibri_desktop.services.grants.eligibility import compute_in_session
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantStatusChange,
)

DEFAULT_REPLY_DAYS = 10  # L. 241/1990 art. 10-bis: ten days to submit observations
MAX_REPLY_DAYS = 90

Check = Callable[[Session, GrantApplication], None]



def _act(db: Database, application_uuid: uuid.UUID, expected_version: int, target: S, reason: str = "",
         reply_deadline: date | None = None, check: Check | None = None) -> ApplicationDetail:
    with db.unit_of_work() as session:
        application = find_application(session, application_uuid, lock=True)
        check_version(application, expected_version)
        if check is not None:
            check(session, application)
        move_application(session, application, target, reason, reply_deadline)
        session.flush()
        return application_detail(session, application, db.actor.can(Permission.PROTECTED_DATA))


def _deadline(reply_days: int, today: date | None) -> date:
    if not 1 <= reply_days <= MAX_REPLY_DAYS:
        raise ValidationError.single("reply_days", f"Il termine per rispondere va da 1 a {MAX_REPLY_DAYS} giorni.")
    return (today or office_today()) + timedelta(days=reply_days)


def start_review(db: Database, application_uuid: uuid.UUID, expected_version: int,
                 reason: str = "") -> ApplicationDetail:
    """Start the formal check of a received application, or take it up again once the integration has
    arrived or the applicant's reply to a notice was found convincing (that one is the responsabile's)."""
    db.require(Permission.GRANTS_WRITE)

    def after_notice_only_responsabile(session: Session, application: GrantApplication) -> None:
        if application.status == S.PREAVVISO_RIGETTO.value:
            db.require(Permission.GRANTS_DECIDE)
        if application.status == S.PRESENTATA.value:
            procedure.formal_check(session.get(GrantCall, application.call_id)).enforce()
            # Starting the check computes the checklist at once: the clerk sees it, not a «Ricalcola» button.
            compute_in_session(session, application)
    return _act(db, application_uuid, expected_version, S.IN_ISTRUTTORIA, reason,
                check=after_notice_only_responsabile)


def request_integration(db: Database, application_uuid: uuid.UUID, expected_version: int, reason: str,
                        reply_days: int = DEFAULT_REPLY_DAYS, today: date | None = None) -> ApplicationDetail:
    """Ask the applicant for missing documents or data (`reason` says what), within `reply_days`."""
    db.require(Permission.GRANTS_WRITE)
    return _act(db, application_uuid, expected_version, S.INTEGRAZIONE_RICHIESTA, reason,
                _deadline(reply_days, today))


def notify_reasons(db: Database, application_uuid: uuid.UUID, expected_version: int, reason: str,
                   reply_days: int = DEFAULT_REPLY_DAYS, today: date | None = None) -> ApplicationDetail:
    """Notify the reasons against admission; the applicant may reply until today + `reply_days`."""
    db.require(Permission.GRANTS_DECIDE)
    return _act(db, application_uuid, expected_version, S.PREAVVISO_RIGETTO, reason, _deadline(reply_days, today))


def _eligibility_confirmed(session: Session, application: GrantApplication) -> None:
    procedure.admission(session, application.id).enforce()


def admit(db: Database, application_uuid: uuid.UUID, expected_version: int, reason: str = "") -> ApplicationDetail:
    """Admit to the evaluation: every eligibility check confirmed, none failed."""
    db.require(Permission.GRANTS_DECIDE)
    return _act(db, application_uuid, expected_version, S.AMMISSIBILE, reason, check=_eligibility_confirmed)


def current_reply_deadline(session: Session, application_id: int) -> date | None:
    return session.scalar(select(GrantStatusChange.reply_deadline)
                          .where(GrantStatusChange.application_id == application_id,
                                 GrantStatusChange.to_status == S.PREAVVISO_RIGETTO.value)
                          .order_by(GrantStatusChange.created_at.desc(), GrantStatusChange.id.desc()).limit(1))


def exclude(db: Database, application_uuid: uuid.UUID, expected_version: int, reason: str,
            reply_received: bool = False, today: date | None = None) -> ApplicationDetail:
    """Exclude after a notice of reasons: from the day after the reply deadline, or earlier when the
    applicant's reply has arrived (`reply_received`) and did not overcome the reasons."""
    db.require(Permission.GRANTS_DECIDE)
    day = today or office_today()

    def reply_time_over(session: Session, application: GrantApplication) -> None:
        if application.status != S.PREAVVISO_RIGETTO.value:
            return  # the workflow refuses the move with its own message
        deadline = current_reply_deadline(session, application.id)
        if deadline is not None and day <= deadline and not reply_received:
            raise DomainError(f"La richiedente può rispondere fino al {deadline:%d/%m/%Y}: l'esclusione è "
                              "possibile dal giorno successivo, o prima se la sua risposta è già arrivata.")
    return _act(db, application_uuid, expected_version, S.NON_AMMISSIBILE, reason, check=reply_time_over)


def renounce(db: Database, application_uuid: uuid.UUID, expected_version: int, reason: str) -> ApplicationDetail:
    """Record the applicant's withdrawal (her letter is the reason); possible at any step after receipt."""
    db.require(Permission.GRANTS_WRITE)
    return _act(db, application_uuid, expected_version, S.RINUNCIATA, reason)


def status_history(db: Database, application_uuid: uuid.UUID) -> tuple[StatusChangeEntry, ...]:
    """Every status change, oldest first, with who, when, why and any reply deadline."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return history_entries(session, find_application(session, application_uuid).id)
