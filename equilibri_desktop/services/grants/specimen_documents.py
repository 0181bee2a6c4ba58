"""The specimen documents themselves: fictitious applicants, a ranking, letters and minutes built on the
settings of a call (the database's latest, or the example one). Scores come from the specimen minutes,
so ranking, annexes and minutes agree to the cent."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from decimal import Decimal

from codicefiscale import codicefiscale

from equilibri_desktop.documents.grants.data import (
    ActReference,
    AnnexKind,
    ApplicantIdentity,
    ConflictLine,
    DecisionBeneficiary,
    DocumentHeader,
    ExclusionLetterData,
    GrantCommunicationData,
    GrantDecisionData,
    MemberScores,
    MinutesApplication,
    RankingAnnexData,
    RankingReference,
    RankingRow,
    Recipient,
    RevocationData,
    ScoringMinutesData,
    Signatory,
    SittingLine,
    TrancheLine,
)
from equilibri_desktop.domain.grants.codes import RankingOutcome
from equilibri_desktop.domain.grants.payments import split_grant
from equilibri_desktop.domain.grants.recovery import PaidAmount, recovery_due
from equilibri_desktop.domain.grants.scoring import round_points
from equilibri_desktop.services.grants.document_common import Office
from equilibri_desktop.services.grants.letter_data import interest_line
from equilibri_desktop.services.grants.specimens import SpecimenCall, demo_call

# Fictitious applicants: (first name, surname, birth date, town, business, score, outcome).
_APPLICANTS = (  # name, birth, town, business, score, admitted (at or above the threshold)
    ("Maria", "Esempio", date(1985, 3, 12), "Melegnano", "Piccoli Passi", "86.50", True),
    ("Giulia", "Campione", date(1990, 6, 2), "San Donato Milanese", "Tempo Ritrovato", "81.25", True),
    ("Anna", "Modello", date(1992, 11, 23), "San Giuliano Milanese", "Dopo la Campanella", "74.00", True),
    ("Sara", "Saggio", date(1988, 1, 30), "Vizzolo Predabissi", "Nonni in Rete", "66.00", True),
    ("Paola", "Bozza", date(1979, 9, 5), "Carpiano", "Casa Aperta", "52.50", False),
)
BLANK = "____"  # the official number and date of an act not registered yet
_CODES = ("7K3M9QXA", "R4T8WZ2C", "H6N2PJ5D", "B9F3VL7E", "Q2X8MC4G")
_BELFIORE = {"Melegnano": "F100", "San Donato Milanese": "H827", "San Giuliano Milanese": "H930",
             "Vizzolo Predabissi": "M102", "Carpiano": "B820"}


@dataclass(frozen=True)
class _Applicant:
    name: str
    fiscal_code: str
    birth_date: date
    town: str
    business: str
    score: Decimal
    outcome: RankingOutcome
    code: str
    protocol: str
    granted_cents: int


def _applicants(settings: SpecimenCall, today: date) -> list[_Applicant]:
    # Grants follow the budget in ranking order, as the ranking service assigns them, so the annexes' totals
    # and the "residuo" always add up; the example budget is chosen to show every outcome.
    left = settings.call.budget_cents or 3 * settings.max_grant_cents
    people = []
    for number, (first, surname, born, town, business, score, admitted) in enumerate(_APPLICANTS, start=1):
        granted = min(settings.max_grant_cents, left) if admitted else 0
        left -= granted
        outcome = (RankingOutcome.NON_AMMESSA if not admitted else RankingOutcome.AMMESSA_NON_FINANZIATA
                   if not granted else RankingOutcome.FINANZIATA if granted == settings.max_grant_cents
                   else RankingOutcome.FINANZIATA_PARZIALMENTE)
        fiscal = codicefiscale.encode(surname, first, "F", born.isoformat(), _BELFIORE[town])
        received = today - timedelta(days=90 - number)
        protocol = f"{today.year}/{number:04d} del {received:%d/%m/%Y} 10:{number:02d}"
        people.append(_Applicant(f"{first} {surname}", fiscal, born, town, business, Decimal(score), outcome,
                                 _CODES[number - 1], protocol, granted))
    return people


def _header(office: Office, settings: SpecimenCall, today: date) -> DocumentHeader:
    # Numbers run per kind of document: in a specimen each is the first of its year.
    return DocumentHeader(number=1, year=today.year, issued_on=today,
                          cup=settings.call.cup or office.profile.project_cup,
                          project_title=office.profile.project_title, place=office.place)


def _signatory(office: Office, settings: SpecimenCall) -> Signatory:
    name = settings.officer or office.profile.signatory_name or "Nome del responsabile (esempio)"
    return Signatory(office.profile.signatory_role or "Il Responsabile del procedimento", name)


def _recipient(applicant: _Applicant) -> Recipient:
    return Recipient(applicant.name, f"Via dell'Esempio 1\n{applicant.town} (MI)",
                     pec=f"{applicant.name.split()[1].lower()}@pec.esempio.it")


def specimen_documents(office: Office, settings: SpecimenCall, today: date) -> list[tuple[str, object]]:
    """(file stem, DTO) for every grant document kind; the caller draws each with its builder."""
    # Scores come from the specimen minutes, so ranking, annexes and minutes agree to the cent.
    minutes = _minutes(office, settings, _applicants(settings, today), today)
    people = [replace(p, score=a.total)
              for p, a in zip(_applicants(settings, today), minutes.applications, strict=False)]
    header, signer, call = _header(office, settings, today), _signatory(office, settings), settings.call
    # The decision and the revocation are adopted by the officer with the power to decide.
    adopting = Signatory(settings.officer_role or office.profile.signatory_role or "Il Responsabile del Servizio",
                         signer.name)
    ranking = RankingReference(number=1, kind_label="Graduatoria definitiva", ranked_on=today - timedelta(days=5))
    funded = [p for p in people if p.granted_cents]
    decision = GrantDecisionData(
        header=header, call=call, deciding_officer=adopting, ranking=ranking,
        beneficiaries=tuple(DecisionBeneficiary(i, p.code, f"{p.name}\nprogetto «{p.business}»", p.granted_cents,
                                                pseudonymised=i == 2,
                                                partial=p.outcome is RankingOutcome.FINANZIATA_PARZIALMENTE)
                            for i, p in enumerate(funded, start=1)),
        minutes_reference=f"verbale n. {BLANK} del {BLANK}",
        premises_text=settings.premises_text, legal_references_text=settings.legal_references_text,
        payment_terms_text=settings.payment_terms_text, obligations_text=settings.obligations_text,
        revocation_text=settings.revocation_text, officer_appointment=settings.officer_appointment,
        procedure_officer=settings.procedure_officer, funding_act=settings.funding_act,
        territorial_plan=settings.territorial_plan, commission_act=settings.commission_act,
        # Counted on the same rows the annexes print, never written by hand.
        admitted_not_funded_count=sum(p.outcome is RankingOutcome.AMMESSA_NON_FINANZIATA for p in people),
        not_admitted_count=sum(p.outcome is RankingOutcome.NON_AMMESSA for p in people))
    rows = [RankingRow(i if p.outcome is not RankingOutcome.NON_AMMESSA else None, p.code, p.score,
                       p.outcome.label, p.granted_cents,
                       ApplicantIdentity(p.name, p.fiscal_code, p.birth_date, f"{p.town} (MI)", p.protocol,
                                         birthplace=f"{p.town} (MI)"))
            for i, p in enumerate(people, start=1)]
    annex = {kind: RankingAnnexData(kind, header, call, ranking, tuple(
        r if kind is AnnexKind.RESTRICTED else RankingRow(r.position, r.public_code, r.score, r.outcome_label,
                                                          r.amount_cents) for r in rows), settings.threshold)
             for kind in AnnexKind}
    # Specimens are drafts: the acts they cite have no official number yet.
    decision_act = ActReference("determinazione", BLANK, None)
    first, excluded = people[0], people[4]
    notice = ExclusionLetterData(
        header=_header(office, settings, today), recipient=_recipient(excluded), call=call,
        application_protocol=excluded.protocol, signatory=signer, reply_deadline=today + timedelta(days=10),
        reasons=("Età alla scadenza del bando: requisito non soddisfatto (esempio)",
                 "Manca la dichiarazione sostitutiva sul cofinanziamento (esempio)"),
        procedure_officer=signer.name, office_contact=office.contact)
    exclusion = ExclusionLetterData(
        header=_header(office, settings, today), recipient=_recipient(excluded), call=call,
        application_protocol=excluded.protocol, signatory=signer, final=True, reasons=notice.reasons,
        reply_summary="le osservazioni pervenute non superano i motivi comunicati (esempio)",
        notice_reference=ActReference("nota", BLANK, None),
        procedure_officer=signer.name, office_contact=office.contact)
    communication = GrantCommunicationData(
        header=_header(office, settings, today), recipient=_recipient(first), call=call, decision=decision_act,
        application_protocol=first.protocol, public_code=first.code, business_name=first.business,
        amount_cents=first.granted_cents, signatory=signer, position=1, score=first.score,
        eligible_cost_cents=first.granted_cents * 5 // 4, tranches=_tranches(settings, first.granted_cents),
        obligations_text=settings.obligations_text, constitution_deadline=settings.constitution_deadline,
        report_deadline=settings.report_deadline, procedure_officer=signer.name, office_contact=office.contact,
        acceptance_days=15, maintenance_months=24, max_cost_share_pct=Decimal(80),
        # Example cost plan: 40% capital goods, so the 4% applies to the other 60% of the grant.
        withholding_base_cents=first.granted_cents * 3 // 5)
    paid = _tranches(settings, first.granted_cents)[0].amount_cents if settings.plan else 0
    paid_on, notice_on = today - timedelta(days=200), today - timedelta(days=25)
    interest = recovery_due([PaidAmount(paid_on, paid)], 0, today)
    revocation = RevocationData(
        header=_header(office, settings, today), recipient=_recipient(first), call=call, decision=decision_act,
        application_protocol=first.protocol, public_code=first.code,
        # Not "firm not constituted": an advance was paid on its constitution (recovery.check_revocation_ground).
        reason="l'attività è cessata prima della fine del periodo di mantenimento fissato dall'avviso (esempio)",
        granted_cents=first.granted_cents, paid_cents=paid, amount_to_recover_cents=paid + interest.interest_cents,
        signatory=adopting, repayment_deadline=today + timedelta(days=30),
        procedure_officer=settings.procedure_officer,
        notice_text=f"comunicazione di avvio del procedimento n. {BLANK} del {notice_on:%d/%m/%Y}",
        principal_cents=paid, interest_cents=interest.interest_cents, interest_until=today,
        interest_lines=tuple(interest_line(p) for p in interest.periods), legal_representative=first.name)
    return [("02-determinazione", decision), ("03-allegato-a", annex[AnnexKind.PUBLIC]),
            ("04-allegato-b", annex[AnnexKind.RESTRICTED]), ("05-preavviso-di-rigetto", notice),
            ("06-esclusione", exclusion), ("07-comunicazione-di-concessione", communication),
            ("08-revoca", revocation), ("09-verbale-commissione", minutes)]


def _tranches(settings: SpecimenCall, granted_cents: int) -> tuple[TrancheLine, ...]:
    if not settings.plan:
        return ()
    percents = {p.position: p.percent for p in settings.plan}
    return tuple(TrancheLine(t.label, percents[t.position], t.gross_cents, t.condition.label)
                 for t in split_grant(granted_cents, list(settings.plan)))


def _minutes(office: Office, settings: SpecimenCall, people: list[_Applicant], today: date) -> ScoringMinutesData:
    members = settings.members or demo_call(today).members
    criteria = settings.criteria or demo_call(today).criteria
    applications = []
    for person in people:
        # Each member's points near the share of the maximum the applicant's total stands for.
        share = person.score / 100
        sheets = []
        for offset, member in enumerate(members):
            spread = (Decimal(offset) - Decimal(len(members) - 1) / 2) / 2  # members disagree a little
            sheets.append(MemberScores(member.name, tuple(
                max(Decimal(0), min(c.max_points, round_points(c.max_points * share + spread))) for c in criteria)))
        averages = tuple(round_points(sum((s.points[i] for s in sheets), Decimal(0)) / len(sheets))
                         for i in range(len(criteria)))
        total = sum(averages, Decimal(0))
        outcome = "Ammessa" if total >= settings.threshold else "Non ammessa (sotto la soglia)"
        applications.append(MinutesApplication(person.code, person.protocol, tuple(sheets), averages, total,
                                               outcome_label=outcome))
    conflicts = tuple(ConflictLine(m.name, p.code, False, today - timedelta(days=8)) for m in members for p in people)
    first, second = today - timedelta(days=8), today - timedelta(days=7)
    place = settings.commission_place or "Sala riunioni dell'ente (esempio)"
    return ScoringMinutesData(
        header=_header(office, settings, today), call=settings.call, members=members, criteria=criteria,
        applications=tuple(applications), conflicts=conflicts, admission_threshold=settings.threshold,
        meeting_dates=(first, second), appointing_act=settings.commission_act,
        secretary=settings.commission_secretary, place=place,
        sittings=settings.sittings or (SittingLine(first, time(9, 30), time(12, 30)),
                                       SittingLine(second, time(14, 0), time(17, 15))))
