"""The eligibility checklist: every rule's ok / ko / to-verify, ages on the deadline, omocodes, and the
officer's confirmations and overrides."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from codicefiscale import codicefiscale

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import CheckOutcome, EligibilityRule
from equilibri_desktop.domain.grants.eligibility import (
    ApplicantFacts,
    ApplicationFacts,
    CallTerms,
    age_on,
    evaluate,
    overall,
    requirement_warnings,
)
from equilibri_desktop.services.grants import eligibility as grant_eligibility
from equilibri_desktop.storage.models import GrantApplication, GrantDeclaration, Person
from tests.grant_helpers import add_woman, make_application, make_call

OK, KO, ND = CheckOutcome.OK, CheckOutcome.KO, CheckOutcome.NON_VERIFICABILE
UTC = UTC
MARIA_CF = codicefiscale.encode("Rossi", "Maria", "F", "1985-03-12", "F100")
# 15 May 2026, 12:00 in Rome (CEST, UTC+2).
TERMS = CallTerms(opens_at=datetime(2026, 3, 16, 8, tzinfo=UTC), closes_at=datetime(2026, 5, 15, 10, tzinfo=UTC),
                  min_age=18, max_age=35, municipality_ids=frozenset({1, 2}), min_cofinancing_pct=Decimal(20))
FACTS = ApplicationFacts(
    applicant=ApplicantFacts(fiscal_code=MARIA_CF, sex="F", birth_date=date(1995, 3, 12), municipality_id=1,
                             municipality_name="Melegnano"),
    occupational_status="disoccupata", did_date=date(2025, 11, 3),
    received_at=datetime(2026, 4, 10, 8, 30, tzinfo=UTC), total_costs_cents=16_000_00,
    own_cofinancing_cents=4_000_00, declarations=(("Assenza di condanne", True), ("De minimis", True)))


def outcome(rule: EligibilityRule, facts: ApplicationFacts = FACTS, terms: CallTerms = TERMS):
    result = next(r for r in evaluate(terms, facts) if r.rule is rule)
    return result.outcome, result.detail


def applicant(**changes) -> ApplicationFacts:
    return replace(FACTS, applicant=replace(FACTS.applicant, **changes))


def test_a_complete_application_passes_every_rule():
    results = evaluate(TERMS, FACTS)
    assert [r.rule for r in results] == list(EligibilityRule)
    assert {r.outcome for r in results} == {OK}
    assert overall([r.outcome for r in results]) is True


# --- sex ---------------------------------------------------------------------------------------------------

def test_sex_comes_from_the_fiscal_code_not_from_what_was_typed():
    male = codicefiscale.encode("Rossi", "Mario", "M", "1985-03-12", "F100")
    assert outcome(EligibilityRule.SESSO, applicant(fiscal_code=male, sex="F"))[0] is KO
    assert outcome(EligibilityRule.SESSO)[1] == "Sesso femminile dal codice fiscale."


def test_an_omocode_still_gives_the_sex():
    omocode = codicefiscale.decode(MARIA_CF)["omocodes"][3]
    assert omocode != MARIA_CF
    result, detail = outcome(EligibilityRule.SESSO, applicant(fiscal_code=omocode, sex=""))
    assert (result, detail) == (OK, "Sesso femminile dal codice fiscale.")


def test_without_a_valid_code_the_registry_sex_is_used_and_else_it_is_to_verify():
    assert outcome(EligibilityRule.SESSO, applicant(fiscal_code="", sex="F")) == (
        OK, "Sesso femminile dall'anagrafica (codice fiscale assente).")
    assert outcome(EligibilityRule.SESSO, applicant(fiscal_code="RSSMRA85C52F100A", sex="M"))[0] is KO
    assert outcome(EligibilityRule.SESSO, applicant(fiscal_code="", sex=""))[0] is ND


def test_a_provisional_code_is_not_called_invalid():
    from stdnum import luhn

    provisional = "1234567001" + luhn.calc_check_digit("1234567001")  # 11 digits: valid, but no sex in it
    assert outcome(EligibilityRule.SESSO, applicant(fiscal_code=provisional, sex="F")) == (
        OK, "Sesso femminile dall'anagrafica (codice fiscale provvisorio, che non indica il sesso).")


# --- age ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("born", "expected"), [
    (date(2008, 5, 15), OK),  # turns 18 on the closing day
    (date(2008, 5, 16), KO),  # turns 18 the day after
    (date(1990, 5, 16), OK),  # 35 until the day after the deadline
    (date(1990, 5, 15), KO),  # turns 36 on the closing day
])
def test_age_is_counted_on_the_closing_day(born, expected):
    assert outcome(EligibilityRule.ETA, applicant(birth_date=born))[0] is expected


def test_the_closing_day_is_the_local_one():
    # 23:30 UTC on 14 May is already 15 May in Rome: she is 18 on the deadline.
    late = replace(TERMS, closes_at=datetime(2026, 5, 14, 22, 30, tzinfo=UTC))
    assert outcome(EligibilityRule.ETA, applicant(birth_date=date(2008, 5, 15)), late)[0] is OK


def test_age_without_limits_or_data():
    assert outcome(EligibilityRule.ETA, terms=replace(TERMS, min_age=None, max_age=None))[0] is OK
    assert outcome(EligibilityRule.ETA, terms=replace(TERMS, closes_at=None))[0] is ND
    assert outcome(EligibilityRule.ETA, applicant(birth_date=None, fiscal_code=""))[0] is ND
    # No birth date typed: the one in the codice fiscale counts (1985: 41, over 35).
    assert outcome(EligibilityRule.ETA, applicant(birth_date=None))[0] is KO
    assert age_on(date(2000, 2, 29), date(2018, 2, 28)) == 17


# --- residence, occupation, deadline, co-financing, company, declarations -----------------------------------

def test_residence():
    assert outcome(EligibilityRule.RESIDENZA) == (OK, "Residente in un comune ammesso (Melegnano).")
    assert outcome(EligibilityRule.RESIDENZA, applicant(municipality_id=None, municipality_name="Lodi"))[0] is KO
    assert outcome(EligibilityRule.RESIDENZA, applicant(municipality_id=None, municipality_name=""))[0] is ND
    assert outcome(EligibilityRule.RESIDENZA, terms=replace(TERMS, municipality_ids=frozenset()))[0] is ND
    hidden = outcome(EligibilityRule.RESIDENZA, applicant(protected=True))
    assert hidden[0] is OK and "Melegnano" not in hidden[1]


@pytest.mark.parametrize(("status", "did", "expected"), [
    ("disoccupata", date(2025, 11, 3), OK),
    ("disoccupata", None, ND),
    ("disoccupata", date(2026, 6, 1), KO),  # registered after the call closed
    ("inoccupata", None, OK),
    ("occupata", None, KO),
    ("studentessa", None, KO),  # not admitted unless the call says so
    ("altro", None, ND),  # the officer reads what the applicant wrote
    ("", None, ND),
])
def test_occupational_status(status, did, expected):
    assert outcome(EligibilityRule.CONDIZIONE_OCCUPAZIONALE,
                   replace(FACTS, occupational_status=status, did_date=did))[0] is expected


def test_the_call_decides_which_occupational_statuses_are_admitted():
    students_too = replace(TERMS, allowed_occupations=frozenset({"disoccupata", "studentessa"}))
    student = replace(FACTS, occupational_status="studentessa", did_date=None)
    assert outcome(EligibilityRule.CONDIZIONE_OCCUPAZIONALE, student, students_too) == (
        OK, "Condizione «Studentessa/studente» ammessa.")
    never_employed = replace(FACTS, occupational_status="inoccupata", did_date=None)
    assert outcome(EligibilityRule.CONDIZIONE_OCCUPAZIONALE, never_employed, students_too)[0] is KO
    assert outcome(EligibilityRule.CONDIZIONE_OCCUPAZIONALE, never_employed)[0] is OK


@pytest.mark.parametrize(("received", "expected"), [
    (datetime(2026, 5, 15, 10, 0, tzinfo=UTC), OK),  # at the closing minute
    (datetime(2026, 5, 15, 10, 1, tzinfo=UTC), KO),
    (datetime(2026, 3, 16, 7, 59, tzinfo=UTC), KO),
    (None, ND),
])
def test_received_within_the_call(received, expected):
    assert outcome(EligibilityRule.TERMINE, replace(FACTS, received_at=received))[0] is expected


def test_deadline_detail_is_in_rome_time():
    assert outcome(EligibilityRule.TERMINE)[1] == "Ricevuta il 10/04/2026 10:30, entro la chiusura (15/05/2026 12:00)."


def test_cofinancing_share():
    assert outcome(EligibilityRule.COFINANZIAMENTO) == (
        OK, "€ 4.000,00, pari al 25,00% dei costi (minimo 20,00%).")
    assert outcome(EligibilityRule.COFINANZIAMENTO, replace(FACTS, own_cofinancing_cents=3_200_00))[0] is OK
    assert outcome(EligibilityRule.COFINANZIAMENTO, replace(FACTS, own_cofinancing_cents=3_199_99))[0] is KO
    assert outcome(EligibilityRule.COFINANZIAMENTO, replace(FACTS, total_costs_cents=0))[0] is ND


def test_female_enterprise():
    company = replace(FACTS, applicant_kind="societa", women_quota_pct=Decimal(60), women_board_pct=Decimal("50.01"))
    assert outcome(EligibilityRule.COMPAGINE_FEMMINILE, company)[0] is OK
    assert outcome(EligibilityRule.COMPAGINE_FEMMINILE, replace(company, women_board_pct=Decimal(50)))[0] is KO
    assert outcome(EligibilityRule.COMPAGINE_FEMMINILE, replace(company, women_quota_pct=None))[0] is ND
    two_thirds = replace(TERMS, women_share_above=Decimal("66.66"))
    assert outcome(EligibilityRule.COMPAGINE_FEMMINILE, company, two_thirds)[0] is KO


def test_requirement_warnings_name_the_fields_that_miss_the_call():
    company = replace(FACTS, occupational_status="pensionata", applicant_kind="societa",
                      women_quota_pct=Decimal(50), women_board_pct=Decimal(80))
    assert [(w.field, w.message) for w in requirement_warnings(TERMS, company)] == [
        ("occupational_status", "Condizione «Pensionata/o» non ammessa dal bando."),
        ("women_quota_pct", "Donne: 50,00% delle quote, 80,00% dell'organo amministrativo (oltre il 50,00%)."),
    ]
    assert requirement_warnings(TERMS, FACTS) == ()
    assert requirement_warnings(TERMS, replace(FACTS, occupational_status="")) == ()  # to verify, not a warning


def test_declarations():
    missing = replace(FACTS, declarations=(("Assenza di condanne", True), ("De minimis", False)))
    assert outcome(EligibilityRule.DICHIARAZIONI, missing) == (KO, "Mancano: De minimis")
    assert outcome(EligibilityRule.DICHIARAZIONI, replace(FACTS, declarations=()))[0] is ND


def test_overall_result():
    assert overall([OK, ND, OK]) is None
    assert overall([OK, ND, KO]) is False
    assert overall([]) is None


# --- service -----------------------------------------------------------------------------------------------

def application_of(db, **fields):
    call = make_call(db)
    woman = add_woman(db)
    ref = make_application(db, call, woman, **fields)
    with db.unit_of_work() as s:
        s.add(GrantDeclaration(application_id=ref.id, code="condanne", label="Assenza di condanne", given=True))
    return ref, woman


def rows_by_rule(checklist):
    return {row.rule: row for row in checklist.rows}


def test_compute_and_confirm_all(db):
    ref, _ = application_of(db)
    assert grant_eligibility.get_checklist(db, ref.uuid).rows == ()
    checklist = grant_eligibility.compute_eligibility(db, ref.uuid)
    rows = rows_by_rule(checklist)
    assert {rule: row.computed for rule, row in rows.items()} == {rule.value: "ok" for rule in EligibilityRule}
    assert not checklist.all_confirmed and checklist.eligible is None
    done = grant_eligibility.confirm_all(db, ref.uuid)
    assert done.all_confirmed and done.eligible is True and done.pending == ()
    assert {row.confirmed_by for row in done.rows} == {db.user}


def test_override_needs_a_reason_and_the_decide_permission(db):
    ref, _ = application_of(db)
    grant_eligibility.compute_eligibility(db, ref.uuid)
    with pytest.raises(ValidationError) as caught:
        grant_eligibility.confirm_check(db, ref.uuid, EligibilityRule.RESIDENZA, "ko")
    assert caught.value.errors[0].field == "override_reason"
    db.actor = Actor("op", roles=frozenset({Role.OPERATORE}))
    grant_eligibility.confirm_check(db, ref.uuid, EligibilityRule.SESSO, "ok")  # confirming needs no reason
    with pytest.raises(PermissionDeniedError):
        grant_eligibility.confirm_check(db, ref.uuid, EligibilityRule.RESIDENZA, "ko", "Trasferita a Lodi nel 2026")
    db.actor = Actor("resp", roles=frozenset({Role.RESPONSABILE}))
    checklist = grant_eligibility.confirm_check(db, ref.uuid, EligibilityRule.RESIDENZA, "ko",
                                                "Trasferita a Lodi prima della domanda")
    row = rows_by_rule(checklist)["residenza"]
    assert row.overridden and row.override_reason.startswith("Trasferita") and row.confirmed_by == "resp"
    assert row.confirmed_at is not None and checklist.eligible is False


def test_a_line_to_verify_is_settled_with_a_note_by_the_officer(db):
    ref, _ = application_of(db, occupational_status="disoccupata", did_date=None)
    with db.unit_of_work() as s:
        s.get(Person, s.get(GrantApplication, ref.id).applicant_id).did_date = None
    checklist = grant_eligibility.confirm_all(db, ref.uuid)
    assert rows_by_rule(checklist)["condizione_occupazionale"].computed == "nd"
    assert checklist.pending == ("Condizione occupazionale",)
    db.actor = Actor("op", roles=frozenset({Role.OPERATORE}))
    with pytest.raises(ValidationError):
        grant_eligibility.confirm_check(db, ref.uuid, "condizione_occupazionale", "ok")
    with pytest.raises(ValidationError):
        grant_eligibility.confirm_check(db, ref.uuid, "condizione_occupazionale", "nd", "Non so ancora cosa fare")
    done = grant_eligibility.confirm_check(db, ref.uuid, "condizione_occupazionale", "ok",
                                           "DID del 03/11/2025 vista sul portale regionale")
    assert done.all_confirmed and done.eligible is True


def test_recomputing_keeps_confirmations_whose_outcome_did_not_change(db):
    ref, woman = application_of(db)
    grant_eligibility.confirm_all(db, ref.uuid)
    with db.unit_of_work() as s:  # the applicant moves out of the eligible municipalities
        person = s.get(Person, woman.id)
        person.municipality_id, person.municipality_name = None, "Lodi"
        s.get(GrantApplication, ref.id).own_cofinancing_cents = 4_100_00
    rows = rows_by_rule(grant_eligibility.compute_eligibility(db, ref.uuid))
    assert rows["residenza"].computed == "ko" and rows["residenza"].confirmed == ""
    assert rows["sesso"].confirmed == "ok"
    # Same outcome, new figures: the confirmation stays and the detail follows the data.
    assert rows["cofinanziamento"].confirmed == "ok" and "€ 4.100,00" in rows["cofinanziamento"].detail


def test_confirming_before_computing_is_refused(db):
    ref, _ = application_of(db)
    with pytest.raises(DomainError, match="Ricalcola"):
        grant_eligibility.confirm_check(db, ref.uuid, EligibilityRule.SESSO, "ok")


def test_permissions_to_compute(db):
    ref, _ = application_of(db)
    db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    with pytest.raises(PermissionDeniedError):
        grant_eligibility.compute_eligibility(db, ref.uuid)
    assert grant_eligibility.get_checklist(db, ref.uuid).rows == ()  # reading is allowed


def test_the_checklist_follows_the_call_requirements(db):
    call = make_call(db, allowed_occupations="disoccupata,studentessa", women_share_above_pct=Decimal(60))
    student = make_application(db, call, add_woman(db), occupational_status="studentessa", did_date=None,
                               applicant_kind="societa", women_quota_pct=Decimal(55), women_board_pct=Decimal(70))
    rows = rows_by_rule(grant_eligibility.compute_eligibility(db, student.uuid))
    assert rows["condizione_occupazionale"].computed == "ok"
    assert rows["compagine_femminile"].computed == "ko"  # 55% of the quotas is not more than 60%
    assert "oltre il 60,00%" in rows["compagine_femminile"].detail
    never_employed = make_application(db, call, add_woman(db, "Bianchi", "Anna"), occupational_status="inoccupata",
                                      did_date=None)
    rows = rows_by_rule(grant_eligibility.compute_eligibility(db, never_employed.uuid))
    assert rows["condizione_occupazionale"].computed == "ko"


def test_the_call_may_measure_age_at_submission():
    # Born 20/04/2008: 17 when she applies on 10/04/2026, 18 by the closing day (15/05/2026).
    young = applicant(birth_date=date(2008, 4, 20))
    assert outcome(EligibilityRule.ETA, young)[0] is OK
    at_submission = replace(TERMS, age_reference="domanda")
    result, detail = outcome(EligibilityRule.ETA, young, at_submission)
    assert result is KO and "17 anni al 10/04/2026" in detail
    assert outcome(EligibilityRule.ETA, replace(young, received_at=None), at_submission)[0] is ND
