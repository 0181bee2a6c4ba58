"""Merging a field laptop's return package into a large registry, against the same matching written directly.

Run: .venv/bin/python benchmarks/field_merge.py [--people 100000] [--registrations 2000] [--quick] [--rounds 3]
     [--cache FOLDER]  (the prepared registry kept there and copied on later runs)

The package holds `registrations` people met at an event: a third with the codice fiscale of someone already in
the registry (linked at once), a third with name (one letter wrong), birth date and municipality of someone in
the registry (likely matches, confirmed by the clerk's decisions), a third new; each with one attendance mark.

Measured (issue #16), all in the same run:
- matching written directly: raw sqlite3, one indexed lookup per record (by codice fiscale or by birth date) and a
  rapidfuzz pass over what it finds;
- the same matching through the merge's own code (its batched registry lookup through the ORM session, its scoring);
- the whole merge: one transaction with matching, inserts, attendance, bookkeeping, audit entries and their chain;
- the whole work written directly: the direct matching, then exactly the rows the merge wrote (read back from its
  database) inserted into a copy taken before the merge with raw executemany, the audit chain's hashes computed
  again, one commit.
Each round puts the database back as it was before the merge; every figure is printed as wall clock and as this
process's CPU time (on a shared machine the wall clock also waits for other programs), best of the rounds.
Targets: under 2x, under 30 s. The ratios against both baselines are printed: the issue's words compare the merge
with the matching alone, which does not write anything.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_RATIO = 2.0
TARGET_SECONDS = 30.0


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(started: tuple[float, float]) -> tuple[float, float]:
    """(wall seconds, this process's CPU seconds): on a machine shared with other programs the wall clock waits
    for them, the CPU time much less, so both are printed."""
    wall, cpu = _now()
    return wall - started[0], cpu - started[1]


def prepare(folder: Path, people: int, cache: Path | None = None):
    """The registry and the event; with `cache`, built once and copied from there on later runs (building
    100,000 people takes over a minute on a shared machine and measures nothing)."""
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.services.demo import seed as demo
    from equilibri_desktop.services.events import events
    from equilibri_desktop.services.field.office_identity import office_id

    started = time.perf_counter()
    cached = cache / f"{people}" if cache else None
    if cached is not None and (cached / "event.txt").exists():
        shutil.copytree(cached, folder, dirs_exist_ok=True)
        db = maintenance.prepare_database(resolve_config(folder), user="operatore.bench")
        event = events.get_event(db, uuid.UUID((cached / "event.txt").read_text()))
        with db.unit_of_work() as session:
            office = office_id(session)
        print(f"copied {people:,} people from {cached} in {time.perf_counter() - started:.1f} s", flush=True)
        return db, event, office
    db = maintenance.prepare_database(resolve_config(folder), user="operatore.bench")
    demo.generate_people(db, people)
    from tests.event_helpers import course_input

    event = events.create_event(db, course_input(sessions=1))
    with db.unit_of_work() as session:
        office = office_id(session)
    print(f"prepared {people:,} people in {time.perf_counter() - started:.1f} s", flush=True)
    if cached is not None:
        db.dispose()
        shutil.copytree(folder, cached, dirs_exist_ok=True)
        (cached / "event.txt").write_text(str(event.uuid))
    return db, event, office


def sample_people(db, count: int, seed: int = 5):
    from sqlalchemy import select

    from equilibri_desktop.storage.models import Municipality, Person

    with db.unit_of_work() as session:
        istat = dict(session.execute(select(Municipality.id, Municipality.istat_code)).all())
        rows = session.execute(select(Person.surname, Person.first_name, Person.sex, Person.birth_date,
                                      Person.municipality_id, Person.fiscal_code)
                               .where(Person.birth_date.is_not(None), Person.municipality_id.is_not(None))
                               .order_by(Person.id).limit(count * 20)).all()
    return random.Random(seed).sample(rows, count), istat


def build_package(db, event, office: str, registrations: int) -> dict:
    from equilibri_desktop.domain.field.conflicts import FIELD_EDITABLE

    chosen, istat = sample_people(db, registrations * 2 // 3)
    now = datetime.now(UTC).isoformat()  # noqa: DTZ005 - a benchmark, outside the package's clock rule
    session_uuid = str(event.sessions[0].uuid)
    people, marks = [], []
    for index in range(registrations):
        if index < len(chosen):
            surname, first, sex, born, town, code = chosen[index]
            if index % 2:  # no code, one letter wrong: a likely match for the clerk
                code, surname = "", surname[:-1] + ("a" if surname[-1] != "a" else "e")
        else:
            surname, first, sex, born, town, code = f"Nuova{index:05d}", "Persona", "F", None, None, ""
        record_uuid = str(uuid.uuid4())
        values = {"surname": surname, "first_name": first, "sex": sex, "birth_date": born.isoformat() if born else None,
                  "fiscal_code": code or "", "phone": "", "email": "", "organisation_name": "",
                  "participant_kind": "cittadini", "registered_at": now, "municipality": istat.get(town, ""),
                  **{name: None for name in FIELD_EDITABLE}}
        values |= {"status": "presente", "privacy_notice_version": "2026.1", "consent_photos": False,
                   "consent_news": False, "consent_collected_by": "campo"}
        stamp = {"uuid": record_uuid, "created_at": now, "created_by": "campo", "updated_at": now,
                 "updated_by": "campo"}
        people.append(stamp | {"origin": "field", "values": values})
        marks.append(stamp | {"uuid": str(uuid.uuid4()), "participant_uuid": record_uuid,
                              "session_uuid": session_uuid, "present": True, "base_version": None})
    return {"package_uuid": str(uuid.uuid4()), "kit_uuid": str(uuid.uuid4()), "event_uuid": str(event.uuid),
            "made_at": now, "made_by": "campo", "records": {"participants": people, "attendance": marks, "notes": []}}


def direct_matching(connection: sqlite3.Connection, body: dict) -> int:
    """The matching written directly: one indexed lookup per record and a rapidfuzz pass over what it finds."""
    from equilibri_desktop.domain.field.matching import Candidate, likely_matches

    ids = dict(connection.execute("SELECT istat_code, id FROM municipality"))
    found = 0
    for record in body["records"]["participants"]:
        values = record["values"]
        if values["fiscal_code"]:
            found += connection.execute("SELECT id FROM person WHERE fiscal_code = ?",
                                        (values["fiscal_code"],)).fetchone() is not None
        elif values["birth_date"]:
            rows = connection.execute("SELECT uuid, surname, first_name, birth_date, municipality_id, fiscal_code "
                                      "FROM person WHERE birth_date = ?", (values["birth_date"],)).fetchall()
            found += bool(likely_matches(values["surname"], values["first_name"], ids.get(values["municipality"]),
                                         [Candidate(*row) for row in rows]))
    return found


def baseline(path: Path, body: dict) -> tuple[float, float]:
    connection = sqlite3.connect(path)
    started = _now()
    found = direct_matching(connection, body)
    elapsed = _since(started)
    connection.close()
    print(f"  baseline matched {found} of {len(body['records']['participants'])}")
    return elapsed


def service_matching(db, body: dict) -> tuple[float, float]:
    """The same matching through the merge's own code: its batched registry lookup (ORM session) and scoring."""
    from sqlalchemy import select

    from equilibri_desktop.domain.field.matching import likely_matches
    from equilibri_desktop.services.field.dto import Decisions
    from equilibri_desktop.services.field.merge_people import registry_lookup
    from equilibri_desktop.services.field.values import column_value
    from equilibri_desktop.storage.models import EventParticipant, Municipality

    with db.unit_of_work() as session:
        ids = dict(session.execute(select(Municipality.istat_code, Municipality.id)).all())
        started = _now()
        records = body["records"]["participants"]
        lookup = registry_lookup(session, records, Decisions())
        found = 0
        for record in records:
            values = record["values"]
            if values["fiscal_code"] and values["fiscal_code"] in lookup.by_code:
                found += 1
            elif values["birth_date"]:
                born = column_value(EventParticipant, "birth_date", values["birth_date"])
                found += bool(likely_matches(values["surname"], values["first_name"], ids.get(values["municipality"]),
                                             lookup.candidates({"birth_date": born})))
        elapsed = _since(started)
    print(f"  merge's matching matched {found} of {len(records)}")
    return elapsed


_WRITTEN = (("event_participant", "event_id = :event"),
            ("event_attendance", "session_id IN (SELECT id FROM event_session WHERE event_id = :event)"),
            ("field_merged_record", "package_uuid = :package"),
            ("field_import", "package_uuid = :package"),
            ("audit_entry", "id > :audit"))


def written_rows(path: Path, event_id: int, package: str, audit_before: int) -> dict[str, tuple[list[str], list]]:
    """What the real merge wrote, read back raw: the direct baseline inserts exactly these rows."""
    connection = sqlite3.connect(path)
    found = {}
    for table, where in _WRITTEN:
        cursor = connection.execute(f"SELECT * FROM {table} WHERE {where}",  # noqa: S608 - fixed names
                                    {"event": event_id, "package": uuid.UUID(package).hex, "audit": audit_before})
        found[table] = ([c[0] for c in cursor.description], cursor.fetchall())
    connection.close()
    return found


def whole_work_direct(path: Path, body: dict, written: dict[str, tuple[list[str], list]]) -> tuple[float, float]:
    """Matching written directly, then the merge's rows inserted with raw executemany (the audit chain's hashes
    computed again, as a writer must) and one commit: the same work with no ORM and no bookkeeping code."""
    from equilibri_desktop.domain.audit import GENESIS_HASH, entry_hash

    columns, audit_rows = written["audit_entry"]
    at, prev_at = columns.index("at"), columns.index("prev_hash")
    entries = [(datetime.fromisoformat(row[at]).replace(tzinfo=UTC), row) for row in audit_rows]
    user, action, table_at, record, changes, detail = (columns.index(name) for name in (
        "username", "action", "table_name", "record_uuid", "changes", "detail"))
    connection = sqlite3.connect(path)
    started = _now()
    direct_matching(connection, body)
    for table, (names, rows) in written.items():
        if table == "audit_entry":
            last = connection.execute("SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
            last_id, prev = last if last else (0, GENESIS_HASH)
            rows = []
            for when, row in entries:
                last_id += 1
                digest = entry_hash(last_id, when, row[user], row[action], row[table_at], row[record],
                                    row[changes], row[detail], prev)
                rows.append((*row[:prev_at], prev, digest, *row[prev_at + 2:]))
                prev = digest
        marks = ", ".join("?" * len(names))
        connection.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)  # noqa: S608
    connection.commit()
    elapsed = _since(started)
    connection.close()
    return elapsed


def merge_real(db, body: dict, office: str) -> tuple[tuple[float, float], tuple[float, float]]:
    from equilibri_desktop.services.field import merge
    from equilibri_desktop.services.field.dto import Decisions, Outcome
    from equilibri_desktop.services.field.package import OpenedPackage
    from equilibri_desktop.services.field.values import content_hash

    opened = OpenedPackage(Path("benchmark.eqr"), body, content_hash(body), office)
    started = _now()
    rehearsal = merge.merge_package(db, opened, dry_run=True)
    dry = _since(started)
    decisions = Decisions({i.record_uuid: i.candidates[0].person_uuid for i in rehearsal.items
                           if i.outcome == Outcome.LIKELY})
    started = _now()
    result = merge.merge_package(db, opened, decisions)
    real = _since(started)
    counts = ", ".join(f"{result.count(o)} {o.value}" for o in Outcome if result.count(o))
    print(f"  merge: {counts}")
    return dry, real


def _pair(figures: tuple[float, float]) -> str:
    return f"{figures[0]:.2f}/{figures[1]:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--registrations", type=int, default=2_000)
    parser.add_argument("--quick", action="store_true", help="10,000 people and 500 registrations")
    parser.add_argument("--rounds", type=int, default=3, help="merges measured, each on the registry as before")
    parser.add_argument("--cache", type=Path, help="keep the prepared registry in this folder and reuse it")
    args = parser.parse_args()
    people, registrations = (10_000, 500) if args.quick else (args.people, args.registrations)
    with tempfile.TemporaryDirectory() as folder:
        db, event, office = prepare(Path(folder), people, args.cache)
        body = build_package(db, event, office, registrations)
        path = db.config.database_path
        copy = Path(folder) / "before_merge.sqlite"
        shutil.copyfile(path, copy)
        connection = sqlite3.connect(path)
        event_id = connection.execute("SELECT id FROM event WHERE uuid = ?", (event.uuid.hex,)).fetchone()[0]
        audit_before = connection.execute("SELECT coalesce(max(id), 0) FROM audit_entry").fetchone()[0]
        connection.close()
        print(f"\nmerging {registrations:,} registrations (+ {registrations:,} attendance marks) into "
              f"{people:,} people (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        # Rounds on the same registry (the database put back as it was before each merge): 7 programs share 2
        # cores here, so one round proves little; the best of each figure is compared, and every round printed.
        rounds = []
        for number in range(args.rounds):
            if number:
                db.dispose()
                shutil.copyfile(copy, path)
            direct = baseline(path, body)
            matching = service_matching(db, body)
            dry, real = merge_real(db, body, office)
            if number == 0:
                written = written_rows(path, event_id, body["package_uuid"], audit_before)
                print("  rows written by the merge: "
                      + ", ".join(f"{len(rows)} {table}" for table, (_, rows) in written.items()))
            target = Path(folder) / "direct.sqlite"
            shutil.copyfile(copy, target)
            work = whole_work_direct(target, body, written)
            rounds.append((direct, matching, dry, real, work))
            print(f"  round {number + 1} (wall / CPU s): matching direct {_pair(direct)}, merge's matching "
                  f"{_pair(matching)}, dry run {_pair(dry)}, merge {_pair(real)}, whole work direct {_pair(work)} "
                  f"(load {os.getloadavg()[0]:.1f})")
        for which, name in ((0, "wall clock"), (1, "CPU time of this process")):
            best = (min(f[which] for f in figures) for figures in zip(*rounds, strict=True))
            direct, matching, dry, real, work = best
            print(f"\n  best of {args.rounds} rounds, {name}:")
            print(f"  matching written directly (raw sqlite3 + rapidfuzz):      {direct:8.2f} s")
            print(f"  the same matching through the merge's code (ORM):        {matching:8.2f} s "
                  f"({matching / direct:.2f}x matching direct)")
            print(f"  dry run (same code, rolled back):                        {dry:8.2f} s")
            print(f"  whole merge (one transaction, report data, audit):       {real:8.2f} s")
            print(f"  whole work direct (matching + same rows by executemany): {work:8.2f} s")
            ratio = real / work if work else float("inf")
            print(f"  whole merge / whole work direct: {ratio:.2f}x (target < {TARGET_RATIO:g}x: "
                  f"{'met' if ratio < TARGET_RATIO else 'MISSED'})")
            print(f"  whole merge / matching direct:   {real / direct:.2f}x (the issue's literal wording compares the "
                  "merge with the matching alone)")
            print(f"  under {TARGET_SECONDS:g} s: {'met' if real < TARGET_SECONDS else 'MISSED'}")
        db.dispose()


if __name__ == "__main__":
    main()
