"""The start checks a SQLite file's structure without reading every page (a million-person registry took 5 s);
a cut or overwritten file is still refused with the way out, and `equilibri-admin check` still reads it all."""

from __future__ import annotations

import pytest

from equilibri_desktop.domain.errors import DatabaseDamagedError
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.storage import backup as backups
from tests.registry_helpers import add_person


def test_a_truncated_database_is_refused_at_start(sqlite_config):
    db = maintenance.prepare_database(sqlite_config)
    for number in range(40):
        add_person(db, f"Persona{number}", "Anna", with_code=False)
    db.dispose()
    good = maintenance.backup_database(sqlite_config, "manuale")
    data = sqlite_config.database_path.read_bytes()
    sqlite_config.database_path.write_bytes(data[: len(data) // 2])  # a copy cut half-way
    with pytest.raises(DatabaseDamagedError) as refused:
        maintenance.prepare_database(sqlite_config)
    assert refused.value.latest_good == good and good.name in str(refused.value)


def test_the_start_check_skips_the_page_by_page_read_that_the_full_check_does(sqlite_config, monkeypatch):
    maintenance.prepare_database(sqlite_config).dispose()
    assert backups.sqlite_damage(sqlite_config.database_path, thorough=False) is None
    assert backups.sqlite_damage(sqlite_config.database_path) is None
    read_everything = []
    original = backups.sqlite_damage
    monkeypatch.setattr(backups, "sqlite_damage",
                        lambda path, thorough=True: read_everything.append(thorough) or original(path, thorough))
    maintenance.prepare_database(sqlite_config).dispose()
    assert read_everything == [False]
    maintenance.check_database(sqlite_config)
    assert read_everything[-1] is True
