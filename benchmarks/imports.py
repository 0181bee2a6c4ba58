"""Spreadsheet import of people: time and peak memory against reading the same file with openpyxl alone.

Run: .venv/bin/python benchmarks/imports.py [--rows 20000] [--large 200000] [--no-large]

For each size a people .xlsx is written (usual Italian headers, valid codici fiscali, some text dates), read
once to warm the OS cache, then:
- baseline: openpyxl's read-only reading of every row (values only), the least any import must do;
- the import the wizard runs: `import_people` into an empty SQLite database, one transaction, with the report
  and progress (as the wizard asks for them).
Each runs in a fresh process, timed, with the growth of its peak resident memory (getrusage: tracemalloc would
slow the import several times over), so that the two sizes show whether the import's memory grows with the
rows. Target (issue 19): time <= 3x the reader at 20,000
rows; memory flat in the number of rows.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TIME_TARGET = 3.0


def _write_file(folder: Path, rows: int) -> Path:
    from benchmarks.registry import write_people_xlsx
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import maintenance

    db = maintenance.prepare_database(resolve_config(folder / "modello"))
    try:
        path = folder / f"persone-{rows}.xlsx"
        write_people_xlsx(path, rows, db)
    finally:
        db.dispose()
    return path


def _peak_rss() -> int:
    """The process's peak resident memory so far, in bytes (Linux and macOS count differently)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _measure(job: str, path: str, folder: str) -> dict:
    """Run in a fresh process: one job, timed, with tracemalloc's peak."""
    from benchmarks.registry import read_with_openpyxl

    target = Path(path)
    read_with_openpyxl(target)  # the OS cache and openpyxl's imports warm, as for the other side
    if job == "import":
        from equilibri_desktop.config import resolve_config
        from equilibri_desktop.services.admin import maintenance
        from equilibri_desktop.services.imports.registry import import_people

        db = maintenance.prepare_database(resolve_config(Path(folder) / "dati"))
        updates: list[tuple[float, int]] = []
        before = _peak_rss()
        started, cpu = time.perf_counter(), time.process_time()
        result = import_people(db, target, report_path=Path(folder) / "esito.xlsx",
                               progress=lambda p: updates.append((time.perf_counter() - started, p.rows_done)))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        peak = _peak_rss() - before
        db.dispose()
        return {"seconds": elapsed, "cpu": cpu, "peak": peak, "imported": result.imported,
                "rejected": result.rejected, "updates": len(updates),
                "first_update": updates[0][0] if updates else None}
    before = _peak_rss()
    started, cpu = time.perf_counter(), time.process_time()
    rows = read_with_openpyxl(target)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = _peak_rss() - before
    return {"seconds": elapsed, "cpu": cpu, "peak": peak, "rows": rows}


def measure(job: str, path: Path, folder: Path) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, __file__, "--job", job, "--path", str(path), "--folder", str(folder)],
                          capture_output=True, text=True, check=True, timeout=3600)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(rows: int, folder: Path) -> bool:
    started = time.perf_counter()
    path = _write_file(folder, rows)
    print(f"{rows:,} rows ({path.stat().st_size / 1024 / 1024:.1f} MB .xlsx, written in "
          f"{time.perf_counter() - started:.0f} s)")
    reader = measure("read", path, folder / "read")
    imported = measure("import", path, folder / "import")
    ratio = imported["seconds"] / reader["seconds"]
    cpu_ratio = imported["cpu"] / reader["cpu"]
    print(f"  openpyxl read-only, values: {reader['seconds']:7.2f} s ({reader['cpu']:6.2f} s CPU)  peak memory "
          f"+{reader['peak'] / 1e6:6.1f} MB")
    print(f"  import_people (report too): {imported['seconds']:7.2f} s ({imported['cpu']:6.2f} s CPU)  peak memory "
          f"+{imported['peak'] / 1e6:6.1f} MB  "
          f"= {rows / imported['seconds']:,.0f} rows/s, imported {imported['imported']:,}, rejected "
          f"{imported['rejected']:,}; {imported['updates']} progress updates, the first after "
          f"{imported['first_update'] or 0:.2f} s")
    # On a shared machine wall time swings with the neighbours' load; CPU time shows the work each side does.
    print(f"  -> import / reader: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU (target <= {TIME_TARGET:g}x)")
    return ratio <= TIME_TARGET


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--large", type=int, default=200_000, help="the second size, to see memory stay flat")
    parser.add_argument("--no-large", action="store_true", help="only the first size")
    parser.add_argument("--job", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        print(json.dumps(_measure(args.job, args.path, args.folder)))
        return 0
    print("machine load:", os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="import-bench-") as tmp:
        ok = run(args.rows, Path(tmp) / "small")
        if not args.no_large:
            run(args.large, Path(tmp) / "large")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
