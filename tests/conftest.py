"""Shared fixtures: a fresh database per test on SQLite and, when CI provides one, PostgreSQL.

The schema is migrated ONCE per session into a template (a SQLite file; a PostgreSQL database) and each
test that asks for `db` gets a copy of it: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on
PostgreSQL. `database_url` alone still gives an empty database (migration and first-run tests need one).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

import pytest

# Qt aborts the whole process without a display: choose offscreen before any QApplication exists.
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

_PRIVATE_X_SERVER: subprocess.Popen | None = None


def pytest_configure(config):
    """Under pytest-xdist each worker gets an X server of its own when the run has one.

    Two workers on one display would share its input focus: a window shown by one steals the keys
    another's xdotool is typing. A private Xvfb per worker keeps every real-window test real and
    alone; it runs before any QApplication exists, so Qt connects to it."""
    global _PRIVATE_X_SERVER
    if not os.environ.get("PYTEST_XDIST_WORKER") or not os.environ.get("DISPLAY"):
        return
    if not shutil.which("Xvfb"):
        raise pytest.UsageError("DISPLAY is set for a parallel run: each worker needs Xvfb (apt-get install xvfb)")
    from tests.x_server import start_xvfb

    _PRIVATE_X_SERVER, os.environ["DISPLAY"] = start_xvfb()


def pytest_unconfigure(config):
    if _PRIVATE_X_SERVER is not None:
        _PRIVATE_X_SERVER.terminate()
        _PRIVATE_X_SERVER.wait(10)


POSTGRES_ENV = "EQUILIBRI_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "EQUILIBRI_REQUIRE_POSTGRES"


def _backends() -> list[str]:
    if os.environ.get(POSTGRES_ENV):
        return ["sqlite", "postgresql"]
    if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        raise pytest.UsageError(f"{REQUIRE_POSTGRES_ENV}=1 but {POSTGRES_ENV} is not set")
    return ["sqlite"]


def _postgres_admin():
    from sqlalchemy import create_engine

    return create_engine(os.environ[POSTGRES_ENV], isolation_level="AUTOCOMMIT")


def _postgres_url(name: str) -> str:
    base, _, _ = os.environ[POSTGRES_ENV].rpartition("/")
    return f"{base}/{name}"


def _migrate(config) -> None:
    from equilibri_desktop.services.admin.maintenance import prepare_database

    prepare_database(config, user="operatore.test").dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A SQLite file migrated to head, once per session; tests copy it (`migrated_sqlite_copy`)."""
    from equilibri_desktop.config import resolve_config

    folder = tmp_path_factory.mktemp("template")
    config = resolve_config(folder / "data")
    _migrate(config)  # dispose() closes the last connection, which folds the WAL back into the file
    return config.database_path


@pytest.fixture(scope="session")
def postgres_template():
    """The name of a PostgreSQL database migrated to head, once per session (created on first use)."""
    from sqlalchemy import text

    from equilibri_desktop.config import resolve_config

    name = f"t_template_{uuid.uuid4().hex[:12]}"
    admin = _postgres_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            _migrate(resolve_config(folder, _postgres_url(name)))
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def migrated_sqlite_copy(sqlite_template):
    """Puts a copy of the migrated template at `path` (a fresh, migrated SQLite database)."""

    def copy(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sqlite_template, path)

    return copy


@pytest.fixture(params=_backends())
def database_url(request, tmp_path):
    """A URL to an empty database of each backend, dropped after the test.

    On PostgreSQL a test that uses `db` gets its database created from the migrated template straight
    away (one CREATE DATABASE instead of an empty one then a copy)."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'data' / 'equilibri.sqlite3').as_posix()}"
        return
    from sqlalchemy import text

    name = f"t_{uuid.uuid4().hex[:16]}"
    template = request.getfixturevalue("postgres_template") if "db" in request.fixturenames else None
    admin = _postgres_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield _postgres_url(name)
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


def _fill_from_template(request, config) -> None:
    """A SQLite file becomes a copy of the migrated template; a PostgreSQL database already is one
    (`database_url` created it with TEMPLATE)."""
    if config.is_sqlite:
        request.getfixturevalue("migrated_sqlite_copy")(config.database_path)


@pytest.fixture
def db(request, config):
    """A migrated database (a copy of the session's template) of each backend."""
    from equilibri_desktop.services.admin.maintenance import prepare_database

    _fill_from_template(request, config)
    database = prepare_database(config, user="operatore.test")
    yield database
    database.dispose()
