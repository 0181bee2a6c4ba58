"""Migration 0015: the flexible-work tables come and go without touching the rest of the schema."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.storage import migrate

TABLES = {"flexwork_pathway", "flexwork_stage_entry", "flexwork_assessment", "flexwork_regulation",
          "flexwork_agreement", "flexwork_communication", "flexwork_space", "flexwork_placement",
          "flexwork_questionnaire"}


def test_down_to_0013_and_up_again(config):
    db = prepare_database(config)
    try:
        assert TABLES <= set(inspect(db.engine).get_table_names())
        cfg = migrate.alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0013")
        names = set(inspect(db.engine).get_table_names())
        assert not TABLES & names and "welfare_plan" in names
        migrate.upgrade(db.engine)
        assert TABLES <= set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()
