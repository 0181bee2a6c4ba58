"""Flexible work: the Ministry's file for N agreements, and the home page's deadline query with N pending.

Run: .venv/bin/python benchmarks/flexwork.py [--count 300]

The export goes through the real service (`export_communications`: the rows read in one query, every
required field checked, the xlsx written by the program's file rule, the communications marked exported, the
audit entry). The baseline writes the very same cells with a bare openpyxl write-only workbook, in the same
run. The home page's query (`flexwork_reminders`) is timed with every communication pending and due.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook

from equilibri_desktop.config import resolve_config
from equilibri_desktop.domain.flexwork.ministry import COLUMNS, cell
from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.services.flexwork import agreements, communications, reminders
from equilibri_desktop.services.flexwork.communications import communications_query, ministry_row
from tests.flexwork_helpers import agreement_input, employer, pathway
from tests.registry_helpers import add_person

EXPORT_RATIO_TARGET = 3.0
REMINDERS_TARGET_MS = 50.0


def bare_export(rows, path: Path) -> float:
    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("LA-InizioPeriodo")
    sheet.append([header for header, _name in COLUMNS])
    for row in rows:
        sheet.append([cell(row, name) for _h, name in COLUMNS])
    book.save(path)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = prepare_database(resolve_config(folder / "data"), user="benchmark")
        p = pathway(db, employer(db))
        for i in range(args.count):
            person = add_person(db, f"Cognome{i:04d}", "Maria", born=date(1970 + i % 30, 1 + i % 12, 1 + i % 28),
                                birth_place_code="F205", birth_place_name="Milano")
            agreements.save_agreement(db, p.uuid, agreement_input(person, date(2026, 3, 2)))
        chosen = tuple(c.uuid for c in communications.list_communications(db, p.uuid))
        with db.unit_of_work() as session:
            rows = [ministry_row(*r) for r in session.execute(communications_query())]
        service, bare = [], []
        for n in range(5):
            bare.append(bare_export(rows, folder / f"bare-{n}.xlsx"))
            started = time.perf_counter()
            communications.export_communications(db, chosen, folder / f"ministero-{n}.xlsx")
            service.append(time.perf_counter() - started)
        alerts = []
        for _ in range(20):
            started = time.perf_counter()
            found = reminders.flexwork_reminders(db, warning_days=3650)
            alerts.append((time.perf_counter() - started) * 1000)
        db.dispose()
    ratio = statistics.median(service) / statistics.median(bare)
    print(f"Ministry file, {args.count} rows: service {statistics.median(service) * 1000:.1f} ms, "
          f"bare openpyxl {statistics.median(bare) * 1000:.1f} ms, "
          f"ratio {ratio:.2f}× (target ≤ {EXPORT_RATIO_TARGET}×)")
    print(f"Home page deadline query, {len(found)} pending: median {statistics.median(alerts):.1f} ms "
          f"(target < {REMINDERS_TARGET_MS:.0f} ms)")
    return 0 if ratio <= EXPORT_RATIO_TARGET and statistics.median(alerts) < REMINDERS_TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
