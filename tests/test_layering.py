"""The layering rule of STYLE.md, checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "equilibri_desktop"

# Which top-level libraries each part of the package may import.
QT_ALLOWED = ("ui/", "app.py")
SQLALCHEMY_ALLOWED = ("storage/", "services/", "sync/")
LAYER_FORBIDDEN = {
    "domain/": ("equilibri_desktop.storage", "equilibri_desktop.services", "equilibri_desktop.ui",
                "equilibri_desktop.documents"),
    "storage/": ("equilibri_desktop.services", "equilibri_desktop.ui", "equilibri_desktop.documents"),
    "documents/": ("equilibri_desktop.storage", "equilibri_desktop.services", "equilibri_desktop.ui"),
    "services/": ("equilibri_desktop.ui",),
    "cli/": ("equilibri_desktop.storage", "equilibri_desktop.ui"),
    "io/": ("equilibri_desktop.storage", "equilibri_desktop.services", "equilibri_desktop.ui"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), _imports(path)


def test_pyside_only_in_ui():
    offenders = [rel for rel, names in _modules()
                 if any(n.split(".")[0] == "PySide6" for n in names) and not rel.startswith(QT_ALLOWED)]
    assert offenders == []


def test_sqlalchemy_only_in_storage_and_services():
    offenders = [rel for rel, names in _modules()
                 if any(n.split(".")[0] in ("sqlalchemy", "alembic") for n in names)
                 and not rel.startswith(SQLALCHEMY_ALLOWED)]
    assert offenders == []


def test_lower_layers_do_not_import_higher_ones():
    offenders = []
    for rel, names in _modules():
        for prefix, forbidden in LAYER_FORBIDDEN.items():
            if rel.startswith(prefix):
                offenders += [(rel, n) for n in names if n.startswith(forbidden)]
    assert offenders == []


def test_the_checker_sees_real_imports():
    names = dict(_modules())
    assert "PySide6.QtWidgets" in names["ui/main_window.py"]
    assert "sqlalchemy" in names["storage/base.py"]
