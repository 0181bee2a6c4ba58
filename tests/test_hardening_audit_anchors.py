"""Issue 13 point 13: the audit trail is anchored outside its database (backups, checkpoint file,
documents) and `audit verify` reports a chain that was shortened or rewritten behind the triggers' back."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date

import pikepdf
import pytest
from sqlalchemy import select

from equilibri_desktop.cli.admin import main
from equilibri_desktop.documents.specimen import build_test_page_pdf
from equilibri_desktop.domain.audit import entry_hash
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.services.access.audit_anchors import CHECKPOINT
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.documents import register as document_register
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


@pytest.fixture
def office(sqlite_config):
    """A database with some history and a backup taken: the anchors exist."""
    db = maintenance.prepare_database(sqlite_config)
    for surname in ("Rossi", "Verdi", "Bianchi"):
        add_person(db, surname, "Anna")
    db.dispose()
    copy = maintenance.backup_database(sqlite_config, "manuale")
    return sqlite_config, copy


def _unprotected(path) -> sqlite3.Connection:
    """What someone with the file can do: drop the triggers that keep the trail append-only."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_entry'"):
        conn.execute(f'DROP TRIGGER "{name}"')
    return conn


def test_every_backup_writes_its_anchor_outside_the_database(office):
    config, copy = office
    line = (config.data_dir / CHECKPOINT).read_text(encoding="utf-8").splitlines()[-1]
    number, digest, _when = line.split(";")
    assert copy.with_name(copy.name + ".ancora").read_text(encoding="utf-8").strip() == line
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone() == \
        (int(number), digest)
    conn.close()


def test_verify_passes_on_an_untouched_trail(run, office):
    config, _ = office
    code, out, _ = run("--data-dir", config.data_dir, "audit", "verify")
    assert code == 0 and "ancore fuori dal database" in out and "corrispondono" in out


def test_verify_reports_a_shortened_trail(run, office):
    config, _ = office
    conn = _unprotected(config.database_path)
    last = conn.execute("SELECT max(id) FROM audit_entry").fetchone()[0]
    conn.execute("DELETE FROM audit_entry WHERE id > ?", (last - 2,))
    conn.commit()
    conn.close()
    code, _, err = run("--data-dir", config.data_dir, "audit", "verify")
    assert code == 1 and "registro accorciato" in err and f"n. {last}" in err


def test_verify_reports_an_entry_rewritten_with_the_chain_recomputed(run, office):
    config, _ = office
    db = maintenance.prepare_database(config)
    with db.unit_of_work() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        rows = [(e.id, e.at, e.username, e.action, e.table_name, e.record_uuid, e.changes, e.detail)
                for e in entries]
    db.dispose()
    conn = _unprotected(config.database_path)
    prev = None
    for number, (id_, at, user, action, table, record, changes, detail) in enumerate(rows):
        if number == 1:
            user = "qualcun.altro"  # the forgery
        prev = prev or conn.execute("SELECT prev_hash FROM audit_entry WHERE id = ?", (id_,)).fetchone()[0]
        digest = entry_hash(id_, at, user, action, table, record, changes, detail, prev)
        conn.execute("UPDATE audit_entry SET username = ?, prev_hash = ?, entry_hash = ? WHERE id = ?",
                     (user, prev, digest, id_))
        prev = digest
    conn.commit()
    conn.close()
    code, out, err = run("--data-dir", config.data_dir, "audit", "verify")
    assert code == 1 and "registro riscritto" in err  # the chain alone would verify: the anchors do not


def test_documents_carry_the_anchor_in_their_metadata(db):
    add_person(db, "Rossi", "Maria")
    ref = document_register.create_document(
        db, kind="prova", record_type="grant_ranking", record_uuid=uuid.uuid4(), title="Prova",
        render=lambda _n, path: build_test_page_pdf(OrganisationProfile(body_name="Comune"), path),
        issued_on=date(2026, 6, 1))
    with pikepdf.open(db.config.data_dir / ref.file_path) as pdf:
        keywords = str(pdf.docinfo["/Keywords"])
    with db.unit_of_work() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    # The anchor is the trail's head when the document was rendered: before its own entry was written.
    assert "Registro attività n. " in keywords
    number = int(keywords.split("Registro attività n. ")[1].split(":")[0])
    assert number < last.id
