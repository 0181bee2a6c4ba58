"""Casing of names and places, and the key that spots duplicate people."""

from __future__ import annotations

import pytest

from equilibri_desktop.domain.names import name_similarity_key, proper_case_name, proper_case_place_name


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("DE LUCA  maria rosa", "De Luca Maria Rosa"),
        ("  rossi ", "Rossi"),
        ("D'ANGELO", "D'Angelo"),
        ("dell'acqua", "Dell'Acqua"),
        ("d’angelo", "D'Angelo"),  # typographic apostrophe from Word
        ("D' ANGELO", "D'Angelo"),
        ("di stefano", "Di Stefano"),
        ("LO RUSSO", "Lo Russo"),
        ("anna-maria", "Anna-Maria"),
        ("McDonald", "McDonald"),  # deliberate mixed case is kept
        ("mARIA", "Maria"),  # caps lock is not
        ("NICOLO' rossi", "Nicolo' Rossi"),  # an accent written as apostrophe is not an elision
        ("ÉLODIE", "Élodie"),
        ("", ""),
        (None, ""),
    ],
)
def test_proper_case_name(typed, expected):
    assert proper_case_name(typed) == expected


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Reggio Nell'Emilia", "Reggio nell'Emilia"),
        ("SAN GIOVANNI IN PERSICETO", "San Giovanni in Persiceto"),
        ("Acquaviva D'Isernia", "Acquaviva d'Isernia"),
        ("Bastida De' Dossi", "Bastida de' Dossi"),
        ("L'AQUILA", "L'Aquila"),
        ("Stato Citta' Del Vaticano", "Stato Città del Vaticano"),
        ("Peru'", "Perù"),
        ("Saint-Rhémy-En-Bosses", "Saint-Rhémy-en-Bosses"),
        ("Bosnia-Erzegovina", "Bosnia-Erzegovina"),
    ],
)
def test_proper_case_place_name(data, expected):
    assert proper_case_place_name(data) == expected


def test_similarity_key_ignores_case_accents_spaces_and_apostrophes():
    key = name_similarity_key("De Luca", "Nicolò")
    assert name_similarity_key("DELUCA", "nicolo'") == key
    assert name_similarity_key(" de  luca ", "NICOLÒ") == key
    assert name_similarity_key("D'Angelo", "Anna") == name_similarity_key("dangelo", "ANNA")


def test_similarity_key_keeps_surname_and_first_name_apart():
    assert name_similarity_key("Rossi", "Anna Maria") != name_similarity_key("Rossi Anna", "Maria")
    assert name_similarity_key("Rossi", "Maria") != name_similarity_key("Rossi", "Mario")
