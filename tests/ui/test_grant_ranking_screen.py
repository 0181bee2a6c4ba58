"""Graduatorie: preview with the incomplete-scoring warning, freezing, publishing and scorrimento by clicks."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import RankingKind
from equilibri_desktop.services.grants import evaluation as ev
from equilibri_desktop.services.grants import ranking as gr
from equilibri_desktop.services.grants.status import move_application
from equilibri_desktop.storage.models import GrantApplication
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.grants.ranking_dialogs import RankingActDialog
from equilibri_desktop.ui.screens.grants.ranking_screen import RankingScreen
from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes
from tests.grant_helpers import (
    act_as,
    add_member,
    add_woman,
    make_application,
    make_call,
)

SHOTS = os.environ.get("EQUILIBRI_SHOTS", "")
MEMBERS = ("anna.verdi", "bruno.neri")



def settle(qtbot) -> None:
    """Acts run through the operation runner: wait for them."""
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5_000)

def points(c1) -> dict[str, Decimal]:
    return {"C1": Decimal(c1), "C2": Decimal(10), "C3": Decimal(15), "C4": Decimal(10), "C5": Decimal(10),
            "C6": Decimal(5)}


@pytest.fixture
def scene(ctx):
    """Budget for two grants of 12.000,00 (NESSUNO: no partial grants); the third scored by one member only."""
    db = ctx.db
    call = make_call(db, budget_cents=24_000_00, last_grant_rule="nessuno")
    for username in MEMBERS:
        add_member(db, call, username, username.replace(".", " ").title())
    apps = [make_application(db, call, add_woman(db, surname, "Maria"), status=S.AMMISSIBILE.value,
                             received_at=datetime(2026, 4, 10 + i, 9, 0, tzinfo=UTC))
            for i, surname in enumerate(("Rossi", "Bianchi", "Verdi"))]
    for app, c1 in zip(apps, (25, 20, 15), strict=False):
        for username in MEMBERS if app is not apps[2] else MEMBERS[:1]:
            act_as(db, username)
            ev.declare_conflict(db, app.uuid, False)
            ev.score(db, app.uuid, points(c1))
    act_as(db, "laura.bianchi", Role.RESPONSABILE, protected_data=True)
    return call, apps


@pytest.fixture
def acts(monkeypatch):
    """The answers to the date-and-reason dialog; each question is recorded."""
    asked, queue = [], []

    def ask(parent, title, text, ok_label, reason_required=False):
        asked.append((title, reason_required))
        return queue.pop(0) if queue else None

    monkeypatch.setattr(RankingActDialog, "ask", staticmethod(ask))
    return asked, queue


def open_screen(qtbot, ctx) -> RankingScreen:
    screen = RankingScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    settle(qtbot)  # the preview is computed off the UI thread
    return screen


def finish_scoring(ctx, app) -> None:
    before = ctx.db.actor
    act_as(ctx.db, "bruno.neri")
    ev.declare_conflict(ctx.db, app.uuid, False)
    ev.score(ctx.db, app.uuid, points(15))
    ctx.db.actor = before


def cells(table, row) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_incomplete_scoring_is_shown_and_blocks_freezing(qtbot, ctx, scene):
    screen = open_screen(qtbot, ctx)
    assert screen.ui.warning_label.isVisible()
    assert "Valutazione incompleta per una domanda" in screen.ui.warning_label.text()
    assert "Bruno Neri: dichiarazione" in screen.ui.warning_label.text()
    assert not screen.ui.freeze_provisional_button.isEnabled() and not screen.ui.freeze_final_button.isEnabled()
    assert screen.ui.ranking_table.rowCount() == 3  # the preview still shows where things stand
    assert "Anteprima" in screen.ui.view_title_label.text()
    if SHOTS:
        screen.grab().save(os.path.join(SHOTS, "grant_ranking_incomplete.png"))


def test_preview_then_freeze_publish_final_and_scorrimento(qtbot, ctx, scene, acts, dialogs):
    call, apps = scene
    asked, queue = acts
    finish_scoring(ctx, apps[2])
    screen = open_screen(qtbot, ctx)
    screen.ui.refresh_button.click()
    settle(qtbot)
    assert not screen.ui.warning_label.isVisible()
    table = screen.ui.ranking_table
    assert cells(table, 0) == ["1", apps_code(ctx, apps[0]), "2026/0001", "Rossi Maria", "75,00", "Finanziabile",
                               "€ 12.000,00", "€ 12.000,00"]
    assert cells(table, 2)[5:] == ["Ammessa non finanziabile", "€ 0,00", "€ 0,00"]
    assert "residuo € 0,00" in screen.ui.summary_label.text()
    assert not screen.ui.publish_button.isEnabled() and not screen.ui.slide_button.isEnabled()

    queue.append((date(2026, 6, 1), "Verbale n. 3"))
    qtbot.mouseClick(screen.ui.freeze_provisional_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert asked[-1] == ("Graduatoria provvisoria", False)
    assert screen.ui.versions_table.rowCount() == 2 and screen.ui.versions_table.currentRow() == 1
    assert cells(screen.ui.versions_table, 1) == ["1", "Provvisoria", "01/06/2026", "no"]
    assert "Graduatoria provvisoria n. 1" in screen.ui.view_title_label.text()
    assert "Verbale n. 3" in screen.ui.version_reason_label.text()

    dialogs.confirm_answer = False
    screen.ui.publish_button.click()
    settle(qtbot)
    assert cells(screen.ui.versions_table, 1)[3] == "no"
    dialogs.confirm_answer = True
    screen.ui.publish_button.click()
    settle(qtbot)
    assert dialogs.titles("publication") == ["Pubblica la graduatoria"] * 2
    assert cells(screen.ui.versions_table, 1)[3] == "sì" and not screen.ui.publish_button.isEnabled()

    queue.append((date(2026, 6, 20), "Determinazione 45/2026: nessuna osservazione attesa"))
    # Published today: the observations' period runs, so the final one comes early, with its reason.
    assert screen.ui.freeze_final_button.isEnabled() and "osservazioni" in screen.ui.freeze_final_button.toolTip()
    screen.ui.freeze_final_button.click()
    settle(qtbot)
    assert asked[-1] == ("Graduatoria definitiva", True)
    assert screen.ui.versions_table.currentRow() == 1  # newest first, after the preview row
    assert cells(screen.ui.ranking_table, 0)[5] == "Finanziata"
    assert cells(screen.ui.ranking_table, 2)[5] == "Ammessa non finanziata"
    assert not screen.ui.freeze_final_button.isEnabled() and "scorrimento" in screen.ui.warning_label.text()
    screen.ui.publish_button.click()
    settle(qtbot)
    assert screen.ui.slide_button.isEnabled()

    with ctx.db.unit_of_work() as s:
        move_application(s, s.get(GrantApplication, apps[1].id), S.RINUNCIATA, "rinuncia scritta")
    queue.append((date(2026, 7, 10), "Rinuncia della seconda classificata"))
    screen.ui.slide_button.click()
    settle(qtbot)
    assert asked[-1] == ("Scorrimento della graduatoria", True)
    assert cells(screen.ui.versions_table, 1)[:2] == ["3", "Scorrimento"]
    assert [cells(screen.ui.ranking_table, r)[5] for r in range(3)] == ["Finanziata", "Rinunciata", "Finanziata"]
    with ctx.db.unit_of_work() as s:
        assert s.get(GrantApplication, apps[2].id).status == S.FINANZIATA
    assert not screen.ui.slide_button.isEnabled()  # the new version is not published yet
    assert mnemonic_clashes(screen) == {}
    if SHOTS:
        screen.grab().save(os.path.join(SHOTS, "grant_ranking.png"))


def apps_code(ctx, app) -> str:
    with ctx.db.unit_of_work() as s:
        return s.get(GrantApplication, app.id).public_code


def test_a_refused_act_is_explained_and_a_cancelled_one_does_nothing(qtbot, ctx, scene, acts, dialogs):
    call, apps = scene
    _, queue = acts
    finish_scoring(ctx, apps[2])
    screen = open_screen(qtbot, ctx)
    screen.ui.freeze_provisional_button.click()  # the dialog is cancelled: nothing is frozen
    assert gr.list_rankings(ctx.db, call.uuid) == []
    make_application(ctx.db, call, add_woman(ctx.db, "Galli", "Irene"), status=S.IN_ISTRUTTORIA.value)
    queue.append((date(2026, 6, 20), ""))
    screen.freeze(RankingKind.DEFINITIVA)  # the button was enabled before the new application arrived
    settle(qtbot)
    assert dialogs.titles("warn") == ["Operazione non riuscita"]
    assert "istruttoria" in dialogs.texts("warn")[0]
    assert gr.list_rankings(ctx.db, call.uuid) == []


def test_readers_see_rankings_without_the_acts(qtbot, ctx, scene):
    call, apps = scene
    finish_scoring(ctx, apps[2])
    gr.freeze_ranking(ctx.db, call.uuid, "provvisoria", date(2026, 6, 1))
    act_as(ctx.db, "revisore", Role.REVISORE)
    screen = open_screen(qtbot, ctx)
    for button in screen._act_buttons():
        assert not button.isVisible()
    screen.ui.versions_table.setCurrentCell(1, 0)
    assert screen.ui.ranking_table.rowCount() == 3 and "provvisoria n. 1" in screen.ui.view_title_label.text()


def test_the_real_documents_panel_is_embedded_for_frozen_versions(qtbot, ctx, scene):
    from equilibri_desktop.ui.widgets.documents_panel import DocumentsPanel

    call, apps = scene
    finish_scoring(ctx, apps[2])
    frozen = gr.freeze_ranking(ctx.db, call.uuid, "provvisoria", date(2026, 6, 1))
    screen = open_screen(qtbot, ctx)
    assert isinstance(screen.documents.panel, DocumentsPanel)
    assert not screen.documents.panel.isVisible() and screen.ui.documents_placeholder.isVisible()  # preview
    screen.ui.versions_table.setCurrentCell(1, 0)
    assert (screen.documents.panel.record_type, screen.documents.panel.record_uuid) == (
        "grant_ranking", frozen.summary.uuid)
    assert screen.documents.panel.isVisible() and not screen.ui.documents_placeholder.isVisible()
