"""Generated registries kept between benchmark runs: a 1,000,000-person file takes minutes to build, so it is
built once into a cache folder under the temporary directory and copied (or opened read-only) afterwards.

The cache is keyed by the number of people and organisations and by the schema's head revision: a new
migration builds a new file instead of benchmarking an old schema.
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
    from equilibri_desktop.storage import migrate

    return CACHE / f"p{people}-o{organisations}-{migrate.head_revision()}" / "dati"


def cached_registry(people: int, organisations: int = 0) -> Path:
    """The data folder of a demo registry with `people` generated people (built on first use)."""
    folder = cache_folder(people, organisations)
    if (folder / "equilibri.sqlite3").is_file() and (folder.parent / "ready").is_file():
        return folder
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
