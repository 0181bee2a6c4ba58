"""Issue 13 point 4: control characters and bidirectional overrides never reach names and identifiers."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.domain.text_safety import clean_text, has_unsafe
from equilibri_desktop.services.registry import export as registry_export
from equilibri_desktop.services.registry import organisations
from equilibri_desktop.storage.models import Organisation, Person
from tests.registry_helpers import add_person

UNSAFE = ["\x1b", "\x00", "\x0c", "\x7f", "\u202e", "\u2066", "\u200f", "\x85"]


@pytest.mark.parametrize("bad", UNSAFE)
def test_names_are_stored_without_control_or_bidi_characters(db, bad):
    person = add_person(db, f"Bianchi{bad}", f"An{bad}na", born=date(1980, 5, 5), notes=f"riga 1\nriga\t2{bad}")
    organisation = organisations.create_organisation(db, OrganisationInput(
        name=f"Cooperativa{bad} Sole", kind="cooperativa", fiscal_code="", vat_number="")).organisation
    with db.unit_of_work() as s:
        stored = s.scalar(select(Person).where(Person.uuid == person.uuid))
        assert (stored.surname, stored.first_name, stored.notes) == ("Bianchi", "Anna", "riga 1\nriga\t2")
        assert not has_unsafe(stored.fiscal_code)
        assert s.scalar(select(Organisation.name).where(Organisation.uuid == organisation.uuid)) == "Cooperativa Sole"


def test_a_control_character_already_stored_no_longer_breaks_the_export(db, tmp_path):
    person = add_person(db, "Bianchi", "Anna", born=date(1980, 5, 5))
    with db.unit_of_work() as s:  # stored by an older version
        s.scalar(select(Person).where(Person.uuid == person.uuid)).surname = "Bianchi\x1b"
    path = registry_export.export_people(db, tmp_path / "persone.xlsx").path
    assert load_workbook(path).active["A2"].value == "Bianchi"


def test_clean_text_keeps_line_breaks_only_where_text_may_span_lines():
    assert clean_text("a\tb\nc\x1b\u202e") == "abc"
    assert clean_text("a\tb\r\nc\x1b", multiline=True) == "a\tb\nc"
