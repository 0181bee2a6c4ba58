"""Issue 13 point 3: a full disk ends every write (documents, backups, imports, exports) in an Italian
message, with nothing half-written and nothing left behind.

The disk fills up in two ways: a small tmpfs when the test may mount one (root, as in CI), else an
injected ENOSPC at the first write; and the free-space check is tested on its own with a disk that says
it has no room.
"""

from __future__ import annotations

import errno
import subprocess
import sys
import uuid
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from equilibri_desktop.documents import pdfa
from equilibri_desktop.documents.specimen import build_test_page_pdf
from equilibri_desktop.domain.errors import BackupError
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.io import safe_write
from equilibri_desktop.io.safe_write import FileWriteError
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.documents.files import sweep_leftovers
from equilibri_desktop.services.imports.registry import import_people
from equilibri_desktop.services.registry import export as registry_export
from equilibri_desktop.storage import backup as backups
from equilibri_desktop.storage.models import GeneratedDocument, Person
from tests.registry_helpers import add_person

PROFILE = OrganisationProfile(body_name="Comune di Dresano")
FILLER = "riempitivo.bin"


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def full_folder(folder: Path, monkeypatch):
    """`folder` on a disk that fills up at the first write: a 16 kB tmpfs, or an injected ENOSPC."""
    mounted = _mount_tmpfs(folder, "64k")
    if mounted:  # filled up but for a little: the write starts, then finds no room
        with open(folder / FILLER, "wb") as handle:
            handle.write(b"\0" * (60 * 1024))
    monkeypatch.setattr(safe_write, "ensure_free_space", lambda *_a, **_k: None)  # the disk fills meanwhile
    monkeypatch.setattr(backups, "ensure_free_space", lambda *_a, **_k: None)
    if not mounted:
        real_open = open

        def failing_open(file, mode="r", *args, **kwargs):
            if any(m in mode for m in "wax") and Path(str(file)).resolve().is_relative_to(folder.resolve()):
                raise OSError(errno.ENOSPC, "No space left on device", str(file))
            return real_open(file, mode, *args, **kwargs)

        monkeypatch.setattr("builtins.open", failing_open)
        monkeypatch.setattr("io.open", failing_open)  # zipfile (the .xlsx writer) opens through io
        monkeypatch.setattr(pdfa.os, "fdopen", lambda *_a, **_k: (_ for _ in ()).throw(
            OSError(errno.ENOSPC, "No space left on device")))
    try:
        yield
    finally:
        if mounted:
            assert subprocess.run(["umount", "-l", str(folder)], check=False).returncode == 0


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != FILLER) if folder.exists() else []


def test_a_pdf_document_on_a_full_disk_is_a_message_and_leaves_nothing(db, monkeypatch):
    documents = db.config.data_dir / document_register.FOLDER / "2026"
    with full_folder(documents, monkeypatch):
        with pytest.raises(FileWriteError, match="pieno"):
            document_register.create_document(
                db, kind="prova", record_type="grant_ranking", record_uuid=uuid.uuid4(), title="Prova",
                render=lambda _n, path: build_test_page_pdf(PROFILE, path), issued_on=date(2026, 6, 1))
        assert _files(documents) == []
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(GeneratedDocument)) == 0


def test_pdf_finishing_on_a_full_disk_is_a_python_error_in_a_real_process(tmp_path):
    """pikepdf writing a file on a full disk used to end in C++ terminate (exit 134)."""
    script = (
        "import sys, errno\n"
        "from pathlib import Path\n"
        "from equilibri_desktop.documents.specimen import build_test_page_pdf\n"
        "from equilibri_desktop.domain.organisation import OrganisationProfile\n"
        "from equilibri_desktop.documents import pdfa\n"
        "import os\n"
        "def fdopen(*a, **k): raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "if sys.argv[2] == 'inject': pdfa.os.fdopen = fdopen\n"
        "try:\n"
        "    build_test_page_pdf(OrganisationProfile(body_name='X'), Path(sys.argv[1]) / 'p.pdf')\n"
        "except OSError as exc:\n"
        "    print('oserror', exc.errno); sys.exit(3)\n"
    )
    folder = tmp_path / "piccolo"
    mounted = _mount_tmpfs(folder, "8k")
    try:
        done = subprocess.run([sys.executable, "-c", script, str(folder), "real" if mounted else "inject"],
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 3, done.stderr[-500:]
        assert "oserror 28" in done.stdout
        assert _files(folder) == []
    finally:
        if mounted:
            assert subprocess.run(["umount", "-l", str(folder)], check=False).returncode == 0


def test_a_backup_on_a_full_disk_leaves_no_partial_copy(sqlite_config, monkeypatch):
    db = maintenance.prepare_database(sqlite_config)
    add_person(db, "Rossi", "Maria")
    db.dispose()
    with full_folder(sqlite_config.backup_dir, monkeypatch):
        with pytest.raises(BackupError, match="pieno"):
            maintenance.make_backup(sqlite_config, "manuale")
        assert _files(sqlite_config.backup_dir) == []


def test_the_free_space_check_refuses_before_anything_is_written(db, tmp_path, monkeypatch):
    add_person(db, "Rossi", "Maria")
    source = tmp_path / "vecchio.csv"
    source.write_text("Cognome;Nome\nVerdi;Carla\n", encoding="utf-8")
    monkeypatch.setattr(safe_write, "free_bytes", lambda _folder: 1024)
    with pytest.raises(FileWriteError, match="pieno"):
        registry_export.export_people(db, tmp_path / "persone.xlsx")
    with pytest.raises(FileWriteError, match="pieno"):
        import_people(db, source, report_path=tmp_path / "esito.xlsx")
    with pytest.raises(FileWriteError, match="pieno"):
        document_register.create_document(db, kind="prova", record_type="grant_ranking", record_uuid=uuid.uuid4(),
                                          title="Prova", render=lambda _n, p: p.write_bytes(b"%PDF"))
    if db.config.is_sqlite:
        with pytest.raises(BackupError, match="pieno"):
            maintenance.make_backup(db.config, "manuale")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["vecchio.csv"]
    with db.unit_of_work() as s:  # the import was undone with its report
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_an_export_on_a_full_disk_leaves_nothing(db, tmp_path, monkeypatch):
    add_person(db, "Rossi", "Maria")
    folder = tmp_path / "chiavetta"
    with full_folder(folder, monkeypatch):
        with pytest.raises(FileWriteError, match="pieno"):
            registry_export.export_people(db, folder / "persone.xlsx")
        assert _files(folder) == []


def test_the_start_sweep_knows_pikepdf_and_backup_leftovers(tmp_path):
    (tmp_path / ".pikepdf.prova.pdfabc123").write_bytes(b"x")
    (tmp_path / "equilibri-20260101-000000-000000-avvio.sqlite3.partial").write_bytes(b"")
    assert len(sweep_leftovers(tmp_path, now=10**12)) == 2
