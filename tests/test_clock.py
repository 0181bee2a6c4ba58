"""The office clock: one source of "now", in Europe/Rome, replaceable by tests."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

from equilibri_desktop.domain import clock

PACKAGE = Path(__file__).resolve().parents[1] / "equilibri_desktop"


def test_new_year_in_rome_comes_an_hour_before_utc():
    fixed = clock.FixedClock(datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    with clock.use_clock(fixed):
        assert clock.office_today() == date(2027, 1, 1)
        assert clock.utc_now().year == 2026
    assert isinstance(clock.current_clock(), clock.SystemClock)


def test_fixed_clock_moves_only_when_told():
    fixed = clock.FixedClock(datetime(2026, 3, 28, 12, 0))  # naive: read as Rome time
    with clock.use_clock(fixed):
        first = clock.office_now()
        assert clock.office_now() == first
        fixed.advance(minutes=10)
        assert (clock.office_now() - first).total_seconds() == 600
        assert first.hour == 12


def _wall_clock_calls(tree: ast.AST) -> list[int]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if (name, node.func.attr) in {("date", "today"), ("datetime", "now"), ("datetime", "utcnow"),
                                          ("datetime", "today"), ("time", "time")}:
                found.append(node.lineno)
    return found


def test_nothing_reads_the_machine_clock_but_the_office_clock():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "domain" / "clock.py":
            continue
        for line in _wall_clock_calls(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(PACKAGE)}:{line}")
    assert offenders == []
