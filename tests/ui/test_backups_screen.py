"""Copie di sicurezza: make a copy, restore it after confirmation, refuse a bad file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.storage.models import Person
from equilibri_desktop.ui.navigator import Navigator
from equilibri_desktop.ui.screens.admin.backups import BackupsScreen
from tests.ui.waiting import settle


def _people(ctx) -> int:
    with ctx.db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_backup_then_restore_round_trip(qtbot, sqlite_ctx, dialogs):
    ctx = sqlite_ctx
    with ctx.db.unit_of_work() as session:
        session.add(Person(surname="Galli", first_name="Irene"))
    ctx.navigator = Navigator(lambda key: None, lambda kind: None)
    screen = BackupsScreen(ctx)
    qtbot.addWidget(screen)
    screen.backup_now()
    qtbot.waitUntil(lambda: screen.ui.backups_table.rowCount() == 1, timeout=10_000)
    assert "manuale" in screen.ui.backups_table.item(0, 3).text()
    with ctx.db.unit_of_work() as session:
        session.add(Person(surname="Fontana", first_name="Elena"))
    assert _people(ctx) == 2

    screen.ui.backups_table.selectRow(0)
    # The shell hears of the restore through the navigator (and reloads every screen, this one included).
    with qtbot.waitSignal(ctx.navigator.database_replaced, timeout=10_000):
        screen.restore()
    assert dialogs.titles("confirm") == ["Ripristina copia"]
    assert _people(ctx) == 1
    assert any(info.reason == "prima-ripristino" for info in maintenance.list_backups(ctx.config))


def test_restore_cancelled_changes_nothing(qtbot, sqlite_ctx, dialogs):
    ctx = sqlite_ctx
    path = maintenance.backup_database(ctx.config, "manuale")
    with ctx.db.unit_of_work() as session:
        session.add(Person(surname="Riva", first_name="Chiara"))
    screen = BackupsScreen(ctx)
    qtbot.addWidget(screen)
    screen.ui.backups_table.selectRow(0)
    dialogs.confirm_answer = False
    screen.restore()
    assert _people(ctx) == 1
    assert Path(path).exists()


def test_corrupt_copy_is_refused_and_database_kept(qtbot, sqlite_ctx, dialogs):
    ctx = sqlite_ctx
    with ctx.db.unit_of_work() as session:
        session.add(Person(surname="Sala", first_name="Anna"))
    bogus = ctx.config.backup_dir / "equilibri-20260101-000000-000000-manuale.sqlite3"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00garbage" * 500)
    screen = BackupsScreen(ctx)
    qtbot.addWidget(screen)
    screen.ui.backups_table.selectRow(0)
    screen.restore()
    qtbot.waitUntil(lambda: bool(dialogs.titles("warn")), timeout=10_000)
    assert dialogs.titles("warn") == ["Ripristino non eseguito"]
    assert "danneggiato" in dialogs.texts("warn")[0] or "non è" in dialogs.texts("warn")[0]
    assert _people(ctx) == 1


def test_backup_settings_are_checked_next_to_their_fields_and_saved(qtbot, sqlite_ctx, tmp_path):
    from equilibri_desktop.services.admin import backups

    ctx = sqlite_ctx
    screen = BackupsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.ui.keep_newest_edit.value() == 10 and screen.ui.warn_after_days_edit.value() == 7
    screen.ui.warn_after_days_edit.setValue(0)
    screen.ui.second_folder_edit.setText(str(tmp_path / "chiavetta-mancante"))
    assert screen.has_unsaved_changes()
    screen.save_settings()
    settle(qtbot)
    assert "Avviso dopo quanti giorni" in screen.ui.warn_after_days_error.text()
    assert screen.ui.warn_after_days_error.isVisible() and not screen.ui.keep_newest_error.isVisible()
    screen.ui.warn_after_days_edit.setValue(3)
    screen.save_settings()
    settle(qtbot)
    assert "non esiste" in screen.ui.second_folder_error.text()
    usb = tmp_path / "chiavetta"
    usb.mkdir()
    screen.ui.second_folder_edit.setText(str(usb))
    screen.save_settings()
    settle(qtbot)
    assert not screen.has_unsaved_changes() and screen.ui.status_label.text() == "Impostazioni delle copie salvate."
    assert backups.get_backup_settings(ctx.db).warn_after_days == 3
    screen.backup_now()
    qtbot.waitUntil(lambda: screen.ui.backups_table.rowCount() == 1, timeout=10_000)
    assert len(list(usb.glob("*.sqlite3"))) == 1  # the second folder gets its copy too


def test_home_page_warning_follows_the_backup_setting(qtbot, sqlite_ctx):
    from equilibri_desktop.ui.screens.home.home_page import HomePage

    ctx = sqlite_ctx
    home = HomePage(ctx)
    qtbot.addWidget(home)
    assert home.ui.backup_warning_label.isVisibleTo(home)
    assert "nessuna copia" in home.ui.backup_warning_label.text()
    maintenance.backup_database(ctx.config, "manuale")
    home.refresh()
    assert not home.ui.backup_warning_label.isVisibleTo(home)
