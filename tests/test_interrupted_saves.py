"""Files copied into the data folder go through a temporary name: an interrupted copy leaves neither a
half file under the real name nor a record, and what it leaves behind is swept away later."""

from __future__ import annotations

import os
import shutil
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from equilibri_desktop.io.safe_write import FileWriteError
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.documents.files import sweep_leftovers
from equilibri_desktop.services.grants import attachments as grant_attachments
from equilibri_desktop.services.grants import expenses as grant_expenses
from equilibri_desktop.services.grants.payment_dto import ExpenseInput
from equilibri_desktop.storage.models import GrantAttachment, GrantExpense
from tests.grant_helpers import add_woman, make_application, make_call

DAY = 86_400


def _aged(path: Path, seconds_ago: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    moment = time.time() - seconds_ago
    os.utime(path, (moment, moment))
    return path


def test_only_old_temporary_files_are_swept(tmp_path):
    old = _aged(tmp_path / "documenti" / "2026" / ".lettera-x1.tmp", 2 * DAY)
    fresh = _aged(tmp_path / "documenti" / "2026" / ".lettera-x2.tmp", 60)  # a save may still be under way
    document = _aged(tmp_path / "documenti" / "2026" / "lettera.pdf", 30 * DAY)
    visible = _aged(tmp_path / "allegati" / "note.tmp", 30 * DAY)  # not one of ours: no leading dot
    assert sweep_leftovers(tmp_path) == [old]
    assert not old.exists() and fresh.exists() and document.exists() and visible.exists()
    assert sweep_leftovers(tmp_path / "non-esiste") == []


def test_the_start_of_a_session_sweeps_and_backs_up(sqlite_config):
    maintenance.prepare_database(sqlite_config).dispose()
    old = _aged(sqlite_config.data_dir / "allegati" / "2026" / ".preventivo-9z.tmp", 3 * DAY)
    receipt = _aged(sqlite_config.data_dir / "allegati" / "rendiconti" / "x" / ".fattura-1a.tmp", 3 * DAY)
    elsewhere = _aged(sqlite_config.data_dir / "altro programma" / ".lavoro-2b.tmp", 3 * DAY)  # not ours
    copy = maintenance.start_of_session(sqlite_config)
    assert copy is not None and copy.exists()
    assert not old.exists() and not receipt.exists() and elsewhere.exists()


def _failing_copy(monkeypatch):
    """The disk fills up half-way through the copy."""
    def half_then_fail(source, target):
        Path(target).write_bytes(Path(source).read_bytes()[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", half_then_fail)


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_an_interrupted_attachment_leaves_nothing(db, tmp_path, monkeypatch):
    application = make_application(db, make_call(db), add_woman(db))
    source = tmp_path / "business plan.pdf"
    source.write_bytes(b"%PDF-1.7 " + b"x" * 5000)
    entry = grant_attachments.add_attachment(db, application.uuid, source, "Business plan")
    stored = db.config.data_dir / entry.stored_path
    assert stored.read_bytes() == source.read_bytes()
    assert [p.name for p in _files_under(stored.parent)] == [stored.name]  # no temporary file left
    _failing_copy(monkeypatch)
    with pytest.raises(FileWriteError, match="pieno"):  # the full disk is told in Italian
        grant_attachments.add_attachment(db, application.uuid, source, "Preventivo")
    assert [p.name for p in _files_under(stored.parent)] == [stored.name]
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count(GrantAttachment.id))) == 1


def test_an_interrupted_receipt_copy_leaves_nothing(db, tmp_path, monkeypatch):
    application = make_application(db, make_call(db), add_woman(db), status="impresa_costituita")
    receipt = tmp_path / "fattura 12.pdf"
    receipt.write_bytes(b"%PDF-1.7 fattura")
    expense = ExpenseInput(date.today() - timedelta(days=3), "Arredi Srl", 1_200_00, "Arredi", document_number="F12",
                           attachment=receipt)
    [row] = grant_expenses.add_expense(db, application.uuid, expense).rows
    stored = db.config.data_dir / row.attachment_path
    assert stored.read_bytes() == receipt.read_bytes()
    assert stored.name == f"{row.attachment_sha256[:12]}_fattura_12.pdf"  # same name, other file: no clash
    _failing_copy(monkeypatch)
    with pytest.raises(FileWriteError, match="pieno"):  # the full disk is told in Italian
        grant_expenses.add_expense(db, application.uuid, expense)
    assert _files_under(stored.parent) == [stored]
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count(GrantExpense.id))) == 1
