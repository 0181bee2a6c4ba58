"""Grant documents generated from the database: what each PDF says (text extracted with pdfplumber),
who appears where (annex A never names anyone), the register's numbers, and the batch with progress/cancel."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from equilibri_desktop.documents.grants.data import AnnexKind
from equilibri_desktop.domain.access import PermissionDeniedError, Role
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.grants import documents as grant_documents
from equilibri_desktop.services.grants import registration
from equilibri_desktop.services.grants.document_actions import document_actions
from equilibri_desktop.services.grants.document_common import Office
from equilibri_desktop.services.grants.document_data import decision_data
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantConflictDeclaration,
    GrantCriterion,
    GrantRanking,
    GrantScore,
    Person,
)
from tests.grant_document_helpers import ISSUED, PROFILE, Scenario, build_scenario
from tests.grant_helpers import Ref, act_as, add_member


@pytest.fixture
def scenario(db) -> Scenario:
    return build_scenario(db)


def _text(db, ref) -> str:
    path = document_register.document_path(db, ref.uuid)
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _person(db, ref: Ref) -> Person:
    with db.unit_of_work() as s:
        application = s.get(GrantApplication, ref.id)
        person = s.get(Person, application.applicant_id)
        s.expunge(person)
        return person


def _code(db, ref: Ref) -> str:
    with db.unit_of_work() as s:
        return s.get(GrantApplication, ref.id).public_code


def test_the_decision_grants_each_beneficiary_in_figures_and_words(db, scenario):
    ref = grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    assert (ref.kind, ref.number_label, ref.record_uuid) == ("determinazione", "1/2026", scenario.ranking.uuid)
    text = _flat(_text(db, ref))
    # A draft for signature: the official number and date are left blank, the internal reference is small print.
    assert "DETERMINAZIONE N. ____ DEL ____" in text and "rif. interno n. 1/2026 del 10/07/2026" in text
    assert "E41B26000120002" in text
    assert "€ 40.000,00 (euro quarantamila/00)" in text  # the total granted
    assert "€ 15.000,00" in text and "€ 10.000,00" in text
    assert "Rossi" not in text and _code(db, scenario.rossi) in text  # codes only: names are in annex B
    # Protected and vulnerability-route beneficiaries appear by their random code only.
    assert "Ferri" not in text and "Verdi" not in text
    assert _code(db, scenario.ferri) in text and _code(db, scenario.verdi) in text
    assert "per esaurimento della dotazione" in text and "soglia minima di punteggio" in text
    # The call's tranche plan and deadlines become the payment terms.
    assert "anticipo del 50%" in text and "31/12/2026" in text
    assert "La Direttrice" in text and "San Donato Milanese, 10/07/2026" in text


def test_decision_data_marks_who_is_published_by_code_only(db, scenario):
    with db.unit_of_work() as s:
        data = decision_data(s, s.get(GrantRanking, scenario.ranking.id), Office(PROFILE), ISSUED)
    flags = {b.public_code: (b.pseudonymised, b.partial, b.amount_cents) for b in data.beneficiaries}
    assert flags == {_code(db, scenario.rossi): (False, False, 15_000_00),
                     _code(db, scenario.ferri): (True, False, 15_000_00),
                     _code(db, scenario.verdi): (True, True, 10_000_00)}
    assert (data.admitted_not_funded_count, data.not_admitted_count) == (1, 1)
    assert data.call.act_number == "determinazione n. 123" and data.header.place == "San Donato Milanese"


def test_annexes_need_the_decision_first(db, scenario):
    with pytest.raises(DomainError, match="determinazione"):
        grant_documents.generate_annex(db, scenario.ranking.uuid, AnnexKind.PUBLIC)


def test_annex_a_holds_no_personal_data_and_annex_b_hides_protected_addresses(db, scenario):
    decision = grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    annex_a = grant_documents.generate_annex(db, scenario.ranking.uuid, "A", issued_on=ISSUED)
    annex_b = grant_documents.generate_annex(db, scenario.ranking.uuid, AnnexKind.RESTRICTED, issued_on=ISSUED)
    public, restricted = _flat(_text(db, annex_a)), _flat(_text(db, annex_b))
    assert "ALLEGATO A ALLA DETERMINAZIONE N. ____ DEL ____" in public  # the decision is not registered yet
    registration.register_document(db, decision.uuid, "245", date(2026, 7, 14))
    registered = _flat(_text(db, grant_documents.generate_annex(db, scenario.ranking.uuid, "A", issued_on=ISSUED)))
    assert "ALLEGATO A ALLA DETERMINAZIONE N. 245 DEL 14/07/2026" in registered
    people = [_person(db, ref) for ref in scenario[2:7]]
    for person in people:
        for personal in (person.surname, person.first_name, person.fiscal_code, f"{person.birth_date:%d/%m/%Y}"):
            assert personal not in public, personal
        assert person.surname in restricted and person.fiscal_code in restricted
    for ref in scenario[2:7]:
        assert _code(db, ref) in public
    assert "85,50" in public and "€ 15.000,00" in public and "Ammessa non finanziata" in public
    assert "Melegnano" not in public and "Via " not in public
    # Annex B: identities, but never a protected person's residence.
    ferri = _person(db, scenario.ferri)
    ferri_block = restricted.split("Beatrice Ferri", 1)[1].split("prot.", 1)[0]
    assert "San Donato" not in ferri_block and "Via Segreta" not in restricted
    assert "residente a Melegnano (MI)" in restricted.split("Maria Rossi", 1)[1].split("prot.", 1)[0]
    assert ferri.fiscal_code in restricted


def test_notice_of_reasons_and_final_exclusion(db, scenario):
    notice = grant_documents.generate_exclusion_letter(db, scenario.esposito.uuid, issued_on=ISSUED)
    text = _flat(_text(db, notice))
    assert "Manca il business plan firmato" in text and "66 anni alla scadenza" in text
    assert "25/07/2026" not in text and "15 giorni dal ricevimento" in text and "Giulia Esposito" in text
    assert "Via Roma 1" in text  # the applicant's residence
    first = grant_documents.generate_exclusion_letter(db, scenario.romano.uuid, issued_on=date(2026, 6, 1))
    assert "motivi ostativi" in _flat(_text(db, first)) and "Prot. n. ____ del ____" in _flat(_text(db, first))
    registration.register_document(db, first.uuid, "3120", date(2026, 6, 2))  # protocolled the next day
    with db.unit_of_work() as s:  # the reply did not help: the officer excludes the application
        application = s.get(GrantApplication, scenario.romano.id)
        move_application(s, application, "non_ammissibile",
                         reason="le osservazioni del 18/06/2026 non dimostrano la residenza nei comuni ammessi")
    final = grant_documents.generate_exclusion_letter(db, scenario.romano.uuid, issued_on=ISSUED)
    text = _flat(_text(db, final))
    assert "esclusa" in text and "Residenza fuori dai comuni ammessi" in text
    assert "nota n. 3120 del 02/06/2026" in text
    assert "le osservazioni del 18/06/2026" in text
    assert final.title.startswith("Esclusione della domanda") and "Romano" not in final.title
    again = _flat(_text(db, grant_documents.generate_exclusion_letter(db, scenario.romano.uuid, issued_on=ISSUED)))
    assert "nota n. 3120 del 02/06/2026" in again  # still the notice, not the first exclusion
    with pytest.raises(DomainError, match="preavviso"):
        grant_documents.generate_exclusion_letter(db, scenario.rossi.uuid, issued_on=ISSUED)


def test_grant_communication_has_amount_tranches_deadlines_and_no_protected_address(db, scenario):
    with pytest.raises(DomainError, match="determinazione"):
        grant_documents.generate_grant_communication(db, scenario.rossi.uuid, issued_on=ISSUED)
    decision = grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    registration.register_document(db, decision.uuid, "245", date(2026, 7, 14))
    ref = grant_documents.generate_grant_communication(db, scenario.rossi.uuid, issued_on=ISSUED)
    text = _flat(_text(db, ref))
    assert "€ 15.000,00 (euro quindicimila/00)" in text and text.count("€ 7.500,00") == 2
    assert "determinazione n. 245 del 14/07/2026" in text
    assert "31/12/2026" in text and "31/12/2027" in text and "Via Emilia 12" in text
    protected = _flat(_text(db, grant_documents.generate_grant_communication(db, scenario.ferri.uuid,
                                                                             issued_on=ISSUED)))
    assert "Beatrice Ferri" in protected and "Via Segreta" not in protected
    assert "Casella postale 15" in protected  # her chosen address for mail
    with pytest.raises(DomainError, match="finanziata"):
        grant_documents.generate_grant_communication(db, scenario.neri.uuid, issued_on=ISSUED)


def test_revocation_states_what_was_paid_and_what_to_give_back(db, scenario):
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    ref = grant_documents.generate_revocation(db, scenario.rossi.uuid, issued_on=date(2026, 11, 5))
    text = _flat(_text(db, ref))
    assert "revoca totale" in text.lower() and "non è stata costituita" in text
    assert "€ 7.500,00 (euro settemilacinquecento/00)" in text and "05/12/2026" in text
    with pytest.raises(DomainError, match="revoca"):
        grant_documents.generate_revocation(db, scenario.ferri.uuid, issued_on=ISSUED)


def test_scoring_minutes_list_members_scores_and_conflicts(db, scenario):
    presidente = add_member(db, scenario.call, "carlo.conti", "Carlo Conti", role="presidente")
    componente = add_member(db, scenario.call, "chiara.colombo", "Chiara Colombo")
    with db.unit_of_work() as s:
        criteria = s.scalars(select(GrantCriterion).where(GrantCriterion.call_id == scenario.call.id)
                             .order_by(GrantCriterion.position)).all()
        for member, points in ((presidente, (20, 10, 15, 12, 10, 8)), (componente, (21, 11, 16, 12, 11, 7))):
            s.add(GrantConflictDeclaration(application_id=scenario.rossi.id, member_id=member.id, has_conflict=False,
                                           declared_on=date(2026, 6, 10)))
            for criterion, value in zip(criteria, points, strict=False):
                s.add(GrantScore(application_id=scenario.rossi.id, member_id=member.id, criterion_id=criterion.id,
                                 points=Decimal(value)))
        s.add(GrantConflictDeclaration(application_id=scenario.ferri.id, member_id=componente.id, has_conflict=True,
                                       declared_on=date(2026, 6, 10), note="parente"))
    ref = grant_documents.generate_minutes(db, scenario.call.uuid, issued_on=ISSUED)
    assert ref.record_type == "grant_call"
    text = _flat(_text(db, ref))
    assert "Carlo Conti" in text and "Chiara Colombo" in text and "Presidente" in text
    assert "20,50" in text and "76,50" in text  # C1 average of 20 and 21; total of the averages
    assert "parente" in text and "valutazione incompleta" in text
    for surname in ("Rossi", "Ferri", "Verdi"):
        assert surname not in text
    # The next decision cites these minutes.
    decision = _flat(_text(db, grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)))
    assert "verbale n. ____ del ____" in decision  # cited, but not registered yet
    registration.register_document(db, ref.uuid, "3", date(2026, 7, 10))
    decision = _flat(_text(db, grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)))
    assert "verbale n. 3 del 10/07/2026" in decision
    assert "Chiara Colombo ha dichiarato un conflitto di interessi per 1 domanda" in decision


def test_batch_generates_one_communication_per_funded_application_with_progress(db, scenario):
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    seen = []
    refs = grant_documents.generate_grant_communications(
        db, scenario.ranking.uuid, lambda done, total: seen.append((done, total)), lambda: False, issued_on=ISSUED)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [r.record_uuid for r in refs] == [scenario.rossi.uuid, scenario.ferri.uuid, scenario.verdi.uuid]
    assert [r.number for r in refs] == [1, 2, 3]
    for ref, amount in zip(refs, ("€ 15.000,00", "€ 15.000,00", "€ 10.000,00"), strict=False):
        assert amount in _flat(_text(db, ref))


def test_cancel_stops_after_the_current_document_and_keeps_what_was_done(db, scenario):
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    seen = []
    refs = grant_documents.generate_grant_communications(
        db, scenario.ranking.uuid, lambda done, total: seen.append(done), lambda: len(seen) >= 2, issued_on=ISSUED)
    assert len(refs) == 1 and seen == [0, 1]
    kept = document_register.list_all(db).items
    assert [d.kind for d in kept].count("concessione") == 1
    assert document_register.document_path(db, refs[0].uuid).is_file()


def test_only_deciders_generate_everyone_reads(db, scenario):
    decision = grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    act_as(db, "revisore.test", Role.REVISORE)  # reads everything, decides nothing
    with pytest.raises(PermissionDeniedError):
        grant_documents.generate_decision(db, scenario.ranking.uuid)
    with pytest.raises(PermissionDeniedError):
        grant_documents.generate_grant_communications(db, scenario.ranking.uuid, lambda *_: None, lambda: False)
    assert document_actions(db, "grant_ranking", scenario.ranking.uuid) == ()
    assert [d.uuid for d in document_register.list_documents(db, "grant_ranking", scenario.ranking.uuid)] == [
        decision.uuid]
    assert Path(document_register.document_path(db, decision.uuid)).is_file()
    act_as(db, "responsabile.test", Role.RESPONSABILE)
    assert grant_documents.generate_annex(db, scenario.ranking.uuid, "B").kind == "allegato_b"


def test_available_actions_follow_the_state_of_the_record(db, scenario):
    def actions(record_type, ref):
        return {a.key: a.available for a in document_actions(db, record_type, ref.uuid)}

    assert actions("grant_ranking", scenario.ranking) == {
        "determinazione": True, "allegato_a": False, "allegato_b": False, "concessioni": False}
    assert actions("grant_application", scenario.esposito) == {
        "soccorso_istruttorio": False, "esclusione": True, "concessione": False, "accettazione": False,
        "avvio_revoca": False, "revoca": False}
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    assert all(actions("grant_ranking", scenario.ranking).values())
    assert actions("grant_application", scenario.rossi) == {
        "soccorso_istruttorio": False, "esclusione": False, "concessione": True, "accettazione": True,
        "avvio_revoca": False, "revoca": True}
    assert actions("grant_application", scenario.ferri)["revoca"] is False
    assert actions("grant_call", scenario.call) == {
        "informativa": True, "nomina_commissione": False, "verbale": False, "verbale_riservato": False}
    add_member(db, scenario.call, "carlo.conti")
    assert actions("grant_call", scenario.call) == {
        "informativa": True, "nomina_commissione": True, "verbale": True, "verbale_riservato": False}


def test_a_batch_reads_each_letters_data_in_bulk_exactly_as_one_letter_reads_it(db, scenario):
    from equilibri_desktop.services.grants.letter_data import communication_data, communications_data
    from equilibri_desktop.storage.models import GrantCostItem, GrantFirm

    decision = grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    registration.register_document(db, decision.uuid, "45", date(2026, 7, 10))  # cited with its official number
    with db.unit_of_work() as s:  # each letter has something of its own: a firm, a cost plan, neither
        s.add(GrantFirm(application_id=scenario.rossi.id, name="Rossi Servizi srl", non_commercial=False))
        s.add(GrantFirm(application_id=scenario.ferri.id, name="", non_commercial=True))
        s.add_all([GrantCostItem(application_id=scenario.verdi.id, description="Forno", amount_cents=6_000_00,
                                 capital_good=True),
                   GrantCostItem(application_id=scenario.verdi.id, description="Corso", amount_cents=4_000_00)])
    office = Office(PROFILE)
    ids = [scenario.rossi.id, scenario.ferri.id, scenario.verdi.id]
    with db.unit_of_work() as s:
        applications = [s.get(GrantApplication, i) for i in ids]
        one_by_one = [communication_data(s, a, office, ISSUED) for a in applications]
        in_bulk = communications_data(s, applications, office, ISSUED)
        assert in_bulk == one_by_one
        assert in_bulk[0].business_name == "Rossi Servizi srl" and in_bulk[0].decision.number_label == "45"
        assert len({letter.withholding_base_cents for letter in in_bulk}) > 1  # the cost plans differ
        with pytest.raises(DomainError, match="non risulta finanziata"):
            communications_data(s, [*applications, s.get(GrantApplication, scenario.neri.id)], office, ISSUED)
