"""Audit trail costs: time added to saves by the flush hook, and verifying a long chain.

Run: .venv/bin/python benchmarks/audit.py [--entries 100000] [--database-url postgresql+psycopg://…]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from equilibri_desktop.config import resolve_config  # noqa: E402
from equilibri_desktop.services.access import audit_reports
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.storage import audit_log  # noqa: E402
from equilibri_desktop.storage.models import Person  # noqa: E402


def save_people(db, transactions: int, per_transaction: int) -> float:
    """Milliseconds per saved person."""
    started = time.perf_counter()
    for t in range(transactions):
        with db.unit_of_work() as session:
            session.add_all(Person(surname=f"Bench{t}", first_name=str(i), fiscal_code=None, address="Via Roma 1",
                                   phone="02 1234567") for i in range(per_transaction))
    return (time.perf_counter() - started) * 1000 / (transactions * per_transaction)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = maintenance.prepare_database(resolve_config(folder, args.database_url), user="bench")
        try:
            save_people(db, 50, 2)  # warm-up: statement caches, first connections
            for per_transaction, transactions in ((1, 300), (50, 20)):
                with_audit = save_people(db, transactions, per_transaction)
                real = audit_log.flush_entries
                audit_log.flush_entries = lambda *_a: []
                try:
                    without = save_people(db, transactions, per_transaction)
                finally:
                    audit_log.flush_entries = real
                print(f"{per_transaction:>3} per transaction: {with_audit:.2f} ms/person with audit, "
                      f"{without:.2f} without (+{with_audit - without:.2f} ms)")
            missing = args.entries - audit_reports.verify_chain(db).checked
            started = time.perf_counter()
            for start in range(0, missing, 5_000):
                with db.unit_of_work() as session:
                    audit_log.append(session.connection(), [
                        audit_log.NewEntry(username="bench", action="update", table_name="person",
                                           changes='{"first_name":["A","B"]}')
                        for _ in range(min(5_000, missing - start))])
            print(f"wrote {missing} entries in {time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
            result = audit_reports.verify_chain(db)
            print(f"verified {result.checked} entries in {time.perf_counter() - started:.2f} s (ok={result.ok})")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
