"""Backups: consistent copies, rotation, checked restores that never lose the current data."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.errors import BackupError, InstanceAlreadyRunningError
from equilibri_desktop.instance_lock import InstanceLock
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.storage import backup as backups
from equilibri_desktop.storage.models import Person


@pytest.fixture
def sqlite_db(sqlite_config):
    database = maintenance.prepare_database(sqlite_config, user="operatore.test")
    yield database
    database.dispose()


def _count(db) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(Person))


def _add(db, surname: str) -> None:
    with db.unit_of_work() as session:
        session.add(Person(surname=surname, first_name="Test"))


def test_backup_restore_round_trip(sqlite_db, sqlite_config):
    _add(sqlite_db, "Prima")
    copy = maintenance.backup_database(sqlite_config, "manuale")
    _add(sqlite_db, "Dopo")
    sqlite_db.dispose()
    safety = maintenance.restore_database(sqlite_config, copy)
    assert _count(sqlite_db) == 1
    # The replaced database was kept and still holds both people.
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 2


def test_backup_while_writing_is_consistent(sqlite_db, sqlite_config):
    """A copy taken with an open write transaction holds only committed data."""
    _add(sqlite_db, "Committed")
    writer = sqlite_db.sessions()
    writer.add(Person(surname="Uncommitted", first_name="X"))
    writer.flush()
    try:
        copy = maintenance.backup_database(sqlite_config, "manuale")
    finally:
        writer.rollback()
        writer.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in conn.execute("SELECT surname FROM person")] == ["Committed"]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_restore_refuses_corrupt_file_and_keeps_database(sqlite_db, sqlite_config, tmp_path):
    _add(sqlite_db, "Resto")
    bad = tmp_path / "rotto.sqlite3"
    good = maintenance.backup_database(sqlite_config, "manuale")
    data = bytearray(good.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck a page in the middle
    bad.write_bytes(bytes(data))
    sqlite_db.dispose()
    with pytest.raises(BackupError):
        maintenance.restore_database(sqlite_config, bad)
    assert _count(sqlite_db) == 1


@pytest.mark.parametrize("content", [b"", b"plain text, not a database", None])
def test_restore_refuses_foreign_files(sqlite_db, sqlite_config, tmp_path, content):
    path = tmp_path / "altro.sqlite3"
    if content is None:
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE fatture (id INTEGER PRIMARY KEY)")
    else:
        path.write_bytes(content)
    with pytest.raises(BackupError, match="non è|danneggiato"):
        maintenance.restore_database(sqlite_config, path)


def test_restore_refuses_copy_from_newer_app(sqlite_db, sqlite_config):
    copy = maintenance.backup_database(sqlite_config, "manuale")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(BackupError, match="più recente"):
        maintenance.restore_database(sqlite_config, copy)


def test_rotation_keeps_the_newest(sqlite_db, sqlite_config):
    for _ in range(5):
        maintenance.backup_database(sqlite_config, "manuale")
    names = [b.path.name for b in maintenance.list_backups(sqlite_config)]
    removed = backups.rotate(sqlite_config.backup_dir, keep=2)
    assert [b.path.name for b in maintenance.list_backups(sqlite_config)] == names[:2]
    assert len(removed) == 3


def test_start_up_backup_comes_before_the_upgrade(sqlite_config):
    first = maintenance.prepare_database(sqlite_config)
    first.dispose()
    assert maintenance.list_backups(sqlite_config) == []  # a brand-new database has nothing to save
    again = maintenance.prepare_database(sqlite_config, backup_reason="avvio")
    again.dispose()
    assert [b.reason for b in maintenance.list_backups(sqlite_config)] == ["avvio"]
    assert maintenance.backup_age_days(sqlite_config) < 0.01


def test_postgres_backup_explains_pg_dump(tmp_path):
    from equilibri_desktop.config import resolve_config

    config = resolve_config(tmp_path, "postgresql://user@server/db")
    assert config.database_url.startswith("postgresql+psycopg://")
    assert config.database_label == "PostgreSQL server/db"
    with pytest.raises(BackupError, match="pg_dump"):
        maintenance.backup_database(config)


def test_second_instance_is_refused(tmp_path):
    with InstanceLock(tmp_path):
        with pytest.raises(InstanceAlreadyRunningError, match="già aperto"):
            InstanceLock(tmp_path).acquire()
    with InstanceLock(tmp_path):  # released on exit, so a new start works
        pass


def test_lock_is_released_when_the_process_dies(tmp_path):
    import subprocess
    import sys

    code = ("import sys, os; from pathlib import Path; from equilibri_desktop.instance_lock import InstanceLock;"
            f"InstanceLock(Path({str(tmp_path)!r})).acquire(); os._exit(0)")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    with InstanceLock(tmp_path):
        pass
