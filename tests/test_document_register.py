"""The register of generated documents: numbers per kind and year, files with checksums, signed copies,
and no registered document without its complete file, whatever happens while it is written."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.documents.dto import DocumentFileError, DocumentFilter
from equilibri_desktop.services.documents.files import file_sha256
from equilibri_desktop.storage.models import AuditEntry, GeneratedDocument

RANKING = "grant_ranking"


def _writer(text: str = "documento"):
    """A stand-in for a PDF builder: writes the number it was given, so the test can read it back."""
    seen = []

    def render(number, path: Path) -> None:
        seen.append(number)
        path.write_bytes(f"%PDF-1.7\n{text} n. {number.label} del {number.issued_on:%d/%m/%Y}\n".encode())

    render.seen = seen
    return render


def _create(db, kind="determinazione", on=date(2026, 6, 1), record=None, render=None, title="Determinazione"):
    return document_register.create_document(
        db, kind=kind, record_type=RANKING, record_uuid=record or uuid.uuid4(), title=title,
        render=render or _writer(), issued_on=on)


def _rows(db):
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(GeneratedDocument))


def test_numbers_run_per_kind_and_year_and_go_on_after_a_restart(db, config):
    first, second = _create(db), _create(db)
    letter = _create(db, kind="revoca")
    next_year = _create(db, on=date(2027, 1, 4))
    assert [first.number, second.number, letter.number, next_year.number] == [1, 2, 1, 1]
    assert second.number_label == "2/2026" and next_year.number_label == "1/2027"
    assert second.file_path == "documenti/2026/determinazione-2.pdf"
    assert (config.data_dir / next_year.file_path).is_file()
    db.dispose()
    reopened = maintenance.prepare_database(config, user="altro.utente")
    try:
        render = _writer()
        third = _create(reopened, render=render)
        assert third.number == 3 and third.created_by == "altro.utente"
        # The builder was given the number it prints, and the file holds it.
        assert render.seen[0].label == "3/2026"
        assert b"n. 3/2026 del 01/06/2026" in (config.data_dir / third.file_path).read_bytes()
    finally:
        reopened.dispose()


def test_checksum_and_size_are_stored_and_the_document_is_audited(db, config):
    record = uuid.uuid4()
    ref = _create(db, record=record)
    path = config.data_dir / ref.file_path
    assert ref.sha256 == file_sha256(path) and ref.size_bytes == path.stat().st_size
    assert document_register.document_path(db, ref.uuid) == path
    assert [d.uuid for d in document_register.list_documents(db, RANKING, record)] == [ref.uuid]
    assert document_register.list_documents(db, RANKING, uuid.uuid4()) == ()
    with db.unit_of_work() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "document"))
    assert entry.record_uuid == ref.uuid and "determinazione n. 1/2026" in entry.detail


def test_a_changed_or_missing_file_is_reported_not_opened(db, config):
    ref = _create(db)
    path = config.data_dir / ref.file_path
    path.write_bytes(path.read_bytes().replace(b"1/2026", b"9/2026"))
    with pytest.raises(DocumentFileError) as changed:
        document_register.document_path(db, ref.uuid)
    assert changed.value.problem == "changed" and "modificato" in str(changed.value)
    path.unlink()
    with pytest.raises(DocumentFileError) as missing:
        document_register.document_path(db, ref.uuid)
    assert missing.value.problem == "missing"


def test_a_signed_copy_is_stored_beside_the_original_with_its_own_checksum(db, config, tmp_path):
    ref = _create(db)
    scan = tmp_path / "scansione firmata.PDF"
    scan.write_bytes(b"%PDF-1.7 scanned with signature")
    updated = document_register.attach_signed_copy(db, ref.uuid, scan)
    assert updated.has_signed_copy and updated.signed_copy_sha256 == file_sha256(scan)
    stored = document_register.signed_copy_path(db, ref.uuid)
    assert stored.parent == (config.data_dir / ref.file_path).parent and stored.suffix == ".pdf"
    assert stored.read_bytes() == scan.read_bytes()
    # A second, different copy does not overwrite the first file; the register points to the new one.
    signed = tmp_path / "firmato.pdf.p7m"
    signed.write_bytes(b"PKCS7 envelope")
    again = document_register.attach_signed_copy(db, ref.uuid, signed)
    assert again.signed_copy_path.endswith(".pdf.p7m") and stored.exists()
    assert document_register.signed_copy_path(db, ref.uuid).read_bytes() == b"PKCS7 envelope"
    (config.data_dir / again.signed_copy_path).write_bytes(b"PKCS7 altered")
    with pytest.raises(DocumentFileError):
        document_register.signed_copy_path(db, ref.uuid)
    (tmp_path / "nota.docx").write_bytes(b"x")
    with pytest.raises(DomainError, match="PDF"):
        document_register.attach_signed_copy(db, ref.uuid, tmp_path / "nota.docx")


def test_a_failing_builder_leaves_no_row_and_no_file(db, config):
    def broken(number, path):
        path.write_bytes(b"%PDF half written")
        raise RuntimeError("builder crashed")

    with pytest.raises(RuntimeError):
        _create(db, render=broken)
    assert _rows(db) == 0
    assert list((config.data_dir / "documenti").rglob("*")) in ([], [config.data_dir / "documenti" / "2026"])


def test_a_failure_after_the_file_is_placed_removes_it_with_the_row(db, config, monkeypatch):
    def failing_audit(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(audit, "record", failing_audit)
    with pytest.raises(RuntimeError):
        _create(db)
    assert _rows(db) == 0
    assert [p for p in (config.data_dir / "documenti").rglob("*") if p.is_file()] == []


def test_a_number_taken_meanwhile_by_another_user_is_retried_with_the_next(db, config):
    """Another user registers number 1 while ours is being drawn: ours becomes number 2, drawn again."""
    other = connect(config, user="collega")
    calls = []

    def racing(number, path):
        calls.append(number.number)
        if len(calls) == 1:
            document_register.create_document(other, kind="determinazione", record_type=RANKING,
                                              record_uuid=uuid.uuid4(), title="altra", render=_writer("altro"),
                                              issued_on=date(2026, 6, 1))
        path.write_bytes(f"%PDF nostro n. {number.label}".encode())

    try:
        ours = _create(db, render=racing)
    finally:
        other.dispose()
    assert calls == [1, 2] and ours.number == 2
    assert (config.data_dir / ours.file_path).read_bytes() == b"%PDF nostro n. 2/2026"
    theirs = document_register.list_all(db, DocumentFilter(text="1/2026")).items
    assert len(theirs) == 1 and (config.data_dir / theirs[0].file_path).read_bytes().startswith(b"%PDF-1.7\naltro")


def test_the_register_lists_filters_and_respects_permissions(db):
    _create(db, title="Determinazione graduatoria definitiva")
    _create(db, kind="revoca", title="Revoca domanda prot. 4/2026", on=date(2027, 2, 1))
    assert document_register.count_all(db) == 2
    assert [d.kind for d in document_register.list_all(db, DocumentFilter(year=2027)).items] == ["revoca"]
    assert [d.kind for d in document_register.list_all(db, DocumentFilter(text="GRADUATORIA")).items] == [
        "determinazione"]
    assert document_register.count_all(db, DocumentFilter(kind="verbale")) == 0
    assert document_register.document_years(db) == (2027, 2026)
    db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    assert document_register.count_all(db) == 2  # reading is for every role that reads the grants
    with pytest.raises(PermissionDeniedError):
        _create(db)
    db.actor = Actor("nessuno", roles=frozenset())
    assert document_register.count_all(db) == 0


# The child registers documents forever; its builder writes in slow chunks so kills land mid-file too.
WRITER = """
import sys, time, uuid
from datetime import date
from equilibri_desktop.config import resolve_config
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.admin.database import connect

db = connect(resolve_config(sys.argv[1]), user="crash.test")

def render(number, path):
    with open(path, "wb") as fh:
        for chunk in range(20):
            fh.write(b"%PDF chunk " + str(chunk).encode() + b" " * 4000)
            fh.flush()
            time.sleep(0.002)

print("ready", flush=True)
while True:
    document_register.create_document(db, kind="concessione", record_type="grant_application",
                                      record_uuid=uuid.uuid4(), title="prova", render=render,
                                      issued_on=date(2026, 6, 1))
    print("committed", flush=True)
"""


def test_killing_the_program_never_leaves_a_registered_document_without_its_file(sqlite_config):
    maintenance.prepare_database(sqlite_config).dispose()
    rng = random.Random(20260601)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for round_number in range(6):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(sqlite_config.data_dir)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout.readline().strip() == "ready"
        if round_number == 0:  # however slow the machine, at least one document gets registered
            assert child.stdout.readline().strip() == "committed"
        time.sleep(rng.uniform(0.05, 0.4))
        child.kill()
        child.wait()
        child.stdout.close()
    db = connect(sqlite_config)
    try:
        page = document_register.list_all(db, limit=1000)
        assert page.items, "the child never registered a document: the test proves nothing"
        for ref in page.items:
            path = sqlite_config.data_dir / ref.file_path
            assert path.is_file() and file_sha256(path) == ref.sha256, ref.file_path
        numbers = sorted(ref.number for ref in page.items)
        assert numbers == list(range(1, len(numbers) + 1))
    finally:
        db.dispose()
