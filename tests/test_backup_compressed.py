"""The copies made at every start and exit are compressed; they list, rotate, anchor and restore like the
plain ones, and a damaged one is refused."""

from __future__ import annotations

import gzip

import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.errors import BackupError
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.storage import backup as backups
from equilibri_desktop.storage.models import Person


@pytest.fixture
def sqlite_db(sqlite_config):
    db = maintenance.prepare_database(sqlite_config)
    yield db
    db.dispose()


def _add(db, surname: str) -> None:
    with db.unit_of_work() as session:
        session.add(Person(surname=surname, first_name="Test"))


def _count(db) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_start_and_exit_copies_are_compressed_and_smaller(sqlite_db, sqlite_config):
    for number in range(300):
        _add(sqlite_db, f"Persona{number}")
    start = maintenance.start_of_session(sqlite_config)
    manual = maintenance.backup_database(sqlite_config, "manuale")
    assert start.name.endswith("-avvio.sqlite3.gz") and manual.name.endswith("-manuale.sqlite3")
    assert start.stat().st_size < manual.stat().st_size / 2
    assert start.read_bytes()[:2] == b"\x1f\x8b"  # gzip
    listed = {b.path: b for b in maintenance.list_backups(sqlite_config)}
    assert listed[start].reason == "avvio" and listed[start].compressed
    assert listed[manual].reason == "manuale" and not listed[manual].compressed
    assert (start.parent / (start.name + backups.ANCHOR_SUFFIX)).exists()  # the audit anchor beside it


def test_a_compressed_copy_restores(sqlite_db, sqlite_config):
    _add(sqlite_db, "Prima")
    copy = maintenance.start_of_session(sqlite_config)
    _add(sqlite_db, "Dopo")
    sqlite_db.dispose()
    kept = maintenance.restore_database(sqlite_config, copy)
    assert _count(sqlite_db) == 1
    assert kept is not None and kept.exists()
    assert not list(sqlite_config.data_dir.glob("*.aperta"))  # the decompressed file does not stay behind


def test_a_damaged_compressed_copy_is_refused_and_skipped(sqlite_db, sqlite_config):
    _add(sqlite_db, "Prima")
    good = maintenance.start_of_session(sqlite_config)
    bad = sqlite_config.backup_dir / backups.backup_name("chiusura", compressed=True)
    bad.write_bytes(gzip.compress(b"non un database")[:12])
    sqlite_db.dispose()
    with pytest.raises(BackupError, match=bad.name):
        maintenance.restore_database(sqlite_config, bad)
    assert _count(sqlite_db) == 1
    assert maintenance.latest_good_backup(sqlite_config) == good


def test_rotation_counts_compressed_and_plain_copies_together(sqlite_db, sqlite_config, tmp_path):
    made = [maintenance.start_of_session(sqlite_config), maintenance.backup_database(sqlite_config, "manuale"),
            maintenance.end_of_session(sqlite_config)]
    removed = backups.rotate(sqlite_config.backup_dir, keep=2)
    assert removed == [made[0]]
    assert [b.path for b in maintenance.list_backups(sqlite_config)] == [made[2], made[1]]
