"""Agile-work rules: withdrawal notice (30 days, 90 for the employer of a disabled worker), the disconnection
band against 11 hours of rest, the contact band where the collective agreement asks for it, the Ministry's
deadline and required fields, the monitoring's small-group rule."""

from __future__ import annotations

from datetime import date

import pytest

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.flexwork import legal
from equilibri_desktop.domain.flexwork.agreement import AgreementInput, minimum_notice
from equilibri_desktop.domain.flexwork.bands import Band, band_problems, parse_band, parse_time
from equilibri_desktop.domain.flexwork.codes import (
    AgreementDuration,
    CommunicationType,
    Phase,
    Priority,
    Sector,
)
from equilibri_desktop.domain.flexwork.coworking import PlacementInput, SpaceInput
from equilibri_desktop.domain.flexwork.ministry import (
    COLUMNS,
    MinistryRow,
    cell,
    due_date,
    is_near,
    missing_fields,
)
from equilibri_desktop.domain.flexwork.monitoring import MIN_GROUP, QuestionnaireInput, summarise
from equilibri_desktop.domain.flexwork.pathway import AssessmentInput, PathwayInput, pat_problems
from equilibri_desktop.domain.flexwork.regulation import RegulationInput

ON = date(2026, 3, 1)


def _valid(**changes) -> AgreementInput:
    values = dict(person_uuid="p", signed_on=date(2026, 2, 20), start_on=ON, employment_start=date(2020, 1, 1),
                  tools="Portatile", contact_start="10:00", contact_end="12:00", safety_notice_on=date(2026, 2, 20))
    values.update(changes)
    return AgreementInput(**values)


def _fields(errors) -> set[str]:
    return {e.field for e in errors}


def test_a_complete_agreement_has_no_problems():
    assert _valid().problems(contact_required=True) == []


@pytest.mark.parametrize(("disabled", "by_employer", "days"), [(False, False, 30), (False, True, 30),
                                                               (True, False, 30), (True, True, 90)])
def test_minimum_notice_with_its_source(disabled, by_employer, days):
    least, source = minimum_notice(by_employer, disabled, ON)
    assert least == days and "art. 19 c. 2 L. 81/2017" in source
    assert ("L. 68/1999" in source) == (disabled and by_employer)


def test_notice_shorter_than_the_law_is_refused_next_to_its_field():
    errors = _valid(notice_days_worker=29).problems(False)
    assert _fields(errors) == {"notice_days_worker"} and "almeno 30 giorni" in errors[0].message
    errors = _valid(notice_days_employer=60, worker_disabled=True).problems(False)
    assert _fields(errors) == {"notice_days_employer"} and "almeno 90 giorni" in errors[0].message
    assert _valid(notice_days_employer=90, worker_disabled=True).problems(False) == []


def test_fixed_term_agreements_need_an_end_but_no_notice_check():
    fixed = _valid(duration=AgreementDuration.FIXED, notice_days_worker=0, notice_days_employer=0)
    assert _fields(fixed.problems(False)) == {"end_on"}
    assert fixed.problems(False)[0].message.startswith("Un accordo a tempo determinato")
    assert _valid(duration=AgreementDuration.FIXED, end_on=date(2026, 12, 31), notice_days_worker=0,
                  notice_days_employer=0).problems(False) == []


def test_an_end_before_the_start_is_refused():
    errors = _valid(end_on=date(2026, 2, 1)).problems(False)
    assert any(e.field == "end_on" and "precedente" in e.message for e in errors)


@pytest.mark.parametrize(("start", "end", "ok"), [("20:00", "07:00", True), ("21:00", "08:00", True),
                                                  ("22:00", "08:00", False), ("19:00", "06:00", True),
                                                  ("13:00", "23:00", False)])
def test_disconnection_band_must_hold_eleven_hours_of_rest(start, end, ok):
    errors = _valid(disconnection_start=start, disconnection_end=end).problems(False)
    assert ("disconnection" not in _fields(errors)) == ok
    if not ok:
        assert "11 ore consecutive" in next(e.message for e in errors if e.field == "disconnection")


def test_contact_band_required_by_the_collective_agreement():
    no_band = _valid(contact_start="", contact_end="")
    assert no_band.problems(contact_required=False) == []
    assert _fields(no_band.problems(contact_required=True)) == {"contact"}


def test_contact_band_inside_the_disconnection_band_is_refused():
    errors = _valid(contact_start="19:30", contact_end="20:30", disconnection_start="20:00",
                    disconnection_end="08:00").problems(False)
    assert _fields(errors) == {"contact"}


def test_band_arithmetic_across_midnight():
    assert Band(parse_time("20:00"), parse_time("07:00")).minutes == 11 * 60
    assert parse_time("25:00") is None and parse_time("8.30").minute == 30
    band, errors = parse_band("ab", "10:00", "contact", "fascia di contattabilità")
    assert band is None and errors[0].field == "contact"
    assert band_problems(None, None, False, ON)[0].field == "disconnection"


def test_priority_child_age_is_dated_data():
    assert legal.figure(legal.PRIORITY_CHILD_AGE, ON) == 12
    assert "3-bis" in legal.source(legal.PRIORITY_CHILD_AGE, ON)
    assert Priority.PARENT_CHILD_12.label == "Genitore di figli fino a 12 anni"


@pytest.mark.parametrize(("event", "sector", "due"), [
    (date(2026, 3, 2), Sector.PRIVATE, date(2026, 3, 7)),
    (date(2026, 12, 29), Sector.PRIVATE, date(2027, 1, 3)),
    (date(2026, 3, 2), Sector.PUBLIC, date(2026, 4, 20)),
    (date(2026, 12, 5), Sector.PUBLIC, date(2027, 1, 20)),
])
def test_ministry_deadline(event, sector, due):
    assert due_date(event, sector) == due


def test_deadline_is_near_two_days_before_and_after():
    assert not is_near(date(2026, 3, 7), date(2026, 3, 4))
    assert is_near(date(2026, 3, 7), date(2026, 3, 5)) and is_near(date(2026, 3, 7), date(2026, 3, 9))


def _row(**changes) -> MinistryRow:
    values = dict(communication_type=CommunicationType.START, employer_fiscal_code="01234567897",
                  worker_fiscal_code="FRRCHR85M52F205Z", worker_surname="Ferri", worker_name="Chiara",
                  worker_birth_date=date(1985, 8, 12), worker_birth_place="F205", employment_start=date(2019, 3, 1),
                  employment_type="Tempo indeterminato", inail_pat="12345678", inail_tariff="6211",
                  agreement_type="A tempo indeterminato", signed_on=date(2026, 2, 20), period_start=ON,
                  period_end=None, record="Ferri Chiara (Officine)")
    values.update(changes)
    return MinistryRow(**values)


def test_ministry_row_fields_in_the_model_order():
    assert [h for h, _n in COLUMNS] == [
        "Tipo comunicazione", "Codice fiscale datore di lavoro", "Codice fiscale lavoratore", "Cognome lavoratore",
        "Nome lavoratore", "Data di nascita", "Comune o Stato estero di nascita", "Data inizio rapporto di lavoro",
        "Tipologia rapporto di lavoro", "PAT INAIL", "Voce di tariffa INAIL", "Tipologia accordo",
        "Data sottoscrizione accordo", "Data inizio periodo lavoro agile", "Data fine periodo lavoro agile"]
    row = _row()
    assert [cell(row, n) for _h, n in COLUMNS][:3] == ["INIZIO", "01234567897", "FRRCHR85M52F205Z"]
    assert cell(row, "period_start") == "01/03/2026" and cell(row, "period_end") == ""
    assert missing_fields(row) == []


def test_ministry_row_missing_fields_are_named():
    assert missing_fields(_row(worker_fiscal_code="", inail_pat="")) == ["codice fiscale del lavoratore",
                                                                         "PAT INAIL"]
    assert missing_fields(_row(fixed_term=True)) == ["fine del periodo"]
    assert missing_fields(_row(communication_type=CommunicationType.WITHDRAWAL)) == ["fine del periodo"]


def test_pat_special_codes_and_malformed_ones():
    assert pat_problems("99992000", "0000") == [] and pat_problems("000000000", "0000") == []
    assert {e.field for e in pat_problems("12AB", "62")} == {"inail_pat", "inail_tariff"}
    with pytest.raises(ValidationError) as caught:
        PathwayInput(organisation_uuid=None, consultant="").validated()
    assert {e.field for e in caught.value.errors} == {"organisation", "consultant"}


def test_assessment_is_consistent():
    with pytest.raises(ValidationError) as caught:
        AssessmentInput(assessed_on=ON, roles_total=3, roles_remote=5, workers_women=2, workers_men=2,
                        workers_caregivers=5).validated()
    assert {e.field for e in caught.value.errors} == {"roles_remote", "workers_caregivers"}


def test_regulation_choices_are_checked():
    RegulationInput(days=2).validated(contact_required=False, on=ON)
    with pytest.raises(ValidationError) as caught:
        RegulationInput(days=6, disconnection_start="23:00", disconnection_end="07:00", places=(),
                        trial_months=13).validated(contact_required=True, on=ON)
    assert {e.field for e in caught.value.errors} == {"days", "disconnection", "contact", "places", "trial_months"}


def test_coworking_space_and_placement_checks():
    with pytest.raises(ValidationError) as caught:
        SpaceInput(name="", seats=0).validated()
    assert {e.field for e in caught.value.errors} == {"name", "address", "municipality", "seats"}
    with pytest.raises(ValidationError) as caught:
        PlacementInput(person_uuid="p", start_on=ON, end_on=date(2026, 1, 1)).validated()
    assert {e.field for e in caught.value.errors} == {"end_on"}


def test_monitoring_never_shows_a_group_under_five():
    answers = ([QuestionnaireInput(Phase.BEFORE, "F", wellbeing=2, balance=2)] * 6
               + [QuestionnaireInput(Phase.AFTER, "F", wellbeing=4, balance=5, remote_days_month=8,
                                     commute_minutes_saved_week=120, commute_km_saved_week=40)] * 6
               + [QuestionnaireInput(Phase.AFTER, "M", Priority.CAREGIVER, wellbeing=3)] * (MIN_GROUP - 1))
    results = summarise(answers)
    assert results.before.wellbeing == 2 and results.after.count == 10
    women, men, _other = results.by_sex
    assert women.balance == 5 and women.commute_hours_saved_week == 12
    assert men.withheld and men.wellbeing is None and men.count is None
    assert results.by_priority[0].withheld and results.withheld_groups == 2


def test_questionnaire_checks():
    with pytest.raises(ValidationError) as caught:
        QuestionnaireInput(Phase.BEFORE, "Z", wellbeing=6, commute_km_saved_week=10).validated()
    assert {e.field for e in caught.value.errors} == {"sex", "wellbeing", "phase"}
