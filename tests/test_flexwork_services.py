"""Flexible-work services: bad input next to the fields, the Ministry export refused whole when a record is
incomplete, changes and withdrawals owing new communications, coworking spaces with their agreements in the
network module, placements, who may do what."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import DomainError, NotFoundError, StaleRecordError, ValidationError
from equilibri_desktop.domain.flexwork.codes import (
    CommunicationType,
    Period,
    Phase,
    Place,
    PlacementKind,
    Sector,
    SpaceKind,
    Stage,
)
from equilibri_desktop.domain.flexwork.coworking import PlacementInput, SpaceInput
from equilibri_desktop.domain.flexwork.monitoring import QuestionnaireInput
from equilibri_desktop.domain.flexwork.pathway import PathwayInput, StageInput
from equilibri_desktop.services.flexwork import (
    agreements,
    communications,
    coworking,
    monitoring,
    pathways,
    reminders,
    settings,
)
from equilibri_desktop.services.network import agreements as network_agreements
from tests.flexwork_helpers import agreement_input, employer, pathway, worker
from tests.network_helpers import agreement_input as network_input
from tests.network_helpers import make_body

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    with use_clock(FixedClock(NOW)) as c:
        yield c


def _fields(caught) -> set[str]:
    return {e.field for e in caught.value.errors}


def test_one_pathway_per_organisation_and_stage_dates_checked(db, clock):
    org = employer(db)
    p = pathway(db, org)
    with pytest.raises(ValidationError) as caught:
        pathway(db, org)
    assert _fields(caught) == {"organisation"}
    with pytest.raises(ValidationError) as caught:
        pathways.move_stage(db, p.uuid, StageInput(Stage.ASSESSMENT, date(2026, 3, 9)))
    assert "futuro" in caught.value.errors[0].message
    with pytest.raises(ValidationError) as caught:
        pathways.create_pathway(db, PathwayInput(employer(db, "Altra srl", fiscal_code="").uuid,
                                                 consultant="G", inail_pat="12"))
    assert _fields(caught) == {"inail_pat"}


def test_agreement_checks_reach_the_fields_and_nothing_is_saved(db, clock):
    p = pathway(db, employer(db), contact_required=True)
    person = worker(db, 0)
    bad = agreement_input(person, date(2026, 3, 9), end_on=date(2026, 3, 1), notice_days_employer=40,
                          worker_disabled=True, contact_start="", contact_end="", disconnection_start="22:00",
                          disconnection_end="07:00")
    with pytest.raises(ValidationError) as caught:
        agreements.save_agreement(db, p.uuid, bad)
    assert _fields(caught) == {"end_on", "notice_days_employer", "contact", "disconnection"}
    assert agreements.list_agreements(db, p.uuid) == ()
    assert communications.list_communications(db, p.uuid) == ()


def test_export_refuses_incomplete_records_and_writes_nothing(db, clock, tmp_path):
    org = employer(db)
    p = pathway(db, org, pat="", tariff="")
    with_code = agreements.save_agreement(db, p.uuid, agreement_input(worker(db, 0), date(2026, 3, 9)))
    no_code = agreements.save_agreement(db, p.uuid, agreement_input(worker(db, 1, with_code=False), date(2026, 3, 9)))
    due = communications.list_communications(db, p.uuid)
    target = tmp_path / "ministero.xlsx"
    with pytest.raises(DomainError) as caught:
        communications.export_communications(db, tuple(c.uuid for c in due), target)
    message = str(caught.value)
    assert "Ferri Chiara (Officine Lambro srl): manca PAT INAIL, voce di tariffa INAIL" in message
    assert "Galli Marco (Officine Lambro srl): manca codice fiscale del lavoratore, PAT INAIL" in message
    assert not target.exists()
    assert all(c.exported_on is None for c in communications.list_communications(db, p.uuid))
    pathways.update_pathway(db, p.uuid, replace(_input_of(pathways.get_pathway(db, p.uuid)), inail_pat="99990001",
                                                inail_tariff="0000"), pathways.get_pathway(db, p.uuid).version)
    only_complete = tuple(c.uuid for c in due if c.agreement_uuid == with_code.uuid)
    result = communications.export_communications(db, only_complete, tmp_path / "ministero.csv", as_csv=True)
    lines = (tmp_path / "ministero.csv").read_text(encoding="utf-8-sig").splitlines()
    assert result.rows == 1 and lines[0].startswith("Tipo comunicazione;Codice fiscale datore di lavoro;")
    assert lines[1].split(";")[9:11] == ["99990001", "0000"]
    assert no_code.worker.name == "Galli Marco"


def _input_of(detail) -> PathwayInput:
    return PathwayInput(detail.organisation.uuid, detail.sector, detail.consultant, detail.collective_agreement,
                        detail.contact_band_required, detail.inail_pat, detail.inail_tariff, detail.notes)


def test_change_of_period_and_withdrawal_owe_communications(db, clock):
    p = pathway(db, employer(db), sector=Sector.PUBLIC)
    a = agreements.save_agreement(db, p.uuid, agreement_input(worker(db, 0), date(2026, 3, 9)))
    start = communications.list_communications(db, p.uuid)[0]
    assert start.kind is CommunicationType.START and start.due_on == date(2026, 4, 20)  # public: by the 20th
    moved = replace(a.data, start_on=date(2026, 3, 16))
    a = agreements.save_agreement(db, p.uuid, moved, a.uuid, a.version)
    assert [c.event_on for c in communications.list_communications(db, p.uuid)] == [date(2026, 3, 16)]
    communications.mark_sent(db, start.uuid, date(2026, 3, 2), "LA-1")
    a = agreements.save_agreement(db, p.uuid, replace(a.data, end_on=date(2026, 12, 31)), a.uuid, a.version)
    kinds = [c.kind for c in communications.list_communications(db, p.uuid)]
    assert kinds == [CommunicationType.START, CommunicationType.CHANGE]
    with pytest.raises(ValidationError) as caught:
        agreements.withdraw_agreement(db, a.uuid, date(2026, 4, 1), by_employer=True, effective_on=date(2026, 4, 20))
    assert "19 giorni" in caught.value.errors[0].message
    done = agreements.withdraw_agreement(db, a.uuid, date(2026, 4, 1), by_employer=True,
                                         effective_on=date(2026, 5, 1))
    assert done.withdrawn_on == date(2026, 5, 1)
    assert communications.list_communications(db, p.uuid)[-1].kind is CommunicationType.WITHDRAWAL
    with pytest.raises(DomainError):
        agreements.save_agreement(db, p.uuid, done.data, done.uuid, done.version)


def test_new_places_or_days_owe_a_change_once_the_start_was_sent(db, clock):
    p = pathway(db, employer(db))
    a = agreements.save_agreement(db, p.uuid, agreement_input(worker(db, 0), date(2026, 3, 9)))

    def kinds():  # listed by due date: the change of today falls due before the start of next week
        return sorted(c.kind for c in communications.list_communications(db, p.uuid))

    a = agreements.save_agreement(db, p.uuid, replace(a.data, remote_days=3, office_days=2), a.uuid, a.version)
    assert kinds() == [CommunicationType.START]  # the start not yet sent goes with the new days
    start = communications.list_communications(db, p.uuid)[0]
    communications.mark_sent(db, start.uuid, date(2026, 3, 2), "LA-1")
    a = agreements.save_agreement(db, p.uuid, replace(a.data, tools="Solo portatile"), a.uuid, a.version)
    assert kinds() == [CommunicationType.START]  # the tools are not in the Ministry's file
    a = agreements.save_agreement(db, p.uuid, replace(a.data, places=(Place.HOME, Place.COWORKING)), a.uuid,
                                  a.version)
    assert kinds() == sorted([CommunicationType.START, CommunicationType.CHANGE])
    change = next(c for c in communications.list_communications(db, p.uuid) if c.kind is CommunicationType.CHANGE)
    assert change.event_on == date(2026, 3, 2) and change.sent_on is None
    a = agreements.save_agreement(db, p.uuid, replace(a.data, remote_days=1, office_days=4), a.uuid, a.version)
    assert kinds() == sorted([CommunicationType.START, CommunicationType.CHANGE])  # the waiting one carries it
    communications.mark_sent(db, change.uuid, date(2026, 3, 2), "LA-2")
    agreements.save_agreement(db, p.uuid, replace(a.data, office_days=3), a.uuid, a.version)
    assert kinds() == sorted([CommunicationType.START, CommunicationType.CHANGE, CommunicationType.CHANGE])


def test_mark_sent_needs_a_date_and_a_receipt(db, clock):
    p = pathway(db, employer(db))
    agreements.save_agreement(db, p.uuid, agreement_input(worker(db, 0), date(2026, 3, 9)))
    c = communications.list_communications(db, p.uuid)[0]
    with pytest.raises(ValidationError) as caught:
        communications.mark_sent(db, c.uuid, date(2026, 3, 2), "  ")
    assert _fields(caught) == {"receipt"}
    with pytest.raises(ValidationError) as caught:
        communications.mark_sent(db, c.uuid, date(2026, 3, 20), "LA-1")
    assert _fields(caught) == {"sent_on"}


def test_overdue_communications_stay_on_the_home_page(db, clock):
    p = pathway(db, employer(db))
    agreements.save_agreement(db, p.uuid, agreement_input(worker(db, 0), date(2026, 2, 20)))
    alerts = reminders.flexwork_reminders(db)
    assert len(alerts) == 1 and alerts[0].overdue and alerts[0].due_on == date(2026, 2, 25)
    assert alerts[0].kind is CommunicationType.START and alerts[0].record_uuid == p.uuid


def test_coworking_register_agreements_and_placements(db, clock):
    operator = make_body(db, 0, kind="cooperativa")
    comune = make_body(db, 1, kind="comune")
    space = coworking.save_space(db, SpaceInput("Spazio Lambro", SpaceKind.COWORKING, "Via Roma 1", "Melegnano", 12,
                                                "Sala riunioni", True, "€ 10 al giorno", True, operator.uuid))
    assert space.agreements == () and space.data.childcare
    network_agreements.create_agreement(db, network_input([comune, operator], kind="coworking"))
    listed = coworking.list_spaces(db, municipality="melegn", childcare_only=True)
    assert len(listed) == 1 and listed[0].agreements[0].startswith("CW-2026-")
    person = worker(db, 2)
    with pytest.raises(ValidationError) as caught:
        coworking.add_placement(db, space.uuid, PlacementInput(person.uuid, PlacementKind.VOUCHER, date(2026, 3, 1),
                                                               date(2026, 5, 31)))
    assert _fields(caught) == {"amount"}
    rows = coworking.add_placement(db, space.uuid, PlacementInput(person.uuid, PlacementKind.VOUCHER,
                                                                  date(2026, 3, 1), date(2026, 5, 31),
                                                                  Decimal("250.00")))
    assert rows[0].amount == Decimal("250.00") and rows[0].kind == "Voucher"


def test_a_placement_is_corrected_then_deleted(db, clock):
    space = coworking.save_space(db, SpaceInput("Spazio Lambro", SpaceKind.COWORKING, "Via Roma 1", "Melegnano", 12))
    first, second = worker(db, 2), worker(db, 3)
    rows = coworking.add_placement(db, space.uuid, PlacementInput(first.uuid, PlacementKind.SEAT, date(2026, 3, 1),
                                                                  date(2026, 3, 31), Decimal("10")))
    seat = rows[0]
    assert seat.person_uuid == first.uuid and seat.kind_code == "postazione"
    with pytest.raises(ValidationError) as caught:
        coworking.update_placement(db, seat.uuid, PlacementInput(first.uuid, PlacementKind.VOUCHER, date(2026, 3, 1),
                                                                 date(2026, 3, 31)), seat.version)
    assert _fields(caught) == {"amount"}
    rows = coworking.update_placement(db, seat.uuid, PlacementInput(second.uuid, PlacementKind.VOUCHER,
                                                                    date(2026, 3, 1), date(2026, 4, 30),
                                                                    Decimal("300")), seat.version)
    assert len(rows) == 1 and rows[0].person_uuid == second.uuid and rows[0].kind_code == "voucher"
    assert rows[0].end_on == date(2026, 4, 30) and rows[0].amount == Decimal("300.00")
    with pytest.raises(StaleRecordError):  # a copy read before the correction
        coworking.update_placement(db, seat.uuid, PlacementInput(first.uuid, PlacementKind.SEAT, date(2026, 3, 1),
                                                                 date(2026, 3, 31), Decimal("10")), seat.version)
    assert coworking.delete_placement(db, seat.uuid) == ()
    with pytest.raises(NotFoundError):
        coworking.delete_placement(db, seat.uuid)


def test_the_network_agent_follows_pathways_but_not_agreements(db, clock):
    p = pathway(db, employer(db))
    db.actor = Actor("agente", roles=frozenset({Role.AGENTE_RETE}))
    assert pathways.get_pathway(db, p.uuid).uuid == p.uuid
    with pytest.raises(PermissionDeniedError):
        agreements.list_agreements(db, p.uuid)
    assert reminders.flexwork_reminders(db) == ()
    db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    with pytest.raises(PermissionDeniedError):
        pathways.move_stage(db, p.uuid, StageInput(Stage.ASSESSMENT, date(2026, 3, 2)))


def test_retention_is_a_setting_never_below_the_law(db, clock):
    assert settings.retention_years(db) == 5
    with pytest.raises(ValidationError):
        settings.set_retention_years(db, 4)
    settings.set_retention_years(db, 10)
    assert settings.retention_years(db) == 10


def test_unknown_records_are_reported(db, clock):
    with pytest.raises(DomainError):
        pathways.get_pathway(db, uuid.uuid4())


def test_the_demo_has_a_firm_in_regular_use_and_a_communication_due(db, tmp_path):
    from equilibri_desktop.services.demo.seed import seed_demo_data
    from equilibri_desktop.services.flexwork import indicators

    seed_demo_data(db)
    rows = pathways.search_pathways(db)
    assert {r.stage for r in rows} >= {Stage.REGULAR, Stage.PILOT, Stage.FIRST_CONTACT}
    regular = next(r for r in rows if r.stage is Stage.REGULAR)
    assert regular.agreements == 10 and regular.pending_communications == 1
    assert len(reminders.flexwork_reminders(db)) == 1
    figures = indicators.indicators(db)
    assert figures.with_regulation == 1 and figures.placements == 2 and not figures.monitoring.after.withheld
    assert len(coworking.list_spaces(db)) == 2
    due = communications.list_communications(db, regular.uuid, pending_only=True)
    assert communications.export_communications(db, tuple(c.uuid for c in due), tmp_path / "demo.xlsx").rows == 1


def test_a_public_body_regulation_refers_to_the_piao_and_remote_work(db, clock):
    import re

    import pdfplumber

    from equilibri_desktop.domain.flexwork.codes import WorkMode
    from equilibri_desktop.domain.flexwork.regulation import RegulationInput
    from equilibri_desktop.services.documents.register import document_path
    from equilibri_desktop.services.flexwork import documents

    body = employer(db, "Comune di Dresano", kind="comune", fiscal_code="")
    p = pathway(db, body, sector=Sector.PUBLIC, pat="99990001", tariff="0000")
    with pytest.raises(DomainError):
        documents.print_regulation(db, p.uuid)
    pathways.save_regulation(db, p.uuid, RegulationInput(work_mode=WorkMode.REMOTE, days=8, period=Period.MONTH,
                                                          piao_section="PIAO 2026-2028, sottosezione 3.2"))
    ref = documents.print_regulation(db, p.uuid)
    with pdfplumber.open(document_path(db, ref.uuid)) as pdf:
        text = re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))
    assert "PIAO 2026-2028, sottosezione 3.2" in text and "lavoro da remoto" in text
    assert "fino a 8 giornate di lavoro agile al mese" in text and "Il dirigente competente" in text


def test_the_list_filters_by_text_and_stage(db, clock):
    first = pathway(db, employer(db))
    pathway(db, employer(db, "Comune di Dresano", kind="comune", fiscal_code=""), sector=Sector.PUBLIC)
    pathways.move_stage(db, first.uuid, StageInput(Stage.ASSESSMENT, date(2026, 3, 2)))
    assert [r.organisation for r in pathways.search_pathways(db, "dresano")] == ["Comune di Dresano"]
    assert [r.organisation for r in pathways.search_pathways(db, stage=Stage.ASSESSMENT)] == ["Officine Lambro srl"]
    assert [r.organisation for r in pathways.search_pathways(db, "giulia")] == ["Comune di Dresano",
                                                                               "Officine Lambro srl"]


def test_a_questionnaire_typed_by_mistake_is_deleted(db, clock):
    p = pathway(db, employer(db))
    answers = tuple(QuestionnaireInput(Phase.BEFORE, "F", wellbeing=2, balance=2) for _ in range(5))
    results = monitoring.add_questionnaires(db, p.uuid, answers)
    assert results.before.count == 5 and results.before.wellbeing is not None
    results = monitoring.add_questionnaires(db, p.uuid, (QuestionnaireInput(Phase.BEFORE, "F", wellbeing=5),))
    listed = monitoring.list_questionnaires(db, p.uuid)
    assert [e.number for e in listed] == [1, 2, 3, 4, 5, 6] and all(e.phase is Phase.BEFORE for e in listed)
    assert not hasattr(listed[0], "wellbeing")  # never one person's answers
    results = monitoring.delete_questionnaire(db, listed[-1].uuid)
    assert results.before.count == 5 and results.before.wellbeing == 2
    results = monitoring.delete_questionnaire(db, listed[0].uuid)
    assert results.before.withheld  # four left: fewer than five, the averages hide again
    with pytest.raises(NotFoundError):
        monitoring.delete_questionnaire(db, listed[0].uuid)
    db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    with pytest.raises(PermissionDeniedError):
        monitoring.delete_questionnaire(db, listed[1].uuid)


def test_a_communication_sent_by_mistake_is_cancelled_once(db, clock, tmp_path):
    p = pathway(db, employer(db))
    agreements.save_agreement(db, p.uuid, agreement_input(worker(db, 0), date(2026, 3, 9)))
    start = communications.list_communications(db, p.uuid)[0]
    with pytest.raises(DomainError, match="non è ancora stata inviata"):
        communications.cancel_communication(db, start.uuid)
    communications.mark_sent(db, start.uuid, date(2026, 3, 2), "LA-1")
    cancel = communications.cancel_communication(db, start.uuid)
    assert cancel.kind is CommunicationType.CANCEL and cancel.agreement_uuid == start.agreement_uuid
    assert cancel.event_on == start.event_on and cancel.due_on == date(2026, 3, 7) and cancel.sent_on is None
    assert [c.kind for c in communications.list_communications(db, p.uuid, pending_only=True)] == [
        CommunicationType.CANCEL]
    with pytest.raises(DomainError, match="già registrato"):
        communications.cancel_communication(db, start.uuid)
    with pytest.raises(DomainError, match="non si annulla"):
        communications.cancel_communication(db, cancel.uuid)
    result = communications.export_communications(db, (cancel.uuid,), tmp_path / "annullamento.xlsx")
    assert result.rows == 1
    rows = list(load_workbook(tmp_path / "annullamento.xlsx")["LA-AnnullamentoPeriodo"].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][13] == "09/03/2026"  # the cancelled period's start
    sent = communications.mark_sent(db, cancel.uuid, date(2026, 3, 2), "LA-2")  # before the event: allowed
    assert sent.receipt == "LA-2"
