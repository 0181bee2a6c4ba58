"""Generated registries kept between benchmark runs: a 1,000,000-person file takes minutes to build, so it is
built once into a cache folder under the temporary directory and copied (or opened read-only) afterwards.

The cache is keyed by the number of people and organisations; a cached file is migrated to the current schema
when it is used (so a new migration is benchmarked as an office upgrading its registry would get it).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CACHE = Path(tempfile.gettempdir()) / "equilibri-bench-cache"


def cache_folder(people: int, organisations: int) -> Path:
    return CACHE / f"p{people}-o{organisations}" / "dati"


def _migrated(folder: Path) -> Path:
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin.database import connect
    from equilibri_desktop.storage import migrate

    db = connect(resolve_config(folder))
    try:
        if migrate.needs_upgrade(db.engine):
            started = time.perf_counter()
            migrate.upgrade(db.engine)
            print(f"(cached registry migrated to {migrate.head_revision()} in {time.perf_counter() - started:.0f} s)")
    finally:
        db.dispose()
    return folder


def cached_registry(people: int, organisations: int = 0) -> Path:
    """The data folder of a demo registry with `people` generated people (built on first use)."""
    folder = cache_folder(people, organisations)
    if (folder / "equilibri.sqlite3").is_file() and (folder.parent / "ready").is_file():
        return _migrated(folder)
    shutil.rmtree(folder.parent, ignore_errors=True)
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.services.demo import seed as demo

    started = time.perf_counter()
    db = maintenance.prepare_database(resolve_config(folder))
    try:
        demo.seed_demo_data(db)
        demo.generate_people(db, people)
        if organisations:
            from registry import insert_organisations  # the benchmark's own generator

            insert_organisations(db, organisations)
    finally:
        db.dispose()
    (folder.parent / "ready").write_text("ok")
    print(f"(generated {people:,} people, {organisations:,} organisations into {folder} in "
          f"{time.perf_counter() - started:.0f} s; reused by later runs)", flush=True)
    return folder


def copy_of(folder: Path, target: Path) -> Path:
    """A private copy of a cached data folder (benchmarks that write must not touch the cache)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("equilibri.sqlite3", "equilibri.ini"):
        if (folder / name).exists():
            shutil.copyfile(folder / name, target / name)
    return target
