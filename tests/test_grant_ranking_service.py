"""The ranking service: preview, frozen snapshots that never change, final outcomes, scorrimento."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.access import PermissionDeniedError, Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import evaluation as ev
from equilibri_desktop.services.grants import ranking as gr
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantRanking,
    GrantRankingEntry,
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
MEMBERS = ("anna.verdi", "bruno.neri")


def points(c1, c6=5) -> dict[str, Decimal]:
    """A sheet worth c1 + c6 + 45 points."""
    return {"C1": D(c1), "C2": D(10), "C3": D(15), "C4": D(10), "C5": D(10), "C6": D(c6)}


def score_by_all(db, app, c1_by_member) -> None:
    """Both members declare and score; then the test goes on as the user it was."""
    before = db.actor
    for username, c1 in zip(MEMBERS, c1_by_member, strict=False):
        act_as(db, username)
        ev.declare_conflict(db, app.uuid, False)
        ev.score(db, app.uuid, points(c1))
    db.actor = before


def as_officer(db, *roles, protected_data=True) -> None:
    act_as(db, "laura.bianchi", *(roles or (Role.RESPONSABILE,)), protected_data=protected_data)


@pytest.fixture
def scored(db):
    """Budget 30.000,00; each application entitled to 80% of 15.000,00 = 12.000,00. Scores 75, 70, 65, 40."""
    call = make_call(db, budget_cents=30_000_00)
    for username in MEMBERS:
        add_member(db, call, username)
    apps = []
    for i, (surname, c1) in enumerate((("Rossi", 25), ("Bianchi", 20), ("Verdi", 15), ("Neri", 0))):
        received = datetime(2026, 4, 10 + i, 10, 0, tzinfo=UTC)
        app = make_application(db, call, add_woman(db, surname, "Anna"), status=S.AMMISSIBILE.value,
                               received_at=received)
        score_by_all(db, app, (c1, c1) if c1 else (0, 0))
        apps.append(app)
    as_officer(db)
    return call, apps


def statuses(db, apps) -> list[str]:
    with db.unit_of_work() as s:
        return [s.get(GrantApplication, a.id).status for a in apps]


def test_preview_orders_and_assigns_grants_without_storing_anything(db, scored):
    call, apps = scored
    preview = gr.preview_ranking(db, call.uuid)
    assert preview.complete and preview.under_check == 0 and not preview.final_exists
    assert [(r.position, r.score, r.outcome, r.grant_cents) for r in preview.rows] == [
        (1, D("75.00"), "finanziata", 12_000_00), (2, D("70.00"), "finanziata", 12_000_00),
        (3, D("65.00"), "finanziata_parz", 6_000_00), (None, D("50.00"), "non_ammessa", 0)]
    assert [r.remaining_after_cents for r in preview.rows] == [18_000_00, 6_000_00, 0, 0]
    assert preview.rows[0].applicant_name == "Rossi Anna"
    assert all(type(r.grant_cents) is int and isinstance(r.score, Decimal) for r in preview.rows)
    assert type(preview.granted_cents) is int and preview.remaining_cents == 0
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(GrantRanking)) == 0


def test_freezing_is_refused_while_scoring_is_incomplete(db):
    call = make_call(db)
    add_member(db, call, "anna.verdi")
    add_member(db, call, "bruno.neri")
    app = make_application(db, call, add_woman(db), status=S.AMMISSIBILE.value)
    act_as(db, "anna.verdi")
    ev.declare_conflict(db, app.uuid, False)
    ev.score(db, app.uuid, points(20))
    as_officer(db)
    preview = gr.preview_ranking(db, call.uuid)
    assert not preview.complete and "Bruno Neri" in preview.incomplete[0].missing_text
    with pytest.raises(DomainError, match="non è completa"):
        gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1))


def test_a_final_ranking_waits_for_applications_still_under_check(db, scored):
    call, _ = scored
    make_application(db, call, add_woman(db, "Galli", "Irene"), status=S.IN_ISTRUTTORIA.value)
    assert gr.preview_ranking(db, call.uuid).under_check == 1
    with pytest.raises(DomainError, match="istruttoria"):
        gr.freeze_ranking(db, call.uuid, "definitiva", date(2026, 6, 1))
    assert gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1)).summary.number == 1


def test_only_deciders_freeze_and_publish_while_everybody_reads(db, scored):
    call, _ = scored
    act_as(db, "anna.verdi")
    with pytest.raises(PermissionDeniedError):
        gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1))
    act_as(db, "revisore", Role.REVISORE)
    assert len(gr.preview_ranking(db, call.uuid).rows) == 4
    assert gr.list_rankings(db, call.uuid) == []


def test_frozen_snapshots_never_change_when_scores_change_later(db, scored):
    call, apps = scored
    provisional = gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1), "Verbale n. 3")
    assert provisional.summary.kind == "provvisoria" and provisional.summary.number == 1
    assert statuses(db, apps) == [S.IN_GRADUATORIA] * 4
    published = gr.publish_ranking(db, provisional.summary.uuid)
    assert published.published
    with pytest.raises(DomainError, match="già pubblicata"):
        gr.publish_ranking(db, provisional.summary.uuid)
    before = gr.get_ranking(db, provisional.summary.uuid)

    # After a review the 3rd application goes back to evaluation and is scored higher.
    with db.unit_of_work() as s:
        move_application(s, s.get(GrantApplication, apps[2].id), S.VALUTATA, "riesame")
    for username in MEMBERS:
        act_as(db, username)
        ev.score(db, apps[2].uuid, points(25, 10))
    as_officer(db)
    preview = gr.preview_ranking(db, call.uuid)
    assert (preview.rows[0].application_uuid, preview.rows[0].score) == (apps[2].uuid, D("80.00"))
    after = gr.get_ranking(db, provisional.summary.uuid)
    assert after == before  # every row, score, outcome and amount as frozen
    assert [r.score for r in after.rows] == [D("75.00"), D("70.00"), D("65.00"), D("50.00")]


def test_final_ranking_moves_applications_to_their_outcome(db, scored):
    call, apps = scored
    provisional = gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1))
    with use_clock(FixedClock(datetime(2026, 6, 1, 10))):
        gr.publish_ranking(db, provisional.summary.uuid)
    with use_clock(FixedClock(datetime(2026, 6, 12, 10))):  # the ten days for observations are over
        final = gr.freeze_ranking(db, call.uuid, "definitiva", date(2026, 6, 20), "Determinazione 45/2026")
    assert final.summary.number == 2 and final.summary.granted_cents == 30_000_00
    assert statuses(db, apps) == [S.FINANZIATA, S.FINANZIATA, S.FINANZIATA, S.NON_AMMESSA]
    with pytest.raises(DomainError, match="già stata approvata"):
        gr.freeze_ranking(db, call.uuid, "definitiva", date(2026, 6, 21))
    assert [r.number for r in gr.list_rankings(db, call.uuid)] == [2, 1]


def test_scorrimento_is_a_new_version_that_funds_the_next_in_line(db):
    # Budget for two grants of 12.000,00; the third is admitted but not funded (NESSUNO: no partial grant).
    call = make_call(db, budget_cents=24_000_00, last_grant_rule="nessuno")
    for username in MEMBERS:
        add_member(db, call, username)
    apps = []
    for i, (surname, c1) in enumerate((("Rossi", 25), ("Bianchi", 20), ("Verdi", 15))):
        app = make_application(db, call, add_woman(db, surname, "Anna"), status=S.AMMISSIBILE.value,
                               received_at=datetime(2026, 4, 10 + i, tzinfo=UTC))
        score_by_all(db, app, (c1, c1))
        apps.append(app)
    as_officer(db)
    gr.publish_ranking(db, gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 10)).summary.uuid)
    final = gr.freeze_ranking(db, call.uuid, "definitiva", date(2026, 6, 20),
                              early_reason="Nessuna osservazione possibile: bando con tre domande, tutte ammesse")
    assert statuses(db, apps) == [S.FINANZIATA, S.FINANZIATA, S.AMMESSA_NON_FINANZIATA]
    with pytest.raises(DomainError, match="pubblicata"):
        gr.slide_ranking(db, final.summary.uuid, "rinuncia")
    gr.publish_ranking(db, final.summary.uuid)
    with pytest.raises(DomainError, match="non cambierebbe nulla"):
        gr.slide_ranking(db, final.summary.uuid, "controllo")
    with pytest.raises(ValidationError):
        gr.slide_ranking(db, final.summary.uuid, "  ")

    with db.unit_of_work() as s:
        move_application(s, s.get(GrantApplication, apps[0].id), S.RINUNCIATA, "rinuncia scritta del 1/7")
    slid = gr.slide_ranking(db, final.summary.uuid, "Rinuncia della prima classificata", date(2026, 7, 10))
    assert (slid.summary.kind, slid.summary.number, slid.summary.published) == ("scorrimento", 3, False)
    assert [(r.position, r.outcome, r.grant_cents) for r in slid.rows] == [
        (1, "rinunciata", 0), (2, "finanziata", 12_000_00), (3, "finanziata", 12_000_00)]
    assert statuses(db, apps) == [S.RINUNCIATA, S.FINANZIATA, S.FINANZIATA]
    # The published final ranking is untouched.
    assert [r.outcome for r in gr.get_ranking(db, final.summary.uuid).rows] == ["finanziata", "finanziata",
                                                                                 "ammessa_non_fin"]
    with pytest.raises(DomainError, match="più recente"):
        gr.slide_ranking(db, final.summary.uuid, "di nuovo")
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(GrantRankingEntry)) == 9  # provisional, final, scorrimento


def test_tie_break_by_younger_applicant_is_taken_from_the_call(db):
    call = make_call(db, tie_break="piu_giovane")
    for username in MEMBERS:
        add_member(db, call, username)
    older = make_application(db, call, add_woman(db, "Anziana", "Ada", born=date(1970, 1, 1)),
                             status=S.AMMISSIBILE.value, received_at=datetime(2026, 4, 10, tzinfo=UTC))
    younger = make_application(db, call, add_woman(db, "Giovane", "Gaia", born=date(1998, 1, 1)),
                               status=S.AMMISSIBILE.value, received_at=datetime(2026, 4, 11, tzinfo=UTC))
    for app in (older, younger):
        score_by_all(db, app, (20, 20))
    as_officer(db)
    assert [r.application_uuid for r in gr.preview_ranking(db, call.uuid).rows] == [younger.uuid, older.uuid]


def test_protected_applicants_names_need_the_protected_data_permission(db, scored):
    call, apps = scored
    with db.unit_of_work() as s:
        s.get(Person, s.get(GrantApplication, apps[1].id).applicant_id).protected = True
    frozen = gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1))
    assert frozen.rows[1].applicant_name == "Bianchi Anna"
    as_officer(db, protected_data=False)
    rows = gr.get_ranking(db, frozen.summary.uuid).rows
    assert rows[1].applicant_name is None and rows[0].applicant_name == "Rossi Anna"
