"""Backup rotation (newest, daily, weekly, safety copies), the second folder, settings and checked restores."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.backup_policy import BackupCopy, BackupSettings, copies_to_keep
from equilibri_desktop.domain.errors import BackupError, ValidationError
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin import backups, maintenance
from equilibri_desktop.storage import backup as storage_backup
from equilibri_desktop.storage.models import Person

NOW = datetime(2026, 3, 18, 12, 0)  # a Wednesday


@pytest.fixture
def sqlite_db(sqlite_config):
    database = maintenance.prepare_database(sqlite_config, user="admin.test")
    yield database
    database.dispose()


def _copies(days: int, per_day: int = 2, reason: str = "avvio") -> list[BackupCopy]:
    """Two copies a day (09:00 and 17:00) for `days` days before NOW."""
    found = []
    for day in range(days):
        for hour in (9, 17)[:per_day]:
            taken = (NOW - timedelta(days=day)).replace(hour=hour)
            if taken <= NOW:
                found.append(BackupCopy(f"{taken:%Y%m%d-%H}", taken, reason))
    return found


def test_policy_keeps_newest_then_one_a_day_then_one_a_week():
    kept = copies_to_keep(_copies(70), BackupSettings(keep_newest=3, keep_daily_days=7, keep_weekly_weeks=4), NOW)
    newest = {"20260318-09", "20260317-17", "20260317-09"}
    daily = {f"202603{d:02d}-17" for d in range(12, 18)} | {"20260318-09"}  # the newest of each of 7 days
    weekly = {"20260315-17", "20260308-17", "20260301-17", "20260222-17"}  # Sundays: each week's newest
    assert kept == newest | daily | weekly


def test_policy_never_drops_recent_safety_copies():
    safety = [BackupCopy("restore-recent", NOW - timedelta(days=29), "prima-ripristino"),
              BackupCopy("upgrade-recent", NOW - timedelta(days=3, hours=5), "prima-aggiornamento"),
              BackupCopy("restore-old", NOW - timedelta(days=31), "prima-ripristino")]
    kept = copies_to_keep(_copies(3) + safety, BackupSettings(keep_newest=1, keep_daily_days=0,
                                                              keep_weekly_weeks=0), NOW)
    assert kept == {"20260318-09", "restore-recent", "upgrade-recent"}


def _fake_backups(folder, days: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for copy in _copies(days):
        (folder / storage_backup.backup_name("avvio", copy.taken_at)).write_bytes(b"copia")


def test_rotation_deletes_files_outside_the_policy(tmp_path):
    _fake_backups(tmp_path, 40)
    (tmp_path / "danneggiato-20260101.sqlite3").write_bytes(b"x")  # set aside by a restore: never rotated
    removed = storage_backup.rotate(tmp_path, keep=2, days=3, weeks=2, now=NOW)
    left = sorted(info.taken_at.strftime("%m%d-%H") for info in storage_backup.list_backups(tmp_path))
    # Newest 2 (18 09h, 17 17h), days 16-18, the newest of this week and of the two before it.
    assert left == ["0308-17", "0315-17", "0316-17", "0317-17", "0318-09"]
    assert len(removed) == 79 - 5
    assert (tmp_path / "danneggiato-20260101.sqlite3").exists()


def test_backup_goes_to_the_second_folder_too(sqlite_db, sqlite_config, tmp_path):
    second = tmp_path / "chiavetta"
    second.mkdir()
    backups.save_backup_settings(sqlite_db, BackupSettings(keep_newest=2, keep_daily_days=0, keep_weekly_weeks=0,
                                                           second_folder=str(second)))
    for _ in range(3):
        outcome = backups.make_backup(sqlite_db)
    assert outcome.warning is None and outcome.second_copy == second / outcome.path.name
    with sqlite3.connect(outcome.second_copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(storage_backup.list_backups(second)) == 2  # rotated with the same settings
    assert len(maintenance.list_backups(sqlite_config)) == 2
    # The automatic copies at start and exit read the same settings from the file.
    maintenance.backup_database(sqlite_config, "chiusura")
    assert [b.reason for b in storage_backup.list_backups(second)][0] == "chiusura"


def test_an_unplugged_second_folder_is_a_warning_not_a_failure(sqlite_db, sqlite_config, tmp_path):
    second = tmp_path / "chiavetta"
    second.mkdir()
    backups.save_backup_settings(sqlite_db, BackupSettings(second_folder=str(second)))
    second.rmdir()  # the drive was unplugged
    outcome = backups.make_backup(sqlite_db)
    assert outcome.path.exists() and outcome.second_copy is None
    assert "seconda cartella" in outcome.warning
    assert not second.exists()  # never created on the local disk in its place


def test_settings_are_validated_stored_and_audited(sqlite_db, tmp_path):
    assert backups.get_backup_settings(sqlite_db) == BackupSettings()
    with pytest.raises(ValidationError) as wrong:
        backups.save_backup_settings(sqlite_db, BackupSettings(keep_newest=0, warn_after_days=1000))
    assert {e.field for e in wrong.value.errors} == {"keep_newest", "warn_after_days"}
    with pytest.raises(ValidationError, match="non esiste"):
        backups.save_backup_settings(sqlite_db, BackupSettings(second_folder=str(tmp_path / "manca")))
    saved = backups.save_backup_settings(sqlite_db, BackupSettings(keep_weekly_weeks=12, warn_after_days=3))
    assert backups.get_backup_settings(sqlite_db) == saved
    entry = audit.search_audit(sqlite_db, audit.AuditFilter(action="settings")).items[0]
    assert {c.field: (c.old, c.new) for c in entry.changes} == {"keep_weekly_weeks": (8, 12),
                                                                 "warn_after_days": (7, 3)}


def test_home_warning_after_the_configured_days(sqlite_db):
    assert "nessuna copia" in backups.backup_warning(sqlite_db)
    backups.make_backup(sqlite_db)
    assert backups.backup_warning(sqlite_db) is None
    later = datetime.now(UTC) + timedelta(days=8)
    assert "8 giorni" in backups.backup_warning(sqlite_db, now=later)
    backups.save_backup_settings(sqlite_db, replace(BackupSettings(), warn_after_days=10))
    assert backups.backup_warning(sqlite_db, now=later) is None


def test_only_administrators_back_up_and_restore(sqlite_db):
    copy = backups.make_backup(sqlite_db).path
    sqlite_db.actor = Actor("olga.orsini", roles=frozenset({Role.OPERATORE, Role.RESPONSABILE}))
    for call in (lambda: backups.make_backup(sqlite_db), lambda: backups.restore_backup(sqlite_db, copy),
                 lambda: backups.list_backups(sqlite_db),
                 lambda: backups.save_backup_settings(sqlite_db, BackupSettings())):
        with pytest.raises(PermissionDeniedError):
            call()


def test_restore_through_the_service_checks_the_file_and_is_audited(sqlite_db, tmp_path):
    with sqlite_db.unit_of_work() as s:
        s.add(Person(surname="Prima", first_name="Test"))
    copy = backups.make_backup(sqlite_db).path
    with sqlite_db.unit_of_work() as s:
        s.add(Person(surname="Dopo", first_name="Test"))
    foreign = tmp_path / "fatture.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE fatture (id INTEGER PRIMARY KEY)")
    broken = tmp_path / "rotta.sqlite3"
    data = bytearray(copy.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    broken.write_bytes(bytes(data))
    for bad in (foreign, broken):
        with pytest.raises(BackupError, match="non è|danneggiat"):
            backups.restore_backup(sqlite_db, bad)
    kept = backups.restore_backup(sqlite_db, copy)
    assert "prima-ripristino" in kept.name
    with sqlite_db.unit_of_work() as s:
        assert s.scalars(select(Person.surname)).all() == ["Prima"]
    restored = audit.search_audit(sqlite_db, audit.AuditFilter(action="restore")).items
    assert len(restored) == 1 and copy.name in restored[0].detail
