"""Reading the payments side of a grant: the amount granted (from the latest final ranking), the funded
applications, and the tranches with their checks and conditions. Used inside the payment services' units
of work; nothing here writes."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.grants.codes import (
    ApplicationStatus,
    PaymentCheckKind,
    RankingKind,
    TrancheCondition,
    TrancheStatus,
)
from equilibri_desktop.domain.grants.payments import (
    CheckRecord,
    TrancheSituation,
    effective_checks,
    tranche_conditions,
)
from equilibri_desktop.domain.grants.protocol import protocol_label
from equilibri_desktop.services.grants.payment_dto import (
    CheckRow,
    ConditionRow,
    FundedRow,
    TrancheRow,
)
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantFirm,
    GrantPaymentCheck,
    GrantRanking,
    GrantRankingEntry,
    GrantTranche,
    Person,
)

S = ApplicationStatus
# Listed in the payments screen: awarded, and what an award can end in.
FUNDED_STATUSES = (S.FINANZIATA, S.IMPRESA_COSTITUITA, S.IN_EROGAZIONE, S.RENDICONTATA, S.CHIUSA, S.REVOCATA,
                   S.RINUNCIATA)
# After the report the balance is recomputed; before constitution nothing may be paid.
REPORTED_STATUSES = frozenset({S.RENDICONTATA, S.CHIUSA})
FINAL_RANKINGS = (RankingKind.DEFINITIVA.value, RankingKind.SCORRIMENTO.value)


def granted_select() -> Select:
    """(application_id, granted_cents, ranked_on) from the latest final ranking (definitive or sliding) that
    lists each application: a sliding ranking supersedes the earlier ones of its call."""
    latest = (select(GrantRankingEntry.application_id, func.max(GrantRanking.number).label("number"))
              .join(GrantRanking, GrantRanking.id == GrantRankingEntry.ranking_id)
              .where(GrantRanking.kind.in_(FINAL_RANKINGS))
              .group_by(GrantRankingEntry.application_id).subquery())
    return (select(GrantRankingEntry.application_id, GrantRankingEntry.granted_cents, GrantRanking.ranked_on)
            .join(GrantRanking, GrantRanking.id == GrantRankingEntry.ranking_id)
            .join(latest, and_(latest.c.application_id == GrantRankingEntry.application_id,
                               latest.c.number == GrantRanking.number))
            .where(GrantRanking.kind.in_(FINAL_RANKINGS)))


def granted_for(session: Session, application_id: int) -> tuple[int, date | None]:
    """The amount granted to one application and the date of the ranking that granted it."""
    granted = granted_select().subquery()
    row = session.execute(select(granted.c.granted_cents, granted.c.ranked_on)
                          .where(granted.c.application_id == application_id)).first()
    return (row.granted_cents, row.ranked_on) if row else (0, None)


def yearly_total(session: Session, application: GrantApplication) -> int:
    """What the same beneficiary (the applicant) was granted by rankings of the same solar year as this
    grant, this grant included: the figure art. 26 c.3 D.Lgs. 33/2013 compares with € 1.000."""
    granted, ranked_on = granted_for(session, application.id)
    if ranked_on is None:
        return granted
    table = granted_select().subquery()
    total = session.scalar(
        select(func.coalesce(func.sum(table.c.granted_cents), 0))
        .join(GrantApplication, GrantApplication.id == table.c.application_id)
        .where(GrantApplication.applicant_id == application.applicant_id,
               GrantApplication.status != S.REVOCATA.value,
               table.c.ranked_on >= date(ranked_on.year, 1, 1), table.c.ranked_on <= date(ranked_on.year, 12, 31)))
    return max(int(total or 0), granted)


def _paid_select():
    return (select(GrantTranche.application_id, func.sum(GrantTranche.gross_cents).label("paid"))
            .where(GrantTranche.status == TrancheStatus.PAGATA.value).group_by(GrantTranche.application_id)
            .subquery())


def funded_rows(session: Session, call_uuid: uuid.UUID | None = None, status: str | None = None,
                application_id: int | None = None) -> list[FundedRow]:
    granted, paid = granted_select().subquery(), _paid_select()
    query = (select(GrantApplication, Person.surname, Person.first_name, GrantCall.uuid, GrantCall.title,
                    func.coalesce(granted.c.granted_cents, 0), func.coalesce(paid.c.paid, 0))
             .join(Person, Person.id == GrantApplication.applicant_id)
             .join(GrantCall, GrantCall.id == GrantApplication.call_id)
             .outerjoin(granted, granted.c.application_id == GrantApplication.id)
             .outerjoin(paid, paid.c.application_id == GrantApplication.id)
             .order_by(GrantCall.title, GrantApplication.protocol_year, GrantApplication.protocol_number))
    if application_id is not None:  # one application, whatever its status (a file opened from elsewhere)
        query = query.where(GrantApplication.id == application_id)
    else:
        query = query.where(GrantApplication.status.in_([s.value for s in FUNDED_STATUSES]),
                            # a withdrawal before the award is not a funded application
                            or_(GrantApplication.status != S.RINUNCIATA.value, granted.c.granted_cents > 0))
    if call_uuid is not None:
        query = query.where(GrantCall.uuid == call_uuid)
    if status:
        query = query.where(GrantApplication.status == status)
    rows = []
    for app, surname, first_name, call_uuid_, title, granted_cents, paid_cents in session.execute(query):
        protocol = protocol_label(app.protocol_year, app.protocol_number)
        rows.append(FundedRow(app.uuid, app.public_code, protocol, f"{surname} {first_name}", app.business_name,
                              call_uuid_, title, app.status, S(app.status).label, int(granted_cents),
                              int(paid_cents)))
    return rows


def funded_row(session: Session, application: GrantApplication) -> FundedRow:
    return funded_rows(session, application_id=application.id)[0]


def _records(checks) -> list[CheckRecord]:
    return [CheckRecord(PaymentCheckKind(c.kind), c.checked_on, c.passed, c.reference) for c in checks]


def tranche_rows(session: Session, application: GrantApplication, on: date) -> tuple[TrancheRow, ...]:
    """The tranches with their checks and the conditions of a payment made on `on`."""
    tranches = session.scalars(select(GrantTranche).where(GrantTranche.application_id == application.id)
                               .order_by(GrantTranche.position)).all()
    checks = session.scalars(select(GrantPaymentCheck).where(
        GrantPaymentCheck.tranche_id.in_([t.id for t in tranches]))).all() if tranches else []
    firm = session.scalar(select(GrantFirm).where(GrantFirm.application_id == application.id))
    total = yearly_total(session, application)
    reported = S(application.status) in REPORTED_STATUSES
    any_paid = any(t.status == TrancheStatus.PAGATA.value for t in tranches)
    max_age = session.scalar(select(GrantCall.tax_check_max_age_days).where(GrantCall.id == application.call_id))
    rows = []
    for tranche in tranches:
        own = [c for c in checks if c.tranche_id == tranche.id]
        counted = effective_checks(_records(own), _records(c for c in checks if c.tranche_id != tranche.id))
        paid = tranche.status == TrancheStatus.PAGATA.value
        situation = TrancheSituation(
            TrancheCondition(tranche.condition), tranche.gross_cents, tranche.paid_on if paid else on,
            firm is not None and firm.constituted_on is not None, counted, total,
            first_payment=not any_paid or (paid and not any(
                t.status == TrancheStatus.PAGATA.value and t.position < tranche.position for t in tranches)),
            final_report_submitted=reported, tax_check_max_age_days=max_age)
        conditions = tuple(ConditionRow(c.code, c.label, c.met, c.message) for c in tranche_conditions(situation))
        rows.append(TrancheRow(
            tranche.uuid, tranche.position, tranche.label, tranche.condition,
            TrancheCondition(tranche.condition).label, tranche.gross_cents, tranche.withholding_cents,
            tranche.status, TrancheStatus(tranche.status).label, tranche.liquidation_act, tranche.liquidation_date,
            tranche.paid_on, tranche.override_reason, tranche.override_by,
            _check_rows(own, counted), conditions, situation.payment_date))
    return tuple(rows)


def _check_rows(own: list[GrantPaymentCheck], counted: dict[PaymentCheckKind, CheckRecord]) -> tuple[CheckRow, ...]:
    """One row per kind of check, recorded or not, so the screen can offer each one to fill in."""
    mine = {c.kind: c for c in own}
    rows = []
    for kind in PaymentCheckKind:
        stored = mine.get(kind.value)
        if stored is not None:
            rows.append(CheckRow(kind.value, kind.label, stored.checked_on, stored.passed, stored.reference,
                                 stored.note))
        elif kind in counted:
            other = counted[kind]
            rows.append(CheckRow(kind.value, kind.label, other.checked_on, other.passed, other.reference,
                                 from_other_tranche=True))
        else:
            rows.append(CheckRow(kind.value, kind.label, None, None))
    return tuple(rows)
