"""Ranking a call with 2,000 scored applications, against a plain baseline measured in the same run.

Run: .venv/bin/python benchmarks/ranking.py [--applications 2000] [--members 3]

Baseline: hand-written sqlite3 reads of what a ranking needs (applications with their applicant, every member's
declaration and points, eligible costs, the grid and its minimums), then the domain's own scoring and ranking
logic on those rows (score_application + rank: the part no implementation can skip).
Goal (issue 19, item 6): the service's preview within 3x that baseline. Both are shown cold (first call in the
process) and warm (median of the next ones).

Freezing a provisional ranking is measured against the same reads and logic plus, by hand in one sqlite3
transaction on a copy of the database, the writes the freeze must make: the snapshot and its entries, every
application's two status steps (ammissibile -> valutata -> in graduatoria) and its status, and the hash-chained
audit entries of all of them (the domain's own entry_hash). Goal: within 3x that baseline (wall and CPU time).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GRID = (("C1", Decimal(25), None), ("C2", Decimal(15), None), ("C3", Decimal(20), Decimal(6)),
        ("C4", Decimal(15), None), ("C5", Decimal(15), None), ("C6", Decimal(10), None))
GOAL = 3.0


def build_call(db, applications: int, members: int, seed: int = 7):
    """A call with `applications` applications, each declared and scored by every member (bulk inserts)."""
    from sqlalchemy import insert, select

    from equilibri_desktop.services.demo import seed as demo
    from equilibri_desktop.storage.models import (
        GrantApplication,
        GrantCall,
        GrantCommissionMember,
        GrantConflictDeclaration,
        GrantCostItem,
        GrantCriterion,
        GrantScore,
        Person,
    )

    rng = random.Random(seed)
    demo.generate_people(db, applications)
    with db.unit_of_work() as s:
        call = GrantCall(title="Bando di prova", act_number="1", act_date=date(2026, 3, 2), cup="E41B26000120002",
                         budget_cents=2_000_000_00, max_grant_cents=15_000_00, max_cost_share_pct=Decimal(80),
                         min_cofinancing_pct=Decimal(20), min_age=18, max_age=None,
                         opens_at=datetime(2026, 3, 16, 9, 0, tzinfo=UTC),
                         closes_at=datetime(2026, 5, 15, 12, 0, tzinfo=UTC), admission_threshold=Decimal(60),
                         status="aperto", constitution_deadline=date(2026, 12, 31),
                         report_deadline=date(2027, 12, 31), deciding_officer="Dott.ssa Laura Bianchi")
        s.add(call)
        s.flush()
        criteria = []
        for position, (code, top, minimum) in enumerate(GRID):
            row = GrantCriterion(call_id=call.id, position=position, code=code, label=code, max_points=top,
                                 min_points=minimum)
            s.add(row)
            criteria.append(row)
        seats = [GrantCommissionMember(call_id=call.id, username=f"membro.{i}", display_name=f"Membro {i}")
                 for i in range(members)]
        s.add_all(seats)
        s.flush()
        people = s.scalars(select(Person.id).order_by(Person.id.desc()).limit(applications)).all()
        stamp = datetime(2026, 4, 10, 10, 30, tzinfo=UTC)
        s.execute(insert(GrantApplication), [dict(
            call_id=call.id, applicant_id=person, status="ammissibile", protocol_year=2031, protocol_number=n + 1,
            received_at=stamp, public_code=f"P{n:06d}", occupational_status="disoccupata",
            did_date=date(2025, 11, 3), business_name="Impresa", service_kind="nido",
            planned_legal_form="Impresa individuale", ateco_code="88.91.00", own_cofinancing_cents=4_000_00)
            for n, person in enumerate(people)])
        ids = s.scalars(select(GrantApplication.id).where(GrantApplication.call_id == call.id)).all()
        s.execute(insert(GrantCostItem), [dict(application_id=a, position=p, description="Voce",
                                               amount_cents=rng.randrange(2_000_00, 9_000_00), eligible=p < 2)
                                          for a in ids for p in range(3)])
        s.execute(insert(GrantConflictDeclaration), [dict(application_id=a, member_id=m.id, has_conflict=False,
                                                          declared_on=date(2026, 6, 1))
                                                     for a in ids for m in seats])
        s.execute(insert(GrantScore), [dict(application_id=a, member_id=m.id, criterion_id=c.id,
                                            points=Decimal(rng.randrange(0, int(c.max_points) + 1)))
                                       for a in ids for m in seats for c in criteria])
        return call.uuid, call.id


def raw_preview(path: Path, call_id: int):
    """The baseline: plain reads by hand, then the domain's scoring and ranking."""
    from equilibri_desktop.domain.grants.ranking import Candidate, LastGrantRule, RankingSettings, TieBreak, rank
    from equilibri_desktop.domain.grants.scoring import Criterion, MemberSheet, score_application

    conn = sqlite3.connect(path)
    try:
        call = conn.execute("SELECT budget_cents, max_grant_cents, max_cost_share_pct, admission_threshold, tie_break, "
                            "last_grant_rule, min_partial_grant_cents, leftover_to_later, min_eligible_spending_cents "
                            "FROM grant_call WHERE id = ?", (call_id,)).fetchone()
        grid = conn.execute("SELECT id, code, max_points, min_points FROM grant_criterion WHERE call_id = ? "
                            "ORDER BY position", (call_id,)).fetchall()
        members = conn.execute("SELECT id, display_name FROM grant_commission_member WHERE call_id = ?",
                               (call_id,)).fetchall()
        apps = conn.execute(
            "SELECT a.id, a.public_code, a.received_at, a.protocol_number, a.de_minimis_received_cents, "
            "p.birth_date, p.surname, p.first_name FROM grant_application a JOIN person p ON p.id = a.applicant_id "
            "WHERE a.call_id = ? AND a.status IN ('ammissibile', 'valutata', 'in_graduatoria')", (call_id,)).fetchall()
        conflicts = {(a, m): bool(c) for a, m, c in conn.execute(
            "SELECT d.application_id, d.member_id, d.has_conflict FROM grant_conflict_declaration d "
            "JOIN grant_application a ON a.id = d.application_id WHERE a.call_id = ?", (call_id,))}
        points: dict = defaultdict(dict)
        codes = {i: code for i, code, _, _ in grid}
        for a, m, c, p in conn.execute(
                "SELECT s.application_id, s.member_id, s.criterion_id, s.points FROM grant_score s "
                "JOIN grant_application a ON a.id = s.application_id WHERE a.call_id = ?", (call_id,)):
            points[(a, m)][codes[c]] = Decimal(str(p))
        costs = dict(conn.execute(
            "SELECT c.application_id, sum(c.amount_cents) FROM grant_cost_item c JOIN grant_application a "
            "ON a.id = c.application_id WHERE a.call_id = ? AND c.eligible GROUP BY c.application_id", (call_id,)))
    finally:
        conn.close()
    criteria = [Criterion(code, Decimal(str(top))) for _, code, top, _ in grid]
    minimums = {code: Decimal(str(low)) for _, code, _, low in grid if low is not None}
    candidates = []
    for app_id, public_code, received, number, de_minimis, born, _surname, _first in apps:
        score = score_application(criteria, [MemberSheet(name, conflicts.get((app_id, m)), points.get((app_id, m), {}))
                                             for m, name in members])
        failed = tuple(code for code, low in sorted(minimums.items())
                       if score.averages.get(code) is not None and score.averages[code] < low)
        candidates.append(Candidate(app_id, public_code, score.total, datetime.fromisoformat(received),
                                    date.fromisoformat(born) if born else None, costs.get(app_id, 0),
                                    protocol_number=number or 0, de_minimis_declared_cents=de_minimis,
                                    failed_criteria=failed))
    settings = RankingSettings(budget_cents=call[0], max_grant_cents=call[1], max_cost_share_pct=Decimal(str(call[2])),
                               threshold=Decimal(str(call[3])), tie_break=TieBreak(call[4]),
                               last_grant_rule=LastGrantRule(call[5]), min_partial_grant_cents=call[6],
                               leftover_to_later=bool(call[7]), decided_on=date(2026, 7, 1),
                               min_eligible_spending_cents=call[8])
    return rank(candidates, settings)


def raw_freeze(path: Path, call_id: int, user: str = "laura.bianchi") -> None:
    """The freeze's baseline: raw_preview's reads and logic, then the same rows written by hand, committed."""
    import json
    import uuid

    from equilibri_desktop.domain.audit import GENESIS_HASH, entry_hash

    ranking = raw_preview(path, call_id)
    now = datetime.now(UTC)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = sqlite3.connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        audit: list[tuple[str, str, str, str]] = []  # action, table, record uuid, changes

        def stamped(values: dict) -> dict:
            record = uuid.uuid4().hex
            values.update(uuid=record, created_at=stamp, updated_at=stamp, created_by=user, updated_by=user,
                          version=1)
            return values

        def insert(table: str, rows: list[dict]) -> None:
            names = list(rows[0])
            conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                             [tuple(str(v) if isinstance(v, Decimal) else v for v in r.values()) for r in rows])
            for r in rows:
                changes = {k: [None, str(v)] for k, v in r.items() if v not in (None, "") and k not in (
                    "uuid", "created_at", "updated_at", "created_by", "updated_by", "version")}
                audit.append(("creazione", table, r["uuid"], json.dumps(changes, sort_keys=True)))

        number = (conn.execute("SELECT max(number) FROM grant_ranking WHERE call_id = ?", (call_id,)).fetchone()[0]
                  or 0) + 1
        insert("grant_ranking", [stamped(dict(call_id=call_id, number=number, kind="provvisoria",
                                              ranked_on="2026-07-01", published=0, early_reason="", reason="",
                                              budget_cents=ranking.budget_cents, granted_cents=ranking.granted_cents))])
        ranking_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        insert("grant_ranking_entry", [stamped(dict(
            ranking_id=ranking_id, application_id=e.key, position=e.position, public_code=e.public_code,
            score=e.score, outcome=e.outcome.value, eligible_cost_cents=e.eligible_cost_cents,
            granted_cents=e.grant_cents, entitled_cents=e.entitled_cents, note=e.note)) for e in ranking.entries])
        steps = [("ammissibile", "valutata", "Valutazione della commissione completata"),
                 ("valutata", "in_graduatoria", f"Graduatoria provvisoria n. {number}")]
        insert("grant_status_change", [stamped(dict(application_id=e.key, from_status=old, to_status=new,
                                                    reason=why))
                                       for e in ranking.entries for old, new, why in steps])
        apps = conn.execute("SELECT id, uuid, version FROM grant_application WHERE id IN (SELECT application_id "
                            "FROM grant_ranking_entry WHERE ranking_id = ?)", (ranking_id,)).fetchall()
        conn.executemany("UPDATE grant_application SET status = 'in_graduatoria', version = ?, updated_at = ?, "
                         "updated_by = ? WHERE id = ? AND version = ?",
                         [(v + 1, stamp, user, i, v) for i, _, v in apps])
        audit += [("modifica", "grant_application", u, json.dumps({"status": ["ammissibile", "in_graduatoria"]}))
                  for _, u, _ in apps]
        last = conn.execute("SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
        last_id, prev = last if last else (0, GENESIS_HASH)
        rows = []
        for action, table, record, changes in audit:
            last_id += 1
            prev = entry_hash(last_id, now, user, action, table, uuid.UUID(record), changes, "", prev)
            rows.append((last_id, stamp, user, action, table, record, changes, "", prev, prev))
        conn.executemany("INSERT INTO audit_entry (id, at, username, action, table_name, record_uuid, changes, "
                         "detail, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.commit()
    finally:
        conn.close()


def timed(fn, repeats: int) -> tuple[float, float]:
    """(first call, median of the next `repeats`)."""
    times = []
    for _ in range(repeats + 1):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=2000)
    parser.add_argument("--members", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.domain.access import Actor, Role
    from equilibri_desktop.domain.grants.codes import RankingKind
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.services.grants import ranking

    with tempfile.TemporaryDirectory(prefix="equilibri-ranking-") as tmp:
        db = maintenance.prepare_database(resolve_config(Path(tmp) / "dati"))
        try:
            from equilibri_desktop.services.demo import seed as demo

            demo.seed_demo_data(db)
            started = time.perf_counter()
            call_uuid, call_id = build_call(db, args.applications, args.members)
            print(f"call with {args.applications:,} applications x {args.members} members x {len(GRID)} criteria "
                  f"built in {time.perf_counter() - started:.1f} s")
            db.actor = Actor("laura.bianchi", "Laura Bianchi", frozenset({Role.RESPONSABILE}))
            path = db.config.database_path
            preview_cold, preview = timed(lambda: ranking.preview_ranking(db, call_uuid), args.repeats)
            raw_cold, raw = timed(lambda: raw_preview(path, call_id), args.repeats)
            shown = ranking.preview_ranking(db, call_uuid)
            ranked = raw_preview(path, call_id)
            same = [r.public_code for r in shown.rows] == [e.public_code for e in ranked.entries]
            copy = Path(tmp) / "copia.sqlite"
            shutil.copyfile(path, copy)
            started, cpu = time.perf_counter(), time.process_time()
            raw_freeze(copy, call_id)
            raw_write, raw_write_cpu = time.perf_counter() - started, time.process_time() - cpu
            started, cpu = time.perf_counter(), time.process_time()
            frozen = ranking.freeze_ranking(db, call_uuid, RankingKind.PROVVISORIA, date(2026, 7, 1))
            freeze, freeze_cpu = time.perf_counter() - started, time.process_time() - cpu
            stored = ranking.get_ranking(db, frozen.summary.uuid)
            same_detail = frozen == stored
        finally:
            db.dispose()
    print(f"preview_ranking       : cold {preview_cold * 1000:7.0f} ms, warm {preview * 1000:7.0f} ms")
    print(f"raw reads + the logic : cold {raw_cold * 1000:7.0f} ms, warm {raw * 1000:7.0f} ms "
          f"(same order as the service: {'yes' if same else 'NO'})")
    print(f"-> preview {preview / raw:.2f}x the baseline warm, {preview_cold / raw_cold:.2f}x cold "
          f"(goal <= {GOAL:g}x: {'met' if preview / raw <= GOAL else 'MISSED'})")
    print(f"freeze_ranking (provisional, {args.applications:,} applications moved in graduatoria): "
          f"{freeze * 1000:.0f} ms wall, {freeze_cpu * 1000:.0f} ms CPU (returned detail = stored one: "
          f"{'yes' if same_detail else 'NO'})")
    print(f"raw reads + logic + writes and audit chain by hand: {raw_write * 1000:.0f} ms wall, "
          f"{raw_write_cpu * 1000:.0f} ms CPU")
    print(f"-> freeze {freeze / raw_write:.2f}x the baseline wall, {freeze_cpu / raw_write_cpu:.2f}x CPU "
          f"(goal <= {GOAL:g}x: {'met' if max(freeze / raw_write, freeze_cpu / raw_write_cpu) <= GOAL else 'MISSED'})")


if __name__ == "__main__":
    main()
