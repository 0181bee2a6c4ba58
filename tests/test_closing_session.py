"""Closing at scale: the window goes at once, the exit copy is written afterwards by the closing process, a new
start waits for it with a message, and the next start skips a copy the exit copy already holds."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from equilibri_desktop.config import resolve_config
from equilibri_desktop.domain.errors import InstanceAlreadyRunningError
from equilibri_desktop.instance_lock import InstanceLock, PreviousSessionClosing
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.storage import backup as storage_backup
from equilibri_desktop.storage import migrate


def _env():
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    elif env.get("QT_QPA_PLATFORM") == "offscreen":
        del env["QT_QPA_PLATFORM"]
    return env


def _prepared(tmp_path):
    config = resolve_config(tmp_path / "dati")
    maintenance.prepare_database(config).dispose()
    return config


def test_a_closing_program_is_waited_for_not_refused(tmp_path):
    holder = InstanceLock(tmp_path)
    holder.acquire()
    with pytest.raises(InstanceAlreadyRunningError, match="già aperto") as busy:
        InstanceLock(tmp_path).acquire()
    assert not isinstance(busy.value, PreviousSessionClosing)
    holder.mark_closing()
    with pytest.raises(PreviousSessionClosing, match="copia di sicurezza di chiusura"):
        InstanceLock(tmp_path).acquire()
    waiting = InstanceLock(tmp_path)
    assert not waiting.try_acquire()
    holder.release()
    assert waiting.try_acquire()
    assert not (tmp_path / "equilibri.chiusura-in-corso").exists()
    waiting.release()


def test_the_window_closes_before_the_exit_copy_which_completes(tmp_path):
    config = _prepared(tmp_path)
    result = subprocess.run([sys.executable, "-m", "equilibri_desktop", "--data-dir", str(config.data_dir),
                             "--exit-when-shown"], capture_output=True, text=True, timeout=120, env=_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.index("ready") < result.stdout.index("closed")
    log = (config.log_dir / "equilibri.log").read_text(encoding="utf-8")
    closed = log.index("window closed")
    exit_copy = log.index("-chiusura.sqlite3.gz (chiusura)")
    assert closed < exit_copy  # the copy is written after the window has gone
    copy = next(b for b in maintenance.list_backups(config) if b.reason == "chiusura")
    with storage_backup.plain_copy(copy.path, tmp_path / "controllo") as plain:
        assert storage_backup.inspect_backup(plain, migrate.known_revisions()).schema_revision
    assert not (config.data_dir / "equilibri.chiusura-in-corso").exists()


def test_a_second_start_waits_for_the_exit_copy_then_opens(tmp_path):
    config = _prepared(tmp_path)
    closing = InstanceLock(config.data_dir)
    closing.acquire()
    closing.mark_closing()
    process = subprocess.Popen([sys.executable, "-m", "equilibri_desktop", "--data-dir", str(config.data_dir),
                                "--exit-when-shown"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=_env())
    try:
        said = process.stderr.readline()  # it says why it waits, and does not give up
        assert "copia di sicurezza di chiusura" in said
        assert process.poll() is None
    finally:
        closing.release()  # the exit copy is done
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert "ready" in out


def test_the_next_start_skips_the_copy_the_exit_copy_holds(sqlite_config):
    maintenance.prepare_database(sqlite_config).dispose()
    assert maintenance.start_copy_needed(sqlite_config)  # no exit copy yet
    exit_copy = maintenance.end_of_session(sqlite_config)
    assert exit_copy.name.endswith("-chiusura.sqlite3.gz")
    assert not maintenance.start_copy_needed(sqlite_config)
    assert maintenance.start_of_session(sqlite_config, copy=False) is None
    assert [b.reason for b in maintenance.list_backups(sqlite_config)] == ["chiusura"]
    # Anything that writes the file afterwards (the command line, another program) makes the copy needed again.
    with sqlite3.connect(sqlite_config.database_path) as conn:
        conn.execute("INSERT INTO app_meta (key, value) VALUES ('prova', '1')")
    assert maintenance.start_copy_needed(sqlite_config)


def test_a_missing_exit_copy_makes_the_start_copy_needed(sqlite_config):
    maintenance.prepare_database(sqlite_config).dispose()
    exit_copy = maintenance.end_of_session(sqlite_config)
    exit_copy.unlink()
    assert maintenance.start_copy_needed(sqlite_config)
