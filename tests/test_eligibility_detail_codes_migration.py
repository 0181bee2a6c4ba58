"""Migration 0020: checklist lines stored as Italian text before it get their code and parameters, so the
English interface can word them; a text no template matches keeps no code (shown as written); the way back works.
"""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import inspect, text

from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.services.grants import eligibility as grant_eligibility
from equilibri_desktop.storage import migrate
from tests.grant_helpers import add_woman, make_application, make_call


def _downgrade(db, revision: str) -> None:
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_lines_stored_as_text_get_their_codes(config):
    db = prepare_database(config)
    try:
        application = make_application(db, make_call(db), add_woman(db), own_cofinancing_cents=1_000_00)
        computed = {row.rule: row for row in grant_eligibility.compute_eligibility(db, application.uuid).rows}
        _downgrade(db, "0013")
        columns = {c["name"] for c in inspect(db.engine).get_columns("grant_eligibility_check")}
        assert "detail_code" not in columns and "detail_params" not in columns
        with db.engine.begin() as conn:  # a line an older version wrote in words no template knows
            conn.execute(text("UPDATE grant_eligibility_check SET detail = 'Verificata a mano' WHERE rule = 'sesso'"))
        migrate.upgrade(db.engine)
        stored = {row.rule: row for row in grant_eligibility.get_checklist(db, application.uuid).rows}
        for rule, row in stored.items():
            if rule == "sesso":
                assert (row.detail_code, row.detail_params, row.detail) == ("", (), "Verificata a mano")
                continue
            assert (row.detail_code, row.detail_params, row.detail) == (
                computed[rule].detail_code, computed[rule].detail_params, computed[rule].detail), rule
        assert stored["cofinanziamento"].detail_code == "eligibility.cofinancing_share"
        assert dict(stored["cofinanziamento"].detail_params)["minimum"] == "20,00%"
        with db.engine.connect() as conn:
            params = conn.execute(text("SELECT detail_params FROM grant_eligibility_check "
                                       "WHERE rule = 'eta'")).scalar()
        assert set(json.loads(params)) == {"age", "day", "min_age"}  # the helper's call sets a minimum age only
    finally:
        db.dispose()
