"""Count the distinct test functions of the suite (a parametrized test counts once), for the README.

    python scripts/count_tests.py        # prints e.g. "912 test functions in 95 files"

Read from the source with `ast`, so it needs neither Qt nor a database and takes well under a second.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"


def test_functions(folder: Path = TESTS) -> dict[str, list[str]]:
    """File (relative to tests/) → names of its test functions, methods of Test classes included."""
    found = {}
    for path in sorted(folder.rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [node.name for node in tree.body
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test")]
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name.startswith("Test")):
            names += [f"{cls.name}.{n.name}" for n in cls.body
                      if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name.startswith("test")]
        if names:
            found[path.relative_to(folder).as_posix()] = names
    return found


def main() -> int:
    found = test_functions()
    print(f"{sum(map(len, found.values()))} test functions in {len(found)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
