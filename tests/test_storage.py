"""Migrations, record stamping, optimistic locking and tombstones, on every backend."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, inspect, select, text

from equilibri_desktop.domain.errors import DatabaseTooNewError, StaleRecordError
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.services.admin.maintenance import prepare_database
from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.base import Base
from equilibri_desktop.storage.models import Municipality, Person, Tombstone


def test_migrations_create_every_mapped_table(db):
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert migrate.current_revision(db.engine) == migrate.head_revision()


def test_migrated_schema_matches_the_models(db):
    """Autogenerate finds nothing to do: no model change is missing its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_fast_revision_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


def test_reference_municipalities_loaded(db):
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Municipality)) == 53
        sud_est = s.scalars(select(Municipality.name).where(Municipality.sud_est_milano)).all()
        melegnano = s.scalar(select(Municipality).where(Municipality.name == "Melegnano"))
    assert len(sud_est) == 9
    assert (melegnano.istat_code, melegnano.belfiore_code, melegnano.cap) == ("015140", "F100", "20077")


def test_upgrade_from_first_revision(config):
    database = connect(config)
    migrate.upgrade(database.engine, "0001")
    assert migrate.current_revision(database.engine) == "0001"
    database.dispose()
    upgraded = prepare_database(config)
    assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
    with upgraded.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Municipality)) == 53
    upgraded.dispose()


def test_newer_schema_is_refused(db, config):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseTooNewError, match="più recente"):
        prepare_database(config)


def test_records_get_uuid_authors_and_timestamps(db):
    with db.unit_of_work() as s:
        s.add(Person(surname="Bianchi", first_name="Laura"))
    with db.unit_of_work() as s:
        person = s.scalar(select(Person))
        assert person.uuid is not None
        assert person.created_by == person.updated_by == "operatore.test"
        assert person.created_at.tzinfo is not None
        first_update = person.updated_at
        assert person.version == 1
    db.user = "collega"
    with db.unit_of_work() as s:
        person = s.scalar(select(Person))
        person.phone = "02 1234567"
    with db.unit_of_work() as s:
        person = s.scalar(select(Person))
        assert person.version == 2
        assert person.updated_by == "collega"
        assert person.created_by == "operatore.test"
        assert person.updated_at >= first_update


def test_deletion_leaves_a_tombstone(db):
    with db.unit_of_work() as s:
        s.add(Person(surname="Verdi", first_name="Giulia"))
    with db.unit_of_work() as s:
        person = s.scalar(select(Person))
        person_uuid = person.uuid
        s.delete(person)
    with db.unit_of_work() as s:
        stone = s.scalar(select(Tombstone))
        assert (stone.record_uuid, stone.table_name, stone.deleted_by) == (person_uuid, "person", "operatore.test")
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def _profile(**changes):
    from equilibri_desktop.domain.organisation import OrganisationProfile

    return replace(OrganisationProfile(body_name="A.S.S.E.MI.", project_cup="E11H17000120002"), **changes)


def test_stale_save_is_refused_with_who_and_when(db):
    first = organisation.save_profile(db, _profile())
    # Two clerks open the same profile...
    mine = organisation.load_profile(db)
    theirs = organisation.load_profile(db)
    db.user = "giulia.rossi"
    organisation.save_profile(db, replace(theirs, phone="02 9834"))
    db.user = "operatore.test"
    with pytest.raises(StaleRecordError) as refused:
        organisation.save_profile(db, replace(mine, phone="02 0000"))
    assert "giulia.rossi" in str(refused.value)
    assert "ricarica" in str(refused.value)
    assert organisation.load_profile(db).phone == "02 9834"
    assert first.version == 1


def test_concurrent_flush_is_refused_by_the_version_column(db):
    """Even a service that forgets check_version cannot overwrite a newer row."""
    with db.unit_of_work() as s:
        s.add(Person(surname="Neri", first_name="Sara"))
    with pytest.raises(StaleRecordError):
        with db.unit_of_work() as s:
            person = s.scalar(select(Person))
            with db.unit_of_work() as other:
                other.scalar(select(Person)).notes = "prima"
            person.notes = "dopo"
    with db.unit_of_work() as s:
        assert s.scalar(select(Person.notes)) == "prima"
