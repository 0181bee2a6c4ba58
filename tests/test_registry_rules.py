"""Pure registry rules: search keys, the fast codice fiscale path, person and duplicate rules."""

from __future__ import annotations

import random
from datetime import date

import pytest
from codicefiscale import codicefiscale

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.duplicate_rules import (
    OrganisationFacts,
    PersonFacts,
    organisation_duplicate_reasons,
    person_duplicate_reasons,
)
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.fiscal_code_fast import quick_decode
from equilibri_desktop.domain.identifiers import validate_person_fiscal_code
from equilibri_desktop.domain.person_rules import PersonInput, parse_sex, validate_person
from equilibri_desktop.domain.search_keys import (
    analyse_search_text,
    organisation_name_key,
    person_name_key,
    phone_key,
)
from equilibri_desktop.services.demo.people import fast_fiscal_code, random_identity

REFS = {1: MunicipalityRef(1, "Melegnano", "20077", "F100"), 2: MunicipalityRef(2, "San Donato Milanese", "20097")}


def test_name_keys_ignore_case_accents_spaces_and_apostrophes():
    assert person_name_key("De Luca", "Nicolò") == person_name_key("DELUCA", "nicolo'") == "deluca nicolo"
    assert organisation_name_key("Coop. L'Aquilone  S.r.l.") == "coop laquilone srl"


@pytest.mark.parametrize("typed, expected", [
    ("+39 333 123 4567", "3331234567"), ("0039 02 98204100", "0298204100"), ("393331234567", "3331234567"),
    ("02-9820.4100", "0298204100"), ("+44 20 7946 0000", "442079460000"), ("", ""),
])
def test_phone_key(typed, expected):
    assert phone_key(typed) == expected


def test_search_text_becomes_prefixes():
    terms = analyse_search_text("  Rossi   maria rosa ")
    assert terms.name_prefixes == ("rossimariarosa", "rossi mariarosa", "rossimaria rosa")
    assert (terms.code_prefix, terms.email_prefix, terms.phone_prefix) == ("", "", "")
    single = analyse_search_text("RSSm")
    assert (single.code_prefix, single.email_prefix) == ("RSSM", "rssm")
    assert analyse_search_text("333 12").phone_prefix == "33312"
    assert analyse_search_text("   ") is None


def test_quick_decode_agrees_with_the_library():
    rng = random.Random(17)
    codes = [fast_fiscal_code(random_identity(rng)) for _ in range(400)]
    codes += [codicefiscale.decode(code)["omocodes"][rng.randrange(1, 128)] for code in codes[:100]]
    for code in codes:
        assert quick_decode(code) == validate_person_fiscal_code(code)


@pytest.mark.parametrize("code", ["RSSMRA85C52F205", "RSSMRA85C52F205X", "RSSMRA85C99F205Q", "RSSMRA85C52Z999Q"])
def test_quick_decode_leaves_doubtful_codes_to_the_library(code):
    assert quick_decode(code) is None


def test_sex_words():
    assert [parse_sex(t) for t in ("f", "Femmina", "DONNA", "m.", "uomo", "")] == ["F", "F", "F", "M", "M", ""]
    with pytest.raises(ValueError):
        parse_sex("X")


def test_person_normalisation():
    checked = validate_person(PersonInput(
        surname="  DE LUCA ", first_name="maria  rosa", birth_place_name="perù", citizenship=" Peruviana ",
        address="Via Roma 1", municipality_id=1, domicile_address="Via Roma 1", domicile_municipality_id=1,
        email=" Maria.Rosa@Example.ORG ", occupational_status="disoccupata", did_date=date(2023, 5, 1)), REFS)
    value = checked.value
    assert (value.surname, value.first_name, value.birth_place_code, value.birth_place_name) == (
        "De Luca", "Maria Rosa", "Z611", "Perù")
    assert (value.citizenship, value.email, value.cap) == ("peruviana", "maria.rosa@example.org", "20077")
    assert (value.domicile_address, value.domicile_municipality_id) == ("", None)  # same as the residence


def test_person_date_rules():
    with pytest.raises(ValidationError) as refused:
        validate_person(PersonInput(surname="A", first_name="B", birth_date=date(2999, 1, 1),
                                    occupational_status="disoccupata", did_date=date(2999, 1, 1)), REFS)
    assert {e.field for e in refused.value.errors} == {"birth_date", "did_date"}


def test_duplicate_reasons():
    stored = PersonFacts.of("Rossi", "Maria", date(1985, 3, 12), "", "m@example.org", "333 1234567")
    assert person_duplicate_reasons(PersonFacts.of("ROSSI", "Maria", date(1985, 3, 12)), stored) == (
        "Stesso nome e stessa data di nascita",)
    assert person_duplicate_reasons(PersonFacts.of("Rossi", "Maria", None, phone="333"), stored) == ()
    firm = OrganisationFacts.of("Logistica Lambro S.r.l.", vat_number="01234560157")
    assert organisation_duplicate_reasons(OrganisationFacts.of("x", fiscal_code="01234560157"), firm) == (
        "La partita IVA dell'uno è il codice fiscale dell'altro",)
