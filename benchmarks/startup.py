"""Start-up time: process start → main window shown, with 100,000 people, against a bare PySide6 window.

Run: .venv/bin/python benchmarks/startup.py [--people 100000] [--runs 5]
Target (issue 2): the app within 2.5× the bare window measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), window.close()))
app.exec()
"""


def time_until(command: list[str], env: dict[str, str], markers: tuple[str, ...]) -> list[float]:
    """Seconds from spawning the process until each marker line is printed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    times, pending = [], list(markers)
    for line in process.stdout:
        if pending and line.startswith(pending[0]):
            times.append(time.perf_counter() - started)
            pending.pop(0)
    process.wait(timeout=60)
    if pending:
        raise RuntimeError(f"never printed {pending}: {process.stderr.read()}")
    return times


def prepare_data(folder: Path, people: int) -> None:
    from equilibri_desktop.config import resolve_config
    from equilibri_desktop.services.admin import maintenance
    from equilibri_desktop.services.demo import seed as demo

    db = maintenance.prepare_database(resolve_config(folder))
    try:
        demo.seed_demo_data(db)
        demo.generate_people(db, people)
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="equilibri-bench-") as tmp:
        folder = Path(tmp) / "dati"
        t0 = time.perf_counter()
        prepare_data(folder, args.people)
        print(f"database with {args.people:,} generated people prepared in {time.perf_counter() - t0:.1f} s")
        size_mb = (folder / "equilibri.sqlite3").stat().st_size / 1_048_576
        app_cmd = [sys.executable, "-m", "equilibri_desktop", "--data-dir", str(folder), "--exit-when-shown"]
        env["EQUILIBRI_AUTOLOGIN"] = "demo.operatore:prova.operatore"  # demo databases only
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        # Warm the OS file cache for both, as any start after the first would find it.
        time_until(app_cmd, env, ("shown", "ready"))
        time_until(bare_cmd, env, ("shown",))
        shown, ready, bare_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(time_until(bare_cmd, env, ("shown",))[0])
            app_shown, app_ready = time_until(app_cmd, env, ("shown", "ready"))
            shown.append(app_shown)
            ready.append(app_ready)
    bare = statistics.median(bare_times)
    print(f"database file: {size_mb:.0f} MB ({'offscreen' if 'QT_QPA_PLATFORM' in env else 'X display'})")
    print(f"bare PySide6 window          : median {bare * 1000:5.0f} ms over {args.runs} runs")
    print(f"Equilibri main window shown  : median {statistics.median(shown) * 1000:5.0f} ms "
          f"-> {statistics.median(shown) / bare:.2f}x the bare window (target <= 2.5x)")
    print(f"home page filled from the DB : median {statistics.median(ready) * 1000:5.0f} ms "
          f"-> {statistics.median(ready) / bare:.2f}x the bare window")


if __name__ == "__main__":
    main()
