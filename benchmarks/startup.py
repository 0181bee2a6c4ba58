"""Start-up and closing as the clerk lives them, at 100,000 and 1,000,000 people, against a bare PySide6 window.

Run: .venv/bin/python benchmarks/startup.py [--people 100000 1000000] [--runs 3]

Each run is a fresh process on a private copy of a cached registry (benchmarks/bench_data.py), timed at:
  shown   the main window is on screen (the database is still opening behind it);
  ready   the home page is filled from the database (the moment the clerk can work);
  closed  the window has gone after closing (what the clerk waits for);
  exit    the process has ended (the exit copy is written in between, after the window has gone).
The first start of a day also makes the start copy in the background; the next starts skip it because the exit
copy holds the file unchanged: both are shown. Goals (issue 19): home page filled <= 1 s at 1,000,000 people;
the window closes at once whatever the registry's size.

Wall-clock figures follow the machine's load (printed); beside them, the CPU time the process had used when it
printed each marker (all its threads, read from /proc on Linux), which a busy machine inflates far less: the
bare window's is printed too. The package is byte-compiled first, as an installed program is: without .pyc files
(PYTHONDONTWRITEBYTECODE) every start would also compile the program's own modules.
--baseline DIR also times another checkout of the program (e.g. `git worktree add /tmp/base main`), run after
run with this one, so the change is measured against its baseline on the same machine at the same load.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import cached_registry, copy_of  # noqa: E402 - after the path set-up

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
MARKERS = ("shown", "ready", "closed")
GOAL_READY_S = 1.0


CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time used so far by the process (all its threads); None where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime (fields 14 and 15 of stat)


def time_until(command: list[str], env: dict[str, str], markers: tuple[str, ...],
               cpu: list | None = None, cwd: Path | None = None) -> list[float]:
    """Seconds from spawning the process until each marker line is printed, then until the process ended.
    `cpu`, if given, receives the process's CPU seconds at each marker."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)
    times, pending = [], list(markers)
    for line in process.stdout:
        if pending and line.startswith(pending[0]):
            times.append(time.perf_counter() - started)
            if cpu is not None:
                cpu.append(cpu_seconds(process.pid))
            pending.pop(0)
    process.wait(timeout=600)
    times.append(time.perf_counter() - started)
    if pending:
        raise RuntimeError(f"never printed {pending}: {process.stderr.read()}")
    return times


def byte_compiled(tree: Path) -> None:
    """The program's modules compiled to .pyc, as an installation (or the frozen build) has them."""
    if not compileall.compile_dir(str(tree / "equilibri_desktop"), quiet=1):
        raise RuntimeError(f"could not byte-compile {tree}")


def median_or_none(values: list) -> float | None:
    return None if any(v is None for v in values) else statistics.median(values)


def measure(people: int, runs: int, env: dict[str, str], tmp: Path, trees: dict[str, Path]) -> dict:
    """Each tree ("this", optionally "baseline") on its own copy of the registry, run after run in turn."""
    cached = cached_registry(people, 10_000)
    size_mb = (cached / "equilibri.sqlite3").stat().st_size / 1_048_576
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    time_until(bare_cmd, env, ("shown",))  # Python, Qt and the OS cache warm for all
    commands, envs, first, app, app_cpu = {}, {}, {}, {}, {}
    for name, tree in trees.items():
        folder = copy_of(cached, tmp / f"dati-{people}-{name}")
        commands[name] = [sys.executable, "-m", "equilibri_desktop", "--data-dir", str(folder), "--exit-when-shown"]
        envs[name] = dict(env, PYTHONPATH=os.pathsep.join(filter(None, (str(tree), env.get("PYTHONPATH")))))
        # No exit copy yet: the start copy runs beside the home page.
        first[name] = time_until(commands[name], envs[name], MARKERS, cwd=tree)  # `-m` puts the cwd first
        app[name], app_cpu[name] = [], []
    bare, bare_cpu = [], []
    for _ in range(runs):
        cpu: list = []
        bare.append(time_until(bare_cmd, env, ("shown",), cpu)[0])
        bare_cpu.append(cpu[0])
        for name in trees:
            cpu = []
            app[name].append(time_until(commands[name], envs[name], MARKERS, cpu, cwd=trees[name]))
            app_cpu[name].append(cpu[1])  # at "ready"
    folder = Path(commands["this"][4])
    copies = sorted((folder / "backups").glob("equilibri-*"))
    return {"people": people, "size_mb": size_mb, "bare": statistics.median(bare),
            "bare_cpu": median_or_none(bare_cpu), "load": os.getloadavg()[0],
            "trees": {name: {"first": first[name], "ready_cpu": median_or_none(app_cpu[name]),
                             "next": [statistics.median(run[i] for run in app[name]) for i in range(4)]}
                      for name in trees},
            "copy_mb": sum(p.stat().st_size for p in copies if p.name.endswith(".gz")) / 1_048_576 /
            max(1, sum(1 for p in copies if p.name.endswith(".gz")))}


def report(result: dict) -> None:
    bare, bare_cpu = result["bare"], result["bare_cpu"]
    print(f"\n{result['people']:,} people (database {result['size_mb']:.0f} MB, compressed copy "
          f"{result['copy_mb']:.0f} MB; load average {result['load']:.1f} at the end)")
    print(f"  bare PySide6 window shown           : {bare * 1000:6.0f} ms"
          + (f" (CPU {bare_cpu * 1000:.0f} ms)" if bare_cpu is not None else ""))
    for name, tree in result["trees"].items():
        if len(result["trees"]) > 1:
            print(f"  [{name}]")
        ready_cpu = tree["ready_cpu"]
        if ready_cpu is not None and bare_cpu:
            print(f"    CPU used by the home page filled  : {ready_cpu * 1000:6.0f} ms = {ready_cpu / bare_cpu:4.2f}x "
                  "the bare window's CPU (median of the next starts)")
        _report_times(tree, bare)


def _report_times(tree: dict, bare: float) -> None:
    for label, times in (("first start of the day (start copy)", tree["first"]),
                         ("next starts (median)", tree["next"])):
        shown, ready, closed, ended = times
        print(f"  {label}:")
        print(f"    window shown                      : {shown * 1000:6.0f} ms = {shown / bare:4.2f}x bare")
        print(f"    home page filled (ready to work)  : {ready * 1000:6.0f} ms = {ready / bare:4.2f}x bare "
              f"(goal <= {GOAL_READY_S * 1000:.0f} ms: {'met' if ready <= GOAL_READY_S else 'MISSED'})")
        print(f"    window gone after closing         : {(closed - ready) * 1000:6.0f} ms after the close")
        print(f"    process ended (exit copy written) : {(ended - closed) * 1000:6.0f} ms after the window went")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout of the program, timed in the same run")
    args = parser.parse_args()
    trees = {"this": ROOT} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    for tree in trees.values():
        byte_compiled(tree)
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["EQUILIBRI_AUTOLOGIN"] = "demo.operatore:prova.operatore"  # demo databases only
    print(f"({'offscreen' if 'QT_QPA_PLATFORM' in env else 'X display'}; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="equilibri-bench-") as tmp:
        for people in args.people:
            report(measure(people, args.runs, env, Path(tmp), trees))


if __name__ == "__main__":
    main()
