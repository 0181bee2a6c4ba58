"""From the database to the grant decision and its ranking annexes (the DTOs of documents/grants/data.py).

Annex A is built from the ranking entries alone (position, public code, score, outcome, amount): no
identity is read for it, so none can leak into the published version.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.documents.grants.data import (
    AnnexKind,
    ApplicantIdentity,
    DecisionBeneficiary,
    GrantDecisionData,
    RankingAnnexData,
    RankingRow,
)
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import (
    DocumentKind,
    RankingKind,
    RankingOutcome,
    TrancheCondition,
)
from equilibri_desktop.services.grants.document_common import (
    FUNDED,
    Office,
    act_reference,
    call_reference,
    decision_document,
    is_pseudonymised,
    person_name,
    protocol_text,
    ranking_entries,
    ranking_reference,
    ranking_rows,
    require_final,
    town_name,
    with_official,
)
from equilibri_desktop.storage.models import (
    GeneratedDocument,
    GrantApplication,
    GrantCall,
    GrantCommissionMember,
    GrantConflictDeclaration,
    GrantRanking,
    GrantTranchePlan,
    Person,
)


def payment_terms(session: Session, call: GrantCall) -> str:
    """The call's own wording or, when empty, its tranche plan and deadlines in words."""
    if call.payment_terms_text.strip():
        return call.payment_terms_text
    plan = session.scalars(select(GrantTranchePlan).where(GrantTranchePlan.call_id == call.id)
                           .order_by(GrantTranchePlan.position)).all()
    if not plan:
        return ""
    quotas = "; ".join(f"{p.label.lower()} del {p.percent.normalize():f}% "
                       f"{TrancheCondition(p.condition).label.lower()}" for p in plan)
    text = f"Il contributo è erogato in {len(plan)} quote: {quotas}."
    if call.constitution_deadline:
        text += f" L’impresa va costituita entro il {call.constitution_deadline:%d/%m/%Y}"
        text += (f" e il rendiconto finale presentato entro il {call.report_deadline:%d/%m/%Y}."
                 if call.report_deadline else ".")
    return text + (" Ogni erogazione è subordinata alla verifica della regolarità contributiva (DURC), delle "
                   "inadempienze fiscali oltre € 5.000,00 e della capienza «de minimis», con la ritenuta del 4% "
                   "ove dovuta.")


def _conflict_considerations(session: Session, call: GrantCall) -> str:
    declared = session.execute(
        select(GrantCommissionMember.display_name, GrantCommissionMember.username)
        .join(GrantConflictDeclaration, GrantConflictDeclaration.member_id == GrantCommissionMember.id)
        .where(GrantCommissionMember.call_id == call.id, GrantConflictDeclaration.has_conflict.is_(True))).all()
    if not declared:
        return ""
    counts: dict[str, int] = {}
    for display_name, username in declared:
        name = display_name or username
        counts[name] = counts.get(name, 0) + 1
    return "\n\n".join(f"che {name} ha dichiarato un conflitto di interessi per {n} "
                       f"{'domanda' if n == 1 else 'domande'} e si è astenuto dalla relativa valutazione;"
                       for name, n in sorted(counts.items()))


def minutes_reference_text(session: Session, call: GrantCall) -> str:
    minutes = session.scalars(select(GeneratedDocument).where(
        GeneratedDocument.kind == DocumentKind.VERBALE.value, GeneratedDocument.record_type == "grant_call",
        GeneratedDocument.record_uuid == call.uuid).order_by(GeneratedDocument.issued_on, GeneratedDocument.id)).all()
    cited = [act_reference(session, m, "verbale") for m in minutes]
    return ", ".join(f"verbale n. {a.number_label} del {a.issued_on:%d/%m/%Y}" if a.issued_on
                     else f"verbale n. {a.number_label} del ____" for a in cited)


def decision_data(session: Session, ranking: GrantRanking, office: Office, issued_on: date) -> GrantDecisionData:
    require_final(ranking)
    call = session.get(GrantCall, ranking.call_id)
    rows = ranking_rows(session, ranking)
    beneficiaries = []
    for entry, application, person in rows:
        if entry.outcome not in FUNDED:
            continue
        name = person_name(person) + (f"\nprogetto «{application.business_name}»" if application.business_name else "")
        beneficiaries.append(DecisionBeneficiary(
            position=entry.position or 0, public_code=entry.public_code, name=name,
            amount_cents=entry.granted_cents, pseudonymised=is_pseudonymised(application, person),
            partial=entry.outcome == RankingOutcome.FINANZIATA_PARZIALMENTE.value,
            cor_code=application.rna_cor_code, de_minimis_checked_on=application.de_minimis_checked_on))
    if not beneficiaries:
        raise DomainError(f"La graduatoria n. {ranking.number} non finanzia alcuna domanda: "
                          "non c’è nulla da concedere.")
    outcomes = [entry.outcome for entry, _a, _p in rows]
    return GrantDecisionData(
        header=office.header(call, issued_on), call=call_reference(call), deciding_officer=office.signatory(call),
        ranking=ranking_reference(ranking), beneficiaries=tuple(beneficiaries),
        minutes_reference=minutes_reference_text(session, call), premises_text=call.premises_text,
        legal_references_text=call.legal_references_text,
        considerations_text=_conflict_considerations(session, call),
        payment_terms_text=payment_terms(session, call), obligations_text=call.obligations_text,
        revocation_text=call.revocation_text,
        admitted_not_funded_count=outcomes.count(RankingOutcome.AMMESSA_NON_FINANZIATA.value),
        not_admitted_count=outcomes.count(RankingOutcome.NON_AMMESSA.value),
        officer_appointment=call.deciding_officer_appointment, procedure_officer=call.procedure_officer,
        funding_act=call.funding_act, territorial_plan=call.territorial_plan, commission_act=call.commission_act,
        provisional_ranking=_provisional(session, call), budget_chapter=call.budget_chapter,
        budget_year=call.budget_year, budget_commitment=call.budget_commitment)


def _provisional(session: Session, call: GrantCall) -> str:
    """The provisional ranking the final one follows, as the decision's premises cite it."""
    row = session.scalar(select(GrantRanking).where(GrantRanking.call_id == call.id,
                                                    GrantRanking.kind == RankingKind.PROVVISORIA.value)
                         .order_by(GrantRanking.number.desc()).limit(1))
    if row is None:
        return ""
    published = (f"è stata pubblicata all’Albo online il {row.published_on:%d/%m/%Y}" if row.published_on
                 else "è stata pubblicata all’Albo online" if row.published else "è stata comunicata alle interessate")
    return f"graduatoria provvisoria n. {row.number} del {row.ranked_on:%d/%m/%Y} {published}"


def _identity(session: Session, application: GrantApplication, person: Person) -> ApplicantIdentity:
    """Annex B: who applied. A protected person's residence is left out even here."""
    place = "" if person.protected else town_name(session, person.municipality_id, person.municipality_name)
    return ApplicantIdentity(name=person_name(person), fiscal_code=person.fiscal_code or "",
                             birth_date=person.birth_date, municipality=place, protocol=protocol_text(application),
                             birthplace=person.birth_place_name)


def annex_data(session: Session, ranking: GrantRanking, kind: AnnexKind, office: Office) -> RankingAnnexData:
    """Annex A is built from the ranking entries alone: no identity is even read for it."""
    require_final(ranking)
    call = session.get(GrantCall, ranking.call_id)
    decision = decision_document(session, ranking)
    header = with_official(session, office.header(call, decision.issued_on), decision)
    identities = {}
    if kind is AnnexKind.RESTRICTED:
        identities = {entry.id: _identity(session, application, person)
                      for entry, application, person in ranking_rows(session, ranking)}
    rows = [RankingRow(position=entry.position, public_code=entry.public_code, score=entry.score,
                       outcome_label=RankingOutcome(entry.outcome).label, amount_cents=entry.granted_cents,
                       identity=identities.get(entry.id))
            for entry in ranking_entries(session, ranking)]
    return RankingAnnexData(kind=kind, decision=header, call=call_reference(call), ranking=ranking_reference(ranking),
                            rows=tuple(rows), admission_threshold=call.admission_threshold)


