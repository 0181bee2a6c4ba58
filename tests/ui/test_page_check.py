"""A page damaged deep inside the office's file passes the quick start checks; the session's page-by-page
read, beside the clerk's work, finds it and says which copy to restore."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.storage import backup as backups
from equilibri_desktop.ui.page_check import check_pages_in_background


def _damage_a_leaf_page(path) -> None:
    """Overwrite one page of the `prova` table's b-tree (not the first, which holds the schema)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'prova'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 100)  # past the page header's start: a garbled cell area
        handle.write(b"\xff" * (page_size - 200))


def test_a_damaged_page_is_reported_after_the_start(qtbot, sqlite_config):
    maintenance.prepare_database(sqlite_config).dispose()
    good = maintenance.backup_database(sqlite_config, "manuale")
    path = sqlite_config.database_path
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE prova (n INTEGER PRIMARY KEY, testo TEXT)")
    conn.executemany("INSERT INTO prova (testo) VALUES (?)", [("x" * 40,) for _ in range(2000)])
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _damage_a_leaf_page(path)
    assert backups.sqlite_damage(path, thorough=False) is None  # the start lets it through
    window = QWidget()
    qtbot.addWidget(window)
    told: list[str] = []
    check_pages_in_background(window, sqlite_config, told.append)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert good.name in told[0]


def test_a_sound_file_says_nothing(qtbot, sqlite_config):
    maintenance.prepare_database(sqlite_config).dispose()
    window = QWidget()
    qtbot.addWidget(window)
    told: list[str] = []
    check_pages_in_background(window, sqlite_config, told.append).join(timeout=30)
    QCoreApplication.sendPostedEvents()  # a queued report, had there been one, is delivered now
    assert told == []
