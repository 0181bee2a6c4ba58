"""Welfare services: engagements with firms from the registry, meetings, the survey typed and imported
(all-or-nothing), results per firm and network, plans with their tax treatment, indicators."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.welfare.engagement import MeetingInput
from equilibri_desktop.domain.welfare.plan_rules import PlanBasis
from equilibri_desktop.services.welfare import (
    engagements,
    indicators,
    plans,
    survey,
    survey_import,
)
from equilibri_desktop.services.welfare.dto import MeasureInput, PlanInput
from tests.welfare_helpers import (
    HEADERS,
    engagement,
    organisation,
    survey_row,
    typed,
    write_xlsx,
)


def test_engagement_with_a_network_of_firms_from_the_registry(db):
    a, b = organisation(db, "Officine Riunite srl"), organisation(db, "Meccanica Lambro spa")
    e = engagement(db, a, b, title="Rete welfare Lambro")
    assert e.is_network and e.display_name == "Rete Sud Est (2 imprese)"
    e = engagements.add_meeting(db, e.uuid, MeetingInput(date(2026, 2, 10), Decimal("2.5"), "Avvio"))
    e = engagements.add_meeting(db, e.uuid, MeetingInput(date(2026, 3, 1), Decimal("1.5"), "Questionario"))
    assert e.hours == Decimal("4.0")
    rows = engagements.search_engagements(db, "lambro")
    assert [r.title for r in rows] == ["Rete welfare Lambro"] and rows[0].hours == Decimal("4.0")
    with pytest.raises(ValidationError) as caught:
        engagements.add_meeting(db, e.uuid, MeetingInput(None, Decimal(0), ""))
    assert {f.field for f in caught.value.errors} == {"held_on", "hours", "topic"}


def test_a_reader_cannot_write(db):
    firm = organisation(db, "Officine Riunite srl")
    db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    assert engagements.search_engagements(db) == ()
    with pytest.raises(PermissionDeniedError):
        engagement(db, firm)


def test_import_is_all_or_nothing_and_names_rows_and_columns(db, tmp_path):
    firm = organisation(db, "Officine Riunite srl")
    e = engagement(db, firm)
    bad = [survey_row(i) for i in range(6)]
    bad[2] = bad[2][:3] + ("0",) + bad[2][4:]  # age band "0"
    bad[4] = bad[4][:8] + (40,) + bad[4][9:]  # 40 children
    report = survey_import.import_survey(db, e.uuid, write_xlsx(tmp_path / "bad.xlsx", bad))
    assert report.imported == 0 and [(p.row, p.field) for p in report.problems] == [(4, "eta"), (6, "figli_3_5")]
    unknown = survey_import.import_survey(db, e.uuid, write_xlsx(tmp_path / "u.xlsx", [survey_row(0)],
                                                                 (*HEADERS[:-1], "Colore preferito")))
    assert unknown.unknown_columns == ("Colore preferito",) and unknown.problems[0].row == 0
    assert engagements.get_engagement(db, e.uuid).responses == 0
    report = survey_import.import_survey(db, e.uuid,
                                         write_xlsx(tmp_path / "ok.xlsx", [survey_row(i) for i in range(6)]))
    assert report.ok and report.imported == 6
    assert engagements.get_engagement(db, e.uuid).responses == 6


def test_network_results_per_firm_withhold_small_groups(db, tmp_path):
    a, b = organisation(db, "Officine Riunite srl"), organisation(db, "Meccanica Lambro spa")
    e = engagement(db, a, b)
    rows = [survey_row(i, "Officine Riunite srl") for i in range(10)] + [survey_row(i, "Meccanica Lambro spa")
                                                                          for i in range(3)]
    assert survey_import.import_survey(db, e.uuid, write_xlsx(tmp_path / "rete.xlsx", rows)).imported == 13
    survey.add_response(db, e.uuid, typed(3))
    whole = survey.survey_results(db, e.uuid)
    assert whole.respondents == 14 and not whole.overall.suppressed
    small = survey.survey_results(db, e.uuid, b.uuid)
    assert small.respondents == 3 and small.overall.suppressed
    assert all(f.value is None for f in small.overall.mean_interest)
    stray = survey_import.import_survey(db, e.uuid, write_xlsx(tmp_path / "x.xlsx", [survey_row(0, "Altra srl")]))
    assert stray.problems[0].field == "impresa" and stray.problems[0].row == 2


def test_plan_measures_show_the_treatment_of_the_plan_year(db):
    firm = organisation(db, "Officine Riunite srl")
    comune = organisation(db, "Comune di Melegnano", kind="comune")
    e = engagement(db, firm)
    measures = (MeasureInput("buoni_acquisto", amount_per_worker=Decimal(1500), workers=20),
                MeasureInput("buoni_pasto", amount_per_worker=Decimal(1980), unit_value=Decimal(9), workers=30),
                MeasureInput("palestra_cultura", amount_per_worker=Decimal(300), workers=30),
                MeasureInput("servizio_locale", label="Centro estivo comunale", need="childcare",
                             amount_per_worker=Decimal(400), workers=8, provider_uuid=comune.uuid))
    plan_2025 = plans.save_plan(db, e.uuid, PlanInput(2025, PlanBasis.VOLUNTARY, Decimal(1000000), 14, 20,
                                                      measures=measures))
    plan_2026 = plans.save_plan(db, e.uuid, PlanInput(2026, PlanBasis.VOLUNTARY, Decimal(1000000), 14, 20,
                                                      measures=measures))
    meal_2025, meal_2026 = plan_2025.measures[1].treatment, plan_2026.measures[1].treatment
    assert meal_2025.warnings and "L. 160/2019" in meal_2025.source
    assert not meal_2026.warnings and "L. 199/2025" in meal_2026.source
    assert "L. 207/2024" in plan_2026.measures[0].treatment.source and plan_2026.measures[0].treatment.warnings
    local = plan_2026.measures[3]
    assert local.provider.name == "Comune di Melegnano" and "f-bis" in local.treatment.source
    # 30 × 300 = 9.000 of lett. f against a 5.000 limit (5 per mille of 1.000.000)
    assert plan_2026.deductibility.deductible == Decimal("5000.00")
    contract = plans.save_plan(db, e.uuid, PlanInput(2026, PlanBasis.CONTRACT, Decimal(1000000), 14, 20,
                                                     measures=measures), plan_2026.version)
    assert contract.deductibility.limit is None and contract.deductibility.deductible == Decimal(9000)
    assert plans.get_plan(db, e.uuid, 2026).basis is PlanBasis.CONTRACT


def test_indicators_and_export(db, tmp_path):
    firm = organisation(db, "Officine Riunite srl")
    e = engagement(db, firm)
    engagements.add_meeting(db, e.uuid, MeetingInput(date(2026, 2, 10), Decimal(3), "Avvio"))
    plans.save_plan(db, e.uuid, PlanInput(2026, PlanBasis.REGULATION, Decimal(500000), 12, 18, date(2026, 5, 1),
                                          measures=(MeasureInput("asilo_nido", amount_per_worker=Decimal(800),
                                                                 workers=5),)))
    data = indicators.indicators(db, 2026)
    assert (data.firms_consulted, data.plans_adopted, data.workers_covered_women, data.hours) == (
        1, 1, 12, Decimal(3))
    assert dict(data.measures_by_category)["Istruzione e servizi per l'infanzia (lett. f-bis)"] == 1
    assert indicators.indicators(db, 2025).plans_adopted == 0
    from openpyxl import load_workbook

    book = load_workbook(indicators.export_indicators(db, tmp_path / "ind.xlsx", 2026))
    assert ("Piani adottati", 1) in [tuple(r) for r in book["Indicatori"].iter_rows(values_only=True)]


def test_demo_data_holds_a_firm_engagement_with_a_plan_and_a_network(db):
    from equilibri_desktop.services.demo.seed import seed_demo_data

    seed_demo_data(db, people=30, organisations=40)
    rows = {r.stage.value: r for r in engagements.search_engagements(db)}
    assert set(rows) == {"piano", "indagine"} and rows["piano"].responses == 24
    network = engagements.get_engagement(db, rows["indagine"].uuid)
    assert network.is_network and len(network.firms) == 3
    single = engagements.get_engagement(db, rows["piano"].uuid)
    plan = plans.get_plan(db, single.uuid, single.plan_years[0])
    assert plan.measures and all(m.treatment.source for m in plan.measures)
