"""Start-up grant PDFs: the right numbers and words in the text, no personal data in annex A, nothing overflowing."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pikepdf
import pytest

from equilibri_desktop.documents.grants.annexes import build_ranking_annex_pdf
from equilibri_desktop.documents.grants.data import (
    ActReference,
    AnnexKind,
    ApplicantIdentity,
    CallReference,
    CommissionMemberLine,
    ConflictLine,
    CriterionLine,
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
    TrancheLine,
)
from equilibri_desktop.documents.grants.decision import build_grant_decision_pdf
from equilibri_desktop.documents.grants.letters import (
    build_exclusion_letter_pdf,
    build_grant_communication_pdf,
    build_revocation_pdf,
)
from equilibri_desktop.documents.grants.minutes import build_scoring_minutes_pdf
from equilibri_desktop.documents.styles import MARGIN_LEFT, MARGIN_RIGHT
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.paths import srgb_profile_path

CUP = "E41B26000120002"
PROFILE_CUP = "E11H17000120002"
TOL = 0.5
LONG_NAME = (
    "Cooperativa sociale di comunità per i servizi di conciliazione tra vita familiare e vita lavorativa "
    "delle famiglie del distretto sociale Sud Est Milano Società Cooperativa Sociale a r.l. Impresa Sociale"
)
LONG_ADDRESS = (
    "Via della Conciliazione dei tempi di vita e di lavoro delle donne e delle famiglie, 1234/B, scala C, "
    "interno 56, presso il Centro servizi intercomunale, 20097 San Donato Milanese (MI)"
)

PROFILE = OrganisationProfile(
    body_name="A.S.S.E.MI. – Azienda Sociale Sud Est Milano",
    address="Piazza Vittorio Veneto 2, 20077 Melegnano (MI)",
    fiscal_code="12345678903",
    vat_number="12345678903",
    pec="protocollo@pec.assemi.example.it",
    project_title="Governare gli equilibri",
    project_cup=PROFILE_CUP,
    signatory_name="Dott.ssa Maria Rossi",
    signatory_role="La Direttrice",
)
CALL = CallReference(
    title="Avviso start-up donne 2026",
    act_number="determinazione n. 12/2026",
    act_date=date(2026, 3, 2),
    cup=CUP,
    rna_code="MIS-123456",
    budget_cents=50_000_00,
)
RANKING = RankingReference(number=2, kind_label="Graduatoria definitiva", ranked_on=date(2026, 7, 10))
OFFICER = Signatory("La Responsabile del servizio", "Dott.ssa Laura Bianchi")


def header(number: int = 7, issued_on: date = date(2026, 7, 14), **kw) -> DocumentHeader:
    """A registered act: its official number and date as the body's register gave them."""
    kw.setdefault("official_number", f"{number}/{issued_on.year}")
    kw.setdefault("official_date", issued_on)
    return DocumentHeader(
        number=number, year=issued_on.year, issued_on=issued_on, cup=CUP,
        project_title="Governare gli equilibri", place="Melegnano", **kw,
    )


AMOUNTS = (15_000_00, 12_345_67, 21_000_00, 1_000_00, 50)  # € 0,50: the smallest amount in words


def decision_data(amounts: tuple[int, ...] = AMOUNTS, **kw) -> GrantDecisionData:
    names = ("Anna Verdi", "Giulia Neri", LONG_NAME, "Protetta Segreta", "Elena Gialli")
    beneficiaries = tuple(
        DecisionBeneficiary(
            position=i + 1, public_code=f"GE-{i + 1:02d}QX", name=names[i % len(names)], amount_cents=amount,
            pseudonymised=names[i % len(names)] == "Protetta Segreta", partial=i == len(amounts) - 1,
        )
        for i, amount in enumerate(amounts)
    )
    values = dict(
        header=header(), call=CALL, deciding_officer=OFFICER, ranking=RANKING, beneficiaries=beneficiaries,
        minutes_reference="verbali della commissione del 02/07/2026 e del 06/07/2026",
        admitted_not_funded_count=3, not_admitted_count=2,
    )
    return GrantDecisionData(**(values | kw))


def ranking_rows(count: int, *, vulnerable_every: int = 4) -> tuple[RankingRow, ...]:
    rows = []
    for i in range(count):
        funded = i < 5
        rows.append(RankingRow(
            position=i + 1 if i < count - 2 else None,
            public_code=f"K{i:03d}Z",
            score=Decimal("95.50") - Decimal(i) / 2,
            outcome_label="Finanziata" if funded else "Ammessa non finanziata",
            amount_cents=10_000_00 if funded else 0,
            identity=ApplicantIdentity(
                name=f"Cognome{i:03d} Nome{i:03d}" if i % vulnerable_every else LONG_NAME,
                fiscal_code=f"RSSMRA85C{i:02d}F205X",
                birth_date=date(1985, 3, 12),
                municipality="San Giuliano Milanese",
                protocol=f"{i + 1}/2026 del 20/04/2026 10:{i % 60:02d}",
                birthplace="Milano (MI)",
            ),
        ))
    return tuple(rows)


def annex_data(kind: AnnexKind, count: int = 12) -> RankingAnnexData:
    return RankingAnnexData(kind=kind, decision=header(), call=CALL, ranking=RANKING, rows=ranking_rows(count))


RECIPIENT = Recipient(name=LONG_NAME, address=LONG_ADDRESS, pec="coop.conciliazione@pec.example.it")


def exclusion_data(final: bool = False, **kw) -> ExclusionLetterData:
    values = dict(
        header=header(number=31, protocol="Prot. n. 1456/2026"),
        recipient=RECIPIENT,
        call=CALL,
        application_protocol="17/2026 del 21/04/2026 11:32",
        reasons=(
            "residenza in un comune non compreso tra quelli ammessi dall’avviso (art. 3);",
            "cofinanziamento del 12%, inferiore al minimo del 20% richiesto (art. 5).",
        ),
        signatory=OFFICER,
        final=final,
        reply_deadline=None if final else date(2026, 6, 3),
        reply_summary="le osservazioni pervenute il 01/06/2026 non superano i motivi indicati" if final else "",
        notice_reference=ActReference("nota prot.", "1201/2026", date(2026, 5, 20)) if final else None,
        procedure_officer="Dott.ssa Laura Bianchi",
        office_contact="protocollo@pec.assemi.example.it",
    )
    return ExclusionLetterData(**(values | kw))


def communication_data(amount_cents: int = 12_345_67, **kw) -> GrantCommunicationData:
    half = amount_cents // 2
    values = dict(
        header=header(number=40, protocol="Prot. n. 1500/2026"),
        recipient=RECIPIENT,
        call=CALL,
        decision=ActReference("determinazione", "7/2026", date(2026, 7, 14)),
        application_protocol="3/2026 del 17/04/2026 09:05",
        public_code="GE-02QX",
        business_name="Nido in famiglia «Il Girotondo»",
        amount_cents=amount_cents,
        signatory=OFFICER,
        position=2,
        score=Decimal("88.75"),
        eligible_cost_cents=18_000_00,
        tranches=(
            TrancheLine("Anticipo", Decimal(50), half, "Dopo la costituzione dell'impresa"),
            TrancheLine("Saldo", Decimal(50), amount_cents - half, "Dopo il rendiconto finale delle spese"),
        ),
        constitution_deadline=date(2026, 12, 31),
        report_deadline=date(2027, 12, 31),
        acceptance_deadline=date(2026, 7, 31),
        cor_code="998877",
        procedure_officer="Dott.ssa Laura Bianchi",
        office_contact="protocollo@pec.assemi.example.it",
    )
    return GrantCommunicationData(**(values | kw))


def revocation_data(**kw) -> RevocationData:
    values = dict(
        header=header(number=52, issued_on=date(2027, 2, 1), protocol="Prot. n. 210/2027"),
        recipient=RECIPIENT,
        call=CALL,
        decision=ActReference("determinazione", "7/2026", date(2026, 7, 14)),
        application_protocol="3/2026 del 17/04/2026 09:05",
        public_code="GE-02QX",
        reason="l’impresa non è stata costituita entro il 31/12/2026, termine fissato dall’avviso",
        granted_cents=12_345_67,
        paid_cents=6_172_83,
        amount_to_recover_cents=6_172_83,
        signatory=OFFICER,
        repayment_deadline=date(2027, 3, 3),
        legal_basis="l’art. 12 dell’avviso e l’art. 21-quinquies della Legge 241/1990",
        payment_instructions="bonifico sull’IBAN IT60X0542811101000000123456 con causale «Restituzione GE-02QX»",
    )
    return RevocationData(**(values | kw))


CRITERIA = (
    CriterionLine("C1", "Rispondenza ai bisogni di conciliazione", Decimal(25)),
    CriterionLine("C2", "Innovatività", Decimal(15)),
    CriterionLine("C3", "Sostenibilità economica", Decimal(20)),
    CriterionLine("C4", "Competenze della compagine", Decimal(15)),
    CriterionLine("C5", "Impatto sul territorio", Decimal(15)),
    CriterionLine("C6", "Priorità sociali", Decimal(10)),
)
MEMBERS = (
    CommissionMemberLine("Dott.ssa Carla Fontana", "Presidente"),
    CommissionMemberLine("Dott. Marco Serra", "Componente"),
    CommissionMemberLine("Dott.ssa Paola Riva", "Componente"),
)


def minutes_data(applications: int = 4) -> ScoringMinutesData:
    apps = []
    for a in range(applications):
        base = [Decimal(20), Decimal(12), Decimal(15), Decimal(10), Decimal(11), Decimal(6)]
        scorers = MEMBERS if a != 1 else MEMBERS[:2]  # the third member declared a conflict on the second one
        member_scores = tuple(
            MemberScores(m.name, tuple(p - k + (a % 3) for p in base)) for k, m in enumerate(scorers)
        )
        averages = tuple(
            sum((s.points[i] for s in member_scores), Decimal(0)) / len(member_scores) for i in range(len(CRITERIA))
        )
        apps.append(MinutesApplication(
            public_code=f"GE-{a + 1:02d}QX", protocol=f"{a + 1}/2026", member_scores=member_scores,
            criterion_scores=averages, total=sum(averages, Decimal(0)), outcome_label="Ammessa",
        ))
    incomplete = MinutesApplication(
        public_code="GE-99QX", protocol="99/2026",
        member_scores=(MemberScores(MEMBERS[0].name, (Decimal(20), None, None, None, None, None)),),
        criterion_scores=(Decimal(20), None, None, None, None, None), total=None, complete=False,
    )
    conflicts = tuple(
        ConflictLine(m.name, app.public_code, has_conflict=(k == 2 and app.public_code == "GE-02QX"),
                     declared_on=date(2026, 7, 2), note="parente entro il quarto grado" if k == 2 else "")
        for app in apps for k, m in enumerate(MEMBERS)
    )
    return ScoringMinutesData(
        header=header(number=3, issued_on=date(2026, 7, 6)), call=CALL, members=MEMBERS, criteria=CRITERIA,
        applications=(*apps, incomplete), conflicts=conflicts, admission_threshold=Decimal(60),
        meeting_dates=(date(2026, 7, 2), date(2026, 7, 6)), appointing_act="determinazione n. 5/2026",
    )


BUILDERS = {
    "decision": lambda p: build_grant_decision_pdf(decision_data(), PROFILE, p),
    "annex_a": lambda p: build_ranking_annex_pdf(annex_data(AnnexKind.PUBLIC), PROFILE, p),
    "annex_b": lambda p: build_ranking_annex_pdf(annex_data(AnnexKind.RESTRICTED), PROFILE, p),
    "annex_a_long": lambda p: build_ranking_annex_pdf(annex_data(AnnexKind.PUBLIC, 60), PROFILE, p),
    "annex_b_long": lambda p: build_ranking_annex_pdf(annex_data(AnnexKind.RESTRICTED, 60), PROFILE, p),
    "notice": lambda p: build_exclusion_letter_pdf(exclusion_data(), PROFILE, p),
    "exclusion": lambda p: build_exclusion_letter_pdf(exclusion_data(final=True), PROFILE, p),
    "communication": lambda p: build_grant_communication_pdf(communication_data(), PROFILE, p),
    "revocation": lambda p: build_revocation_pdf(revocation_data(), PROFILE, p),
    "partial_revocation": lambda p: build_revocation_pdf(
        revocation_data(partial=True, revoked_cents=2_345_67, amount_to_recover_cents=0, paid_cents=0), PROFILE, p
    ),
    "minutes": lambda p: build_scoring_minutes_pdf(minutes_data(), PROFILE, p),
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("grant_pdfs")
    built = {}
    for name, build in BUILDERS.items():
        path = folder / f"{name}.pdf"
        built[name] = (path, build(path))
    return built


def pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def flat(path: Path) -> str:
    """All the text on one line: paragraph wrapping must not break the phrases tests look for."""
    return " ".join(" ".join(pages(path)).split())


def without_cells(text: str) -> str:
    """Text with amounts and scores taken out: a long name wrapping in its cell then reads as one phrase."""
    return " ".join(re.sub(r"€ [\d.]+,\d{2}|\b\d+,\d{2}\b|Finanziata|Ammessa non finanziata", " ", text).split())


# --- the grant decision --------------------------------------------------------------------------


def test_decision_has_number_date_subject_with_cup_and_sections(pdfs):
    text = flat(pdfs["decision"][0])
    assert "DETERMINAZIONE N. 7/2026 DEL 14/07/2026" in text
    # The title already names the act: no "Avviso «Avviso …»".
    assert "OGGETTO: Avviso start-up donne 2026 – approvazione della graduatoria definitiva" in text
    assert f"CUP {CUP}." in text
    sections = ("PREMESSO CHE –", "VISTI –", "CONSIDERATO –", "DETERMINA 1. di richiamare", "Allegati:")
    positions = [text.index(s) for s in sections]
    assert positions == sorted(positions)
    assert "approvato con determinazione n. 12/2026 del 02/03/2026" in text
    assert "€ 50.000,00 (euro cinquantamila/00)" in text  # the call's budget, in the premises
    assert "Registro nazionale degli aiuti di Stato con codice MIS-123456" in text
    assert "verbali della commissione del 02/07/2026 e del 06/07/2026" in text
    assert "graduatoria definitiva n. 2 del 10/07/2026" in text


def test_decision_grants_each_amount_in_figures_and_words(pdfs):
    text = flat(pdfs["decision"][0])
    for figures, words in [
        ("€ 15.000,00", "euro quindicimila/00"),
        ("€ 12.345,67", "euro dodicimilatrecentoquarantacinque/67"),
        ("€ 21.000,00", "euro ventunomila/00"),
        ("€ 1.000,00", "euro mille/00"),
        ("€ 0,50", "euro zero/50"),
    ]:
        assert figures in text and words in text, figures
    assert "per un totale di € 49.346,17 (euro quarantanovemilatrecentoquarantasei/17)" in text
    assert "Totale € 49.346,17" in text
    for position, code in enumerate(("GE-01QX", "GE-02QX", "GE-03QX", "GE-04QX", "GE-05QX"), start=1):
        assert f"{position} {code}" in text
    # The published act carries codes only: names are in the restricted annex B.
    assert "Anna Verdi" not in text and "Giulia Neri" not in text and " ".join(LONG_NAME.split()) not in text
    assert "identificate nell’Allegato B dai codici" in text
    assert "3 domande ammesse non sono finanziate" in text and "2 domande non hanno raggiunto" in text
    assert "finanziata in parte con il residuo della dotazione" in text


def test_decision_million_and_odd_cents(tmp_path):
    path = tmp_path / "big.pdf"
    build_grant_decision_pdf(decision_data((1_000_000_00, 1_234_56)), PROFILE, path)
    text = flat(path)
    assert "€ 1.000.000,00" in text and "euro un milione/00" in text
    assert "€ 1.234,56" in text and "euro milleduecentotrentaquattro/56" in text
    assert "€ 1.001.234,56 (euro un milione e milleduecentotrentaquattro/56)" in text


def test_decision_never_names_a_pseudonymised_beneficiary(pdfs):
    text = flat(pdfs["decision"][0])
    assert "Protetta Segreta" not in text
    # Every row alike: no "dati omessi" note singles out the vulnerable ones.
    assert "GE-04QX" in text and "dati omessi" not in text


def test_decision_appeal_notice_signature_and_annexes(pdfs):
    last = " ".join(pages(pdfs["decision"][0])[-1].split())
    assert "Tribunale Amministrativo Regionale competente entro 60 giorni" in last
    assert "ricorso straordinario al Presidente della Repubblica entro 120 giorni" in last
    assert "Melegnano, 14/07/2026" in last
    assert "La Responsabile del servizio Dott.ssa Laura Bianchi" in last
    assert "Allegato A – Graduatoria (versione pubblicabile, con codici casuali)" in last
    assert "Allegato B – Graduatoria con i dati identificativi (riservato, non pubblicato)" in last


def test_decision_uses_the_call_texts_when_given(tmp_path):
    path = tmp_path / "custom.pdf"
    data = decision_data(
        premises_text=(
            "con decreto regionale n. 4567/2025 è stato finanziato il progetto;\nil bando è stato pubblicato."
        ),
        legal_references_text="il decreto regionale n. 4567/2025;\nla delibera dell'assemblea n. 3/2026;",
        payment_terms_text="Anticipo del 40% e saldo del 60%.",
        obligations_text="Mantenere l'attività per 24 mesi.",
        revocation_text="Revoca se l'attività cessa & non riprende.",
        appeal_notice="Ricorso al TAR Lombardia entro 60 giorni o straordinario entro 120 giorni.",
        annexes=("Allegato A – Graduatoria pubblicabile",),
    )
    build_grant_decision_pdf(data, PROFILE, path)
    text = flat(path)
    assert "con decreto regionale n. 4567/2025 è stato finanziato il progetto;" in text
    assert "– il bando è stato pubblicato." in text  # each line is a premise with its own dash
    assert "è stato pubblicato l’avviso" not in text  # the standard premise gave way to the call's
    assert "la delibera dell'assemblea n. 3/2026;" in text and "Legge 7 agosto 1990" not in text
    assert "Modalità di erogazione. Anticipo del 40% e saldo del 60%." in text
    assert "Obblighi delle beneficiarie. Mantenere l'attività per 24 mesi." in text
    assert "Casi di revoca. Revoca se l'attività cessa & non riprende." in text
    assert "Ricorso al TAR Lombardia entro 60 giorni" in text and "D.P.R. 1199/1971" not in text
    assert "Allegato B" not in text.split("Allegati:")[1]


def test_decision_for_one_beneficiary_a_sliding_ranking_and_single_counts(tmp_path):
    path = tmp_path / "one.pdf"
    data = decision_data(
        (5_000_00,),
        ranking=RankingReference(3, "Scorrimento della graduatoria", date(2026, 9, 1)),
        admitted_not_funded_count=1, not_admitted_count=1,
    )
    build_grant_decision_pdf(data, PROFILE, path)
    text = flat(path)
    assert ("alla beneficiaria identificata nell’Allegato B dal codice indicato di seguito il contributo di "
            "€ 5.000,00 (euro cinquemila/00)") in text
    assert "approvazione dello scorrimento della graduatoria" in text
    assert "di approvare lo scorrimento della graduatoria n. 3 del 01/09/2026" in text
    assert "1 domanda ammessa non è finanziata per esaurimento della dotazione e resta in graduatoria" in text
    assert "1 domanda non ha raggiunto la soglia minima di punteggio e non è ammessa" in text


def test_decision_without_beneficiaries_is_refused(tmp_path):
    with pytest.raises(DomainError, match="beneficiaria"):
        build_grant_decision_pdf(decision_data(()), PROFILE, tmp_path / "none.pdf")
    assert list(tmp_path.iterdir()) == []


# --- ranking annexes -----------------------------------------------------------------------------


def test_annex_a_holds_codes_scores_outcomes_amounts_and_no_personal_data(pdfs):
    text = flat(pdfs["annex_a"][0])
    assert "ALLEGATO A ALLA DETERMINAZIONE N. 7/2026 DEL 14/07/2026" in text
    assert f"CUP {CUP}" in text
    for row in ranking_rows(12):
        assert row.public_code in text
        who = row.identity
        for secret in (who.name, who.fiscal_code, who.municipality, who.protocol, "12/03/1985"):
            assert secret not in text, secret
        assert " ".join(who.name.split()[:3]) not in text  # not even the start of a wrapped name
    assert "RSSMRA" not in text and "Cognome" not in text and "nata il" not in text and "prot." not in text
    assert "1 K000Z 95,50 Finanziata € 10.000,00" in text
    assert "6 K005Z 93,00 Ammessa non finanziata —" in text
    assert "— K011Z 90,00" in text  # below the threshold: no position
    assert "Totale dei contributi concessi € 50.000,00" in text and "Residuo € 0,00" in text


def test_annex_b_holds_the_identities(pdfs):
    text = flat(pdfs["annex_b"][0])
    assert "DOCUMENTO RISERVATO – NON PUBBLICARE" in text
    for row in ranking_rows(12):
        assert row.identity.fiscal_code in text
        assert f"prot. {row.identity.protocol}" in text
    assert "Cognome001 Nome001" in text and " ".join(LONG_NAME.split()) in without_cells(text)
    # Birthplace and residence labelled: the residence never reads as the birthplace (issue 11).
    assert "nata a Milano (MI) il 12/03/1985 residente a San Giuliano Milanese" in text


def test_sixty_row_ranking_spans_pages_with_the_header_repeated(pdfs):
    texts = pages(pdfs["annex_a_long"][0])
    assert len(texts) >= 2
    seen = []
    for number, page in enumerate(texts, start=1):
        lines = page.splitlines()
        assert f"Pagina {number} di {len(texts)}" in page
        assert f"CUP {CUP}" in page
        rows = [re.match(r"(\d+|—) (K\d{3}Z) (\d+,\d{2}) ", ln) for ln in lines]
        rows = [m for m in rows if m]
        if rows:
            assert "Pos. Codice domanda Punteggio Esito Contributo" in lines, f"no header on page {number}"
        seen += [m.group(2) for m in rows]
    assert seen == [f"K{i:03d}Z" for i in range(60)]


def test_restricted_rows_are_never_split_across_pages(pdfs):
    texts = pages(pdfs["annex_b_long"][0])
    assert len(texts) >= 3
    codes = set()
    for page in texts:
        flat_page = " ".join(page.split())
        assert "Pos. Codice Richiedente Punti Esito Contributo" in flat_page
        for match in re.finditer(r"K(\d{3})Z", flat_page):
            i = int(match.group(1))
            codes.add(i)
            # the whole cell (name, fiscal code, protocol) sits on the page that starts the row
            assert f"RSSMRA85C{i:02d}F205X" in flat_page
            assert f"prot. {i + 1}/2026 del 20/04/2026" in flat_page
    assert codes == set(range(60))


# --- letters -------------------------------------------------------------------------------------


def test_notice_of_reasons_gives_reasons_and_reply_deadline(pdfs):
    text = flat(pdfs["notice"][0])
    assert "Prot. n. 1456/2026" in text and "Melegnano, 14/07/2026" in text
    assert "domanda prot. n. 17/2026 del 21/04/2026 11:32 – comunicazione dei motivi ostativi" in text
    assert f"CUP {CUP}" in text
    assert "art. 10-bis della Legge 241/1990" in text
    assert "1) residenza in un comune non compreso" in text and "2) cofinanziamento del 12%" in text
    assert "Entro 10 giorni dal ricevimento della presente può presentare" in text
    assert "03/06/2026" not in text  # no fixed date that could shorten the ten days from receipt
    assert "ricominciano a decorrere dieci giorni dopo la presentazione delle osservazioni" in text
    assert "Responsabile del procedimento: Dott.ssa Laura Bianchi." in text
    assert "esclusa dalla procedura" not in text and "120 giorni" not in text


def test_final_exclusion_recalls_the_notice_and_gives_the_appeal(pdfs):
    text = flat(pdfs["exclusion"][0])
    assert "esclusione della domanda" in text
    assert "con nota prot. n. 1201/2026 del 20/05/2026 sono stati comunicati" in text
    assert "Considerato che le osservazioni pervenute il 01/06/2026 non superano i motivi indicati" in text
    assert "la domanda è esclusa dalla procedura per i seguenti motivi" in text
    assert "entro 60 giorni" in text and "entro 120 giorni" in text


def test_exclusion_needs_a_deadline_and_reasons(tmp_path):
    with pytest.raises(DomainError, match="termine"):
        build_exclusion_letter_pdf(exclusion_data(reply_deadline=None), PROFILE, tmp_path / "a.pdf")
    with pytest.raises(DomainError, match="motivo"):
        build_exclusion_letter_pdf(exclusion_data(reasons=()), PROFILE, tmp_path / "b.pdf")
    assert list(tmp_path.iterdir()) == []


def test_grant_communication_amounts_tranches_and_deadlines(pdfs):
    text = flat(pdfs["communication"][0])
    assert "con determinazione n. 7/2026 del 14/07/2026 è stata approvata la graduatoria" in text
    assert "collocata al 2° posto della graduatoria con punti 88,75" in text
    assert "€ 12.345,67 (euro dodicimilatrecentoquarantacinque/67)" in text
    assert "relativa all’iniziativa “Nido in famiglia «Il Girotondo»”, collocata" in text
    assert "spese ammissibili di € 18.000,00" in text
    assert "Anticipo 50% € 6.172,83 Dopo la costituzione dell'impresa" in text
    assert "Saldo 50% € 6.172,84 Dopo il rendiconto finale delle spese" in text
    assert "Totale € 12.345,67" in text
    assert "Accettazione del contributo entro il 31/07/2026" in text
    assert "Costituzione dell’impresa entro il 31/12/2026" in text
    assert "Rendicontazione finale entro il 31/12/2027" in text
    assert "codice COR 998877" in text and "ritenuta del 4%" in text
    assert " ".join(LONG_NAME.split()) in text and " ".join(LONG_ADDRESS.split()) in text


def test_revocation_orders_repayment(pdfs):
    text = flat(pdfs["revocation"][0])
    assert "DETERMINAZIONE DI REVOCA N. 52/2027 DEL 01/02/2027" in text
    assert "revoca totale del contributo" in text
    assert "accertato che l’impresa non è stata costituita entro il 31/12/2026" in text
    assert "la restituzione della somma di € 6.172,83 (euro seimilacentosettantadue/83)" in text
    assert "entro il 03/03/2027" in text and "IT60X0542811101000000123456" in text
    assert "Contributo concesso € 12.345,67" in text and "Importo da restituire € 6.172,83" in text
    assert "recupero coattivo" in text and "entro 120 giorni" in text


def test_partial_revocation_redetermines_the_grant(pdfs, tmp_path):
    text = flat(pdfs["partial_revocation"][0])
    assert "revoca parziale del contributo, che è rideterminato in € 10.000,00 (euro diecimila/00)" in text
    assert "Contributo revocato € 2.345,67" in text and "Importo da restituire € 0,00" in text
    assert "non vi è alcun importo da restituire" in text and "recupero coattivo" not in text
    with pytest.raises(DomainError, match="importo revocato"):
        build_revocation_pdf(revocation_data(partial=True), PROFILE, tmp_path / "x.pdf")


def test_user_text_is_printed_literally(tmp_path):
    path = tmp_path / "markup.pdf"
    data = communication_data(recipient=Recipient(name="Rossi & Figli <s.r.l.>", address="Via <Roma> 1"))
    build_grant_communication_pdf(data, PROFILE, path)
    text = flat(path)
    assert "Rossi & Figli <s.r.l.>" in text and "Via <Roma> 1" in text


# --- scoring minutes -----------------------------------------------------------------------------


def test_minutes_hold_members_points_averages_and_conflicts(pdfs):
    text = flat(pdfs["minutes"][0])
    assert "VERBALE N. 3/2026 DEL 06/07/2026" in text and f"CUP {CUP}" in text
    assert "Nelle sedute del 02/07/2026 e del 06/07/2026 si è riunita la commissione" in text
    for i, member in enumerate(MEMBERS, start=1):
        assert f"M{i} {member.name} {member.role}" in text  # members M1…, apart from criteria C1…
    assert "C1 – Rispondenza ai bisogni di conciliazione 25,00 20,00 19,00 18,00 19,00" in text
    assert "C1 – Rispondenza ai bisogni di conciliazione 25,00 21,00 20,00 ast. 20,50" in text
    assert "Totale 100,00 74,00 68,00 62,00 68,00" in text
    assert "Totale 100,00 80,00 74,00 77,00" in text  # two members scored, the third abstained
    assert "M3 3 domande GE-02QX (parente entro il quarto grado) 02/07/2026" in text
    assert "codice GE-99QX – valutazione incompleta" in text
    assert "GE-99QX 99/2026 — valutazione incompleta" in text
    assert "Il presente verbale, letto e approvato" in text


# --- every document ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_page_carries_the_call_cup_and_page_number(pdfs, name):
    texts = pages(pdfs[name][0])
    for number, page in enumerate(texts, start=1):
        assert f"CUP {CUP}" in page
        assert PROFILE_CUP not in page  # the footer names the call's CUP, not the profile default
        assert f"Pagina {number} di {len(texts)}" in page


@pytest.mark.parametrize("name", list(BUILDERS))
def test_no_text_outside_the_margins_and_no_overlaps(pdfs, name):
    with pdfplumber.open(pdfs[name][0]) as pdf:
        for page in pdf.pages:
            assert page.chars
            for char in page.chars:
                assert char["x0"] >= MARGIN_LEFT - TOL, (page.page_number, char["text"])
                assert char["x1"] <= page.width - MARGIN_RIGHT + TOL, (page.page_number, char["text"])
                assert 0 <= char["top"] and char["bottom"] <= page.height
            words = page.extract_words()
            for i, a in enumerate(words):
                for b in words[i + 1 :]:
                    dx = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                    dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                    assert not (dx > 1 and dy > 1), (page.page_number, a["text"], b["text"])


@pytest.mark.parametrize("name", list(BUILDERS))
def test_pdfa_markers_embedded_fonts_and_hash(pdfs, name):
    path, digest = pdfs[name]
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    with pikepdf.open(path) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert intent.DestOutputProfile.read_bytes() == srgb_profile_path().read_bytes()
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(pdf.docinfo.Title) and meta["dc:title"]
        assert f"CUP {CUP}" in meta["pdf:Keywords"]
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descendant = font.DescendantFonts[0] if pikepdf.Name.DescendantFonts in font else font
                descriptor = descendant.FontDescriptor
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), str(font.BaseFont)
                assert "Helvetica" not in str(font.BaseFont)


def test_data_module_does_not_load_reportlab():
    import subprocess
    import sys

    code = (
        "import sys, equilibri_desktop.documents.grants.data as d; "
        "assert not [m for m in sys.modules if m.startswith('reportlab')], 'reportlab loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])


def test_documents_build_with_an_empty_profile_and_no_cup(tmp_path):
    bare_header = DocumentHeader(number=1, year=2026, issued_on=date(2026, 1, 5), cup="")
    no_cup = replace(CALL, cup="")
    path = tmp_path / "letter.pdf"
    build_exclusion_letter_pdf(
        exclusion_data(header=bare_header, call=no_cup, recipient=Recipient(name="Anna Verdi")),
        OrganisationProfile(), path,
    )
    text = flat(path)
    # Not registered: blanks for the official protocol, the internal reference in small print.
    assert "Prot. n. ____ del ____" in text and "rif. interno n. 1/2026" in text and "05/01/2026" in text
    assert "CUP non indicato" in text  # the subject says so rather than printing an empty code
    assert "Denominazione dell'ente non impostata" in text


def test_call_titles_are_quoted_once_whatever_their_wording():
    from equilibri_desktop.documents.grants.common import call_title

    assert call_title("Start-up donne 2026") == "«Start-up donne 2026»"
    assert call_title("Avviso pubblico «Start-up al femminile»", markup=False) == "pubblico «Start-up al femminile»"
    assert call_title("Bando A & B") == "«Bando A &amp; B»"  # markup is escaped
