"""Specimens of the procedure's other documents (issue 11): privacy notice, soccorso istruttorio, notice opening
a revocation, acceptance form, atto di liquidazione, appointment of the commission, approval of the provisional
ranking, and the minutes' restricted annex. Same fictitious applicants and call settings as the others."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from equilibri_desktop.documents.grants.data import ActReference, RankingReference, ScoringMinutesData, Signatory
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
from equilibri_desktop.domain.grants.codes import PaymentCheckKind, RankingOutcome
from equilibri_desktop.domain.grants.withholding import withholding_on
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.grants.document_common import Office
from equilibri_desktop.services.grants.specimen_documents import (
    BLANK,
    _applicants,
    _header,
    _recipient,
    _signatory,
    _tranches,
    specimen_documents,
)
from equilibri_desktop.services.grants.specimens import SpecimenCall

# File stems: after the network's (20-21) and before anything else of the grants line.
STEMS = ("30-informativa-privacy", "31-soccorso-istruttorio", "32-avvio-revoca", "33-modulo-accettazione",
         "34-atto-di-liquidazione", "35-nomina-commissione", "36-approvazione-graduatoria-provvisoria",
         "37-verbale-allegato-riservato")


def procedure_specimens(office: Office, settings: SpecimenCall, today: date) -> list[tuple[str, object]]:
    """(file stem, DTO) for every document of the procedure beyond the decision, annexes and letters."""
    # Scores as the specimen minutes give them, so the provisional act agrees with the annexes to the cent.
    minutes = next(d for s, d in specimen_documents(office, settings, today) if isinstance(d, ScoringMinutesData))
    people = [replace(p, score=a.total)
              for p, a in zip(_applicants(settings, today), minutes.applications, strict=False)]
    call, signer = settings.call, _signatory(office, settings)
    adopting = Signatory(settings.officer_role or office.profile.signatory_role or "Il Responsabile del Servizio",
                         signer.name)
    premises = ActPremises(adopting, settings.officer_appointment, settings.procedure_officer, settings.funding_act)
    decision = ActReference("determinazione", BLANK, None)
    first, incomplete = people[0], people[3]
    header = _header(office, settings, today)
    privacy = PrivacyNoticeData(header, call, settings.privacy_notice_version, settings.dpo_contact,
                                settings.retention_years, settings.procedure_officer, office.contact)
    integration = IntegrationRequestData(
        header, _recipient(incomplete), call, incomplete.protocol, incomplete.code,
        ("Dichiarazione sostitutiva sugli aiuti «de minimis» ricevuti nei tre anni precedenti (esempio)",
         "Copia del documento di identità in corso di validità (esempio)"), signer, reply_days=10,
        procedure_officer=settings.procedure_officer, office_contact=office.contact)
    tranches = _tranches(settings, first.granted_cents)
    advance = tranches[0].amount_cents if tranches else first.granted_cents
    notice = RevocationNoticeData(
        header, _recipient(first), call, decision, first.protocol, first.code,
        "l'attività risulta cessata prima della fine del periodo di mantenimento fissato dall'avviso (esempio)",
        first.granted_cents, advance, signer, term_days=10, legal_representative=first.name,
        procedure_officer=settings.procedure_officer, office_contact=office.contact)
    partial = next((p for p in people if p.outcome is RankingOutcome.FINANZIATA_PARZIALMENTE), first)
    acceptance = AcceptanceFormData(
        header, call, decision, partial.protocol, partial.code, partial.name, partial.business, partial.granted_cents,
        partial=partial.outcome is RankingOutcome.FINANZIATA_PARZIALMENTE, acceptance_days=settings.acceptance_days,
        maintenance_months=settings.maintenance_months, cor_code="1234567 (esempio)")
    # Example cost plan: 40% capital goods, so the 4% applies to the other 60% of the advance.
    withheld = withholding_on(advance, today, Decimal("0.4"))
    checked = today - timedelta(days=6)
    liquidation = LiquidationData(
        header, call, premises, decision, first.protocol, first.code, tranches[0].label if tranches else "Unica",
        advance, withheld.withholding_cents, withheld.base_cents,
        (PaymentCheckLine(PaymentCheckKind.DURC.label, checked, True, "prot. INAIL_0000000 (esempio)"),
         PaymentCheckLine(PaymentCheckKind.INADEMPIENZE.label, checked, True, "identificativo 0000000 (esempio)"),
         PaymentCheckLine(PaymentCheckKind.DE_MINIMIS.label, checked, True, "visura RNA (esempio)")),
        first.granted_cents, 0, "1234567 (esempio)", settings.budget_chapter, settings.budget_year,
        settings.budget_commitment)
    appointment = CommissionAppointmentData(
        header, call, premises, tuple(AppointedMember(m.name, m.role) for m in settings.members),
        settings.commission_secretary, applications_count=len(people), closes_on=today - timedelta(days=30))
    ranking = RankingReference(1, "Graduatoria provvisoria", today - timedelta(days=20))
    rows = tuple(ProvisionalRow(i if p.outcome is not RankingOutcome.NON_AMMESSA else None, p.code, p.score,
                                "In graduatoria" if p.outcome is not RankingOutcome.NON_AMMESSA
                                else "Non ammessa (sotto la soglia)", p.granted_cents)
                 for i, p in enumerate(people, start=1))
    provisional = ProvisionalRankingActData(
        header, call, premises, ranking, rows, settings.threshold, settings.observation_days,
        minutes_reference=f"verbale n. {BLANK} del {BLANK}", commission_act=settings.commission_act)
    documents = [privacy, integration, notice, acceptance, liquidation, appointment, provisional]
    if minutes.restricted_criteria:
        documents.append(minutes)
    return list(zip(STEMS, documents, strict=False))


def render_procedure_specimens(profile: OrganisationProfile, settings: SpecimenCall, outdir: Path,
                               today: date) -> list[Path]:
    from equilibri_desktop.documents.grants import minutes as minutes_pdf
    from equilibri_desktop.documents.grants import procedure_acts, procedure_letters

    builders = {PrivacyNoticeData: procedure_letters.build_privacy_notice_pdf,
                IntegrationRequestData: procedure_letters.build_integration_request_pdf,
                RevocationNoticeData: procedure_letters.build_revocation_notice_pdf,
                AcceptanceFormData: procedure_letters.build_acceptance_form_pdf,
                LiquidationData: procedure_acts.build_liquidation_pdf,
                CommissionAppointmentData: procedure_acts.build_commission_appointment_pdf,
                ProvisionalRankingActData: procedure_acts.build_provisional_ranking_act_pdf,
                ScoringMinutesData: minutes_pdf.build_minutes_restricted_annex_pdf}
    paths = []
    for stem, data in procedure_specimens(Office(profile), settings, today):
        path = outdir / f"{stem}.pdf"
        builders[type(data)](data, profile, path)
        paths.append(path)
    return paths
