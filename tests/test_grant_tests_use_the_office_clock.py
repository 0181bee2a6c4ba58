"""The grants and audit tests read time only from the office clock (frozen where the day matters), never from
the machine: a test that compared the machine's day with the office's failed between 23:00 and 24:00 UTC."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.test_clock import _wall_clock_calls

TESTS = Path(__file__).resolve().parent


def _qt_clock_calls(tree: ast.AST) -> list[int]:
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"currentDate", "currentDateTime", "currentSecsSinceEpoch"}]


def test_grants_and_audit_tests_never_read_the_machine_clock():
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if not any(word in path.name for word in ("grant", "audit")) or path == Path(__file__).resolve():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(TESTS)}:{line}" for line in _wall_clock_calls(tree) + _qt_clock_calls(tree)]
    assert offenders == [], "use the office clock: use_clock(FixedClock(...)), office_today(), utc_now()"
