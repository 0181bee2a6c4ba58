"""Counting matches stops past a limit ("oltre 10.000"); the exact figure is there on demand."""

from __future__ import annotations

from datetime import date

from equilibri_desktop.services.registry.search import (
    OrganisationFilter,
    PersonFilter,
    count_organisations,
    count_people,
)
from tests.registry_helpers import add_person


def test_a_capped_count_stops_one_past_the_limit(db):
    for surname, first in (("Rossi", "Maria"), ("Rossini", "Luca"), ("Rossetti", "Anna"), ("Bianchi", "Rosa")):
        add_person(db, surname, first, born=date(1980, 1, 1))
    ross = PersonFilter(text="ross")
    assert count_people(db, ross) == 3
    assert count_people(db, ross, at_most=1) == 2  # "more than 1"
    assert count_people(db, ross, at_most=3) == 3  # exactly the limit: exact
    assert count_people(db, ross, at_most=10) == 3
    assert count_people(db, PersonFilter(), at_most=2) == 3
    assert count_people(db, PersonFilter(text="zzz"), at_most=2) == 0


def test_organisations_count_with_the_same_cap(db):
    everyone = count_organisations(db, OrganisationFilter())
    assert count_organisations(db, OrganisationFilter(), at_most=max(everyone - 1, 0)) == everyone
    assert count_organisations(db, OrganisationFilter(), at_most=everyone + 5) == everyone
