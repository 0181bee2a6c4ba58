"""Issue 13 point 8: a long import does not block the office. The import stays one transaction, but the
audit chain's lock is taken only in its final step, so a colleague logs in and saves meanwhile."""

from __future__ import annotations

import threading
import time
from datetime import date

from argon2 import PasswordHasher
from sqlalchemy import func, select

from equilibri_desktop.domain import passwords
from equilibri_desktop.domain.access import Role
from equilibri_desktop.services.access import user_admin, users
from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.services.imports import engine
from equilibri_desktop.services.imports.registry import import_people
from equilibri_desktop.storage.models.audit import AuditEntry
from tests.registry_helpers import add_person

PASSWORD = "una frase abbastanza lunga"


def _colleague(config, timings: dict) -> None:
    """Another PC: log in (an audited write) and save a person, each timed."""
    office = connect(config)
    try:
        started = time.perf_counter()
        office.actor = users.authenticate(office, "olga.orsini", PASSWORD).actor
        timings["login"] = time.perf_counter() - started
        started = time.perf_counter()
        add_person(office, "Collega", "Salvata", born=date(1970, 1, 1))
        timings["save"] = time.perf_counter() - started
    finally:
        office.dispose()


def test_a_colleague_logs_in_and_saves_during_a_long_import(db, tmp_path, monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(engine, "BATCH_ROWS", 10)
    user_admin.create_user(db, "olga.orsini", "Olga Orsini", [Role.OPERATORE], password=PASSWORD,
                           must_change_password=False)
    add_person(db, "Prima", "Persona", born=date(1971, 1, 1))  # warms the fiscal-code tables, not timed
    source = tmp_path / "elenco.csv"
    source.write_text("Cognome;Nome;Email\n" + "".join(f"Importata;Persona{i};p{i}@example.it\n" for i in range(40)),
                      encoding="utf-8")
    with db.unit_of_work() as session:
        entries_before = session.scalar(select(func.count()).select_from(AuditEntry))
    timings: dict[str, float] = {}
    colleague = threading.Thread(target=_colleague, args=(db.config, timings))
    batches = []

    def progress(_p) -> None:
        batches.append(_p.rows_done)
        if len(batches) == 2 and db.config.is_sqlite is False:
            # Half-way through a long import (its rows flushed, its transaction open): the office works.
            colleague.start()
            colleague.join(timeout=10)
        if len(batches) == 2:
            with connect(db.config).unit_of_work() as other:  # nothing of the import is chained yet
                timings["entries_meanwhile"] = other.scalar(select(func.count()).select_from(AuditEntry))

    result = import_people(db, source, progress=progress)
    assert result.imported == 40 and len(batches) == 4
    assert timings["entries_meanwhile"] == entries_before + (2 if not db.config.is_sqlite else 0)
    if not db.config.is_sqlite:  # SQLite has one writer at a time by design: the README says so
        assert not colleague.is_alive(), "the colleague was blocked by the import"
        assert timings["login"] < 1.0 and timings["save"] < 1.0, timings
    with db.unit_of_work() as session:  # the import's entries are chained after the colleague's, all intact
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-1] == "import" and actions.count("create") >= 40
