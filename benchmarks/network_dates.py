"""The agreements list's refresh with many agreements: the office-date pass that runs before every refresh
(and at start) against a plain count of the same table, and the first page sorted by title against the first
page in code order.

Run: .venv/bin/python benchmarks/network_dates.py [--agreements 5000] [--runs 25]

Nothing is due on the measured day, as on most days: the date pass should cost about a count, because it asks
SQL only for the agreements a date may move (an empty transaction is shown too: the pass opens one to write
in). Runs are interleaved so background noise hits both alike.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from equilibri_desktop.domain.clock import FixedClock, use_clock  # noqa: E402

TODAY = date(2026, 3, 2)


def _fill(db, count: int) -> None:
    from equilibri_desktop.storage.models import NetworkAgreement

    statuses = ("bozza", "in_firma", "in_vigore", "rinnovato", "scaduto")
    with db.unit_of_work() as session:
        session.add_all(NetworkAgreement(
            code=f"AP-{2020 + i % 7}-{i:05d}", kind="partenariato",
            title=f"Accordo di prova {i:05d} – {i * 7919 % 9973}", status=statuses[i % 5],
            start_date=TODAY - timedelta(days=400), end_date=TODAY + timedelta(days=30 + i % 700),
            in_force_from=TODAY + timedelta(days=5) if i % 5 == 1 else None,
            premises_text="premessa", articles_text="## Oggetto\n{impegni}") for i in range(count))


def _empty(db) -> None:
    with db.unit_of_work():
        pass


def _median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.services.network import agreements, lifecycle

    with tempfile.TemporaryDirectory() as folder, use_clock(FixedClock(datetime(2026, 3, 2, 9, tzinfo=UTC))):
        db = maintenance.prepare_database(resolve_config(Path(folder)), user="benchmark")
        try:
            _fill(db, args.agreements)
            assert lifecycle.apply_dates(db) == ()  # nothing due today: the case measured
            pairs = {"date pass": [], "count (baseline)": [], "empty transaction": [], "page by title": [],
                     "page by code (baseline)": []}
            for _ in range(args.runs):
                pairs["date pass"].append(_median_ms(lambda: lifecycle.apply_dates(db), 1))
                pairs["count (baseline)"].append(_median_ms(lambda: agreements.count_agreements(db), 1))
                pairs["empty transaction"].append(_median_ms(lambda: _empty(db), 1))
                pairs["page by title"].append(_median_ms(lambda: agreements.search_agreements(db, sort="title"), 1))
                pairs["page by code (baseline)"].append(_median_ms(lambda: agreements.search_agreements(db), 1))
        finally:
            db.dispose()
    medians = {name: statistics.median(values) for name, values in pairs.items()}
    print(f"{args.agreements:,} agreements, {args.runs} interleaved runs, medians:")
    for name, value in medians.items():
        print(f"  {name:<26} {value:7.2f} ms")
    print(f"  date pass / count          {medians['date pass'] / medians['count (baseline)']:.2f}x")
    print(f"  by title / by code         {medians['page by title'] / medians['page by code (baseline)']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
