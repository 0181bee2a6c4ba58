"""Server mode: the registry's figures against PostgreSQL with 100,000 people, each with a hand-written SQL baseline.

Run: EQUILIBRI_BENCH_POSTGRES_URL=postgresql://user@host:port/postgres .venv/bin/python benchmarks/postgres.py
     [--people 100000] [--import-rows 20000]
(EQUILIBRI_TEST_POSTGRES_URL, the test suite's server, is used when the first is not set.)

The benchmark creates its own databases on that server (equilibri_bench_p<N>, kept and reused: generating
100,000 people takes minutes; equilibri_bench_import, dropped and made again) and prints:
1. search-as-you-type per keystroke (first page + count up to the list's limit), the first time each text is typed
   and warm, against the same hand-written SQL as benchmarks/registry.py, through psycopg;
2. the people list's first page (empty search box) the same way;
3. the import of a spreadsheet into an empty database against openpyxl reading it.
The batch of grant letters has its own PostgreSQL run: grant_documents.py --postgres URL.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry import (  # noqa: E402 - after the path set-up
    KEYSTROKES,
    RAW_COUNT,
    RAW_EMPTY_COUNT,
    RAW_EMPTY_PAGE,
    RAW_PAGE,
    import_throughput,
    insert_organisations,
    ms,
)

URL_ENVS = ("EQUILIBRI_BENCH_POSTGRES_URL", "EQUILIBRI_TEST_POSTGRES_URL")
GOAL_KEYSTROKE_MS = 20.0


def server_url() -> str | None:
    return next((os.environ[name] for name in URL_ENVS if os.environ.get(name)), None)


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url.replace("postgresql://", "postgresql+psycopg://", 1)).set(database=name) \
        .render_as_string(hide_password=False)


def ensure_database(url: str, name: str, fresh: bool = False) -> tuple[str, bool]:
    """(URL of database `name` on the server, whether it already existed); `fresh` drops it first."""
    from sqlalchemy import create_engine, text

    admin = create_engine(_with_database(url, "postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if fresh:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar()
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return _with_database(url, name), bool(exists)


def prepared_registry(url: str, people: int, folder: Path):
    """The app's Database on a server database holding `people` generated people (made once, then reused)."""
    from sqlalchemy import func, select

    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.services.demo import seed as demo
    from equilibri_desktop.storage.models import Person

    database_url, _existed = ensure_database(url, f"equilibri_bench_p{people}")
    db = maintenance.prepare_database(resolve_config(folder, database_url))
    with db.unit_of_work() as session:
        stored = session.scalar(select(func.count()).select_from(Person)) or 0
    if stored < people:
        started = time.perf_counter()
        if stored == 0:
            demo.seed_demo_data(db)
        demo.generate_people(db, people - stored)
        insert_organisations(db, 10_000)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
        print(f"(generated {people:,} people on the server in {time.perf_counter() - started:.0f} s; "
              "kept for later runs)")
    return db


def raw_keystroke(cursor, text: str, page_size: int, cap: int) -> tuple[list, int]:
    """benchmarks/registry.py's hand-written SQL, with psycopg's parameters."""
    def pg(sql: str) -> str:
        for name in ("lo", "hi", "n", "cap"):
            sql = sql.replace(f":{name}", f"%({name})s")
        return sql

    if not text:
        cursor.execute(pg(RAW_EMPTY_PAGE), {"n": page_size + 1})
        rows = cursor.fetchall()
        cursor.execute(pg(RAW_EMPTY_COUNT), {"cap": cap + 1})
        return rows, cursor.fetchone()[0]
    bounds = {"lo": text, "hi": text[:-1] + chr(ord(text[-1]) + 1)}
    cursor.execute(pg(RAW_PAGE), {**bounds, "n": page_size + 1})
    rows = cursor.fetchall()
    cursor.execute(pg(RAW_COUNT), {**bounds, "cap": cap + 1})
    return rows, cursor.fetchone()[0]


def keystrokes(db, url: str, people: int, repeats: int) -> None:
    import psycopg

    from equilibri_desktop.domain.access import Actor, Role
    from equilibri_desktop.services.registry.search import COUNT_LIMIT, PersonFilter, Sort, count_people, search_people
    from equilibri_desktop.ui.models.paged_table import PAGE_SIZE

    db.actor = Actor("demo.operatore", "Operatore", frozenset({Role.OPERATORE}))

    def keystroke(text: str):
        search_people(db, PersonFilter(text=text), Sort(), 0, PAGE_SIZE)
        return count_people(db, PersonFilter(text=text), COUNT_LIMIT)

    raw_url = _with_database(url, f"equilibri_bench_p{people}").replace("postgresql+psycopg://", "postgresql://")
    print(f"\nsearch-as-you-type on PostgreSQL ({people:,} people): first page ({PAGE_SIZE} rows) + count up to "
          f"{COUNT_LIMIT:,}; first time each text is typed, then the median of {repeats}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  {'typed':<8}{'matches':>9}{'first':>11}{'service':>11}{'raw psycopg':>13}{'ratio':>8}"
          f"   < {GOAL_KEYSTROKE_MS:g} ms")
    with psycopg.connect(raw_url) as conn, conn.cursor() as cursor:
        for text in ("", *KEYSTROKES[0], *KEYSTROKES[1]):
            started = time.perf_counter()
            total = keystroke(text)
            first = time.perf_counter() - started
            raw_keystroke(cursor, text, PAGE_SIZE, COUNT_LIMIT)
            service_times, raw_times = [], []
            for _ in range(repeats):
                started = time.perf_counter()
                keystroke(text)
                service_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                raw_keystroke(cursor, text, PAGE_SIZE, COUNT_LIMIT)
                raw_times.append(time.perf_counter() - started)
            service, baseline = statistics.median(service_times), statistics.median(raw_times)
            shown = f"{total:,}" if total <= COUNT_LIMIT else f">{COUNT_LIMIT:,}"
            label = repr(text) if text else "(list)"
            print(f"  {label:<8}{shown:>9}{ms(first):>11}{ms(service):>11}{ms(baseline):>13}{service / baseline:>7.2f}x"
                  f"   {'met' if service * 1000 < GOAL_KEYSTROKE_MS else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    url = server_url()
    if not url:
        print(f"no PostgreSQL server given: set {URL_ENVS[0]} (or {URL_ENVS[1]}) to run the server-mode figures")
        return
    with tempfile.TemporaryDirectory(prefix="equilibri-pg-bench-") as tmp:
        db = prepared_registry(url, args.people, Path(tmp) / "dati")
        try:
            keystrokes(db, url, args.people, args.repeats)
        finally:
            db.dispose()
        if not args.skip_import:
            import_url, _ = ensure_database(url, "equilibri_bench_import", fresh=True)
            os.environ["EQUILIBRI_DATABASE_URL"] = import_url
            print("\non PostgreSQL:", end="")
            import_throughput(Path(tmp) / "import", args.import_rows)


if __name__ == "__main__":
    main()
