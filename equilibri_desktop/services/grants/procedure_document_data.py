"""From the database to the procedure's other documents (documents/grants/procedure_data.py).

Functions run inside the caller's session; headings carry number 0 until the register numbers the document.
Acts take codes from the ranking entries and never read a beneficiary's name, fiscal code or IBAN.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.documents.grants.procedure_data import (
    AcceptanceFormData,
    ActPremises,
    AppointedMember,
    CommissionAppointmentData,
    IntegrationRequestData,
    LiquidationData,
    PaymentCheckLine,
    PrivacyNoticeData,
    ProvisionalRankingActData,
    ProvisionalRow,
    RevocationNoticeData,
)
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import (
    ApplicationStatus,
    PaymentCheckKind,
    RankingKind,
    RankingOutcome,
    TrancheStatus,
)
from equilibri_desktop.domain.office_time import office_day
from equilibri_desktop.services.grants.document_common import (
    Office,
    act_reference,
    call_reference,
    decision_document,
    firm_recipient,
    protocol_text,
    ranking_entries,
    ranking_reference,
    recipient,
)
from equilibri_desktop.services.grants.document_data import minutes_reference_text
from equilibri_desktop.services.grants.letter_data import last_change, reason_lines, required_funding
from equilibri_desktop.services.grants.minutes_data import ROLE_LABELS, ROLE_ORDER
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCommissionMember,
    GrantFirm,
    GrantPaymentCheck,
    GrantRanking,
    GrantRevocationNotice,
    GrantTranche,
    Person,
)

PRIVACY_VERSION_FALLBACK = "{year}-avviso-{call_id}"  # when the call names no version


def premises(office: Office, call: GrantCall) -> ActPremises:
    return ActPremises(office.signatory(call), call.deciding_officer_appointment,
                       call.procedure_officer or call.deciding_officer, call.funding_act)


def privacy_version(call: GrantCall, on: date) -> str:
    """The version the registry records as acknowledged (Persona › Privacy)."""
    return call.privacy_notice_version.strip() or PRIVACY_VERSION_FALLBACK.format(year=on.year, call_id=call.id)


def privacy_notice_data(session: Session, call: GrantCall, office: Office, on: date) -> PrivacyNoticeData:
    return PrivacyNoticeData(office.header(call, on), call_reference(call), privacy_version(call, on),
                             call.dpo_contact, call.retention_years, call.procedure_officer or call.deciding_officer,
                             office.contact)


def integration_request_data(session: Session, application: GrantApplication, office: Office,
                             on: date) -> IntegrationRequestData:
    """What the officer wrote as missing when she moved the application to «integrazione richiesta»."""
    change = last_change(session, application, ApplicationStatus.INTEGRAZIONE_RICHIESTA.value)
    if application.status != ApplicationStatus.INTEGRAZIONE_RICHIESTA.value or change is None:
        raise DomainError("La richiesta di integrazione si genera per le domande in stato «Integrazione "
                          "richiesta»: indica nel cambio di stato che cosa manca.")
    missing = tuple(reason_lines(change.reason))
    call = session.get(GrantCall, application.call_id)
    days = max((change.reply_deadline - on).days, 1) if change.reply_deadline else 10
    return IntegrationRequestData(
        office.header(call, on), recipient(session, session.get(Person, application.applicant_id)),
        call_reference(call), protocol_text(application), application.public_code, missing, office.signatory(call),
        reply_days=days, reply_deadline=change.reply_deadline,
        procedure_officer=call.procedure_officer or call.deciding_officer, office_contact=office.contact)


def latest_notice(session: Session, application: GrantApplication) -> GrantRevocationNotice | None:
    return session.scalar(select(GrantRevocationNotice).where(GrantRevocationNotice.application_id == application.id)
                          .order_by(GrantRevocationNotice.notice_on.desc(), GrantRevocationNotice.id.desc()).limit(1))


def _paid(session: Session, application: GrantApplication) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(GrantTranche.gross_cents), 0)).where(
        GrantTranche.application_id == application.id, GrantTranche.status == TrancheStatus.PAGATA.value)) or 0)


def revocation_notice_data(session: Session, application: GrantApplication, office: Office,
                           on: date) -> RevocationNoticeData:
    notice = latest_notice(session, application)
    if notice is None:
        raise DomainError("Registra prima l'avvio del procedimento di revoca (data, motivo e termine).")
    ranking, entry = required_funding(session, application)
    call = session.get(GrantCall, application.call_id)
    firm = session.scalar(select(GrantFirm).where(GrantFirm.application_id == application.id))
    to, representative = firm_recipient(session, firm, session.get(Person, application.applicant_id))
    return RevocationNoticeData(
        office.header(call, on), to, call_reference(call), act_reference(session, decision_document(session, ranking)),
        protocol_text(application), entry.public_code, notice.reason.strip().rstrip(".;"), entry.granted_cents,
        _paid(session, application), office.signatory(call), notice.term_days, representative,
        call.procedure_officer or call.deciding_officer, office.contact)


def acceptance_form_data(session: Session, application: GrantApplication, office: Office,
                         on: date) -> AcceptanceFormData:
    ranking, entry = required_funding(session, application)
    call = session.get(GrantCall, application.call_id)
    person = session.get(Person, application.applicant_id)
    return AcceptanceFormData(
        office.header(call, on), call_reference(call), act_reference(session, decision_document(session, ranking)),
        protocol_text(application), entry.public_code, f"{person.first_name} {person.surname}".strip(),
        application.business_name, entry.granted_cents,
        partial=entry.outcome == RankingOutcome.FINANZIATA_PARZIALMENTE.value,
        acceptance_days=call.partial_acceptance_days, maintenance_months=call.maintenance_months,
        cor_code=application.rna_cor_code)


def liquidation_data(session: Session, tranche: GrantTranche, office: Office, on: date) -> LiquidationData:
    if tranche.status == TrancheStatus.ANNULLATA.value:
        raise DomainError(f"La quota «{tranche.label}» è annullata: non si liquida.")
    application = session.get(GrantApplication, tranche.application_id)
    ranking, entry = required_funding(session, application)
    call = session.get(GrantCall, application.call_id)
    checks = session.scalars(select(GrantPaymentCheck).where(GrantPaymentCheck.tranche_id == tranche.id)
                             .order_by(GrantPaymentCheck.checked_on))
    paid_before = int(session.scalar(select(func.coalesce(func.sum(GrantTranche.gross_cents), 0)).where(
        GrantTranche.application_id == application.id, GrantTranche.status == TrancheStatus.PAGATA.value,
        GrantTranche.id != tranche.id)) or 0)
    return LiquidationData(
        office.header(call, on), call_reference(call), premises(office, call),
        act_reference(session, decision_document(session, ranking)), protocol_text(application), entry.public_code,
        tranche.label, tranche.gross_cents, tranche.withholding_cents, tranche.withholding_base_cents,
        tuple(PaymentCheckLine(PaymentCheckKind(k.kind).label, k.checked_on, k.passed, k.reference) for k in checks),
        entry.granted_cents, paid_before, application.rna_cor_code, call.budget_chapter, call.budget_year,
        call.budget_commitment)


def commission_appointment_data(session: Session, call: GrantCall, office: Office,
                                on: date) -> CommissionAppointmentData:
    members = sorted(session.scalars(select(GrantCommissionMember).where(GrantCommissionMember.call_id == call.id)),
                     key=lambda m: (ROLE_ORDER.get(m.role, 1), m.id))
    if not members:
        raise DomainError("Il bando non ha una commissione: indica i componenti prima di generare l'atto di nomina.")
    received = session.scalar(select(func.count(GrantApplication.id)).where(
        GrantApplication.call_id == call.id, GrantApplication.status != ApplicationStatus.BOZZA.value)) or 0
    return CommissionAppointmentData(
        office.header(call, on), call_reference(call), premises(office, call),
        tuple(AppointedMember(m.display_name.strip() or m.username, ROLE_LABELS.get(m.role, m.role.capitalize()))
              for m in members), call.commission_secretary, received,
        office_day(call.closes_at) if call.closes_at else None)


def provisional_ranking_act_data(session: Session, ranking: GrantRanking, office: Office,
                                 on: date) -> ProvisionalRankingActData:
    if ranking.kind != RankingKind.PROVVISORIA.value:
        raise DomainError("L'atto di approvazione si genera per una graduatoria provvisoria.")
    call = session.get(GrantCall, ranking.call_id)
    rows = tuple(ProvisionalRow(e.position, e.public_code, e.score,
                                "In graduatoria" if e.position else RankingOutcome(e.outcome).label, e.granted_cents)
                 for e in ranking_entries(session, ranking))
    return ProvisionalRankingActData(
        office.header(call, on), call_reference(call), premises(office, call), ranking_reference(ranking), rows,
        call.admission_threshold, call.observation_days, minutes_reference_text(session, call), call.commission_act,
        ranking.published_on)
