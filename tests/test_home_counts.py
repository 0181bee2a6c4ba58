"""The home page's counts are kept by the database (triggers of migration 0018), not counted on each visit:
whatever writes a person or an organisation — a form, a bulk insert, a merge, a delete — moves them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select

from equilibri_desktop.services.admin.home import home_summary
from equilibri_desktop.services.demo import seed as demo
from equilibri_desktop.services.registry import people
from equilibri_desktop.storage.models import Consent, Organisation, Person, PrivacyAcknowledgement
from tests.registry_helpers import add_person


def _actual(db):
    with db.unit_of_work() as session:
        return (session.scalar(select(func.count()).select_from(Person)),
                session.scalar(select(func.count()).select_from(Organisation)))


def test_counts_follow_saves_and_deletes(db):
    before = home_summary(db)
    maria = add_person(db, "Rossi", "Maria", born=date(1985, 3, 12))
    add_person(db, "Bianchi", "Anna", born=date(1970, 6, 10))
    assert home_summary(db).people == before.people + 2
    people.delete_person(db, maria.uuid, maria.version)
    summary = home_summary(db)
    assert summary.people == before.people + 1
    assert (summary.people, summary.organisations) == _actual(db)


def test_counts_follow_bulk_inserts_and_plain_sql(db):
    demo.generate_people(db, 250)
    assert (home_summary(db).people, home_summary(db).organisations) == _actual(db)
    with db.unit_of_work() as session:  # people without privacy records: nothing refers to them
        unlinked = (select(Person.id).where(Person.id.not_in(select(PrivacyAcknowledgement.person_id)),
                                            Person.id.not_in(select(Consent.person_id))).limit(40))
        removed = session.execute(delete(Person).where(Person.id.in_(unlinked))).rowcount
    assert removed > 0
    assert home_summary(db).people == _actual(db)[0] == 250 - removed


def test_recent_activity_lists_the_newest_changes_first(db):
    add_person(db, "Rossi", "Maria", born=date(1985, 3, 12))
    add_person(db, "Bianchi", "Anna", born=date(1970, 6, 10))
    recent = home_summary(db, limit=2).recent
    assert [item.label for item in recent] == ["Bianchi Anna", "Rossi Maria"]
    assert all(item.is_new for item in recent)
