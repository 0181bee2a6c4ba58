"""Issue 13 points 9 and 10: a damaged (or empty) database gets the diagnosis of `check` and the way to
restore the latest good copy; a restore accepts only an Equilibri database and is always recorded."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from equilibri_desktop.cli.admin import main
from equilibri_desktop.domain.errors import DatabaseDamagedError
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.models.audit import AuditEntry
from tests.registry_helpers import add_person


@pytest.fixture
def run(capsys):
    def call(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err
    return call


def _forged(path) -> None:
    """A SQLite file dressed up as ours: the mark and a schema version, nothing else."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO app_meta VALUES ('application', 'equilibri-desktop')")
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (migrate.head_revision(),))
    conn.commit()
    conn.close()


def _restores(config) -> list[str]:
    db = connect(config)
    try:
        with db.unit_of_work() as s:
            return list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "restore")))
    finally:
        db.dispose()


def test_restore_refuses_a_sqlite_file_that_only_looks_like_ours(run, sqlite_config, tmp_path):
    run("--data-dir", sqlite_config.data_dir, "init")
    forged = tmp_path / "copia.sqlite3"
    _forged(forged)
    code, _, err = run("--data-dir", sqlite_config.data_dir, "restore", forged)
    assert code == 1 and "non è una copia completa" in err
    assert maintenance.check_database(sqlite_config).ok


def test_a_restore_from_the_command_line_is_in_the_activity_log(run, sqlite_config, tmp_path):
    folder = sqlite_config.data_dir
    run("--data-dir", folder, "init")
    run("--data-dir", folder, "backup", "--to", tmp_path / "copia.sqlite3")
    assert run("--data-dir", folder, "restore", tmp_path / "copia.sqlite3")[0] == 0
    assert [d for d in _restores(sqlite_config) if "riga di comando" in d and "copia.sqlite3" in d]


@pytest.mark.parametrize("damage", [b"", b"rovinato" * 2000])
def test_a_damaged_or_empty_database_is_diagnosed_with_the_latest_good_copy(run, sqlite_config, damage):
    db = maintenance.prepare_database(sqlite_config)
    add_person(db, "Salvata", "Anna")
    db.dispose()
    good = maintenance.backup_database(sqlite_config, "manuale")
    sqlite_config.database_path.write_bytes(damage)
    with pytest.raises(DatabaseDamagedError) as refused:
        maintenance.prepare_database(sqlite_config)  # what the window does at start
    assert refused.value.latest_good == good and good.name in str(refused.value)
    assert sqlite_config.database_path.read_bytes() == damage  # not turned into a new installation
    code, _, err = run("--data-dir", sqlite_config.data_dir, "check")
    assert code == 1 and err.strip() == str(refused.value)  # the same diagnosis as the command line


def test_the_window_restores_the_latest_good_copy_from_the_message(sqlite_config, monkeypatch):
    from equilibri_desktop import app
    from equilibri_desktop.ui.dialogs.messages import Messages

    db = maintenance.prepare_database(sqlite_config)
    add_person(db, "Salvata", "Anna")
    db.dispose()
    maintenance.backup_database(sqlite_config, "manuale")
    sqlite_config.database_path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError) as refused:
        maintenance.prepare_database(sqlite_config)
    asked = []
    monkeypatch.setattr(Messages, "confirm", staticmethod(lambda _p, title, text, ok_label=None:
                                                          asked.append((text, ok_label)) or True))
    assert app._offer_restore(None, sqlite_config, refused.value, interactive=True)
    assert "0 byte" in asked[0][0] and asked[0][1] == "Ripristina l'ultima copia sana"
    db = maintenance.prepare_database(sqlite_config)
    try:
        from equilibri_desktop.services.registry.search import PersonFilter, search_people

        assert [p.surname for p in search_people(db, PersonFilter()).items] == ["Salvata"]
    finally:
        db.dispose()
    assert list(sqlite_config.backup_dir.glob("danneggiato-*"))  # the empty file kept aside, not deleted
