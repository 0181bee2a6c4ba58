"""Issue 19 point 1: PDF/A-2b written by ReportLab itself (same guarantees as the pikepdf finishing), one fsync per
registered document, and the batch of documents numbered, drawn on a pool of processes and filed in order."""

from __future__ import annotations

import hashlib
import os
import stat
import uuid
from concurrent.futures import wait
from datetime import date
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import func, select

from equilibri_desktop.documents import pdfa
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.paths import srgb_profile_path
from equilibri_desktop.services.access import audit_reports
from equilibri_desktop.services.documents import batch as document_batch
from equilibri_desktop.services.documents import register as document_register
from equilibri_desktop.services.documents.batch import PlannedDocument
from equilibri_desktop.services.documents.drawing import Drawing
from equilibri_desktop.storage.models import GeneratedDocument
from equilibri_desktop.storage.models.audit import AuditEntry
from tests.registry_helpers import add_person

PROFILE = OrganisationProfile(body_name="Comune di Dresano", project_cup="E11H17000120002",
                              address="Via Roma 1, 20070 Dresano (MI)")
ISSUED = date(2026, 6, 1)
_XMP_TO_INFO = {"dc:title": "/Title", "dc:description": "/Subject", "pdf:Keywords": "/Keywords",
                "pdf:Producer": "/Producer", "xmp:CreatorTool": "/Creator"}


def letter(data: str, profile: OrganisationProfile, path: Path) -> str:
    """A registered document of the tests: module-level, so a worker process can draw it."""
    from reportlab.platypus import Paragraph

    from equilibri_desktop.documents import styles as st
    from equilibri_desktop.documents.letterhead import build_document

    story = [Paragraph(f"Lettera {data}", st.TITLE), Paragraph('Vedi <a href="https://example.org">il sito</a>.',
                                                               st.BODY)]
    return build_document(path, profile, story, title=f"Lettera {data}", subject="Prova", keywords=("prova", data))


def test_reportlab_writes_the_same_pdfa_metadata_the_pikepdf_finishing_writes(tmp_path):
    inline = tmp_path / "diretta.pdf"
    digest = letter("1/2026", PROFILE, inline)
    assert digest == hashlib.sha256(inline.read_bytes()).hexdigest()
    finished = tmp_path / "rifinita.pdf"
    pdfa.finalize_pdfa(finished, title="Lettera 1/2026", author=PROFILE.body_name, subject="Prova",
                       keywords=("prova", "1/2026"), source=inline.read_bytes())
    with pikepdf.open(inline) as pdf, pikepdf.open(finished) as reference:
        meta, expected = pdf.open_metadata(), reference.open_metadata()
        dates = {"xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"}
        assert {k: v for k, v in meta.items() if k.split("}")[-1] not in {d.split(":")[1] for d in dates}} == \
            {k: v for k, v in expected.items() if k.split("}")[-1] not in {d.split(":")[1] for d in dates}}
        assert meta.pdfa_status == "2B"
        for xmp_key, info_key in _XMP_TO_INFO.items():  # PDF/A: Info and XMP say the same
            assert str(pdf.docinfo[info_key]) == str(meta[xmp_key]), xmp_key
        assert meta["dc:creator"] == [str(pdf.docinfo.Author)] == [PROFILE.body_name]
        assert pikepdf.Name.Trapped not in pdf.docinfo
        assert str(pdf.docinfo.CreationDate).startswith("D:") and meta["xmp:CreateDate"]
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1 and intent.DestOutputProfile.N == 3
        assert intent.DestOutputProfile.read_bytes() == srgb_profile_path().read_bytes()
        assert pikepdf.Name.Filter not in pdf.Root.Metadata and len(pdf.trailer.ID) == 2
        assert all(pikepdf.Name.Annots not in page.obj for page in pdf.pages)  # the external link is not drawn


def test_the_register_anchors_the_trail_and_syncs_each_document_once(db, monkeypatch):
    add_person(db, "Rossi", "Maria")  # the trail has an entry to anchor
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(stat.S_ISDIR(os.fstat(fd).st_mode)), real_fsync(fd))[1])
    ref = document_register.create_document(
        db, kind="prova", record_type="grant_ranking", record_uuid=uuid.uuid4(), title="Prova",
        render=lambda number, path: letter(number.label, PROFILE, path), issued_on=ISSUED)
    # The register's own temporary file once (the PDF writer does not sync it again), then its folder once the
    # file has its name, before the row is committed.
    assert synced == ([False] if os.name == "nt" else [False, True])
    path = document_register.document_path(db, ref.uuid)
    with pikepdf.open(path) as pdf:
        assert "Registro attività n. " in str(pdf.open_metadata()["pdf:Keywords"])
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def _planned(count: int, drawn: list | None = None) -> list[PlannedDocument]:
    def drawing(i: int):
        def numbered(number) -> Drawing:
            if drawn is not None:
                drawn.append(i)
            return Drawing(letter, f"{number.label} #{i}", PROFILE)
        return numbered

    return [PlannedDocument("grant_application", uuid.uuid5(uuid.NAMESPACE_OID, str(i)), f"Lettera {i}", drawing(i))
            for i in range(count)]


def _texts(db, refs) -> list[str]:
    out = []
    for ref in refs:
        with pikepdf.open(document_register.document_path(db, ref.uuid)) as pdf:
            out.append(str(pdf.docinfo.Title))
    return out


def _audit_count(db) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_a_large_batch_is_drawn_by_worker_processes_and_filed_in_order(db):
    assert document_batch._worker_count(document_batch.POOL_MIN_DOCUMENTS) >= (2 if (os.cpu_count() or 1) > 1 else 0)
    count = document_batch.POOL_MIN_DOCUMENTS + 2
    before = _audit_count(db)
    linked: list[uuid.UUID] = []
    seen: list[tuple[int, int]] = []
    refs = document_batch.create_documents(
        db, kind="lettera", issued_on=ISSUED, total=count, documents=iter(_planned(count)),
        progress=lambda done, total: seen.append((done, total)), is_cancelled=lambda: False,
        filed=lambda _session, group: linked.extend(ref.uuid for ref in group))
    assert [r.number for r in refs] == list(range(1, count + 1))
    assert [r.record_uuid for r in refs] == [p.record_uuid for p in _planned(count)]
    assert _texts(db, refs) == [f"Lettera {i + 1}/2026 #{i}" for i in range(count)]  # each with its own number
    assert linked == [r.uuid for r in refs] and seen[0] == (0, count) and seen[-1] == (count, count)
    assert _audit_count(db) == before + 2 * count  # the row created and the document issued, as one by one
    folder = db.config.data_dir / document_register.FOLDER / "2026"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"lettera-{n}.pdf" for n in range(1, count + 1))


def test_a_cancelled_batch_keeps_every_document_drawn_with_numbers_in_a_row(db):
    count = document_batch.POOL_MIN_DOCUMENTS + 4
    seen: list[int] = []
    refs = document_batch.create_documents(
        db, kind="lettera", issued_on=ISSUED, total=count, documents=iter(_planned(count)),
        progress=lambda done, _total: seen.append(done), is_cancelled=lambda: len(seen) >= 2)
    assert 1 <= len(refs) < count
    assert [r.number for r in refs] == list(range(1, len(refs) + 1))
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(GeneratedDocument)) == len(refs)
    folder = db.config.data_dir / document_register.FOLDER / "2026"
    assert len(list(folder.iterdir())) == len(refs)  # nothing half-done is left beside them


def test_a_number_taken_by_another_user_meanwhile_is_drawn_again_with_the_next(db, monkeypatch):
    taken = document_register.create_document(
        db, kind="lettera", record_type="grant_application", record_uuid=uuid.uuid4(), title="Altra",
        render=lambda number, path: letter(number.label, PROFILE, path), issued_on=ISSUED)
    real = document_register.next_number
    calls = []

    def stale(db_, kind, year):  # the batch read the numbers before the other user's document was filed
        calls.append(kind)
        return 1 if len(calls) == 1 else real(db_, kind, year)

    monkeypatch.setattr(document_register, "next_number", stale)
    refs = document_batch.create_documents(
        db, kind="lettera", issued_on=ISSUED, total=3, documents=iter(_planned(3)), progress=lambda *_: None,
        is_cancelled=lambda: False)
    assert taken.number == 1 and [r.number for r in refs] == [2, 3, 4]
    assert _texts(db, refs) == [f"Lettera {n}/2026 #{i}" for i, n in enumerate((2, 3, 4))]


@pytest.mark.parametrize("count", [0])
def test_an_empty_batch_reports_nothing_to_do(db, count):
    seen = []
    assert document_batch.create_documents(db, kind="lettera", issued_on=ISSUED, total=count, documents=iter(()),
                                           progress=lambda *a: seen.append(a), is_cancelled=lambda: False) == []
    assert seen == [(0, 0)]


def test_the_pdf_writer_replaces_atomically_on_its_own(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"vecchio")
    digest = pdfa.write_pdf(path, b"%PDF-nuovo")
    assert path.read_bytes() == b"%PDF-nuovo" and digest == hashlib.sha256(b"%PDF-nuovo").hexdigest()
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]
    assert BytesIO(path.read_bytes()).read(4) == b"%PDF"


def _register_matches_the_folder(db) -> int:
    """Every row's file is on disk under its name with its checksum, and nothing else is in the folder (no
    orphan file, no temporary one); the number of rows."""
    with db.unit_of_work() as s:
        rows = s.execute(select(GeneratedDocument.file_path, GeneratedDocument.sha256)).all()
    for path, sha in rows:
        assert hashlib.sha256((db.config.data_dir / path).read_bytes()).hexdigest() == sha, path
    folder = db.config.data_dir / document_register.FOLDER / "2026"
    on_disk = sorted(p.relative_to(db.config.data_dir).as_posix() for p in folder.iterdir()) if folder.exists() else []
    assert on_disk == sorted(path for path, _sha in rows)
    return len(rows)


def test_a_batch_cancelled_midway_leaves_rows_files_links_and_trail_in_step(db):
    count = document_batch.FILE_GROUP + document_batch.POOL_MIN_DOCUMENTS  # more than one group, on the pool
    linked: list[uuid.UUID] = []
    seen: list[int] = []
    refs = document_batch.create_documents(
        db, kind="lettera", issued_on=ISSUED, total=count, documents=iter(_planned(count)),
        progress=lambda done, _total: seen.append(done), is_cancelled=lambda: len(seen) >= 3,
        filed=lambda _session, group: linked.extend(ref.uuid for ref in group))
    assert 1 <= len(refs) < count and linked == [r.uuid for r in refs]
    assert _register_matches_the_folder(db) == len(refs)
    assert audit_reports.verify_chain(db).ok  # the group's entries, chained at each commit, verify


@pytest.mark.parametrize("workers_up", [True, False])
def test_a_group_that_fails_to_file_leaves_no_row_and_no_file_and_keeps_the_groups_before(db, monkeypatch,
                                                                                          workers_up):
    if not workers_up:  # every document drawn here at once, waiting to be filed when the group fails
        monkeypatch.setattr(document_batch._Pool, "ready", lambda _self: False)
    monkeypatch.setattr(document_batch, "FILE_GROUP", 4)  # small groups: documents drawn are still waiting
    count = document_batch.POOL_MIN_DOCUMENTS + 12
    groups: list[int] = []

    def filed(_session, group) -> None:
        groups.append(len(group))
        if sum(groups) > document_batch.FILE_GROUP:  # a link that cannot be written, after the files were placed
            raise RuntimeError("disco staccato")

    before = _audit_count(db)
    with pytest.raises(RuntimeError, match="disco staccato"):
        document_batch.create_documents(
            db, kind="lettera", issued_on=ISSUED, total=count, documents=iter(_planned(count)),
            progress=lambda *_: None, is_cancelled=lambda: False, filed=filed)
    kept = _register_matches_the_folder(db)  # the failed group's files were taken back, its rows rolled back
    assert kept == sum(groups[:-1]) and 0 < kept < count
    assert _audit_count(db) == before + 2 * kept and audit_reports.verify_chain(db).ok


def test_a_group_is_filed_with_one_sync_of_its_folder(db, monkeypatch):
    count = document_batch.POOL_MIN_DOCUMENTS + 2  # on the pool: after the first, at least a few per group
    folders: list[Path] = []
    groups: list[int] = []
    monkeypatch.setattr(document_batch, "sync_folders", lambda found: folders.extend(found))
    refs = document_batch.create_documents(
        db, kind="lettera", issued_on=ISSUED, total=count, documents=iter(_planned(count)),
        progress=lambda *_: None, is_cancelled=lambda: False, filed=lambda _s, group: groups.append(len(group)))
    assert len(refs) == sum(groups) == count and max(groups) >= document_batch.FILE_GROUP_LEAST
    assert folders == [db.config.data_dir / document_register.FOLDER / "2026"] * len(groups)  # once a group


def pid_letter(data: str, profile: OrganisationProfile, path: Path) -> str:
    """A test document that says which process drew it."""
    from reportlab.platypus import Paragraph

    from equilibri_desktop.documents import styles as st
    from equilibri_desktop.documents.letterhead import build_document

    return build_document(path, profile, [Paragraph(f"Lettera {data}", st.BODY)], title=f"Lettera {data}",
                          subject=f"processo {os.getpid()}")


@pytest.mark.parametrize("started", [False, True])
def test_documents_are_drawn_here_until_a_worker_has_started_then_by_the_workers(db, monkeypatch, started):
    count = document_batch.POOL_MIN_DOCUMENTS + 2
    monkeypatch.setattr(document_batch._Pool, "ready", lambda _self: started)
    planned = [PlannedDocument("grant_application", uuid.uuid4(), f"Lettera {i}",
                               lambda number, i=i: Drawing(pid_letter, f"{number.label} #{i}", PROFILE))
               for i in range(count)]
    refs = document_batch.create_documents(db, kind="lettera", issued_on=ISSUED, total=count, documents=iter(planned),
                                           progress=lambda *_: None, is_cancelled=lambda: False)
    drawn_by = []
    for ref in refs:
        with pikepdf.open(document_register.document_path(db, ref.uuid)) as pdf:
            drawn_by.append(str(pdf.docinfo.Subject))
    here = f"processo {os.getpid()}"
    assert [r.number for r in refs] == list(range(1, count + 1)) and drawn_by[0] == here  # the first one, here
    if started:
        assert here not in drawn_by[1:]
    else:
        assert set(drawn_by) == {here}


def test_the_pool_is_ready_once_a_worker_has_started():
    pool = document_batch._start_pool(2)
    try:
        wait(pool._started)
        assert pool.ready() and pool.ready()
    finally:
        pool.executor.shutdown(wait=True)
