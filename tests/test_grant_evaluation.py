"""The evaluation service: conflict declarations first, points within the grid, completeness, and the
automatic move ammissibile → valutata."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.access import PermissionDeniedError, Role
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import commission as grant_commission
from equilibri_desktop.services.grants import evaluation as ev
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantScore,
    GrantStatusChange,
    Person,
)
from tests.grant_helpers import (
    act_as,
    add_member,
    add_woman,
    make_application,
    make_call,
)

D = Decimal
FULL_A = {"C1": D(20), "C2": D(10), "C3": D(15), "C4": D(10), "C5": D(12), "C6": D(8)}  # 75
FULL_B = {"C1": D(22), "C2": D(12), "C3": D(16), "C4": D(11), "C5": D(10), "C6": D(6)}  # 77


@pytest.fixture
def setup(db):
    call = make_call(db)
    add_member(db, call, "anna.verdi", "Anna Verdi", "presidente")
    add_member(db, call, "bruno.neri", "Bruno Neri")
    app = make_application(db, call, add_woman(db, "Rossi", "Maria"), status=S.AMMISSIBILE.value)
    return call, app


def _status(db, app) -> str:
    with db.unit_of_work() as s:
        return s.get(GrantApplication, app.id).status


def test_members_and_my_calls(db, setup):
    call, _ = setup
    assert [(m.username, m.role) for m in grant_commission.list_members(db, call.uuid)] == [
        ("anna.verdi", "presidente"), ("bruno.neri", "componente")]
    act_as(db, "anna.verdi")
    assert [(c.call_uuid, c.member_name) for c in ev.my_calls(db)] == [(call.uuid, "Anna Verdi")]
    act_as(db, "carla.estranea")
    assert ev.my_calls(db) == []


def test_scoring_needs_the_declaration_first_and_is_refused_with_a_conflict(db, setup):
    _, app = setup
    act_as(db, "anna.verdi")
    with pytest.raises(DomainError, match="dichiara"):
        ev.score(db, app.uuid, FULL_A)
    sheet = ev.declare_conflict(db, app.uuid, True, "parente della richiedente")
    assert sheet.declaration is True and not sheet.editable and "conflitto" in sheet.not_editable_reason
    with pytest.raises(DomainError, match="conflitto"):
        ev.score(db, app.uuid, FULL_A)
    with db.unit_of_work() as s:
        assert s.scalars(select(GrantScore)).all() == []


def test_only_commission_members_with_the_score_permission_may_act(db, setup):
    call, app = setup
    act_as(db, "carla.estranea")
    with pytest.raises(DomainError, match="commissione"):
        ev.declare_conflict(db, app.uuid, False)
    with pytest.raises(DomainError, match="commissione"):
        ev.applications_to_score(db, call.uuid)
    act_as(db, "anna.verdi", Role.OPERATORE)  # a member's name but not the commissario role
    with pytest.raises(PermissionDeniedError):
        ev.declare_conflict(db, app.uuid, False)


def test_points_are_checked_against_each_criterion_max(db, setup):
    _, app = setup
    act_as(db, "anna.verdi")
    ev.declare_conflict(db, app.uuid, False)
    with pytest.raises(ValidationError) as caught:
        ev.score(db, app.uuid, {**FULL_A, "C1": D(26), "C6": D(-1)})
    assert {e.field for e in caught.value.errors} == {"C1", "C6"}
    with db.unit_of_work() as s:
        assert s.scalars(select(GrantScore)).all() == []  # nothing of a wrong sheet is kept


def _officer_view(db, call):
    """The officer's completeness view (GRANTS_READ), read as the officer; the member goes on afterwards."""
    member = db.actor
    act_as(db, "rosa.responsabile", Role.RESPONSABILE)
    try:
        return ev.scoring_completeness(db, call.uuid)
    finally:
        db.actor = member


def test_completeness_shows_who_is_missing_and_valutata_follows_automatically(db, setup):
    call, app = setup
    act_as(db, "anna.verdi")
    ev.declare_conflict(db, app.uuid, False)
    sheet = ev.score(db, app.uuid, {"C1": D(20), "C2": D(10)}, "Buon progetto")
    assert sheet.total == D(30) and sheet.note == "Buon progetto" and sheet.editable
    (state,) = _officer_view(db, call)
    assert not state.complete
    assert state.missing_text == ("Anna Verdi: criteri C3, C4, C5, C6; "
                                  "Bruno Neri: dichiarazione sul conflitto di interessi")
    ev.score(db, app.uuid, FULL_A, "Buon progetto")
    assert _status(db, app) == S.AMMISSIBILE

    act_as(db, "bruno.neri")
    ev.declare_conflict(db, app.uuid, False)
    ev.score(db, app.uuid, FULL_B)
    (state,) = _officer_view(db, call)
    assert state.complete and state.score == D("76.00")  # (75 + 77) / 2 by criterion, summed
    assert _status(db, app) == S.VALUTATA
    with db.unit_of_work() as s:
        change = s.scalars(select(GrantStatusChange).order_by(GrantStatusChange.id.desc())).first()
        assert (change.from_status, change.to_status, change.created_by) == ("ammissibile", "valutata", "bruno.neri")

    # A late conflict withdraws Bruno's points: the score is Anna's alone, still complete.
    ev.declare_conflict(db, app.uuid, True, "ho scoperto un rapporto di lavoro")
    (state,) = _officer_view(db, call)
    assert state.complete and state.score == D("75.00")
    # Withdrawing the conflict puts Bruno back among those who must score: back to ammissibile.
    ev.declare_conflict(db, app.uuid, False)
    assert _status(db, app) == S.AMMISSIBILE
    assert not _officer_view(db, call)[0].complete


def test_rescoring_updates_points_in_place(db, setup):
    _, app = setup
    act_as(db, "anna.verdi")
    ev.declare_conflict(db, app.uuid, False)
    ev.score(db, app.uuid, FULL_A)
    sheet = ev.score(db, app.uuid, {"C1": D("24.5")})
    assert [c.points for c in sheet.criteria] == [D("24.5"), D(10), D(15), D(10), D(12), D(8)]
    with db.unit_of_work() as s:
        assert len(s.scalars(select(GrantScore)).all()) == 6
        assert all(isinstance(row.points, Decimal) for row in s.scalars(select(GrantScore)))


def test_only_ammissibile_or_valutata_applications_can_be_scored(db, setup):
    call, app = setup
    other = make_application(db, call, add_woman(db, "Bianchi", "Luisa"), status=S.IN_ISTRUTTORIA.value)
    act_as(db, "anna.verdi")
    with pytest.raises(DomainError, match="ammissibili"):
        ev.declare_conflict(db, other.uuid, False)
    assert [a.application_uuid for a in ev.applications_to_score(db, call.uuid)] == [app.uuid]


def test_the_list_shows_my_progress_and_hides_protected_names(db, setup):
    call, app = setup
    with db.unit_of_work() as s:
        s.get(Person, s.get(GrantApplication, app.id).applicant_id).protected = True
    act_as(db, "anna.verdi")
    ev.declare_conflict(db, app.uuid, False)
    ev.score(db, app.uuid, {"C1": D(20)})
    (row,) = ev.applications_to_score(db, call.uuid)
    assert (row.my_declaration, row.my_scored, row.criteria_count, row.my_total) == (False, 1, 6, D(20))
    assert row.applicant_name == "nominativo riservato" and not row.complete and row.scorable
    act_as(db, "anna.verdi", Role.COMMISSARIO, protected_data=True)
    assert ev.applications_to_score(db, call.uuid)[0].applicant_name == "Rossi Maria"
