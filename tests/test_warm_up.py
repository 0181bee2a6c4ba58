"""The opening thread's warm-up: every search shape the first keystrokes use is compiled, for what the user may
read, and nothing is written."""

from __future__ import annotations

from sqlalchemy import event

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.services.admin import warm_up


def _statements(db, work) -> list[str]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def test_the_warm_up_runs_every_search_shape_and_writes_nothing(db):
    warm_up.before_login(db)
    db.actor = Actor("operatore", roles=frozenset({Role.OPERATORE}))
    statements = _statements(db, lambda: warm_up.after_login(db))
    assert sum("FROM person" in s for s in statements) >= 2 * (len(warm_up.SAMPLE_TEXTS) + 1)
    assert not [s for s in statements if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]


def test_no_registry_reading_no_warm_up_of_its_lists(db):
    db.actor = Actor("revisore.bandi", roles=frozenset())
    assert _statements(db, lambda: warm_up.after_login(db)) == []
