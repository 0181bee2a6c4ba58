"""Backups as the registry grows: what one copy costs, and what eight weeks of copies occupy on disk.

Run: .venv/bin/python benchmarks/backups.py [--people 100000 1000000]

For each size (a cached registry, benchmarks/bench_data.py):
1. one copy through SQLite's online backup API (the plain copy, as made before an upgrade or by hand) against
   copying the file with the operating system; the compressed copy made at start and exit (gzip level 1), and
   opening it again for a restore;
2. the footprint after 8 weeks of office days (Monday to Friday, one session a day), with the default rotation
   (10 newest, one a day for 14 days, one a week for 8 weeks), before (a plain copy at every start and exit)
   and now (the start copy skipped when the last exit copy holds the file unchanged; copies compressed).
Goal (issue 19, item 8): keep a good copy before any migration and one a day, without multiplying the database
by thirty.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import cached_registry  # noqa: E402 - after the path set-up

WEEKS = 8


def office_days(weeks: int) -> list[datetime]:
    first = datetime(2026, 9, 7, 8, 30)  # a Monday
    return [first + timedelta(days=d) for d in range(weeks * 7) if (first + timedelta(days=d)).weekday() < 5]


def kept_after(sessions: list[tuple[datetime, str]]) -> int:
    """How many copies the default rotation keeps once every session's copies have been made (rotating after
    each copy, as maintenance.make_backup does)."""
    from equilibri_desktop.domain.backup_policy import BackupCopy, BackupSettings, copies_to_keep

    settings, kept = BackupSettings(), []
    for when, reason in sessions:
        kept.append(BackupCopy(f"equilibri-{when:%Y%m%d-%H%M%S}-{reason}", when, reason))
        names = copies_to_keep(kept, settings, when)
        kept = [copy for copy in kept if copy.name in names]
    return len(kept)


def footprint(database_mb: float, compressed_mb: float) -> None:
    days = office_days(WEEKS)
    before = kept_after([(d + timedelta(hours=h), reason) for d in days for h, reason in ((0, "avvio"),
                                                                                        (9, "chiusura"))])
    # Now: the first start copies (no exit copy yet); later starts find the last exit copy unchanged.
    now = kept_after([(days[0], "avvio")] + [(d + timedelta(hours=9), "chiusura") for d in days])
    print(f"  after {WEEKS} weeks of office days ({len(days)} sessions), default rotation:")
    print(f"    before: {before} plain copies = {before * database_mb:8,.0f} MB = {before:.1f}x the database")
    print(f"    now   : {now} compressed copies = {now * compressed_mb:8,.0f} MB = "
          f"{now * compressed_mb / database_mb:.1f}x the database")


def measure(people: int, tmp: Path) -> None:
    from equilibri_desktop.storage import backup as backups
    from equilibri_desktop.storage import migrate

    source = cached_registry(people, 10_000) / "equilibri.sqlite3"
    size = source.stat().st_size / 1_048_576
    started = time.perf_counter()
    shutil.copyfile(source, tmp / "os-copy.sqlite3")
    os_copy = time.perf_counter() - started
    (tmp / "os-copy.sqlite3").unlink()
    started = time.perf_counter()
    backups.backup_sqlite(source, tmp / "plain.sqlite3")
    plain = time.perf_counter() - started
    (tmp / "plain.sqlite3").unlink()
    started = time.perf_counter()
    packed, _head = backups.compressed_backup(source, tmp / "packed.sqlite3.gz")
    compressed = time.perf_counter() - started
    packed_mb = packed.stat().st_size / 1_048_576
    started = time.perf_counter()
    with backups.plain_copy(packed, tmp / "aperta") as opened:
        backups.inspect_backup(opened, migrate.known_revisions())
    reopened = time.perf_counter() - started
    packed.unlink()
    print(f"\n{people:,} people: database {size:,.0f} MB")
    print(f"  file copied by the OS              : {os_copy:6.1f} s")
    print(f"  plain copy (online backup API)     : {plain:6.1f} s = {plain / os_copy:.1f}x the OS copy")
    print(f"  compressed copy (start and exit)   : {compressed:6.1f} s = {compressed / os_copy:.1f}x the OS copy, "
          f"{packed_mb:,.0f} MB = {packed_mb / size:.0%} of the database")
    print(f"  compressed copy opened and checked : {reopened:6.1f} s (what a restore adds)")
    footprint(size, packed_mb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="equilibri-backups-") as tmp:
        for people in args.people:
            measure(people, Path(tmp))


if __name__ == "__main__":
    main()
