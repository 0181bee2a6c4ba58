"""The people list says "oltre N persone" past the counting limit, keeps paging, and counts on demand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.registry import list_base
from tests.registry_helpers import add_person
from tests.ui.registry_ui import WAIT_MS, names, people, type_text


def _four(ctx):
    for surname, first in (("Rossi", "Maria"), ("Rossini", "Luca"), ("Rossetti", "Anna"), ("Bianchi", "Rosa")):
        add_person(ctx.db, surname, first, born=date(1980, 1, 1))


def _many(ctx, count: int) -> None:
    """More people named Ross… than a page holds (and than the view shows, so it fetches no more by itself)."""
    for number in range(count):
        add_person(ctx.db, f"Ross{chr(97 + number // 26)}{chr(97 + number % 26)}", "Maria", born=date(1980, 1, 1),
                   with_code=False)


def test_past_the_limit_the_list_says_more_than_and_counts_on_demand(qtbot, ctx, monkeypatch):
    _four(ctx)
    monkeypatch.setattr(list_base, "COUNT_LIMIT", 2)
    screen = people(qtbot, ctx)
    page = screen.list_page
    # The first page holds every match: the count is known without counting further.
    assert page.ui.count_label.text() == "4 persone"
    assert not page.ui.count_all_button.isVisibleTo(page)
    _many(ctx, 70)
    page.model.page_size = 60
    type_text(qtbot, page.ui.search_edit, "ross")
    qtbot.waitUntil(lambda: page.ui.count_label.text() == "oltre 2 persone", timeout=WAIT_MS)
    assert page.ui.count_all_button.isVisibleTo(page)
    assert page.model.rowCount() == 60
    assert page.model.canFetchMore(QModelIndex())  # the lower bound does not stop the paging
    page.ui.count_all_button.setFocus()
    qtbot.keyClick(page.ui.count_all_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.ui.count_label.text() == "73 persone", timeout=WAIT_MS)
    assert not page.ui.count_all_button.isVisibleTo(page)
    page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == 73 and names(page)[:2] == ["Rossaa Maria", "Rossab Maria"]


def test_scrolling_to_the_end_makes_the_count_exact(qtbot, ctx, monkeypatch):
    _four(ctx)
    monkeypatch.setattr(list_base, "COUNT_LIMIT", 1)
    screen = people(qtbot, ctx)
    page = screen.list_page
    _many(ctx, 70)
    page.model.page_size = 60
    type_text(qtbot, page.ui.search_edit, "ross")
    qtbot.waitUntil(lambda: page.ui.count_label.text() == "oltre 1 persona", timeout=WAIT_MS)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # to the end, as a clerk would
    qtbot.waitUntil(lambda: page.model.rowCount() == 73, timeout=WAIT_MS)
    assert page.model.total == 73 and page.model.total_is_exact
    assert page.ui.count_label.text() == "73 persone"
