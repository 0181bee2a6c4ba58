"""Migration 0004: existing people and organisations survive, get search keys, and the way back works."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Uuid, column, insert, inspect, table, text

from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.services.registry.search import PersonFilter, count_people, search_people
from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.base import UtcDateTime

_STAMPS = {"created_at": datetime(2025, 1, 1, tzinfo=UTC),
           "updated_at": datetime(2025, 1, 1, tzinfo=UTC),
           "created_by": "prima", "updated_by": "prima", "version": 1}


def _table(name: str, *columns: str):
    stamps = [column("uuid", Uuid), column("created_at", UtcDateTime), column("updated_at", UtcDateTime)]
    return table(name, *stamps, *(column(c) for c in ("created_by", "updated_by", "version", *columns)))


def _old_rows(engine) -> None:
    """Rows shaped as revision 0003 stores them (what the demo and early testers have)."""
    person = {
        "surname": "De Luca", "first_name": "Nicolò", "sex": "M", "birth_date": date(1980, 5, 1),
        "birth_place_code": "F205", "fiscal_code": "DLCNCL80E01F205Q", "citizenship": "italiana",
        "address": "Via Roma 1", "municipality_id": 1, "cap": "20060", "phone": "+39 333 1234567",
        "email": "nicolo@example.org", "notes": "",
    }
    body = {"name": "Cooperativa Il Girasole", "kind": "cooperativa", "legal_form": "", "fiscal_code": None,
            "vat_number": "01234560157", "address": "", "cap": "", "pec": "", "email": "",
            "phone": "02 9820 4100", "employees": 12, "notes": ""}
    with engine.begin() as conn:
        conn.execute(insert(_table("person", *person)), [{"uuid": uuid.uuid4(), **_STAMPS, **person}])
        conn.execute(insert(_table("organisation", *body)), [{"uuid": uuid.uuid4(), **_STAMPS, **body}])


def test_existing_rows_survive_and_become_searchable(config):
    database = connect(config)
    migrate.upgrade(database.engine, "0003")
    _old_rows(database.engine)
    database.dispose()
    db = prepare_database(config)
    try:
        row = search_people(db, PersonFilter(text="deluca nic")).items[0]
        assert (row.surname, row.first_name, row.fiscal_code, row.version) == ("De Luca", "Nicolò",
                                                                               "DLCNCL80E01F205Q", 1)
        assert row.missing_privacy_ack and row.protected is False
        assert count_people(db, PersonFilter(text="333 123")) == 1
        with db.engine.connect() as conn:
            place = conn.execute(text("SELECT birth_place_name FROM person")).scalar()
            key = conn.execute(text("SELECT search_name FROM organisation")).scalar()
        assert (place, key) == ("Milano (MI)", "cooperativa il girasole")
    finally:
        db.dispose()


def test_downgrade_to_0003_and_back(config):
    from alembic import command

    db = prepare_database(config)
    _old_rows(db.engine)
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    assert "consent" not in inspect(db.engine).get_table_names()
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT search_name FROM person")).scalar() == "deluca nicolo"
    db.dispose()


def test_postgresql_search_columns_compare_bytewise(db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("collations are a PostgreSQL matter (SQLite compares bytes already)")
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT table_name, column_name FROM information_schema.columns WHERE collation_name = 'C'")).all()
    assert {(t, c) for t, c in rows} >= {
        ("person", "search_name"), ("person", "search_name_reversed"), ("person", "search_phone"),
        ("person", "fiscal_code"), ("person", "email"), ("organisation", "search_name"),
        ("organisation", "fiscal_code"), ("organisation", "vat_number"), ("organisation", "search_phone"),
    }
