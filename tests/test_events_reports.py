"""Feedback averages, indicators per event and period with their xlsx, a person's and an organisation's courses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.events.rules import ParticipantInput
from equilibri_desktop.services.events import (
    attendance,
    documents,
    feedback,
    history,
    indicators,
    participants,
)
from equilibri_desktop.services.registry import organisations
from tests.event_helpers import make_course, register
from tests.registry_helpers import add_person, municipality_id


def test_feedback_is_averaged_per_item(db):
    course = make_course(db)
    feedback.add_feedback(db, course.uuid, (5, 4, 5, 3, 4), "Molto utile")
    assert feedback.add_feedback(db, course.uuid, (4, None, 5, 2, 4)) == 2
    with pytest.raises(ValidationError):
        feedback.add_feedback(db, course.uuid, (6, 4, 5, 3, 4))
    summary = feedback.feedback_summary(db, course.uuid)
    assert summary.questionnaires == 2 and summary.comments == ("Molto utile",)
    assert summary.averages[0][1:] == (Decimal("4.50"), 2) and summary.averages[1][1:] == (Decimal("4.00"), 1)


def test_indicators_count_who_attended(db, tmp_path):
    course = make_course(db, sessions=1)
    carpiano = municipality_id(db, "Carpiano")
    came = [register(db, course.uuid, n, sex=s, birth_date=date(1990, 1, 1), municipality_id=carpiano,
                     participant_kind="professionisti").participant for n, s in (("Uno", "F"), ("Due", "F"),
                                                                                ("Tre", "M"))]
    register(db, course.uuid, "Assente", sex="F")
    for p in came:
        attendance.mark_attendance(db, course.sessions[0].uuid, p.uuid)
    documents.issue_certificates(db, course.uuid)
    data = indicators.event_indicators(db, course.uuid, date(2026, 12, 31))
    assert (data.participants, data.registrations, data.hours_delivered, data.certificates) == (3, 4, 4, 3)
    assert data.by_sex == (("Donne", 2), ("Uomini", 1)) and data.by_age == (("30-39", 3),)
    assert data.by_municipality == (("Carpiano", 3),) and data.by_kind == (("Professionisti", 3),)
    period = indicators.period_indicators(db, date(2026, 1, 1), date(2026, 12, 31))
    assert period.events == 1 and period.participants == 3
    assert indicators.period_indicators(db, date(2025, 1, 1), date(2025, 12, 31)).participants == 0
    path = indicators.export_indicators(db, data, tmp_path / "indicatori.xlsx")
    sheet = openpyxl.load_workbook(path).active
    values = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert ("Sesso", "Donne", 2) in values and ("Totali", "Attestati", 3) in values


def test_person_and_organisation_cards_list_courses(db):
    from equilibri_desktop.domain.organisation_rules import OrganisationInput

    person = add_person(db, "Sala", "Irene")
    org = organisations.create_organisation(db, OrganisationInput(name="Cooperativa Il Melo")).organisation
    course = make_course(db, sessions=1)
    reg = participants.register_participant(db, course.uuid, ParticipantInput(person_uuid=person.uuid,
                                                                              organisation_uuid=org.uuid))
    attendance.mark_attendance(db, course.sessions[0].uuid, reg.participant.uuid)
    documents.issue_certificates(db, course.uuid)
    links = history.person_trainings(db, person.uuid).items
    assert [(link.event_title, link.attended_hours, link.has_certificate) for link in links] == [
        (course.title, "4 h", True)]
    assert [link.person_name for link in history.organisation_trainings(db, org.uuid).items] == ["Sala Irene"]


def test_demo_data_holds_events_ready_for_certificates(db):
    from equilibri_desktop.services.demo.seed import seed_demo_data
    from equilibri_desktop.services.events import certificates, events

    seed_demo_data(db, people=40, organisations=6)
    rows = {r.kind: r for r in events.list_events(db)}
    assert set(rows) == {"corso", "informativo", "sportello"}
    assert rows["informativo"].waiting == 3 and rows["informativo"].counted == 8
    overview = certificates.certificate_overview(db, rows["corso"].uuid)
    assert len(overview.qualified) == 10 and len(overview.not_qualified) == 8
