"""The seven documents issue 11 found missing, generated from the database into the register: privacy notice,
soccorso istruttorio, notice opening a revocation, acceptance form, atto di liquidazione, appointment of the
commission, approval of the provisional ranking. Acts meant for publication name applications by code only."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.grants import documents as grant_documents
from equilibri_desktop.services.grants import procedure_documents as procedure
from equilibri_desktop.services.grants import revocation as grant_revocation
from equilibri_desktop.services.grants.document_actions import document_actions
from equilibri_desktop.services.grants.revocation_notice import open_revocation
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantFirm,
    GrantPaymentCheck,
    GrantRanking,
    GrantRankingEntry,
    GrantStatusChange,
    GrantTranche,
    Person,
)
from tests.grant_document_helpers import ISSUED, build_scenario
from tests.grant_helpers import add_member

SURNAMES = ("Rossi", "Ferri", "Verdi", "Neri", "Gallo", "Esposito", "Romano")
TODAY = datetime(2026, 11, 20, 10, tzinfo=UTC)


@pytest.fixture
def scenario(db):
    scenario = build_scenario(db)
    with db.unit_of_work() as s:
        call = s.get(GrantCall, scenario.call.id)
        call.dpo_contact, call.privacy_notice_version = "dpo@assemi.example.org", "3/2026"
        call.procedure_officer, call.commission_secretary = "Dott. Piero Procedi", "Sonia Segre"
        call.budget_chapter, call.budget_year, call.budget_commitment = "12345", 2026, "678/2026"
    return scenario


def _text(db, ref) -> str:
    with pdfplumber.open(document_register.document_path(db, ref.uuid)) as pdf:
        return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))


def _fiscal_codes(db) -> list[str]:
    with db.unit_of_work() as s:
        return [p.fiscal_code for p in s.scalars(select(Person)) if p.fiscal_code]


def _assert_codes_only(db, text: str) -> None:
    for surname in SURNAMES:
        assert surname not in text
    for code in _fiscal_codes(db):
        assert code not in text
    assert "IT60" not in text  # no IBAN


def test_privacy_notice_names_controller_dpo_basis_retention_rights_and_version(db, scenario):
    ref = procedure.generate_privacy_notice(db, scenario.call.uuid, issued_on=ISSUED)
    text = _text(db, ref)
    assert ref.kind == "informativa" and ref.record_type == "grant_call"
    assert "art. 13 del Regolamento (UE) 2016/679" in text and "versione 3/2026" in text
    assert "dpo@assemi.example.org" in text and "art. 6, par. 1, lett. e" in text
    assert "10 anni" in text and "Garante" in text and "codice casuale" in text


def test_commission_appointment_cites_35_bis_and_the_code_of_conduct_and_names_no_applicant(db, scenario):
    add_member(db, scenario.call, "carlo.conti", "Carlo Conti", role="presidente")
    add_member(db, scenario.call, "chiara.colombo", "Chiara Colombo")
    text = _text(db, procedure.generate_commission_appointment(db, scenario.call.uuid, issued_on=ISSUED))
    assert "DETERMINAZIONE N. ____ DEL ____" in text
    assert "Carlo Conti – presidente" in text and "Sonia Segre – segretario verbalizzante" in text
    assert "art. 35-bis D.Lgs. 165/2001" in text and "art. 7 D.P.R. 62/2013" in text
    assert "Dott. Piero Procedi" in text  # the procedure officer, named in the premises
    _assert_codes_only(db, text)


def _provisional(db, scenario) -> GrantRanking:
    with db.unit_of_work() as s:
        ranking = GrantRanking(call_id=scenario.call.id, number=1, kind="provvisoria", ranked_on=date(2026, 6, 20),
                               budget_cents=40_000_00)
        s.add(ranking)
        s.flush()
        for position, (app, score) in enumerate(((scenario.rossi, "85.50"), (scenario.ferri, "80.25")), start=1):
            s.add(GrantRankingEntry(ranking_id=ranking.id, application_id=app.id, position=position,
                                    public_code=s.get(GrantApplication, app.id).public_code, score=Decimal(score),
                                    outcome="finanziata", granted_cents=15_000_00))
        s.add(GrantRankingEntry(ranking_id=ranking.id, application_id=scenario.gallo.id, position=None,
                                public_code=s.get(GrantApplication, scenario.gallo.id).public_code,
                                score=Decimal("52.5"), outcome="non_ammessa"))
        return ranking.uuid


def test_provisional_ranking_act_lists_codes_the_term_and_the_publication_date(db, scenario):
    ranking_uuid = _provisional(db, scenario)
    assert [a.key for a in document_actions(db, "grant_ranking", ranking_uuid)] == ["graduatoria_provvisoria"]
    text = _text(db, procedure.generate_provisional_ranking_act(db, ranking_uuid, issued_on=ISSUED))
    assert "approvare la graduatoria provvisoria n. 1 del 20/06/2026" in text
    assert "2 domande in graduatoria" in text and "Non ammessa" in text
    assert "all’Albo online dal ____ per 10 giorni" in text
    _assert_codes_only(db, text)
    with db.unit_of_work() as s:
        s.scalar(select(GrantRanking).where(GrantRanking.uuid == ranking_uuid)).published_on = date(2026, 6, 22)
    text = _text(db, procedure.generate_provisional_ranking_act(db, ranking_uuid, issued_on=ISSUED))
    assert "all’Albo online dal 22/06/2026" in text
    with pytest.raises(DomainError, match="provvisoria"):
        procedure.generate_provisional_ranking_act(db, scenario.ranking.uuid, issued_on=ISSUED)


def test_integration_request_lists_what_is_missing_and_counts_days_from_receipt(db, scenario):
    with pytest.raises(DomainError, match="Integrazione richiesta"):
        procedure.generate_integration_request(db, scenario.esposito.uuid, issued_on=ISSUED)
    with db.unit_of_work() as s:
        s.get(GrantApplication, scenario.esposito.id).status = "integrazione_richiesta"
        s.add(GrantStatusChange(application_id=scenario.esposito.id, from_status="in_istruttoria",
                                to_status="integrazione_richiesta", reply_deadline=date(2026, 7, 25),
                                reason="- Business plan firmato\n- Copia del documento di identità"))
    ref = procedure.generate_integration_request(db, scenario.esposito.uuid, issued_on=ISSUED)
    text = _text(db, ref)
    assert "soccorso istruttorio" in text and "1) Business plan firmato" in text
    assert "2) Copia del documento di identità" in text
    assert "15 giorni dal ricevimento" in text  # 10/07 → 25/07
    assert ref.record_uuid == scenario.esposito.uuid


def test_acceptance_form_of_a_partial_grant_asks_to_confirm_the_project(db, scenario):
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    text = _text(db, procedure.generate_acceptance_form(db, scenario.verdi.uuid, issued_on=ISSUED))
    assert "€ 10.000,00 (euro diecimila/00)" in text and "contributo ridotto" in text
    assert "accettare" in text and "rinunciare" in text and "giorni dal ricevimento" in text
    full = _text(db, procedure.generate_acceptance_form(db, scenario.ferri.uuid, issued_on=ISSUED))
    assert "contributo ridotto" not in full


def test_revocation_notice_goes_to_the_firm_and_the_act_cites_it(db, scenario):
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    with db.unit_of_work() as s:
        s.add(GrantFirm(application_id=scenario.ferri.id, name="Tempo Ritrovato srl", vat_number="01234567897",
                        address="Via Roma 3", cap="20097"))
    with use_clock(FixedClock(TODAY)):
        with pytest.raises(ValidationError):
            open_revocation(db, scenario.ferri.uuid, date(2026, 11, 10), "", term_days=5)
        open_revocation(db, scenario.ferri.uuid, date(2026, 11, 2), "l'attività è cessata a settembre", 15)
        notice = _text(db, procedure.generate_revocation_notice(db, scenario.ferri.uuid, issued_on=ISSUED))
        assert "Tempo Ritrovato srl" in notice and "legale rappresentante Beatrice Ferri" in notice
        assert "artt. 7 e 8 della Legge 241/1990" in notice and "15 giorni dal ricevimento" in notice
        assert "l’attività è cessata a settembre" in notice or "l'attività è cessata a settembre" in notice
        # Before the term for counter-arguments ends the revocation cannot be adopted…
        with pytest.raises(ValidationError) as error:
            grant_revocation.revoke(db, scenario.ferri.uuid, date(2026, 11, 10), "attività cessata")
        assert error.value.errors[0].field == "decided_on"
        # …after it, the act cites the notice without the clerk typing it again.
        grant_revocation.revoke(db, scenario.ferri.uuid, date(2026, 11, 20), "attività cessata")
    act = _text(db, grant_documents.generate_revocation(db, scenario.ferri.uuid, issued_on=date(2026, 11, 20)))
    assert "comunicazione di avvio del procedimento n. ____ del 02/11/2026" in act
    assert "Tempo Ritrovato srl" in act  # the act goes to the firm that received the grant


def test_a_notice_for_firm_not_constituted_beside_an_advance_paid_on_constitution_is_refused(db, scenario):
    with use_clock(FixedClock(TODAY)), pytest.raises(DomainError, match="anticipo"):
        open_revocation(db, scenario.rossi.uuid, date(2026, 11, 2), "impresa non costituita", 10,
                        firm_not_constituted=True)


def test_liquidation_act_names_the_code_checks_withholding_and_budget_but_no_identity(db, scenario):
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    with db.unit_of_work() as s:
        tranche = s.scalars(select(GrantTranche).where(GrantTranche.application_id == scenario.rossi.id)).one()
        tranche.withholding_base_cents = 4_500_00
        tranche.withholding_cents = 180_00
        s.add(GrantPaymentCheck(tranche_id=tranche.id, kind="durc", checked_on=date(2026, 8, 20), passed=True,
                                reference="INAIL_123"))
        s.add(GrantFirm(application_id=scenario.rossi.id, name="Impresa Rossi srl", vat_number="01234567897",
                        iban="IT60X0542811101000000123456"))
        tranche_uuid = tranche.uuid
    ref = procedure.generate_liquidation(db, tranche_uuid, issued_on=ISSUED)
    text = _text(db, ref)
    assert ref.kind == "liquidazione" and ref.record_uuid == scenario.rossi.uuid
    assert "€ 7.500,00 (euro settemilacinquecento/00)" in text
    assert "art. 28, comma 2, del D.P.R. 600/1973 per € 180,00 sulla base di € 4.500,00" in text
    assert "pagamento netto di € 7.320,00" in text
    assert "DURC regolare" in text and "20/08/2026" in text and "INAIL_123" in text
    assert "capitolo 12345 del bilancio 2026, impegno n. 678/2026" in text
    _assert_codes_only(db, text)
    assert "Impresa Rossi" not in text


def test_document_actions_offer_the_new_documents_when_the_state_allows(db, scenario):
    def keys(record_type, ref):
        return {a.key: a.available for a in document_actions(db, record_type, ref.uuid)}

    assert keys("grant_call", scenario.call)["informativa"] is True
    assert keys("grant_call", scenario.call)["nomina_commissione"] is False  # no commission yet
    assert keys("grant_application", scenario.ferri)["accettazione"] is False  # no decision yet
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    ferri = keys("grant_application", scenario.ferri)
    assert ferri["accettazione"] is True and ferri["avvio_revoca"] is False and ferri["soccorso_istruttorio"] is False


def test_the_new_specimens_are_pdfa_2b_with_embedded_fonts_and_the_cup(tmp_path):
    import pikepdf

    from equilibri_desktop.services.documents.specimens import EXAMPLE_PROFILE
    from equilibri_desktop.services.grants.specimen_procedure import STEMS, render_procedure_specimens
    from equilibri_desktop.services.grants.specimens import demo_call

    settings = demo_call(ISSUED)
    paths = render_procedure_specimens(EXAMPLE_PROFILE.normalised(), settings, tmp_path, ISSUED)
    assert [p.stem for p in paths] == list(STEMS)  # the example grid has a restricted criterion: 8 documents
    for path in paths:
        with pikepdf.open(path) as pdf:
            meta = pdf.open_metadata()
            assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B", path.name
            assert f"CUP {settings.call.cup}" in meta["pdf:Keywords"], path.name
            for page in pdf.pages:
                for font in page.Resources.Font.values():
                    descendant = font.DescendantFonts[0] if pikepdf.Name.DescendantFonts in font else font
                    assert any(k in descendant.FontDescriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_the_revocation_act_answers_the_counter_arguments_recorded_on_the_notice(db, scenario):
    from equilibri_desktop.services.grants.revocation_notice import record_counter_arguments

    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    with use_clock(FixedClock(TODAY)):
        open_revocation(db, scenario.ferri.uuid, date(2026, 11, 2), "attività cessata", 10)
        with pytest.raises(ValidationError):
            record_counter_arguments(db, scenario.ferri.uuid, "sospensione per malattia", "")
        record_counter_arguments(db, scenario.ferri.uuid, "sospensione per malattia", "oltre i sei mesi ammessi")
        grant_revocation.revoke(db, scenario.ferri.uuid, date(2026, 11, 20), "attività cessata")
    act = _text(db, grant_documents.generate_revocation(db, scenario.ferri.uuid, issued_on=date(2026, 11, 20)))
    assert "sospensione per malattia" in act and "oltre i sei mesi ammessi" in act


def test_the_new_specimens_agree_with_the_decision_annexes_and_letters():
    """Counts and amounts of the procedure's specimens come from the same rows as the decision's."""
    from equilibri_desktop.documents.grants.data import GrantCommunicationData, GrantDecisionData, RankingAnnexData
    from equilibri_desktop.documents.grants.procedure_data import (
        AcceptanceFormData,
        CommissionAppointmentData,
        LiquidationData,
        ProvisionalRankingActData,
        RevocationNoticeData,
    )
    from equilibri_desktop.services.documents.specimens import EXAMPLE_PROFILE
    from equilibri_desktop.services.grants.document_common import Office
    from equilibri_desktop.services.grants.specimen_documents import specimen_documents
    from equilibri_desktop.services.grants.specimen_procedure import procedure_specimens
    from equilibri_desktop.services.grants.specimens import demo_call

    office, settings = Office(EXAMPLE_PROFILE.normalised()), demo_call(ISSUED)
    base = {type(d): d for _s, d in specimen_documents(office, settings, ISSUED)}
    new = {type(d): d for _s, d in procedure_specimens(office, settings, ISSUED)}
    decision, annex = base[GrantDecisionData], base[RankingAnnexData]
    communication = base[GrantCommunicationData]
    partial = next(b for b in decision.beneficiaries if b.partial)
    acceptance = new[AcceptanceFormData]
    assert (acceptance.public_code, acceptance.amount_cents, acceptance.partial) == (
        partial.public_code, partial.amount_cents, True)
    liquidation = new[LiquidationData]
    assert liquidation.public_code == communication.public_code
    assert liquidation.gross_cents == communication.tranches[0].amount_cents
    assert liquidation.granted_cents == communication.amount_cents
    assert liquidation.net_cents == liquidation.gross_cents - liquidation.withholding_cents
    notice = new[RevocationNoticeData]
    assert (notice.public_code, notice.granted_cents) == (communication.public_code, communication.amount_cents)
    provisional = new[ProvisionalRankingActData]
    assert [(r.public_code, r.score) for r in provisional.rows] == [(r.public_code, r.score) for r in annex.rows]
    assert sum(1 for r in provisional.rows if r.position) == sum(1 for r in annex.rows if r.position)
    appointment = new[CommissionAppointmentData]
    assert [m.name for m in appointment.members] == [m.name for m in settings.members]
