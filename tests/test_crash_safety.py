"""Killing the program mid-save never damages the file nor leaves half a transaction; drafts survive a crash."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest

from equilibri_desktop.services.access import audit_reports, drafts
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin.database import connect

KILLS = 15
FORM_ROWS = 50
IMPORT_ROWS = 1_500

# The child saves forever: form-like transactions of 50 people through the ORM (each audited by the
# flush hook) and, every fourth time, an import-like bulk insert with its own audit entry. It prints a
# line before each transaction begins and after it commits.
WRITER = f"""
import sys
from sqlalchemy import insert
from equilibri_desktop.config import resolve_config
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.storage.models import Person

db = connect(resolve_config(sys.argv[1]), user="crash.test")
batch = int(sys.argv[2])
print("ready", flush=True)
while True:
    print(f"begin {{batch}}", flush=True)
    with db.unit_of_work() as s:
        if batch % 4 == 3:
            rows = [dict(surname=f"Import{{i}}", first_name="Bulk", notes=f"import {{batch}}")
                    for i in range({IMPORT_ROWS})]
            s.execute(insert(Person), rows)
            audit.record(s, "import", table_name="person", detail=f"import {{batch}}")
        else:
            s.add_all(Person(surname=f"Form{{i}}", first_name="Orm", notes=f"form {{batch}}")
                      for i in range({FORM_ROWS}))
    print(f"committed {{batch}}", flush=True)
    batch += 1
"""


def _check_after_kill(path, committed: set[str]) -> None:
    conn = sqlite3.connect(path)  # opening replays or discards the WAL, as the next start would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = dict(conn.execute("SELECT notes, count(*) FROM person GROUP BY notes").fetchall())
        for tag, count in counts.items():
            assert count == (IMPORT_ROWS if tag.startswith("import") else FORM_ROWS), tag
        assert committed <= set(counts)  # what was reported committed survived the kill
        created = conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'create'").fetchone()[0]
        imports = {r[0] for r in conn.execute("SELECT detail FROM audit_entry WHERE action = 'import'")}
    finally:
        conn.close()
    # The audit entries went in or out with their records.
    assert created == sum(n for tag, n in counts.items() if tag.startswith("form"))
    assert imports == {tag for tag in counts if tag.startswith("import")}


def test_killing_the_writer_never_leaves_half_a_transaction(sqlite_config):
    db = maintenance.prepare_database(sqlite_config)
    db.dispose()
    rng = random.Random(int(os.environ.get("EQUILIBRI_CRASH_SEED", "20261125")))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    committed: set[str] = set()
    interrupted = 0
    started = time.monotonic()
    for round_number in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(sqlite_config.data_dir),
                                  str(round_number * 1000)], stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        output = child.communicate(timeout=30)[0]
        progress = [line.split() for line in output.splitlines() if len(line.split()) == 2]
        for word, batch in progress:
            if word == "committed":
                tag = "import" if int(batch) % 4 == 3 else "form"
                committed.add(f"{tag} {batch}")
        interrupted += bool(progress) and progress[-1][0] == "begin"
        _check_after_kill(sqlite_config.database_path, committed)
    assert interrupted >= KILLS // 3, "the kills should mostly land inside a transaction"
    db = maintenance.prepare_database(sqlite_config)  # the program starts normally afterwards
    try:
        assert audit_reports.verify_chain(db).ok
        assert maintenance.check_database(sqlite_config).ok
    finally:
        db.dispose()
    assert time.monotonic() - started < 60


DRAFT_WRITER = """
import os, signal, sys, uuid
from equilibri_desktop.config import resolve_config
from equilibri_desktop.services.access import drafts
from equilibri_desktop.services.admin.database import connect

db = connect(resolve_config(sys.argv[1]), user="olga.orsini")
drafts.save_draft(db, "registry/person", uuid.UUID(sys.argv[2]), {"surname": "Rossi", "notes": "telefonare"})
drafts.save_draft(db, "registry/person", None, {"surname": "Nuova"})
os.kill(os.getpid(), signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
"""


def test_drafts_come_back_after_a_crash_and_go_when_discarded(sqlite_config):
    record = uuid.uuid4()
    child = subprocess.run([sys.executable, "-c", DRAFT_WRITER, str(sqlite_config.data_dir), str(record)],
                           check=False, timeout=60)
    assert child.returncode != 0  # it really died
    db = connect(sqlite_config, user="olga.orsini")  # the next start
    try:
        found = drafts.list_drafts(db)
        assert [(d.form_key, d.record_uuid) for d in found] == [("registry/person", None),
                                                               ("registry/person", record)]
        draft = drafts.load_draft(db, "registry/person", record)
        assert draft.data == {"surname": "Rossi", "notes": "telefonare"}
        drafts.discard_draft(db, "registry/person", record)
        assert drafts.load_draft(db, "registry/person", record) is None
        assert len(drafts.list_drafts(db)) == 1
        db.user = "mario.rossi"  # another clerk on the same computer does not get Olga's drafts
        assert drafts.list_drafts(db) == [] and drafts.load_draft(db, "registry/person", None) is None
    finally:
        db.dispose()
    names = [p.name for p in drafts.drafts_dir(db).iterdir()]
    assert all("olga" not in n and str(record) not in n for n in names)


def test_a_draft_is_replaced_whole_and_stray_files_are_ignored(sqlite_config):
    db = connect(sqlite_config, user="olga.orsini")
    try:
        drafts.save_draft(db, "registry/person", None, {"surname": "Prima"})
        drafts.save_draft(db, "registry/person", None, {"surname": "Seconda"})
        (drafts.drafts_dir(db) / "rotta.json").write_text("{ non è json", encoding="utf-8")
        assert [d.data for d in drafts.list_drafts(db)] == [{"surname": "Seconda"}]
        assert drafts.purge_old_drafts(db, max_age_days=0) == 2
        assert drafts.list_drafts(db) == []
    finally:
        db.dispose()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_drafts_are_readable_by_their_owner_only(sqlite_config):
    db = connect(sqlite_config, user="olga.orsini")
    try:
        drafts.save_draft(db, "registry/person", None, {"surname": "Rossi"})
        (path,) = drafts.drafts_dir(db).glob("*.json")
        assert path.stat().st_mode & 0o077 == 0
    finally:
        db.dispose()
