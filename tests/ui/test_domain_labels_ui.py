"""In English the statuses, kinds and outcomes on screen are English too; the PDFs and the stored codes are not
touched (they stay Italian: see test_grant_pdfs)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from equilibri_desktop.domain.access import Role
from equilibri_desktop.ui.screens.grants.calls_screen import CallsScreen
from equilibri_desktop.ui.screens.grants.payments_screen import PaymentsScreen
from equilibri_desktop.ui.translations import install_translators
from tests.grant_helpers import act_as, add_woman, fund_application, make_call


@pytest.fixture
def english():
    install_translators(QApplication.instance(), "en")
    yield
    install_translators(QApplication.instance(), "it")


def _cells(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_call_statuses_and_filters_in_english(qtbot, ctx, english):
    make_call(ctx.db, title="Bando A")
    make_call(ctx.db, title="Bando B", status="bozza")
    screen = CallsScreen(ctx)
    qtbot.addWidget(screen)
    screen.list_page.refresh()
    table = screen.list_page.ui.calls_table
    assert sorted(_cells(table, 2)) == ["In preparation", "Open"]
    combo = screen.list_page.ui.status_filter_edit
    assert "Under evaluation" in [combo.itemText(i) for i in range(combo.count())]


def test_payment_statuses_in_english(qtbot, ctx, english):
    call = make_call(ctx.db)
    fund_application(ctx.db, call, add_woman(ctx.db))
    act_as(ctx.db, "responsabile", Role.RESPONSABILE)
    screen = PaymentsScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.ui.funded_table.rowCount() == 1
    headers = [screen.ui.funded_table.horizontalHeaderItem(c).text()
               for c in range(screen.ui.funded_table.columnCount())]
    assert screen.ui.funded_table.item(0, headers.index("Status")).text() == "Funded"
