"""Valutazione: a commission member declares, scores with the keyboard, sees the live total and saves."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import attachments as grant_files
from equilibri_desktop.services.grants import evaluation as ev
from equilibri_desktop.storage.models import GrantApplication
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.grants.application_dialogs import FileOpener
from equilibri_desktop.ui.screens.grants.evaluation_dialogs import ConflictDialog
from equilibri_desktop.ui.screens.grants.evaluation_screen import EvaluationScreen
from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes
from tests.grant_helpers import (
    act_as,
    add_member,
    add_woman,
    make_application,
    make_call,
)

SHOTS = os.environ.get("EQUILIBRI_SHOTS", "")


@pytest.fixture
def scene(ctx):
    db = ctx.db
    call = make_call(db)
    add_member(db, call, "anna.verdi", "Anna Verdi", "presidente")
    add_member(db, call, "bruno.neri", "Bruno Neri")
    apps = [make_application(db, call, add_woman(db, surname, "Maria"), status=S.AMMISSIBILE.value,
                             received_at=datetime(2026, 4, 10 + i, 9, 0, tzinfo=UTC),
                             business_name=business)
            for i, (surname, business) in enumerate((("Rossi", "Piccoli Passi"), ("Bianchi", "Nonni in rete")))]
    act_as(db, "anna.verdi")
    return call, apps


@pytest.fixture
def answers(monkeypatch):
    """What the member answers in the conflict dialog; each question is recorded."""
    asked, queue = [], []

    def ask(parent, application, current=None, note=""):
        asked.append(application)
        return queue.pop(0) if queue else None

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(ask))
    return asked, queue


def open_screen(qtbot, ctx) -> EvaluationScreen:
    screen = EvaluationScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=5_000)
    return screen


def type_points(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_declare_then_score_with_the_keyboard_and_save(qtbot, ctx, scene, answers, dialogs):
    call, apps = scene
    asked, queue = answers
    screen = open_screen(qtbot, ctx)
    assert screen.ui.call_combo.currentText() == "Bando start-up donne 2026"
    assert "Anna Verdi (presidente)" in screen.ui.member_label.text()
    table = screen.ui.applications_table
    assert table.rowCount() == 2 and table.item(0, 2).text() == "Rossi Maria"
    assert table.item(0, 4).text() == "da dichiarare"
    assert "non ancora dichiarato" in screen.ui.declaration_label.text()
    assert not screen.criteria.edits["C1"].isEnabled() and not screen.ui.save_button.isEnabled()

    queue.append((False, ""))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on the application: the declaration comes first
    assert asked and "Rossi Maria" in asked[0]
    qtbot.waitUntil(lambda: screen.criteria.edits["C1"].isEnabled(), timeout=5_000)
    assert screen.criteria.edits["C1"].hasFocus()
    assert table.item(0, 4).text() == "nessuno"
    # The screen settles (the list is read again after the declaration) before the clerk types.
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5_000)

    for code, text in zip(("C1", "C2", "C3", "C4", "C5", "C6"), ("20", "10", "15", "10", "12", "8"), strict=False):
        type_points(qtbot, screen.criteria.edits[code], text)
    assert "75" in screen.ui.total_label.text() and "6 di 6" in screen.ui.total_label.text()
    type_points(qtbot, screen.criteria.edits["C6"], "99")  # more than the max of 10: an error beside it
    error = screen.ui.criteria_widget.findChild(QLabel, "C6_error")
    assert screen.criteria.edits["C6"].text() == "99" and error.isVisible() and "da 0 a 10" in error.text()
    type_points(qtbot, screen.criteria.edits["C6"], "8")
    assert not error.isVisible()
    qtbot.keyClick(screen.criteria.edits["C6"], Qt.Key.Key_Tab)  # Tab: the note, then «Salva»
    assert screen.ui.note_edit.hasFocus()
    qtbot.keyClicks(screen.ui.note_edit, "Progetto solido")
    qtbot.keyClick(screen.ui.note_edit, Qt.Key.Key_Tab)
    assert screen.ui.save_button.hasFocus() and "\t" not in screen.ui.note_edit.toPlainText()
    assert screen.has_unsaved_changes()
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not screen.has_unsaved_changes(), timeout=5_000)

    sheet = ev.scoring_sheet(ctx.db, apps[0].uuid)
    assert [c.points for c in sheet.criteria] == [Decimal(v) for v in (20, 10, 15, 10, 12, 8)]
    assert sheet.note == "Progetto solido"
    assert table.item(0, 5).text() == "6/6 · 75" and table.item(0, 6).text() == "incompleta"
    assert "Bruno Neri" in table.item(0, 6).toolTip()
    assert mnemonic_clashes(screen) == {}
    if SHOTS:
        qtbot.wait(50)  # let the layout place the rebuilt rows
        screen.grab().save(os.path.join(SHOTS, "grant_evaluation.png"))


def test_a_declared_conflict_locks_the_sheet(qtbot, ctx, scene, answers):
    _, apps = scene
    _, queue = answers
    screen = open_screen(qtbot, ctx)
    queue.append((True, "parente"))
    screen.ui.declare_button.click()
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5_000)
    assert "conflitto di interessi" in screen.ui.declaration_label.text()
    assert not screen.criteria.edits["C1"].isEnabled() and not screen.ui.save_button.isEnabled()
    assert screen.ui.sheet_error.isVisible() and "non partecipi" in screen.ui.sheet_error.text()
    assert screen.ui.applications_table.item(0, 4).text() == "sì: mi astengo"
    assert ev.scoring_sheet(ctx.db, apps[0].uuid).declaration is True


def test_cancelling_the_declaration_changes_nothing(qtbot, ctx, scene, answers):
    _, apps = scene
    asked, _ = answers
    screen = open_screen(qtbot, ctx)
    screen.start_work()
    assert len(asked) == 1
    assert ev.scoring_sheet(ctx.db, apps[0].uuid).declaration is None
    assert not screen.criteria.edits["C1"].isEnabled()


def test_leaving_unsaved_points_asks_first(qtbot, ctx, scene, answers, dialogs):
    _, apps = scene
    _, queue = answers
    screen = open_screen(qtbot, ctx)
    queue.append((False, ""))
    screen.declare()
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5_000)
    type_points(qtbot, screen.criteria.edits["C1"], "21")
    screen.refresh()  # what the main window does when the member comes back to the screen
    assert screen.criteria.edits["C1"].text() == "21" and screen.has_unsaved_changes()
    assert dialogs.titles("confirm") == []
    dialogs.confirm_answer = False
    screen.ui.applications_table.setCurrentCell(1, 0)
    assert dialogs.titles("confirm") == ["Punteggi non salvati"]
    assert screen.ui.applications_table.currentRow() == 0 and screen.sheet.application_uuid == apps[0].uuid
    assert screen.criteria.edits["C1"].text() == "21"
    dialogs.confirm_answer = True
    screen.ui.applications_table.setCurrentCell(1, 0)
    assert screen.sheet.application_uuid == apps[1].uuid


def test_applications_no_longer_under_evaluation_cannot_be_scored(qtbot, ctx, scene, answers):
    _, apps = scene
    _, queue = answers
    with ctx.db.unit_of_work() as s:
        s.get(GrantApplication, apps[1].id).status = S.IN_GRADUATORIA.value
    screen = open_screen(qtbot, ctx)
    screen.ui.applications_table.setCurrentCell(1, 0)
    assert not screen.ui.declare_button.isEnabled() and not screen.ui.save_button.isEnabled()
    assert "non si modificano più" in screen.ui.sheet_error.text()


def test_a_user_outside_the_commission_is_told_so(qtbot, ctx, scene):
    act_as(ctx.db, "carla.estranea")
    screen = open_screen(qtbot, ctx)
    assert screen.ui.call_combo.count() == 0 and screen.ui.applications_table.rowCount() == 0
    assert "Non fai parte della commissione" in screen.ui.status_label.text()


def test_the_project_is_shown_beside_the_grid_and_attachments_open_read_only(qtbot, ctx, scene, monkeypatch,
                                                                              tmp_path):
    _, apps = scene
    source = tmp_path / "piano.pdf"
    source.write_bytes(b"%PDF-1.4 piano")
    act_as(ctx.db, "operatrice", Role.OPERATORE)
    grant_files.add_attachment(ctx.db, apps[0].uuid, source, "Piano d'impresa")
    act_as(ctx.db, "anna.verdi")
    opened = []
    monkeypatch.setattr(FileOpener, "open", staticmethod(lambda path: opened.append(path) or True))
    screen = open_screen(qtbot, ctx)
    pane = screen.project
    assert pane.isVisible() and pane.costs.rowCount() == 3
    assert pane.costs.item(0, 1).text() == "€\u00a012.000,00"
    assert "ammissibili €\u00a015.000,00" in pane.totals.text()
    assert pane.tabText(2) == "Allegati (1)"
    pane.attachments.setCurrentRow(0)
    pane.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    assert opened[0].read_bytes() == b"%PDF-1.4 piano"
    assert opened[0] != source and not (opened[0].stat().st_mode & 0o222)


def test_scoring_waits_for_every_formal_check(qtbot, ctx, scene, answers):
    call, _ = scene
    act_as(ctx.db, "operatrice", Role.OPERATORE)
    make_application(ctx.db, call, add_woman(ctx.db, "Gialli", "Eva"), status=S.IN_ISTRUTTORIA.value)
    act_as(ctx.db, "anna.verdi")
    screen = open_screen(qtbot, ctx)
    assert not screen.ui.declare_button.isEnabled() and not screen.ui.save_button.isEnabled()
    assert "ancora in istruttoria" in screen.ui.sheet_error.text()
