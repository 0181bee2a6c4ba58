"""Refresh the Qt Linguist catalogue from the sources, then compile it: `make translations`.

Translators edit resources/translations/equilibri_en.ts (Qt Linguist or any editor); this script
adds new source strings to it (marked unfinished) and writes the .qm the app loads.
"""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "equilibri_en.ts"
DOMAIN_CATALOGUE = ROOT / "equilibri_desktop" / "ui" / "domain_catalogue.py"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def translatable_sources() -> list[Path]:
    package = ROOT / "equilibri_desktop"
    sources = sorted((package / "ui").rglob("*.py")) + [package / "app.py"]
    return sources + sorted((ROOT / "forms").rglob("*.ui"))


def domain_labels() -> list[str]:
    """Every label of an enum of the domain layer (statuses, kinds, roles…), sorted, once each."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import equilibri_desktop.domain as domain

    labels = set()
    for info in pkgutil.walk_packages(domain.__path__, f"{domain.__name__}."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, enum.Enum) and value.__module__ == module.__name__:
                labels.update(member.label for member in value if isinstance(getattr(member, "label", None), str))
    return sorted(labels)


def domain_catalogue_text() -> str:
    from equilibri_desktop.ui.domain_text import CONTEXT

    lines = [f"    QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {json.dumps(label, ensure_ascii=False)}),"
             for label in domain_labels()]
    return "\n".join([
        '"""Written by scripts/translations.py from the labels of the domain\'s enums, for lupdate: do not edit."""',
        "", "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "LABELS = (", *lines, ")", ""])


def update(ts_file: Path = TS_FILE) -> None:
    DOMAIN_CATALOGUE.write_text(domain_catalogue_text(), encoding="utf-8")
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
