"""Refresh the Qt Linguist catalogue from the sources, then compile it: `make translations`.

Translators edit resources/translations/equilibri_en.ts (Qt Linguist or any editor); this script
adds new source strings to it (marked unfinished) and writes the .qm the app loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "equilibri_en.ts"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def translatable_sources() -> list[Path]:
    package = ROOT / "equilibri_desktop"
    sources = sorted((package / "ui").rglob("*.py")) + [package / "app.py"]
    return sources + sorted((ROOT / "forms").rglob("*.ui"))


def update(ts_file: Path = TS_FILE) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in translatable_sources()]
    subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                    "-source-language", "it_IT", "-target-language", "en_GB", "-ts", str(ts_file)],
                   cwd=ROOT, check=True, capture_output=True)


def release(ts_file: Path = TS_FILE, qm_file: Path | None = None) -> Path:
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)
    return qm_file


if __name__ == "__main__":
    update()
    print(release())
