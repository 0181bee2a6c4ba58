"""Company welfare rules: dated thresholds by year, treatment warnings, deductibility, survey checks and
small-cell suppression."""

from __future__ import annotations

from decimal import Decimal

import pytest

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.welfare import tax_rules
from equilibri_desktop.domain.welfare.catalogue import NeedCategory, TaxCategory
from equilibri_desktop.domain.welfare.plan_rules import (
    EstimateSettings,
    PlanBasis,
    deductibility,
    estimate,
)
from equilibri_desktop.domain.welfare.results import (
    MIN_GROUP,
    SUPPRESSED_TEXT,
    summarise,
)
from equilibri_desktop.domain.welfare.survey import parse_answer
from equilibri_desktop.domain.welfare.treatment import MeasureAmounts, tax_treatment


@pytest.mark.parametrize(("year", "general", "children", "source"), [
    (2019, "258.23", "258.23", "TUIR art. 51 c. 3"),
    (2023, "258.23", "3000", "D.L. 48/2023"),
    (2024, "1000", "2000", "L. 213/2023 art. 1 c. 16"),
    (2025, "1000", "2000", "L. 207/2024 art. 1 cc. 390"),
    (2027, "1000", "2000", "L. 207/2024"),
    (2028, "258.23", "258.23", "TUIR art. 51 c. 3"),
])
def test_fringe_threshold_by_year_with_its_source(year, general, children, source):
    entry = tax_rules.fringe_threshold(year)
    assert entry.value.general == Decimal(general)
    assert entry.value.with_children == Decimal(children)
    assert source in entry.source


@pytest.mark.parametrize(("year", "electronic", "source"), [
    (2019, "7", "L. 190/2014"), (2020, "8", "L. 160/2019"), (2025, "8", "L. 160/2019"),
    (2026, "10", "L. 199/2025"),
])
def test_meal_voucher_limit_by_year(year, electronic, source):
    entry = tax_rules.meal_voucher_limit(year)
    assert entry.value.electronic == Decimal(electronic) and source in entry.source


@pytest.mark.parametrize(("year", "rate", "ceiling"), [
    (2022, "0.10", "3000"), (2023, "0.05", "3000"), (2025, "0.05", "3000"), (2026, "0.01", "5000"),
    (2027, "0.01", "5000"), (2028, "0.10", "3000"),
])
def test_productivity_bonus_by_year(year, rate, ceiling):
    rule = tax_rules.productivity_bonus(year).value
    assert (rule.rate, rule.ceiling, rule.income_limit) == (Decimal(rate), Decimal(ceiling), Decimal(80000))


def test_fringe_over_threshold_warns_and_is_taxed_for_that_year_only():
    m = MeasureAmounts(TaxCategory.FRINGE, Decimal(1500))
    in_2025 = tax_treatment(m, 2025)
    assert not in_2025.exempt and "intero valore" in in_2025.warnings[0] and "2025" in in_2025.warnings[0]
    with_children = tax_treatment(MeasureAmounts(TaxCategory.FRINGE, Decimal(1500), with_children=True), 2025)
    assert with_children.exempt and not with_children.warnings
    assert not tax_treatment(MeasureAmounts(TaxCategory.FRINGE, Decimal(300)), 2028).exempt


def test_meal_voucher_of_nine_euro_is_fine_only_from_2026():
    m = MeasureAmounts(TaxCategory.MEAL_VOUCHER, Decimal(1980), unit_value=Decimal(9))
    assert tax_treatment(m, 2025).warnings and not tax_treatment(m, 2026).warnings


def test_childcare_has_no_limit():
    t = tax_treatment(MeasureAmounts(TaxCategory.ART_51_F_BIS, Decimal(5000)), 2026)
    assert t.exempt and "f-bis" in t.source


def test_voluntary_plan_deducts_art_100_measures_up_to_five_per_mille():
    d = deductibility(PlanBasis.VOLUNTARY, Decimal(3000), Decimal(400000), 2026)
    assert d.limit == Decimal("2000.00") and d.deductible == Decimal("2000.00")
    assert "1.000,00" in d.consequence and "art. 100" in d.source
    under = deductibility(PlanBasis.VOLUNTARY, Decimal(1500), Decimal(400000), 2026)
    assert under.deductible == Decimal(1500) and "non sono deducibili" not in under.consequence


@pytest.mark.parametrize("basis", [PlanBasis.CONTRACT, PlanBasis.REGULATION])
def test_plan_owed_by_contract_or_regulation_is_fully_deductible(basis):
    d = deductibility(basis, Decimal(3000), Decimal(400000), 2026)
    assert d.limit is None and d.deductible == Decimal(3000) and "art. 95" in d.source


def test_estimate_compares_welfare_with_salary():
    e = estimate(Decimal(1000), True, EstimateSettings(Decimal("0.30"), Decimal("0.10"), Decimal("0.30")))
    assert (e.welfare_cost, e.welfare_net) == (Decimal("1000.00"), Decimal("1000.00"))
    assert (e.salary_cost, e.salary_net) == (Decimal("1300.00"), Decimal("630.00"))
    assert e.worker_gain == Decimal("370.00") and e.firm_saving == Decimal("300.00")
    taxed = estimate(Decimal(1000), False, EstimateSettings())
    assert taxed.worker_gain == 0 and taxed.firm_saving == 0


def _raw(**overrides):
    raw = {"sesso": "F", "eta": "30-39", "contratto": "indeterminato", "part_time": "no", "nucleo": "coppia_figli",
           "figli_0_2": 1, "interesse_childcare": 5, "interesse_health": 3}
    return raw | overrides


def test_impossible_answers_are_named_by_field():
    with pytest.raises(ValidationError) as caught:
        parse_answer(_raw(eta="0", figli_3_5=40, interesse_time=7))
    fields = {e.field for e in caught.value.errors}
    assert fields == {"eta", "figli_3_5", "interesse_time"}
    assert "40" in caught.value.for_field("figli_3_5")


def test_answer_accepts_labels_and_codes():
    answer = parse_answer(_raw(sesso="Donna", part_time="Sì"))
    assert answer.part_time and answer.has_children and answer.interest(NeedCategory.CHILDCARE) == 5


def test_groups_under_five_respondents_show_no_figure():
    answers = [parse_answer(_raw()) for _ in range(MIN_GROUP)] + [parse_answer(_raw(sesso="M"))] * (MIN_GROUP - 1)
    results = summarise(answers)
    women, men, other = results.by_sex
    assert not women.suppressed and women.mean_interest[0].value == Decimal("5.0")
    assert men.suppressed and all(f.value is None and f.text() == SUPPRESSED_TEXT for f in men.mean_interest)
    assert other.respondents == 0
    sex_counts = dict(results.compositions[0].rows)
    assert sex_counts["Uomo"].suppressed and not sex_counts["Donna"].suppressed
    assert not results.overall.suppressed and results.overall.respondents == 2 * MIN_GROUP - 1


def test_equal_codes_in_different_questions_keep_their_own_labels():
    from equilibri_desktop.domain.welfare.survey_codes import (
        AgeBand,
        CommuteMode,
        CommuteTime,
        Contract,
        Household,
    )

    assert AgeBand.FROM_60.label == "60 anni e oltre" and CommuteTime.OVER_60.label == "Oltre 60 minuti"
    assert len({Contract.OTHER.label, Household.OTHER.label, CommuteMode.OTHER.label}) == 3


def test_productivity_note_follows_the_year():
    from equilibri_desktop.domain.welfare.plan_rules import productivity_note

    assert "1%" in productivity_note(2026) and "5.000,00" in productivity_note(2026)
    assert "L. 199/2025" in productivity_note(2027)
    assert "5%" in productivity_note(2025) and "3.000,00" in productivity_note(2025)
