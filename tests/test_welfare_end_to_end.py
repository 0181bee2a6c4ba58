"""A consultant runs an engagement from kick-off to monitoring: 40 survey answers (typed and imported),
results, a plan whose measures show the treatment of its year, and the four documents printed."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pdfplumber

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.welfare.documents import WelfareDocumentKind
from equilibri_desktop.domain.welfare.engagement import (
    EngagementInput,
    MeetingInput,
    Stage,
)
from equilibri_desktop.domain.welfare.plan_rules import PlanBasis
from equilibri_desktop.services.documents.register import document_path
from equilibri_desktop.services.welfare import (
    documents,
    engagements,
    plans,
    survey,
    survey_import,
)
from equilibri_desktop.services.welfare.dto import MeasureInput, PlanInput
from tests.welfare_helpers import (
    engagement,
    organisation,
    survey_row,
    typed,
    write_xlsx,
)


def _text(db, ref) -> str:
    with pdfplumber.open(document_path(db, ref.uuid)) as pdf:
        return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))


def test_engagement_from_kick_off_to_monitoring(db, tmp_path):
    with use_clock(FixedClock(datetime(2026, 6, 15, 10, tzinfo=ZoneInfo("Europe/Rome")))):
        firm = organisation(db, "Officine Riunite srl")
        comune = organisation(db, "Comune di San Giuliano Milanese", kind="comune")
        e = engagement(db, firm)
        engagements.add_meeting(db, e.uuid, MeetingInput(date(2026, 2, 10), Decimal(2), "Avvio", "Titolare, RSU"))
        for index in range(20):
            survey.add_response(db, e.uuid, typed(index))
        report = survey_import.import_survey(db, e.uuid, write_xlsx(tmp_path / "modulo.xlsx",
                                                                    [survey_row(i) for i in range(20, 40)]))
        assert report.imported == 20
        results = survey.survey_results(db, e.uuid)
        assert results.respondents == 40 and not any(g.suppressed for g in results.by_sex[:2])
        measures = (MeasureInput("asilo_nido", amount_per_worker=Decimal(900), workers=6),
                    MeasureInput("buoni_acquisto", amount_per_worker=Decimal(1200), workers=20),
                    MeasureInput("buoni_pasto", amount_per_worker=Decimal(2000), unit_value=Decimal(10), workers=30),
                    MeasureInput("servizio_locale", label="Centro diurno anziani", need="elder_care",
                                 amount_per_worker=Decimal(500), workers=3, provider_uuid=comune.uuid))
        plan = plans.save_plan(db, e.uuid, PlanInput(2026, PlanBasis.REGULATION, Decimal(900000), 14, 20,
                                                     date(2026, 6, 1), measures=measures))
        treatments = [m.treatment for m in plan.measures]
        assert [t.exempt for t in treatments] == [True, False, True, True]
        assert "L. 207/2024" in treatments[1].source and "L. 199/2025" in treatments[2].source
        assert "f-ter" in treatments[3].source
        current = engagements.get_engagement(db, e.uuid)
        data = EngagementInput(title=current.title, organisation_uuids=(firm.uuid,), ateco=current.ateco,
                               employees_women=14, employees_men=20, started_on=current.started_on,
                               consultant=current.consultant, stage=Stage.MONITORING)
        assert engagements.update_engagement(db, e.uuid, data, current.version).stage is Stage.MONITORING
        refs = [documents.print_survey_report(db, e.uuid), documents.print_plan(db, e.uuid, 2026),
                documents.print_regulation(db, e.uuid, 2026), documents.print_activity_report(db, e.uuid)]
    assert [r.kind for r in refs] == [k.value for k in WelfareDocumentKind]
    assert all(r.number_label == "1/2026" and r.kind_label for r in refs)
    report_text, plan_text, regulation_text, activity_text = (_text(db, r) for r in refs)
    assert "RAPPORTO SULL'INDAGINE DEI BISOGNI N. 1/2026" in report_text and "Risposte raccolte 40" in report_text
    assert "Tassato" in plan_text and "STIMA" in plan_text and "intero valore" in plan_text
    assert "Premi di risultato 2026" in plan_text
    assert "Regolamento aziendale vincolante" in plan_text and "art. 95" in plan_text
    assert "Centro diurno anziani" in regulation_text and "art. 95 TUIR" in regulation_text
    assert "Monitoraggio" in activity_text and "Titolare, RSU" in activity_text


def test_small_firm_report_prints_no_figure(db, tmp_path):
    firm = organisation(db, "Bottega Piccola snc")
    e = engagement(db, firm)
    for index in range(4):
        survey.add_response(db, e.uuid, typed(index) | {"sesso": "F"})
    text = _text(db, documents.print_survey_report(db, e.uuid))
    assert "Le risposte sono meno di 5" in text
    assert "Interesse per categoria" not in text

