"""Opening a revocation procedure (artt. 7-8 L. 241/1990): the notice's date, reason and the days given for
counter-arguments. The revocation act that follows cites it (services/grants/revocation.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, FieldError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.recovery import check_revocation_ground
from equilibri_desktop.domain.grants.workflow import AWARDED
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.revocation import paid_amounts
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import GrantApplication, GrantRevocationNotice

TERM_MIN, TERM_MAX = 10, 90  # at least ten days for counter-arguments, as for art. 10-bis [practice]


@dataclass(frozen=True)
class RevocationNoticeRow:
    uuid: uuid.UUID
    notice_on: date
    reason: str
    term_days: int
    firm_not_constituted: bool
    counter_arguments: str = ""
    answer: str = ""


def _row(notice: GrantRevocationNotice) -> RevocationNoticeRow:
    return RevocationNoticeRow(notice.uuid, notice.notice_on, notice.reason, notice.term_days,
                               notice.firm_not_constituted, notice.counter_arguments, notice.answer)


def open_revocation(db: Database, application_uuid: uuid.UUID, notice_on: date | None, reason: str,
                    term_days: int = TERM_MIN, firm_not_constituted: bool = False) -> RevocationNoticeRow:
    """Record the notice opening the procedure; the notice document is generated from it."""
    db.require(Permission.PAYMENTS_APPROVE)
    errors = []
    if notice_on is None or notice_on > office_today():
        errors.append(FieldError("notice_on", "Scrivi la data della comunicazione di avvio (non futura)."))
    if not reason.strip():
        errors.append(FieldError("notice_reason", "Scrivi il motivo per cui si avvia la revoca."))
    if not TERM_MIN <= term_days <= TERM_MAX:
        errors.append(FieldError("notice_term_days", f"Il termine per le controdeduzioni va da {TERM_MIN} a "
                                                     f"{TERM_MAX} giorni."))
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        if S(application.status) not in AWARDED:
            raise DomainError(f"Una domanda «{S(application.status).label}» non ha un contributo da revocare.")
        check_revocation_ground(firm_not_constituted, paid_amounts(session, application.id))
        notice = GrantRevocationNotice(application_id=application.id, notice_on=notice_on, reason=reason.strip(),
                                       term_days=term_days, firm_not_constituted=firm_not_constituted)
        session.add(notice)
        session.flush()
        return _row(notice)


def latest_revocation_notice(db: Database, application_uuid: uuid.UUID) -> RevocationNoticeRow | None:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid)
        notice = session.scalar(select(GrantRevocationNotice).where(
            GrantRevocationNotice.application_id == application.id)
            .order_by(GrantRevocationNotice.notice_on.desc(), GrantRevocationNotice.id.desc()).limit(1))
        return _row(notice) if notice else None


def record_counter_arguments(db: Database, application_uuid: uuid.UUID, counter_arguments: str,
                             answer: str) -> RevocationNoticeRow:
    """What the firm answered to the notice and how the office answers it: the revocation act states both."""
    db.require(Permission.PAYMENTS_APPROVE)
    if counter_arguments.strip() and not answer.strip():
        raise ValidationError.single("answer", "Il provvedimento deve rispondere alle controdeduzioni: scrivi "
                                               "la risposta.")
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        notice = session.scalar(select(GrantRevocationNotice).where(
            GrantRevocationNotice.application_id == application.id)
            .order_by(GrantRevocationNotice.notice_on.desc(), GrantRevocationNotice.id.desc()).limit(1))
        if notice is None:
            raise DomainError("Registra prima l'avvio del procedimento di revoca.")
        notice.counter_arguments, notice.answer = counter_arguments.strip(), answer.strip()
        session.flush()
        return _row(notice)
