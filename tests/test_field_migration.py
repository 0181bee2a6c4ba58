"""Migration 0014: an office database gets a stable identity once (kits and packages are bound to it), the field
tables come and go with the revision, and an identity already present is never replaced."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.storage import migrate


def _downgrade(db, revision: str) -> None:
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _office_id(db):
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT value FROM app_meta WHERE key = 'office_id'")).scalar()


def test_the_office_identity_and_the_field_tables(config):
    db = prepare_database(config)
    try:
        first = _office_id(db)
        assert first and len(first) == 36
        tables = {"field_note", "field_base", "field_import", "field_merged_record"}
        assert tables <= set(inspect(db.engine).get_table_names())
        _downgrade(db, "0013")
        assert not tables & set(inspect(db.engine).get_table_names()) and _office_id(db) is None
        with db.engine.begin() as conn:  # an identity restored from elsewhere before the upgrade is kept
            conn.execute(text("INSERT INTO app_meta (key, value) VALUES ('office_id', 'ufficio-di-prima')"))
        migrate.upgrade(db.engine)
        assert _office_id(db) == "ufficio-di-prima" and tables <= set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()
