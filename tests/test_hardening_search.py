"""Issue 13 point 6: search text is bounded (200 characters) in the services and in the search box."""

from __future__ import annotations

import pytest

from equilibri_desktop.domain.search_keys import SEARCH_TEXT_MAX, bounded_search_text
from equilibri_desktop.services.grants.application_dto import ApplicationFilter
from equilibri_desktop.services.grants.application_search import (
    count_applications,
    search_applications,
)
from equilibri_desktop.services.registry.search import (
    OrganisationFilter,
    PersonFilter,
    count_organisations,
    count_people,
    search_organisations,
    search_people,
)
from tests.registry_helpers import add_person

HUGE = ["è" * 32_767, "%_" * 16_000, "Rossi " * 6_000, "a" * 32_767]


@pytest.mark.parametrize("text", HUGE)
def test_a_huge_search_text_is_cut_not_refused(db, text):
    add_person(db, "Rossi", "Maria")
    assert search_people(db, PersonFilter(text=text)).items is not None
    assert count_people(db, PersonFilter(text=text)) >= 0
    assert search_organisations(db, OrganisationFilter(text=text)).items is not None
    assert count_organisations(db, OrganisationFilter(text=text)) >= 0
    assert search_applications(db, ApplicationFilter(text=text)).items == ()
    assert count_applications(db, ApplicationFilter(text=text)) == 0


def test_the_bound_keeps_what_was_typed_first():
    assert bounded_search_text("Rossi " * 100) == ("Rossi " * 100)[:SEARCH_TEXT_MAX].strip()
    assert len(bounded_search_text("x" * 10_000)) == SEARCH_TEXT_MAX


def test_a_long_paste_still_finds_by_its_start(db):
    add_person(db, "Rossi", "Maria")
    assert [p.surname
            for p in search_people(db, PersonFilter(text="rossi" + " " * 300 + "x" * 5000)).items] == ["Rossi"]

