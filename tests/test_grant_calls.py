"""Calls for start-up grants: the settings' checks, saving with optimistic locking, the new edition with a
reason once scoring began, states, the commission, permissions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.errors import (
    DomainError,
    StaleRecordError,
    ValidationError,
)
from equilibri_desktop.domain.grants.call_changes import (
    NewEditionRequired,
    result_changes,
)
from equilibri_desktop.domain.grants.call_rules import (
    CallInput,
    CriterionInput,
    TrancheInput,
    validate_call,
)
from equilibri_desktop.domain.grants.call_template import new_call_template
from equilibri_desktop.domain.grants.codes import CallStatus
from equilibri_desktop.services.access import user_admin
from equilibri_desktop.services.grants import calls as grant_calls
from equilibri_desktop.services.grants import commission as grant_commission
from equilibri_desktop.storage.models import (
    GrantCommissionMember,
    GrantCriterion,
    GrantScore,
    Municipality,
    OrganisationSettings,
)
from tests.grant_helpers import add_woman, make_application, make_call

UTC = UTC


def good_call(**changes) -> CallInput:
    base = replace(new_call_template(cup="e41b26000120002"), title="  Bando   start-up 2026 ", act_number="12",
                   budget_cents=50_000_00, max_grant_cents=15_000_00, max_cost_share_pct=Decimal(80),
                   min_cofinancing_pct=Decimal(20), opens_at=datetime(2026, 3, 16, 8, tzinfo=UTC),
                   closes_at=datetime(2026, 5, 15, 10, tzinfo=UTC))
    return replace(base, **changes)


def fields_of(error: ValidationError) -> set[str]:
    return {item.field for item in error.errors}


def wrong(**changes) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        validate_call(good_call(**changes))
    return fields_of(caught.value)


# --- domain rules ---------------------------------------------------------------------------------------

def test_a_good_call_is_normalised():
    clean = validate_call(good_call(criteria=(CriterionInput(" c1 ", " Bisogni  del territorio", Decimal(100)),),
                                    admission_threshold=Decimal(60), municipality_ids=(5, 3, 5)))
    assert clean.title == "Bando start-up 2026" and clean.cup == "E41B26000120002"
    assert clean.criteria[0].code == "C1" and clean.criteria[0].label == "Bisogni del territorio"
    assert clean.municipality_ids == (3, 5)


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": "   "}, "title"),
    ({"cup": "E41B2600012000"}, "cup"),
    ({"cup": "E41B26000120-02"}, "cup"),
    ({"budget_cents": 0}, "budget_cents"),
    ({"max_grant_cents": 60_000_00}, "max_grant_cents"),
    ({"max_grant_cents": 0}, "max_grant_cents"),
    ({"max_cost_share_pct": Decimal(0)}, "max_cost_share_pct"),
    ({"max_cost_share_pct": Decimal("100.5")}, "max_cost_share_pct"),
    ({"min_cofinancing_pct": Decimal(-1)}, "min_cofinancing_pct"),
    ({"min_cofinancing_pct": Decimal("20.125")}, "min_cofinancing_pct"),
    ({"min_age": 40, "max_age": 35}, "max_age"),
    ({"max_age": 150}, "max_age"),
    ({"closes_at": datetime(2026, 3, 16, 8, tzinfo=UTC)}, "closes_at"),
    ({"admission_threshold": Decimal("100.01")}, "admission_threshold"),
    ({"criteria": ()}, "criteria"),
    ({"criteria": (CriterionInput("C1", "Uno", Decimal(0)),)}, "criteria"),
    ({"criteria": (CriterionInput("C1", "Uno", Decimal(50)), CriterionInput("c1", "Due", Decimal(50)))}, "criteria"),
    ({"tranches": (TrancheInput("Anticipo", Decimal(50)), TrancheInput("Saldo", Decimal(40)))}, "tranches"),
    ({"tranches": ()}, "tranches"),
    ({"tie_break": "sorteggio"}, "tie_break"),
    ({"last_grant_rule": "boh"}, "last_grant_rule"),
])
def test_each_wrong_setting_is_reported_on_its_field(changes, field):
    assert field in wrong(**changes)


def test_every_problem_is_reported_at_once():
    assert wrong(title="", budget_cents=0, cup="") >= {"title", "budget_cents", "cup"}


def test_the_threshold_may_equal_the_total_and_the_grant_the_budget():
    clean = validate_call(good_call(admission_threshold=Decimal(100), max_grant_cents=50_000_00))
    assert clean.total_points == Decimal(100)


def test_which_changes_alter_the_result():
    before = validate_call(good_call())
    renamed = replace(before, criteria=(replace(before.criteria[0], label="Altro testo"), *before.criteria[1:]))
    assert result_changes(before, renamed) == ()  # a label is only text
    assert result_changes(before, replace(before, premises_text="VISTO…", notes="x")) == ()
    assert result_changes(before, replace(before, budget_cents=40_000_00)) == ("dotazione",)
    points = (replace(before.criteria[0], max_points=Decimal(30)), *before.criteria[1:])
    assert result_changes(before, replace(before, criteria=points, tie_break="piu_giovane")) == (
        "griglia di valutazione", "precedenza a parità di punteggio")
    assert result_changes(before, replace(before, municipality_ids=(1,), max_age=35)) == (
        "comuni ammessi", "età massima")


# --- services -------------------------------------------------------------------------------------------

def sud_est_ids(db) -> tuple[int, ...]:
    with db.unit_of_work() as s:
        return tuple(s.scalars(select(Municipality.id).where(Municipality.sud_est_milano.is_(True))))


def test_create_read_and_list(db):
    detail = grant_calls.create_call(db, good_call(municipality_ids=sud_est_ids(db)))
    assert detail.status == CallStatus.BOZZA.value and detail.edition == 1 and detail.version == 1
    again = grant_calls.get_call(db, detail.uuid)
    assert again.settings == detail.settings and again.title == "Bando start-up 2026"
    assert len(again.municipality_names) == 9 and "Melegnano" in again.municipality_names
    assert [c.code for c in again.settings.criteria] == ["C1", "C2", "C3", "C4", "C5", "C6"]
    assert again.total_points == Decimal(100)
    rows = grant_calls.list_calls(db)
    assert [(r.title, r.applications) for r in rows] == [("Bando start-up 2026", 0)]
    assert grant_calls.list_calls(db, CallStatus.APERTO) == ()


def test_update_is_refused_on_an_old_copy(db):
    detail = grant_calls.create_call(db, good_call())
    saved = grant_calls.update_call(db, detail.uuid, detail.version, replace(detail.settings, title="Nuovo titolo"))
    assert saved.version == detail.version + 1
    with pytest.raises(StaleRecordError):
        grant_calls.update_call(db, detail.uuid, detail.version, replace(detail.settings, notes="vecchia copia"))


def test_grid_lines_are_updated_by_code_and_reordered(db):
    detail = grant_calls.create_call(db, good_call())
    with db.unit_of_work() as s:
        before = {c.code: c.uuid for c in s.scalars(select(GrantCriterion))}
    grid = (CriterionInput("C6", "Priorità sociali", Decimal(10)), *detail.settings.criteria[:5],
            CriterionInput("C7", "Nuovo", Decimal(5)))
    saved = grant_calls.update_call(db, detail.uuid, detail.version,
                                    replace(detail.settings, criteria=grid, admission_threshold=Decimal(65)))
    assert [c.code for c in saved.settings.criteria] == ["C6", "C1", "C2", "C3", "C4", "C5", "C7"]
    with db.unit_of_work() as s:
        after = {c.code: c.uuid for c in s.scalars(select(GrantCriterion))}
    assert {k: after[k] for k in before} == before  # same rows, so scores keep their criterion


def scored_call(db):
    """An open call with one application scored by one member on C1."""
    call = make_call(db)
    application = make_application(db, call, add_woman(db))
    with db.unit_of_work() as s:
        member = GrantCommissionMember(call_id=call.id, username="commissario.uno")
        s.add(member)
        s.flush()
        criterion = s.scalar(select(GrantCriterion).where(GrantCriterion.call_id == call.id,
                                                          GrantCriterion.code == "C1"))
        s.add(GrantScore(application_id=application.id, member_id=member.id, criterion_id=criterion.id,
                         points=Decimal(20)))
    return call


def test_after_scoring_a_result_change_needs_a_new_edition_with_reason(db):
    call = scored_call(db)
    detail = grant_calls.get_call(db, call.uuid)
    assert detail.scored and detail.applications == 1
    cut = replace(detail.settings, budget_cents=40_000_00, max_age=40)
    with pytest.raises(NewEditionRequired) as caught:
        grant_calls.update_call(db, call.uuid, detail.version, cut)
    assert caught.value.changes == ("dotazione", "età massima")
    assert grant_calls.get_call(db, call.uuid).settings.budget_cents == 50_000_00
    with pytest.raises(ValidationError) as short:
        grant_calls.update_call(db, call.uuid, detail.version, cut, reason="meno")
    assert fields_of(short.value) == {"reason"}
    saved = grant_calls.update_call(db, call.uuid, detail.version, cut,
                                    reason="Riduzione della dotazione (DGR 12/2026)")
    assert saved.edition == 2 and saved.settings.budget_cents == 40_000_00
    [edition] = grant_calls.list_editions(db, call.uuid)
    assert edition.edition == 2 and edition.reason.startswith("Riduzione")
    previous = json.loads(edition.previous_settings)
    assert previous["budget_cents"] == 50_000_00 and previous["max_age"] is None
    assert previous["criteria"][0] == {"code": "C1", "label": "Rispondenza ai bisogni di conciliazione",
                                       "max_points": "25.00", "min_points": None, "restricted": False}


def test_after_scoring_text_changes_need_no_edition(db):
    call = scored_call(db)
    detail = grant_calls.get_call(db, call.uuid)
    saved = grant_calls.update_call(db, call.uuid, detail.version,
                                    replace(detail.settings, premises_text="PREMESSO che…", notes="ok"))
    assert saved.edition == 1 and grant_calls.list_editions(db, call.uuid) == ()


def test_a_scored_criterion_cannot_be_removed(db):
    call = scored_call(db)
    detail = grant_calls.get_call(db, call.uuid)
    grid = tuple(c for c in detail.settings.criteria if c.code != "C1")
    with pytest.raises(DomainError, match="C1"):
        grant_calls.update_call(db, call.uuid, detail.version, replace(detail.settings, criteria=grid,
                                admission_threshold=Decimal(50)), reason="Tolto il criterio C1 per errore materiale")


def test_status_moves_and_opening_needs_dates_and_municipalities(db):
    detail = grant_calls.create_call(db, good_call(opens_at=None))
    with pytest.raises(ValidationError) as caught:
        grant_calls.set_call_status(db, detail.uuid, detail.version, CallStatus.APERTO)
    assert fields_of(caught.value) == {"opens_at", "municipality_ids"}
    with pytest.raises(DomainError):
        grant_calls.set_call_status(db, detail.uuid, detail.version, CallStatus.CONCLUSO)
    ready = grant_calls.update_call(db, detail.uuid, detail.version,
                                    replace(detail.settings, opens_at=datetime(2026, 3, 1, tzinfo=UTC),
                                            municipality_ids=sud_est_ids(db)))
    opened = grant_calls.set_call_status(db, detail.uuid, ready.version, CallStatus.APERTO)
    assert opened.status == "aperto" and opened.status_label == "Aperto"
    with pytest.raises(ValidationError):  # an open call keeps its dates
        grant_calls.update_call(db, detail.uuid, opened.version, replace(opened.settings, closes_at=None))


def test_a_call_with_applications_does_not_go_back_to_draft(db):
    call = make_call(db)
    make_application(db, call, add_woman(db))
    detail = grant_calls.get_call(db, call.uuid)
    with pytest.raises(DomainError, match="1 domande"):
        grant_calls.set_call_status(db, call.uuid, detail.version, CallStatus.BOZZA)


def test_commission_members_are_commissioners(db):
    user_admin.create_user(db, "anna.commissaria", "Anna Commissaria", [Role.COMMISSARIO], password="Lunga-password-42")
    user_admin.create_user(db, "oscar.operatore", "Oscar", [Role.OPERATORE], password="Lunga-password-42")
    call = make_call(db)
    assert [c.username for c in grant_commission.list_commissioners(db)] == ["anna.commissaria"]
    with pytest.raises(ValidationError, match="commissario"):
        grant_commission.add_member(db, call.uuid, "oscar.operatore")
    with pytest.raises(ValidationError, match="non esiste"):
        grant_commission.add_member(db, call.uuid, "nessuno")
    member = grant_commission.add_member(db, call.uuid, " Anna.Commissaria ", "presidente")
    assert (member.username, member.display_name, member.role) == ("anna.commissaria", "Anna Commissaria",
                                                                   "presidente")
    with pytest.raises(ValidationError, match="già"):
        grant_commission.add_member(db, call.uuid, "anna.commissaria")
    assert [m.username for m in grant_calls.get_call(db, call.uuid).members] == ["anna.commissaria"]
    grant_commission.remove_member(db, call.uuid, member.uuid)
    assert grant_commission.list_members(db, call.uuid) == ()


def test_a_member_who_scored_stays(db):
    call = scored_call(db)
    [member] = grant_commission.list_members(db, call.uuid)
    assert member.has_scored
    with pytest.raises(DomainError, match="punteggi"):
        grant_commission.remove_member(db, call.uuid, member.uuid)


def test_permissions(db):
    detail = grant_calls.create_call(db, good_call())
    db.actor = Actor("op", roles=frozenset({Role.OPERATORE}))
    assert grant_calls.get_call(db, detail.uuid).uuid == detail.uuid  # everybody reads
    with pytest.raises(PermissionDeniedError):
        grant_calls.update_call(db, detail.uuid, detail.version, detail.settings)
    with pytest.raises(PermissionDeniedError):
        grant_calls.create_call(db, good_call())
    with pytest.raises(PermissionDeniedError):
        grant_commission.add_member(db, detail.uuid, "chiunque")
    db.actor = Actor("resp", roles=frozenset({Role.RESPONSABILE}))
    assert grant_calls.update_call(db, detail.uuid, detail.version, replace(detail.settings, notes="x")).version == 2


def test_new_call_defaults_take_the_project_cup(db):
    assert grant_calls.new_call_defaults(db).cup == ""
    with db.unit_of_work() as s:
        s.add(OrganisationSettings(body_name="A.S.S.E.MI.", project_cup="E41B26000120002"))
    defaults = grant_calls.new_call_defaults(db)
    assert defaults.cup == "E41B26000120002"
    assert defaults.total_points == Decimal(100) and sum(t.percent for t in defaults.tranches) == 100
    assert len(grant_calls.municipality_choices(db)) == 53
    assert sum(m.sud_est_milano for m in grant_calls.municipality_choices(db)) == 9


# --- who may apply: occupational statuses and the female share of companies --------------------------------

def test_requirements_are_checked_and_normalised():
    clean = validate_call(good_call(allowed_occupations=("studentessa", "disoccupata", "studentessa"),
                                    women_share_above_pct=Decimal("66.66")))
    assert clean.allowed_occupations == ("disoccupata", "studentessa")  # the registry's order, once each
    assert new_call_template().allowed_occupations == ("disoccupata", "inoccupata")
    assert new_call_template().women_share_above_pct == Decimal(50)
    assert wrong(allowed_occupations=()) == {"allowed_occupations"}
    assert wrong(allowed_occupations=("disoccupata", "casalinga")) == {"allowed_occupations"}
    assert wrong(women_share_above_pct=Decimal(100)) == {"women_share_above_pct"}
    assert wrong(women_share_above_pct=Decimal("-1")) == {"women_share_above_pct"}
    assert wrong(women_share_above_pct=Decimal("50.001")) == {"women_share_above_pct"}


def test_requirements_are_stored_and_alter_the_result(db):
    detail = grant_calls.create_call(db, good_call(municipality_ids=sud_est_ids(db),
                                                   allowed_occupations=("inoccupata", "studentessa"),
                                                   women_share_above_pct=Decimal(60)))
    read = grant_calls.get_call(db, detail.uuid).settings
    assert (read.allowed_occupations, read.women_share_above_pct) == (("inoccupata", "studentessa"), Decimal(60))
    changed = grant_calls.update_call(db, detail.uuid, detail.version,
                                      replace(read, allowed_occupations=("disoccupata",)))
    assert changed.settings.allowed_occupations == ("disoccupata",)
    assert result_changes(read, replace(read, women_share_above_pct=Decimal(50))) == ("quota femminile delle società",)
    assert result_changes(read, replace(read, allowed_occupations=("studentessa", "inoccupata"))) == ()


def test_after_scoring_admitting_other_statuses_needs_a_new_edition(db):
    call = scored_call(db)
    detail = grant_calls.get_call(db, call.uuid)
    wider = replace(detail.settings, allowed_occupations=("disoccupata", "inoccupata", "studentessa"))
    with pytest.raises(NewEditionRequired) as caught:
        grant_calls.update_call(db, call.uuid, detail.version, wider)
    assert caught.value.changes == ("condizioni occupazionali ammesse",)
    saved = grant_calls.update_call(db, call.uuid, detail.version, wider, reason="Rettifica del bando, atto 45/2026")
    assert saved.edition == 2
    assert json.loads(grant_calls.list_editions(db, call.uuid)[0].previous_settings)["allowed_occupations"] == [
        "disoccupata", "inoccupata"]
