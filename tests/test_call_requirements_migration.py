"""Migration 0006: calls stored before it keep the rules they were run with, and the way back works."""

from __future__ import annotations

from decimal import Decimal

from alembic import command
from sqlalchemy import inspect, text

from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.services.grants import calls as grant_calls
from equilibri_desktop.storage import migrate
from tests.grant_helpers import make_call


def _downgrade(db, revision: str) -> None:
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_calls_of_0005_read_back_with_the_rules_then_in_force(config):
    db = prepare_database(config)
    try:
        call = make_call(db, allowed_occupations="studentessa", women_share_above_pct=Decimal(70))
        _downgrade(db, "0005")
        columns = {c["name"] for c in inspect(db.engine).get_columns("grant_call")}
        assert "allowed_occupations" not in columns and "women_share_above_pct" not in columns
        migrate.upgrade(db.engine)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM grant_criterion")).scalar() == 6  # children kept
        settings = grant_calls.get_call(db, call.uuid).settings
        assert settings.allowed_occupations == ("disoccupata", "inoccupata")
        assert settings.women_share_above_pct == Decimal(50)
        assert settings.title == "Bando start-up donne 2026"
    finally:
        db.dispose()
