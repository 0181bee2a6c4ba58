"""From the database to the letters about one application: notice of reasons or exclusion, grant
communication, revocation (the DTOs of documents/grants/data.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.documents.grants.data import (
    ActReference,
    ExclusionLetterData,
    GrantCommunicationData,
    RevocationData,
)
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import (
    ApplicationStatus,
    CheckOutcome,
    DocumentKind,
    EligibilityRule,
    PaymentCheckKind,
    RankingOutcome,
    TrancheCondition,
    TrancheStatus,
)
from equilibri_desktop.domain.grants.recovery import (
    InterestPeriod,
    PaidAmount,
    recovery_due,
)
from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.services.grants.document_common import (
    FINAL_KINDS,
    FUNDED,
    Office,
    act_reference,
    call_reference,
    decision_document,
    firm_recipient,
    protocol_text,
    recipient,
    tranche_lines,
    tranche_plan,
)
from equilibri_desktop.services.grants.withholding import tranche_withholding, withholding_from
from equilibri_desktop.storage.models import (
    GeneratedDocument,
    GrantApplication,
    GrantCall,
    GrantCostItem,
    GrantEligibilityCheck,
    GrantFirm,
    GrantPaymentCheck,
    GrantRanking,
    GrantRankingEntry,
    GrantRevocation,
    GrantStatusChange,
    GrantTranche,
    Person,
)

EXCLUSION_STATUSES = (ApplicationStatus.PREAVVISO_RIGETTO.value, ApplicationStatus.NON_AMMISSIBILE.value)
REPLY_DAYS = 10  # L. 241/1990 art. 10-bis: at least ten days to submit observations
REPAYMENT_DAYS = 30  # [practice] usual term to repay a revoked grant


def last_change(session: Session, application: GrantApplication, status: str) -> GrantStatusChange | None:
    return session.scalar(select(GrantStatusChange).where(
        GrantStatusChange.application_id == application.id, GrantStatusChange.to_status == status)
        .order_by(GrantStatusChange.id.desc()).limit(1))


def _failed_checks(session: Session, application: GrantApplication) -> list[str]:
    """Eligibility rules the officer confirmed as not met (or computed as not met and never overridden)."""
    checks = session.scalars(select(GrantEligibilityCheck).where(
        GrantEligibilityCheck.application_id == application.id).order_by(GrantEligibilityCheck.id))
    reasons = []
    for check in checks:
        if (check.confirmed or check.computed) != CheckOutcome.KO.value:
            continue
        try:
            label = EligibilityRule(check.rule).label
        except ValueError:
            label = check.rule
        reasons.append(f"{label}: {check.detail}" if check.detail else label)
    return reasons


def reason_lines(text: str) -> list[str]:
    return [line.strip(" -–•\t") for line in text.replace("\r\n", "\n").split("\n") if line.strip(" -–•\t")]


def exclusion_data(session: Session, application: GrantApplication, office: Office,
                   issued_on: date) -> ExclusionLetterData:
    """The notice of reasons while the application is in preavviso di rigetto; the exclusion once it is
    non ammissibile (citing the notice sent before and the applicant's reply, when there was one)."""
    if application.status not in EXCLUSION_STATUSES:
        raise DomainError("La lettera di esclusione si genera per le domande in preavviso di rigetto o non "
                          f"ammissibili; questa è «{ApplicationStatus(application.status).label}».")
    call = session.get(GrantCall, application.call_id)
    person = session.get(Person, application.applicant_id)
    final = application.status == ApplicationStatus.NON_AMMISSIBILE.value
    notice = last_change(session, application, ApplicationStatus.PREAVVISO_RIGETTO.value)
    exclusion = last_change(session, application, ApplicationStatus.NON_AMMISSIBILE.value) if final else None
    reasons = reason_lines(notice.reason) if notice else []
    summary = ""
    if exclusion is not None:
        if notice is None:
            reasons = reason_lines(exclusion.reason)
        else:
            summary = exclusion.reason.strip()
    reasons += [r for r in _failed_checks(session, application) if r not in reasons]
    if not reasons:
        raise DomainError("Non ci sono motivi registrati per questa domanda: indicali nel cambio di stato o "
                          "nella verifica di ammissibilità prima di generare la lettera.")
    deadline = notice.reply_deadline if notice and notice.reply_deadline else issued_on + timedelta(days=REPLY_DAYS)
    if not final and deadline <= issued_on:
        raise DomainError(f"Il termine per le osservazioni ({deadline:%d/%m/%Y}) è già scaduto: indica un nuovo "
                          "termine prima di inviare la comunicazione.")
    notice_reference = None
    if final and exclusion is not None:
        # The notice is the letter sent before the exclusion was decided, not an earlier copy of this one.
        sent = session.scalar(select(GeneratedDocument).where(
            GeneratedDocument.kind == DocumentKind.ESCLUSIONE.value,
            GeneratedDocument.record_type == "grant_application", GeneratedDocument.record_uuid == application.uuid,
            GeneratedDocument.created_at < exclusion.created_at)
            .order_by(GeneratedDocument.id.desc()).limit(1))
        notice_reference = act_reference(session, sent, "nota") if sent else None
    return ExclusionLetterData(
        header=office.header(call, issued_on), recipient=recipient(session, person), call=call_reference(call),
        application_protocol=protocol_text(application), reasons=tuple(reasons), signatory=office.signatory(call),
        final=final, reply_deadline=None if final else deadline,
        reply_days=max((deadline - issued_on).days, 1) if not final else REPLY_DAYS,
        reply_summary=summary, notice_reference=notice_reference, procedure_officer=call.deciding_officer,
        office_contact=office.contact)


def funding_entry(session: Session, application: GrantApplication) -> tuple[GrantRanking, GrantRankingEntry] | None:
    """The latest final ranking (or sliding) that funds the application."""
    row = session.execute(
        select(GrantRanking, GrantRankingEntry)
        .join(GrantRankingEntry, GrantRankingEntry.ranking_id == GrantRanking.id)
        .where(GrantRankingEntry.application_id == application.id, GrantRanking.kind.in_(FINAL_KINDS))
        .order_by(GrantRanking.number.desc()).limit(1)).first()
    if row is None or row[1].outcome not in FUNDED:
        return None
    return row[0], row[1]


def required_funding(session: Session, application: GrantApplication) -> tuple[GrantRanking, GrantRankingEntry]:
    found = funding_entry(session, application)
    if found is None:
        raise DomainError("La domanda non risulta finanziata nell’ultima graduatoria definitiva.")
    return found


def communication_data(session: Session, application: GrantApplication, office: Office,
                       issued_on: date) -> GrantCommunicationData:
    ranking, entry = required_funding(session, application)
    decision = decision_document(session, ranking)
    call = session.get(GrantCall, application.call_id)
    person = session.get(Person, application.applicant_id)
    firm = session.scalar(select(GrantFirm).where(GrantFirm.application_id == application.id))
    cor = session.scalar(select(GrantPaymentCheck.reference)
                         .join(GrantTranche, GrantTranche.id == GrantPaymentCheck.tranche_id)
                         .where(GrantTranche.application_id == application.id,
                                GrantPaymentCheck.kind == PaymentCheckKind.RNA.value,
                                GrantPaymentCheck.reference != "").limit(1))
    return GrantCommunicationData(
        header=office.header(call, issued_on), recipient=recipient(session, person), call=call_reference(call),
        decision=act_reference(session, decision), application_protocol=protocol_text(application),
        public_code=entry.public_code, business_name=(firm.name if firm and firm.name else application.business_name),
        amount_cents=entry.granted_cents, signatory=office.signatory(call), position=entry.position,
        score=entry.score, eligible_cost_cents=entry.eligible_cost_cents,
        tranches=tranche_lines(session, call, entry.granted_cents),
        obligations_text=call.obligations_text, constitution_deadline=call.constitution_deadline,
        report_deadline=call.report_deadline, cor_code=application.rna_cor_code or cor or "",
        procedure_officer=call.procedure_officer or call.deciding_officer,
        office_contact=office.contact, acceptance_days=call.partial_acceptance_days,
        partial=entry.outcome == RankingOutcome.FINANZIATA_PARZIALMENTE.value,
        maintenance_months=call.maintenance_months, max_cost_share_pct=call.max_cost_share_pct,
        withholding_base_cents=_withholding_base(session, application, entry.granted_cents),
        de_minimis_checked_on=application.de_minimis_checked_on)


def communications_data(session: Session, applications: Sequence[GrantApplication], office: Office,
                        issued_on: date) -> list[GrantCommunicationData]:
    """`communication_data` of many applications (a batch's chunk), in their order, from a few queries for all of
    them instead of a dozen for each: what each letter needs of its own read with `in`, what the letters share
    (the decision and its official number, the call's tranche plan) read once."""
    ids = [a.id for a in applications]
    funding: dict[int, tuple[GrantRanking, GrantRankingEntry]] = {}
    for ranking, entry in session.execute(
            select(GrantRanking, GrantRankingEntry)
            .join(GrantRankingEntry, GrantRankingEntry.ranking_id == GrantRanking.id)
            .where(GrantRankingEntry.application_id.in_(ids), GrantRanking.kind.in_(FINAL_KINDS))
            .order_by(GrantRankingEntry.application_id, GrantRanking.number.desc())):
        funding.setdefault(entry.application_id, (ranking, entry))  # the latest final ranking of each
    firms = {f.application_id: f for f in session.scalars(select(GrantFirm).where(GrantFirm.application_id.in_(ids))
                                                           .order_by(GrantFirm.id.desc()))}
    cors: dict[int, str] = {}
    for application_id, reference in session.execute(
            select(GrantTranche.application_id, GrantPaymentCheck.reference)
            .join(GrantTranche, GrantTranche.id == GrantPaymentCheck.tranche_id)
            .where(GrantTranche.application_id.in_(ids), GrantPaymentCheck.kind == PaymentCheckKind.RNA.value,
                   GrantPaymentCheck.reference != "").order_by(GrantPaymentCheck.id)):
        cors.setdefault(application_id, reference)
    items: dict[int, list[GrantCostItem]] = {}
    for item in session.scalars(select(GrantCostItem).where(GrantCostItem.application_id.in_(ids))):
        items.setdefault(item.application_id, []).append(item)
    decisions: dict[int, ActReference] = {}
    plans: dict[int, list] = {}
    letters = []
    for application in applications:
        found = funding.get(application.id)
        if found is None or found[1].outcome not in FUNDED:
            required_funding(session, application)  # raises the very error one letter would
        ranking, entry = found
        if ranking.id not in decisions:
            decisions[ranking.id] = act_reference(session, decision_document(session, ranking))
        call = session.get(GrantCall, application.call_id)
        if call.id not in plans:
            plans[call.id] = tranche_plan(session, call)
        person = session.get(Person, application.applicant_id)
        firm = firms.get(application.id)
        withholding = withholding_from(items.get(application.id, []), firm, entry.granted_cents)
        letters.append(GrantCommunicationData(
            header=office.header(call, issued_on), recipient=recipient(session, person), call=call_reference(call),
            decision=decisions[ranking.id], application_protocol=protocol_text(application),
            public_code=entry.public_code,
            business_name=(firm.name if firm and firm.name else application.business_name),
            amount_cents=entry.granted_cents, signatory=office.signatory(call), position=entry.position,
            score=entry.score, eligible_cost_cents=entry.eligible_cost_cents,
            tranches=tranche_lines(session, call, entry.granted_cents, plans[call.id]),
            obligations_text=call.obligations_text, constitution_deadline=call.constitution_deadline,
            report_deadline=call.report_deadline, cor_code=application.rna_cor_code or cors.get(application.id) or "",
            procedure_officer=call.procedure_officer or call.deciding_officer,
            office_contact=office.contact, acceptance_days=call.partial_acceptance_days,
            partial=entry.outcome == RankingOutcome.FINANZIATA_PARZIALMENTE.value,
            maintenance_months=call.maintenance_months, max_cost_share_pct=call.max_cost_share_pct,
            withholding_base_cents=withholding.base_cents,
            de_minimis_checked_on=application.de_minimis_checked_on))
    return letters


def _withholding_base(session: Session, application: GrantApplication, granted_cents: int) -> int:
    """The part of the grant the 4% applies to: all of it but the capital goods' share of the cost plan."""
    return tranche_withholding(session, application, granted_cents).base_cents


def interest_line(period: InterestPeriod) -> str:
    rate = f"{period.rate_pct.normalize():f}".replace(".", ",")
    return (f"{format_euro(from_cents(period.principal_cents))} dal {period.start:%d/%m/%Y} al {period.end:%d/%m/%Y}: "
            f"{period.days} giorni al {rate}% ({period.source})")


def latest_revocation(session: Session, application: GrantApplication) -> GrantRevocation | None:
    return session.scalar(select(GrantRevocation).where(GrantRevocation.application_id == application.id)
                          .order_by(GrantRevocation.decided_on.desc(), GrantRevocation.id.desc()).limit(1))


def revocation_data(session: Session, application: GrantApplication, office: Office,
                    issued_on: date) -> RevocationData:
    """The whole grant is revoked; what was paid and is to be given back comes from the revocation record."""
    revocation = latest_revocation(session, application)
    if revocation is None:
        raise DomainError("Registra prima la revoca (motivo e importo da recuperare) nella scheda dei pagamenti.")
    ranking, entry = required_funding(session, application)
    decision = decision_document(session, ranking)
    call = session.get(GrantCall, application.call_id)
    person = session.get(Person, application.applicant_id)
    # Addressed to the firm that received the money and to its legal representative (issue 11).
    firm = session.scalar(select(GrantFirm).where(GrantFirm.application_id == application.id))
    to, _representative = firm_recipient(session, firm, person)
    paid = session.scalar(select(func.coalesce(func.sum(GrantTranche.gross_cents), 0)).where(
        GrantTranche.application_id == application.id, GrantTranche.status == TrancheStatus.PAGATA.value)) or 0
    to_recover = revocation.amount_to_recover_cents
    recovery = recovery_due([PaidAmount(t.paid_on, t.gross_cents, TrancheCondition(t.condition)) for t in
                             session.scalars(select(GrantTranche).where(
                                 GrantTranche.application_id == application.id,
                                 GrantTranche.status == TrancheStatus.PAGATA.value)) if t.paid_on],
                            revocation.due_cents, revocation.decided_on)
    notice = ""
    if revocation.notice_on:
        number = revocation.notice_reference or "____"
        notice = f"comunicazione di avvio del procedimento n. {number} del {revocation.notice_on:%d/%m/%Y}"
    return RevocationData(
        header=office.header(call, issued_on), recipient=to, call=call_reference(call),
        decision=act_reference(session, decision), application_protocol=protocol_text(application),
        public_code=entry.public_code, reason=revocation.reason.strip().rstrip(".;"), granted_cents=entry.granted_cents,
        paid_cents=int(paid), amount_to_recover_cents=to_recover, signatory=office.signatory(call),
        repayment_deadline=issued_on + timedelta(days=call.repayment_term_days or REPAYMENT_DAYS) if to_recover
        else None, procedure_officer=call.procedure_officer or call.deciding_officer, notice_text=notice,
        counter_arguments=revocation.counter_arguments, answer=revocation.answer,
        partial=revocation.due_cents > 0, revoked_cents=(entry.granted_cents - revocation.due_cents)
        if revocation.due_cents > 0 else None,
        principal_cents=revocation.principal_cents or None, interest_cents=revocation.interest_cents,
        interest_until=revocation.decided_on, interest_lines=tuple(interest_line(p) for p in recovery.periods),
        legal_representative=f"{person.first_name} {person.surname}")
