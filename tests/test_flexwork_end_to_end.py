"""A consultant follows a firm from first contact to regular use: assessment, regulation, ten individual
agreements printed, the Ministry's file exported with every field, the deadline alerts, the receipts, the
monitoring questionnaires and the indicators."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pdfplumber
from openpyxl import load_workbook

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.flexwork.codes import Phase, Place, Priority, Stage
from equilibri_desktop.domain.flexwork.documents import FlexworkDocumentKind
from equilibri_desktop.domain.flexwork.ministry import COLUMNS
from equilibri_desktop.domain.flexwork.monitoring import QuestionnaireInput
from equilibri_desktop.domain.flexwork.pathway import AssessmentInput, StageInput
from equilibri_desktop.domain.flexwork.regulation import RegulationInput
from equilibri_desktop.services.documents.register import document_path
from equilibri_desktop.services.flexwork import (
    agreements,
    communications,
    documents,
    indicators,
    monitoring,
    pathways,
    reminders,
)
from tests.flexwork_helpers import agreement_input, employer, pathway, worker

ROME = ZoneInfo("Europe/Rome")


def _text(db, ref) -> str:
    with pdfplumber.open(document_path(db, ref.uuid)) as pdf:
        return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))


def test_a_firm_from_first_contact_to_regular_use(db, tmp_path):
    clock = FixedClock(datetime(2026, 1, 12, 9, tzinfo=ROME))
    with use_clock(clock):
        org = employer(db)
        p = pathway(db, org, contact_required=True)
        assert p.stage is Stage.FIRST_CONTACT and p.stages[0].reached_on == date(2026, 1, 12)

        clock.set(datetime(2026, 1, 26, 9, tzinfo=ROME))
        pathways.move_stage(db, p.uuid, StageInput(Stage.ASSESSMENT, date(2026, 1, 26), "Incontro con la direzione"))
        pathways.save_assessment(db, p.uuid, AssessmentInput(
            date(2026, 1, 26), roles_total=12, roles_remote=8, workers_women=18, workers_men=16,
            workers_children_12=9, workers_caregivers=3, workers_disabled=1, tools="Portatili per 20 persone",
            data_security="VPN da attivare", current_practices="Lavoro da casa occasionale"))

        clock.set(datetime(2026, 2, 9, 9, tzinfo=ROME))
        pathways.move_stage(db, p.uuid, StageInput(Stage.POLICY, date(2026, 2, 9)))
        p = pathways.save_regulation(db, p.uuid, RegulationInput(
            days=2, contact_start="10:00", contact_end="12:00", disconnection_start="19:00",
            disconnection_end="08:00", places=(Place.HOME, Place.COWORKING), trial_months=3,
            adopted_on=date(2026, 2, 9)))
        regulation = documents.print_regulation(db, p.uuid)
        text = _text(db, regulation)
        assert "REGOLAMENTO AZIENDALE SUL LAVORO AGILE" in text and "dalle 19:00 alle 08:00" in text
        assert "fino a 2 giornate di lavoro agile a settimana" in text and "11 ore consecutive" in text

        clock.set(datetime(2026, 2, 23, 9, tzinfo=ROME))
        pathways.move_stage(db, p.uuid, StageInput(Stage.PILOT, date(2026, 2, 23)))
        start = date(2026, 3, 2)
        people = [worker(db, i) for i in range(10)]
        saved = [agreements.save_agreement(db, p.uuid, agreement_input(
            person, start, priority=Priority.PARENT_CHILD_12 if i % 3 == 0 else Priority.NONE))
            for i, person in enumerate(people)]
        printed = [documents.print_agreement(db, a.uuid) for a in saved]
        assert len({ref.number for ref in printed}) == 10
        assert documents.printed_agreements(db, p.uuid) == 10
        first = _text(db, printed[0])
        assert "ACCORDO INDIVIDUALE DI LAVORO AGILE" in first and "Il lavoratore" in first
        assert "Il datore di lavoro" in first and "almeno 30 giorni" in first and "per 5 anni" in first
        assert all(ref.kind == FlexworkDocumentKind.AGREEMENT.value for ref in printed)

        # The deadline: start 2/3 → due 7/3; the home page warns from 5/3.
        due = communications.list_communications(db, p.uuid, pending_only=True)
        assert len(due) == 10 and {c.due_on for c in due} == {date(2026, 3, 7)}
        clock.set(datetime(2026, 3, 4, 9, tzinfo=ROME))
        assert reminders.flexwork_reminders(db) == ()
        clock.set(datetime(2026, 3, 5, 9, tzinfo=ROME))
        alerts = reminders.flexwork_reminders(db)
        assert len(alerts) == 10 and all(a.due_on == date(2026, 3, 7) and not a.overdue for a in alerts)
        assert alerts[0].record_kind == "flexwork_pathway" and alerts[0].record_uuid == p.uuid

        result = communications.export_communications(db, tuple(c.uuid for c in due), tmp_path / "ministero.xlsx")
        assert result.rows == 10
        sheet = load_workbook(tmp_path / "ministero.xlsx")["LA-InizioPeriodo"]
        rows = list(sheet.iter_rows(values_only=True))
        assert list(rows[0]) == [h for h, _n in COLUMNS] and len(rows) == 11
        assert all(all(v not in (None, "") for v in row[:14]) for row in rows[1:])  # every field; no end: open-ended
        ferri = next(r for r in rows[1:] if r[3] == "Ferri")
        assert ferri[:2] == ("INIZIO", "01234560157") and ferri[9:11] == ("12345678", "6211")
        assert ferri[13] == "02/03/2026" and ferri[6] == "F205"

        clock.set(datetime(2026, 3, 6, 9, tzinfo=ROME))
        for index, c in enumerate(due):
            communications.mark_sent(db, c.uuid, date(2026, 3, 6), f"LA-2026-{index:05d}")
        assert reminders.flexwork_reminders(db) == ()
        assert all(c.receipt and not c.late for c in communications.list_communications(db, p.uuid))

        answers = tuple([QuestionnaireInput(Phase.BEFORE, "F" if i % 2 else "M", wellbeing=2, balance=2)
                         for i in range(10)]
                        + [QuestionnaireInput(Phase.AFTER, "F" if i % 2 else "M", wellbeing=4, balance=4,
                                              remote_days_month=8, commute_minutes_saved_week=100,
                                              commute_km_saved_week=30) for i in range(10)])
        clock.set(datetime(2026, 6, 1, 9, tzinfo=ROME))
        results = monitoring.add_questionnaires(db, p.uuid, answers)
        assert results.before.balance == 2 and results.after.balance == 4
        pathways.move_stage(db, p.uuid, StageInput(Stage.REGULAR, date(2026, 6, 1)))
        figures = indicators.indicators(db)
        assert figures.with_regulation == 1 and figures.agreements == 10 and figures.remote_days_week == 20
        # Six women, four men: the men are fewer than five, so they are folded into the withheld line.
        assert figures.agreements_by_sex == (("Donne", 6), ("Gruppi con meno di 5 persone (non mostrati)", 4))
        assert dict(figures.by_stage)["Uso ordinario"] == 1
        assert figures.commute_hours_saved_week == Decimal("16.7")
        indicators.export_indicators(db, tmp_path / "indicatori.xlsx")
        values = [r for r in load_workbook(tmp_path / "indicatori.xlsx").active.iter_rows(values_only=True)]
        assert ("Totali", "Accordi individuali registrati", 10) in values

        detail = pathways.get_pathway(db, p.uuid)
        assert [s.stage for s in detail.stages] == [Stage.FIRST_CONTACT, Stage.ASSESSMENT, Stage.POLICY, Stage.PILOT,
                                                   Stage.REGULAR]
        assert detail.assessment.roles_remote == 8 and detail.regulation.days == 2
        assert start - timedelta(days=7) == agreements.get_agreement(db, saved[0].uuid).data.signed_on
