"""Shared fixtures: a fresh database per test on SQLite and, when CI provides one, PostgreSQL."""

from __future__ import annotations

import os
import uuid

import pytest

# Qt aborts the whole process without a display: choose offscreen before any QApplication exists.
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

POSTGRES_ENV = "EQUILIBRI_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "EQUILIBRI_REQUIRE_POSTGRES"


def _backends() -> list[str]:
    if os.environ.get(POSTGRES_ENV):
        return ["sqlite", "postgresql"]
    if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        raise pytest.UsageError(f"{REQUIRE_POSTGRES_ENV}=1 but {POSTGRES_ENV} is not set")
    return ["sqlite"]


@pytest.fixture(params=_backends())
def database_url(request, tmp_path):
    """A URL to an empty database of each backend, dropped after the test."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'data' / 'equilibri.sqlite3').as_posix()}"
        return
    from sqlalchemy import create_engine, text

    admin_url = os.environ[POSTGRES_ENV]
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = admin_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_config(tmp_path):
    from equilibri_desktop.config import resolve_config

    return resolve_config(tmp_path / "data")


@pytest.fixture
def config(tmp_path, database_url):
    from equilibri_desktop.config import resolve_config

    return resolve_config(tmp_path / "data", database_url)


@pytest.fixture
def db(config):
    from equilibri_desktop.services.admin.maintenance import prepare_database

    database = prepare_database(config, user="operatore.test")
    yield database
    database.dispose()
