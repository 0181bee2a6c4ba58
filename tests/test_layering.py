"""The layering rule of STYLE.md, checked on the import statements of every module.

The package is parsed once (`_package`); relative imports are resolved to absolute names, so
`from ..storage import x` is judged like `from equilibri_desktop.storage import x`.
"""

from __future__ import annotations

import ast
from functools import lru_cache
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
    # Screens reach data only through services, which own the transactions and the permissions.
    "ui/": ("equilibri_desktop.storage",),
}


def _package_of(rel: str) -> list[str]:
    """The package a module belongs to: its folder (an `__init__.py` is its own package)."""
    return ["equilibri_desktop", *rel.split("/")[:-1]]


def absolute_imports(tree: ast.AST, rel: str) -> set[str]:
    """Every module name a file imports, relative imports resolved against the file's package."""
    names = set()
    package = _package_of(rel)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names.add(node.module)
                continue
            base = package[:len(package) - (node.level - 1)]
            module = ".".join([*base, node.module] if node.module else base)
            names.add(module)
            if not node.module:  # `from . import x` imports the submodule x
                names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


@lru_cache(maxsize=1)
def _package() -> dict[str, tuple[ast.AST, set[str]]]:
    """Relative path → (syntax tree, imported modules), for every module of the package, parsed once."""
    parsed = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        parsed[rel] = (tree, absolute_imports(tree, rel))
    return parsed


def _modules():
    for rel, (_tree, names) in _package().items():
        yield rel, names


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


def test_relative_imports_are_resolved():
    """A relative import cannot slip past the rules: it is read as the absolute name it stands for."""
    source = "from ..storage import models\nfrom . import tasks\nfrom .widgets.money_edit import MoneyEdit\n"
    names = absolute_imports(ast.parse(source), "ui/screen.py")
    assert names >= {"equilibri_desktop.storage", "equilibri_desktop.ui.tasks",
                     "equilibri_desktop.ui.widgets.money_edit"}
    assert absolute_imports(ast.parse("from .. import clock\n"), "domain/grants/__init__.py") == {
        "equilibri_desktop.domain", "equilibri_desktop.domain.clock"}


def test_every_folder_is_a_package_that_says_what_it_owns():
    """A folder without __init__.py is left out of the wheel and the frozen build (setuptools finds packages)."""
    parsed = _package()
    folders = {rel.rpartition("/")[0] for rel in parsed if "/" in rel and "/migrations/" not in f"/{rel}"}
    missing = sorted(f for f in folders if f"{f}/__init__.py" not in parsed)
    undocumented = sorted(f for f in folders if f"{f}/__init__.py" in parsed
                          and not ast.get_docstring(parsed[f"{f}/__init__.py"][0]))
    assert (missing, undocumented) == ([], [])
