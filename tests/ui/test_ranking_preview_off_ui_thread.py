"""Opening a call on the ranking screen computes its preview through the operation runner, off the UI thread."""

from __future__ import annotations

import threading

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import ranking as gr
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.grants.ranking_screen import RankingScreen
from tests.grant_helpers import act_as, add_member, add_woman, make_application, make_call


def test_the_preview_is_computed_off_the_ui_thread(qtbot, ctx, monkeypatch):
    call = make_call(ctx.db)
    add_member(ctx.db, call, "anna.verdi")
    make_application(ctx.db, call, add_woman(ctx.db, "Rossi", "Maria"), status=S.AMMISSIBILE.value)
    act_as(ctx.db, "laura.bianchi", Role.RESPONSABILE, protected_data=True)
    threads = []
    original = gr.preview_ranking

    def recording(db, call_uuid):
        threads.append(threading.current_thread())
        return original(db, call_uuid)

    monkeypatch.setattr(gr, "preview_ranking", recording)
    screen = RankingScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5_000)
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    assert screen.preview is not None and screen.ui.ranking_table.rowCount() == 1
    assert "Valutazione incompleta" in screen.ui.warning_label.text()
