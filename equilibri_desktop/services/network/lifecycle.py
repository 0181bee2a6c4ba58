"""The office date moves agreements on by itself: in force from the stated date once all parties signed, ended
when a withdrawal's notice has run, expired (or tacitly renewed) after the end date. Run when the program starts
(the home page's reminders) and whenever the agreements list is refreshed; the tests drive it with the clock."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.network.codes import AgreementStatus, SignatureStatus
from equilibri_desktop.domain.network.lifecycle import (
    IN_FORCE,
    CalendarFacts,
    due_on_calendar,
    renewed_end,
)
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.network import agreement_records as records
from equilibri_desktop.storage.models import NetworkAgreement, NetworkParty

S = AgreementStatus
_LIVE = tuple(s.value for s in IN_FORCE)
_WHY = {S.IN_VIGORE: "in vigore dalla data stabilita", S.RECEDUTO: "recesso efficace",
        S.SCADUTO: "scaduto", S.RINNOVATO: "rinnovato tacitamente"}


@dataclass(frozen=True)
class DatedChange:
    agreement_uuid: uuid.UUID
    code: str
    status: str  # the new status


def apply_dates(db: Database) -> tuple[DatedChange, ...]:
    """Bring every agreement's status up to the office date; returns what changed. Not a clerk's decision but
    what the parties agreed (a stated date, a notice, a term): anyone who reads the agreements triggers it, and
    the activity log names it as automatic."""
    db.require(Permission.NETWORK_READ)
    today = office_today()
    changes: list[DatedChange] = []
    with db.unit_of_work() as session:
        # Only the agreements a date may move (the rule decides): not every agreement on every refresh.
        candidates = select(NetworkAgreement).where(or_(
            and_(NetworkAgreement.status == S.IN_FIRMA.value, NetworkAgreement.in_force_from <= today),
            and_(NetworkAgreement.status.in_(_LIVE),
                 or_(NetworkAgreement.closed_on <= today, NetworkAgreement.end_date < today))))
        for agreement in session.scalars(candidates.order_by(NetworkAgreement.id)):
            signatures = session.scalars(select(NetworkParty.signature_status)
                                         .where(NetworkParty.agreement_id == agreement.id)).all()
            facts = CalendarFacts(
                S(agreement.status), bool(signatures) and all(s == SignatureStatus.FIRMATO.value for s in signatures),
                agreement.in_force_from, agreement.end_date, agreement.tacit_renewal,
                agreement.closed_on if S(agreement.status) in IN_FORCE else None)
            target = due_on_calendar(facts, today)
            if target is None:
                continue
            if target == S.IN_VIGORE:
                records.bring_into_force(session, agreement, today)
            elif target == S.RINNOVATO:
                agreement.end_date = renewed_end(agreement.end_date, agreement.renewal_months, today)
                agreement.status = S.RINNOVATO.value
            elif target == S.SCADUTO:
                agreement.status, agreement.closed_on = S.SCADUTO.value, agreement.end_date
            else:
                agreement.status = target.value
            audit.record(session, AuditAction.UPDATE, table_name=NetworkAgreement.__tablename__,
                         record_uuid=agreement.uuid, detail=f"Automatico alla data {today:%d/%m/%Y}: {_WHY[target]}")
            changes.append(DatedChange(agreement.uuid, agreement.code, agreement.status))
    return tuple(changes)
