"""Issue 10 point 7: the home page shows each role its work queue, and each row opens its record."""

from __future__ import annotations

from datetime import date

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import ranking as gr
from equilibri_desktop.services.grants import work_queue as queues
from equilibri_desktop.ui.main_window import MainWindow
from tests.grant_helpers import act_as, add_member, add_woman, make_application, make_call
from tests.test_grant_ranking_service import score_by_all


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    return window


def test_each_role_sees_its_queue(db):
    call = make_call(db)  # closed on 15/05/2026: the formal check may start
    received = make_application(db, call, add_woman(db))
    make_application(db, call, add_woman(db, "Verdi"), status=S.PREAVVISO_RIGETTO.value)
    act_as(db, "operatrice", Role.OPERATORE)
    mine = {(row.queue, row.record_uuid) for row in queues.work_queue(db)}
    assert (queues.FORMAL_CHECK, received.uuid) in mine
    assert {row.queue for row in queues.work_queue(db)} == {queues.FORMAL_CHECK, queues.REPLY}
    act_as(db, "anna.verdi", Role.COMMISSARIO)
    assert queues.work_queue(db) == ()  # not on any commission


def test_the_commissioner_and_the_responsabile_queues(db):
    call = make_call(db)
    for username in ("anna.verdi", "bruno.neri"):
        add_member(db, call, username)
    scored = make_application(db, call, add_woman(db), status=S.AMMISSIBILE.value)
    waiting = make_application(db, call, add_woman(db, "Verdi"), status=S.AMMISSIBILE.value)
    score_by_all(db, scored, (20, 20))
    act_as(db, "anna.verdi", Role.COMMISSARIO)
    assert [(row.queue, row.record_uuid) for row in queues.work_queue(db)] == [(queues.TO_SCORE, waiting.uuid)]
    act_as(db, "laura.bianchi", Role.RESPONSABILE, protected_data=True)
    score_by_all(db, waiting, (20, 20))
    provisional = gr.freeze_ranking(db, call.uuid, "provvisoria", date(2026, 6, 1))
    assert (queues.TO_PUBLISH, provisional.summary.uuid) in {(r.queue, r.record_uuid) for r in queues.work_queue(db)}


def test_a_row_of_the_home_page_opens_its_record(qtbot, ctx):
    call = make_call(ctx.db)
    received = make_application(ctx.db, call, add_woman(ctx.db))
    act_as(ctx.db, "operatrice", Role.OPERATORE)
    window = _window(qtbot, ctx)
    home = window.current_screen()
    table = home.queues.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Istruttoria da avviare"
    assert home.queues.open_row(0)
    screen = window.current_screen()
    assert screen.objectName() == "screen_grant_applications"
    assert screen.application_page.detail.uuid == received.uuid
