"""Issue 13 point 2: one rule for every file the program writes — never the database, its backups or the
file being read; an existing file only with a confirmation (`--overwrite`); temporary name, then rename."""

from __future__ import annotations

from pathlib import Path

import pytest

from equilibri_desktop.cli.admin import main
from equilibri_desktop.io import safe_write
from equilibri_desktop.io.csv_writer import write_csv
from equilibri_desktop.io.safe_write import FileWriteError
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.imports.registry import import_people
from equilibri_desktop.services.registry import export as registry_export
from equilibri_desktop.storage.backup import SQLITE_HEADER


@pytest.fixture
def run(capsys):
    def call(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err
    return call


def _source(folder: Path, surname: str = "Bianchi\x1b") -> Path:
    path = folder / "vecchio.csv"
    path.write_text(f"Cognome;Nome;Codice fiscale\n{surname};Anna;\nVerdi;Carla;\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("surname", ["Bianchi\x1b", "Bianchi"])
def test_import_report_can_never_replace_the_database(run, sqlite_config, tmp_path, surname):
    args = ["--data-dir", sqlite_config.data_dir]
    assert run(*args, "init")[0] == 0
    database = sqlite_config.database_path
    before = database.read_bytes()
    code, _out, err = run(*args, "import", "persons", _source(tmp_path, surname), "--report", database)
    assert code == 1 and "database del programma" in err
    assert database.read_bytes()[:16] == SQLITE_HEADER and database.stat().st_size == len(before)
    assert maintenance.check_database(sqlite_config).ok


def test_import_report_can_never_replace_the_file_being_read_or_a_backup(run, sqlite_config, tmp_path):
    args = ["--data-dir", sqlite_config.data_dir]
    run(*args, "init")
    source = _source(tmp_path, "Bianchi")
    original = source.read_bytes()
    code, _, err = run(*args, "import", "persons", source, "--report", source)
    assert code == 1 and "si sta leggendo" in err and source.read_bytes() == original
    backup = maintenance.backup_database(sqlite_config)
    code, _, err = run(*args, "import", "persons", source, "--report", backup)
    assert code == 1 and "copia di sicurezza" in err and backup.read_bytes()[:16] == SQLITE_HEADER


def test_an_existing_report_is_replaced_only_with_overwrite(run, sqlite_config, tmp_path):
    args = ["--data-dir", sqlite_config.data_dir]
    run(*args, "init")
    source, report = _source(tmp_path, "Bianchi"), tmp_path / "esito.xlsx"
    report.write_bytes(b"mine")
    code, _, err = run(*args, "import", "persons", source, "--report", report)
    assert code == 1 and "--overwrite" in err and report.read_bytes() == b"mine"
    assert run(*args, "import", "persons", source, "--report", report, "--overwrite")[0] == 0
    assert report.read_bytes()[:2] == b"PK"  # now the report, an .xlsx
    assert not list(tmp_path.glob(".*.tmp"))


def test_exports_refuse_the_database_and_existing_files(db, tmp_path):
    if db.config.is_sqlite:  # a server database has no file to protect
        with pytest.raises(FileWriteError, match="database del programma"):
            registry_export.export_people(db, db.config.database_path, overwrite=True)
        with pytest.raises(FileWriteError, match="database del programma"):
            registry_export.export_people(db, Path(f"{db.config.database_path}-wal"), overwrite=True)
    with pytest.raises(FileWriteError, match="copia di sicurezza"):
        registry_export.export_organisations(db, db.config.backup_dir / "enti.xlsx")
    mine = tmp_path / "persone.xlsx"
    mine.write_bytes(b"mine")
    with pytest.raises(FileWriteError, match="esiste già"):
        registry_export.export_people(db, mine)
    assert mine.read_bytes() == b"mine"
    assert registry_export.export_people(db, mine, overwrite=True).path == mine
    assert mine.read_bytes()[:2] == b"PK"


def test_import_service_refuses_a_report_on_its_own_source(db, tmp_path):
    source = _source(tmp_path, "Bianchi")
    with pytest.raises(FileWriteError):
        import_people(db, source, report_path=source, overwrite=True)
    with pytest.raises(FileWriteError):
        import_people(db, source, report_path=db.config.backup_dir / "esito.xlsx", overwrite=True)
    if db.config.is_sqlite:
        with pytest.raises(FileWriteError):
            import_people(db, source, report_path=db.config.database_path, overwrite=True)


def test_files_are_written_under_a_temporary_name_then_renamed(tmp_path, monkeypatch):
    seen = []
    real_replace = safe_write.os.replace

    def replace(src, dst):
        seen.append((Path(src).name, Path(dst).name))
        real_replace(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", replace)
    write_csv(tmp_path / "x.csv", ["a"], [["1"]])
    (temp, final), = seen
    assert final == "x.csv" and temp.startswith(".x-") and temp.endswith(".tmp")
