"""Specimens of the welfare documents (the survey report and the plan, plus the regulation) from fictitious
example data, for `equilibri-admin specimens`: nothing is read from or written to the database."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.domain.welfare.catalogue import catalogue_measure
from equilibri_desktop.domain.welfare.engagement import Stage, UnionRepresentation
from equilibri_desktop.domain.welfare.plan_rules import (
    EstimateSettings,
    PlanBasis,
    deductibility,
    estimate,
    productivity_note,
)
from equilibri_desktop.domain.welfare.results import summarise
from equilibri_desktop.domain.welfare.survey import parse_answer
from equilibri_desktop.domain.welfare.survey_codes import AgeBand, Household
from equilibri_desktop.domain.welfare.treatment import MeasureAmounts, tax_treatment
from equilibri_desktop.services.welfare import document_data as dd
from equilibri_desktop.services.welfare.dto import (
    EngagementDetail,
    FirmRef,
    MeasureRow,
    PlanDetail,
)

EXAMPLE_MEASURES = (("asilo_nido", "900", None, 6), ("centri_estivi", "400", None, 10),
                    ("assistenza_anziani", "600", None, 4), ("palestra_cultura", "250", None, 34),
                    ("buoni_acquisto", "1200", None, 20), ("buoni_pasto", "2200", "10", 30),
                    ("orario_flessibile", "0", None, 34))


def example_answers(count: int = 40) -> list:
    """Fictitious answers: more women than men, a handful of 'other' so the report shows a withheld group."""
    bands, homes = list(AgeBand), list(Household)
    answers = []
    for i in range(count):
        sex = "X" if i % 13 == 12 else ("F" if i % 5 < 3 else "M")
        answers.append(parse_answer({
            "sesso": sex, "eta": bands[i % len(bands)].value, "contratto": "indeterminato" if i % 6 else "determinato",
            "part_time": "si" if i % 4 == 0 else "no", "nucleo": homes[i % len(homes)].value,
            "figli_0_2": 1 if i % 7 == 0 else 0, "figli_6_10": 1 if i % 3 == 0 else 0,
            "familiari_non_autosufficienti": 1 if i % 8 == 0 else 0,
            "interesse_childcare": 5 - i % 3 if sex == "F" else 3 - i % 2, "interesse_education": 3 + i % 2,
            "interesse_elder_care": 2 + i % 4, "interesse_health": 4, "interesse_pension": 2 + i % 3,
            "interesse_leisure": 3, "interesse_shopping": 4 + i % 2, "interesse_time": 5 - i % 2,
            "preferenza_tempi": ("orario_flessibile", "lavoro_agile", "entrambi")[i % 3],
            "premio_in_welfare": ("si", "no", "non_so")[i % 3]}))
    return answers


def example_engagement(today: date) -> EngagementDetail:
    firm = FirmRef(uuid.uuid4(), "Officine Lambro srl (esempio)", "impresa", "25.62", "Melegnano")
    return EngagementDetail(
        uuid=uuid.uuid4(), version=1, title="Welfare aziendale in Officine Lambro", firms=(firm,), network_name="",
        ateco="25.62", employees_women=16, employees_men=18, employees_permanent=30, employees_fixed_term=4,
        employees_part_time=6, collective_agreement="CCNL Metalmeccanici industria",
        union_representation=UnionRepresentation.RSU, consultant="Giulia Conti (esempio)",
        started_on=date(today.year, 1, 15), stage=Stage.PLAN, next_steps="", notes="", meetings=(), responses=40,
        plan_years=(today.year,))


def example_plan(e: EngagementDetail, year: int) -> PlanDetail:
    settings = EstimateSettings()
    rows = []
    for position, (code, amount, unit, workers) in enumerate(EXAMPLE_MEASURES, 1):
        item = catalogue_measure(code)
        value, unit_value = Decimal(amount), Decimal(unit) if unit else None
        treatment = tax_treatment(MeasureAmounts(item.tax_category, value, unit_value), year)
        rows.append(MeasureRow(position, code, item.label, item.need.value, value, unit_value, workers, False, None,
                               treatment, estimate(value, treatment.exempt, settings)))
    art_100 = sum((r.total for r in rows if r.code == "palestra_cultura"), Decimal(0))
    labour = Decimal(1100000)
    return PlanDetail(uuid.uuid4(), 1, e.uuid, e.title, e.display_name, year, PlanBasis.VOLUNTARY, labour, 16, 18,
                      None, settings, tuple(rows), deductibility(PlanBasis.VOLUNTARY, art_100, labour, year), "",
                      productivity_note(year))


def render_welfare_specimens(profile: OrganisationProfile, outdir: Path, today: date) -> list[Path]:
    from equilibri_desktop.documents.welfare.plan import build_plan_pdf
    from equilibri_desktop.documents.welfare.regulation import build_regulation_pdf
    from equilibri_desktop.documents.welfare.survey_report import (
        build_survey_report_pdf,
    )

    e = example_engagement(today)
    header = dd.numbered(dd.header(e), "ESEMPIO", today)
    plan = dd.plan_data(header, example_plan(e, today.year))
    outputs = ((build_survey_report_pdf, dd.survey_data(header, summarise(example_answers())),
                "10-welfare-rapporto-indagine"),
               (build_plan_pdf, plan, "11-welfare-piano"), (build_regulation_pdf, plan, "12-welfare-bozza-regolamento"))
    paths = []
    for builder, data, stem in outputs:
        path = outdir / f"{stem}.pdf"
        builder(data, profile, path)
        paths.append(path)
    return paths
