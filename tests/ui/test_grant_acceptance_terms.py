"""The office date lapses a partial grant not accepted within the call's term (issue 11) when the clerk refreshes
the payments or the ranking screen: the clock moves one day past the term, F5, and the grant is gone to the
scorrimento; the day before, nothing happens."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.services.grants import documents as grant_documents
from equilibri_desktop.services.grants import registration
from equilibri_desktop.storage.models import GrantApplication, GrantCall
from equilibri_desktop.ui.main_window import MainWindow
from tests.grant_document_helpers import ISSUED, build_scenario
from tests.ui.waiting import settle


@pytest.fixture
def clock():
    office = FixedClock(datetime(2026, 7, 12, 10, tzinfo=UTC))
    with use_clock(office):
        yield office


@pytest.fixture
def sent(ctx, clock):
    """Verdi's partial grant (€ 10.000) communicated on 12/07 with 15 days to accept; Ferri's full grant too."""
    scenario = build_scenario(ctx.db)
    with ctx.db.unit_of_work() as s:
        s.get(GrantCall, scenario.call.id).partial_acceptance_days = 15
    grant_documents.generate_decision(ctx.db, scenario.ranking.uuid, issued_on=ISSUED)
    letter = grant_documents.generate_grant_communication(ctx.db, scenario.verdi.uuid, issued_on=ISSUED)
    registration.register_document(ctx.db, letter.uuid, "4410", date(2026, 7, 12))
    grant_documents.generate_grant_communication(ctx.db, scenario.ferri.uuid, issued_on=ISSUED)
    return scenario


def _status(ctx, ref) -> str:
    with ctx.db.unit_of_work() as s:
        return s.get(GrantApplication, ref.id).status


def _window(qtbot, ctx, key: str):
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # on a real X server a shortcut (F5) reaches only the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    screen = window.open_screen(key)
    settle(qtbot)
    return window, screen


def test_f5_on_payments_lapses_the_partial_grant_once_its_term_has_run(qtbot, ctx, sent, clock):
    clock.set(datetime(2026, 7, 27, 10))  # the last day to accept
    window, screen = _window(qtbot, ctx, "grant_payments")
    assert _status(ctx, sent.verdi) == "finanziata"
    assert "decadut" not in screen.ui.status_label.text()

    clock.set(datetime(2026, 7, 28, 10))
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle(qtbot)
    assert _status(ctx, sent.verdi) == "rinunciata"
    assert _status(ctx, sent.ferri) == "finanziata"  # a full grant never lapses this way
    assert "Un contributo parziale non accettato entro il termine è decaduto" in screen.ui.status_label.text()
    assert screen.rows[sent.verdi.uuid].status_label == "Rinunciata"  # the list was read again


def test_opening_the_ranking_after_the_term_lapses_it_and_says_so(qtbot, ctx, sent, clock):
    clock.set(datetime(2026, 7, 28, 10))
    _window_, screen = _window(qtbot, ctx, "grant_rankings")
    assert _status(ctx, sent.verdi) == "rinunciata"
    assert "disponibile per lo scorrimento" in screen.ui.status_label.text()
