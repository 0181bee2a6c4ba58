"""In English the statuses, kinds and outcomes on screen are English too; the PDFs and the stored codes are not
touched (they stay Italian: see test_grant_pdfs)."""

from __future__ import annotations

import pytest

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.ui.screens.grants.calls_screen import CallsScreen
from equilibri_desktop.ui.screens.grants.payments_screen import PaymentsScreen
from tests.grant_helpers import act_as, add_woman, fund_application, make_call


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


def test_the_home_page_backup_warning_in_english(qtbot, sqlite_ctx, english):
    from datetime import timedelta

    from equilibri_desktop.services.admin import backups, maintenance
    from equilibri_desktop.ui.screens.home.home_page import HomePage

    home = HomePage(sqlite_ctx)
    qtbot.addWidget(home)
    assert home.ui.backup_warning_label.text() == (
        "Warning: there is no backup yet: make one from Administration › Backups.")
    maintenance.backup_database(sqlite_ctx.config, "manuale")
    later = utc_now() + timedelta(days=9, hours=1)
    stale = backups.backup_staleness(sqlite_ctx.db, now=later)
    assert (stale.age_days, stale.warn_after_days) == (9, 7)
    assert "ha 9 giorni" in stale.message


@pytest.mark.parametrize(("days", "text"), [
    (9, "Warning: the latest backup is 9 days old (the warning starts after 7 days): make one now."),
    (1, "Warning: the latest backup is 1 day old (the warning starts after 7 days): make one now."),
])
def test_an_old_backup_is_told_in_english(qtbot, sqlite_ctx, english, monkeypatch, days, text):
    from equilibri_desktop.services.admin import backups
    from equilibri_desktop.ui.screens.home.home_page import HomePage

    monkeypatch.setattr(backups, "backup_staleness", lambda _db: backups.BackupStaleness(days, 7))
    home = HomePage(sqlite_ctx)
    qtbot.addWidget(home)
    assert home.ui.backup_warning_label.text() == text
