"""The administrator's CLI: exit codes, Italian messages, and the database left as the admin expects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from equilibri_desktop.cli.admin import main
from equilibri_desktop.config import resolve_config
from equilibri_desktop.instance_lock import InstanceLock
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.models import Organisation, Person


@pytest.fixture
def run(capsys):
    """Call the CLI in-process; a traceback must never reach the user, whatever happens."""

    def call(*argv: str) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return call


def _args(config) -> list[str]:
    return ["--data-dir", str(config.data_dir), "--database-url", config.database_url]


def _counts(config) -> tuple[int, int]:
    db = connect(config)
    try:
        with db.unit_of_work() as s:
            return (s.scalar(select(func.count()).select_from(Person)),
                    s.scalar(select(func.count()).select_from(Organisation)))
    finally:
        db.dispose()


def _add_person(config, surname: str) -> None:
    db = connect(config)
    try:
        with db.unit_of_work() as s:
            s.add(Person(surname=surname, first_name="Laura", sex="F"))
    finally:
        db.dispose()


def _surnames(config) -> set[str]:
    db = connect(config)
    try:
        with db.unit_of_work() as s:
            return set(s.scalars(select(Person.surname)))
    finally:
        db.dispose()


def test_init_creates_a_database_at_head(run, config):
    code, out, _ = run(*_args(config), "init")
    assert code == 0 and "Database pronto" in out
    db = connect(config)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.dispose()
    assert _counts(config) == (0, 0)


def test_init_demo_seeds_once_and_is_idempotent(run, config):
    code, out, _ = run(*_args(config), "init", "--demo")
    assert code == 0 and "Dati dimostrativi inseriti: 120 persone e 40 organizzazioni" in out
    code, out, _ = run(*_args(config), "init", "--demo")  # `make run` does this at every start
    assert code == 0 and "già presenti" in out
    assert _counts(config) == (120, 40)


def test_init_demo_refuses_a_database_with_real_records(run, config):
    assert run(*_args(config), "init")[0] == 0
    _add_person(config, "Verdi")
    code, _, err = run(*_args(config), "init", "--demo")
    assert code == 1 and "dati reali" in err
    assert _counts(config) == (1, 0)
    db = connect(config)
    assert not maintenance.is_demo(db)
    db.dispose()


def test_check_passes_on_a_good_database(run, sqlite_config):
    run("--data-dir", sqlite_config.data_dir, "init")
    code, out, _ = run("--data-dir", sqlite_config.data_dir, "check")
    assert code == 0 and "nessun problema" in out


def test_check_without_a_database_says_what_to_do(run, tmp_path):
    code, _, err = run("--data-dir", tmp_path / "vuota", "check")
    assert code == 1 and "equilibri-admin init" in err
    assert not (tmp_path / "vuota").exists()  # a check writes nothing


@pytest.mark.parametrize("keep_header", [False, True], ids=["garbage-file", "garbage-pages"])
def test_check_and_init_fail_cleanly_on_a_damaged_file(run, sqlite_config, keep_header):
    run("--data-dir", sqlite_config.data_dir, "init", "--demo")
    path = sqlite_config.database_path
    data = bytearray(path.read_bytes())
    start = 100 if keep_header else 0  # 100: keep SQLite's file header, ruin the pages behind it
    data[start:] = b"\xde\xad\xbe\xef" * ((len(data) - start) // 4)
    path.write_bytes(bytes(data))
    code, _, err = run("--data-dir", sqlite_config.data_dir, "check")
    assert code == 1 and "PROBLEMA" in err
    code, _, err = run("--data-dir", sqlite_config.data_dir, "init")
    assert code == 1 and "restore" in err


def test_newer_schema_is_reported_and_refused(run, config):
    run(*_args(config), "init")
    db = connect(config)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    code, _, err = run(*_args(config), "check")
    assert code == 1 and "più recente" in err
    for command in ("init", "migrate"):
        code, _, err = run(*_args(config), command)
        assert code == 1 and "più recente" in err


def test_migrate_upgrades_an_old_database_after_a_backup(run, sqlite_config):
    db = connect(sqlite_config)
    migrate.upgrade(db.engine, "0001")
    db.dispose()
    code, out, _ = run("--data-dir", sqlite_config.data_dir, "migrate")
    assert code == 0 and "aggiornato dallo schema 0001" in out
    assert list(sqlite_config.backup_dir.glob("*prima-aggiornamento*"))
    code, out, _ = run("--data-dir", sqlite_config.data_dir, "migrate")
    assert code == 0 and "già aggiornato" in out


def test_backup_and_restore_round_trip(run, sqlite_config, tmp_path):
    folder = sqlite_config.data_dir
    run("--data-dir", folder, "init")
    _add_person(sqlite_config, "Prima")
    target = tmp_path / "copia.sqlite3"
    code, out, _ = run("--data-dir", folder, "backup", "--to", target)
    assert code == 0 and target.is_file() and str(target) in out
    code, _, err = run("--data-dir", folder, "backup", "--to", target)
    assert code == 1 and "esiste già" in err  # never overwrites a file
    _add_person(sqlite_config, "Dopo")
    code, out, _ = run("--data-dir", folder, "restore", target)
    assert code == 0 and "ripristinato" in out
    assert _surnames(sqlite_config) == {"Prima"}
    safety = list(sqlite_config.backup_dir.glob("*prima-ripristino.sqlite3"))  # beside it: its audit anchor
    assert len(safety) == 1 and str(safety[0]) in out
    replaced = resolve_config(tmp_path / "replaced", f"sqlite:///{safety[0].as_posix()}")
    assert _surnames(replaced) == {"Prima", "Dopo"}


def test_backup_into_the_backup_folder_by_default(run, sqlite_config):
    run("--data-dir", sqlite_config.data_dir, "init")
    code, _, _ = run("--data-dir", sqlite_config.data_dir, "backup")
    assert code == 0 and list(sqlite_config.backup_dir.glob("*manuale*"))


def _foreign_sqlite(path: Path) -> Path:
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE ricette (id INTEGER PRIMARY KEY, nome TEXT)")
        conn.execute("INSERT INTO ricette (nome) VALUES ('risotto')")
    return path


@pytest.mark.parametrize("kind", ["corrupt", "foreign", "missing"])
def test_restore_refuses_a_bad_file_and_keeps_the_database(run, sqlite_config, tmp_path, kind):
    run("--data-dir", sqlite_config.data_dir, "init")
    _add_person(sqlite_config, "Resta")
    bad = tmp_path / "copia.sqlite3"
    if kind == "corrupt":
        bad.write_bytes(b"SQLite format 3\x00" + b"\x00garbage" * 500)
    elif kind == "foreign":
        _foreign_sqlite(bad)
    code, _, err = run("--data-dir", sqlite_config.data_dir, "restore", bad)
    assert code == 1 and err.startswith("Errore:")
    assert _surnames(sqlite_config) == {"Resta"}
    assert not list(sqlite_config.backup_dir.glob("*prima-ripristino*"))


def test_restore_replaces_a_damaged_database_and_keeps_it_aside(run, sqlite_config, tmp_path):
    folder = sqlite_config.data_dir
    run("--data-dir", folder, "init")
    _add_person(sqlite_config, "Salvata")
    run("--data-dir", folder, "backup", "--to", tmp_path / "copia.sqlite3")
    sqlite_config.database_path.write_bytes(b"rovinato" * 2000)
    code, out, _ = run("--data-dir", folder, "restore", tmp_path / "copia.sqlite3")
    assert code == 0 and "danneggiato" in out
    assert _surnames(sqlite_config) == {"Salvata"}
    assert [p.read_bytes()[:8] for p in sqlite_config.backup_dir.glob("danneggiato-*.sqlite3")] == [b"rovinato"]


def test_mutating_commands_are_refused_while_the_program_is_open(run, sqlite_config, tmp_path):
    folder = sqlite_config.data_dir
    run("--data-dir", folder, "init")
    run("--data-dir", folder, "backup", "--to", tmp_path / "copia.sqlite3")
    with InstanceLock(folder):
        for argv in (["restore", tmp_path / "copia.sqlite3"], ["migrate"], ["init", "--demo"]):
            code, _, err = run("--data-dir", folder, *argv)
            assert code == 1 and "già aperto" in err
    assert _counts(sqlite_config) == (0, 0)


@pytest.mark.parametrize("command", [["backup"], ["restore", "copia.sqlite3"]])
def test_backup_and_restore_on_postgresql_point_to_pg_dump(run, tmp_path, command):
    url = "postgresql://utente@server.example.org/equilibri"  # never contacted
    code, _, err = run("--data-dir", tmp_path, "--database-url", url, *command)
    assert code == 1 and "pg_dump" in err


def test_unexpected_errors_give_a_short_message_and_a_log(run, sqlite_config, monkeypatch):
    run("--data-dir", sqlite_config.data_dir, "init")

    def broken(*_args, **_kwargs):
        raise RuntimeError("guasto interno")

    monkeypatch.setattr(maintenance, "backup_database", broken)
    code, _, err = run("--data-dir", sqlite_config.data_dir, "backup")
    assert code == 2 and "Errore imprevisto" in err and "guasto interno" not in err
    log_text = (sqlite_config.log_dir / "equilibri.log").read_text(encoding="utf-8")
    assert "RuntimeError: guasto interno" in log_text


def test_usage_errors_are_in_italian(run):
    code, _, err = run("sconosciuto")
    assert code == 2 and "scelta non valida" in err
    code, _, err = run()
    assert code == 1 and "COMANDO" in err


@pytest.mark.slow
def test_console_script_runs_in_a_real_process(tmp_path):
    script = Path(sys.executable).with_name("equilibri-admin")
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "equilibri_desktop.cli.admin"]
    done = subprocess.run([*argv, "--data-dir", str(tmp_path), "init"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Database pronto" in done.stdout and "Traceback" not in done.stderr
    assert (tmp_path / "equilibri.sqlite3").is_file()
