"""Identifiers the grants office meets (issue 11): the 11-digit provisional codice fiscale, municipalities
served by several CAPs, a birthplace code that did not exist on the birth date."""

from __future__ import annotations

from datetime import date

import pytest
from codicefiscale import codicefiscale

from equilibri_desktop.domain.addresses import MunicipalityRef, Place, check_place
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.grants.payment_firm import FirmInput, validate_firm
from equilibri_desktop.domain.identifiers import (
    fiscal_code_mismatches,
    is_provisional_fiscal_code,
    validate_person_fiscal_code,
    validate_provisional_fiscal_code,
)
from equilibri_desktop.domain.person_rules import PersonInput, validate_person

PROVISIONAL = "10000000017"  # 11 digits, check digit of a partita IVA
MILANO = MunicipalityRef(1, "Milano", "20121", "F205", "", other_caps=("20135", "20162"))


def test_provisional_fiscal_code_is_recognised_and_checked():
    assert is_provisional_fiscal_code(" 1000000 0017 ")
    assert not is_provisional_fiscal_code("RSSMRA85C52F205X")
    assert validate_provisional_fiscal_code(PROVISIONAL) == PROVISIONAL
    with pytest.raises(ValidationError) as error:
        validate_provisional_fiscal_code("10000000018")
    assert "cifra di controllo" in error.value.errors[0].message


def test_person_with_a_provisional_code_is_saved_with_a_note():
    checked = validate_person(PersonInput(surname="Diallo", first_name="Awa", sex="F", fiscal_code=PROVISIONAL),
                              {}, today=date(2026, 12, 7))
    assert checked.value.fiscal_code == PROVISIONAL
    assert checked.decoded is None
    notes = [w.message for w in checked.warnings if w.field == "fiscal_code"]
    assert notes and "provvisorio" in notes[0]


def test_a_wrong_provisional_code_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_person(PersonInput(surname="Diallo", first_name="Awa", sex="F", fiscal_code="10000000018"), {},
                        today=date(2026, 12, 7))
    assert any(e.field == "fiscal_code" and "provvisorio" in e.message for e in error.value.errors)


def test_birthplace_code_created_after_the_birth_date_warns():
    # M424 Vermezzo con Zelo exists from 08/02/2019: nobody born there in 1985 had it in the code.
    code = codicefiscale.encode("Rossi", "Maria", "F", "12/03/1985", "M424")
    decoded = validate_person_fiscal_code(code)
    assert decoded.birthplace_existed is False
    warnings = fiscal_code_mismatches(decoded)
    assert [w.field for w in warnings] == ["fiscal_code"]
    assert "M424" in warnings[0].message and "12/03/1985" in warnings[0].message


def test_birthplace_code_valid_on_the_birth_date_does_not_warn():
    later = validate_person_fiscal_code(codicefiscale.encode("Rossi", "Maria", "F", "12/03/2020", "M424"))
    melegnano = validate_person_fiscal_code(codicefiscale.encode("Rossi", "Maria", "F", "12/03/1985", "F100"))
    assert later.birthplace_existed and melegnano.birthplace_existed
    assert fiscal_code_mismatches(later) == [] == fiscal_code_mismatches(melegnano)


@pytest.mark.parametrize("cap", ["20121", "20135", "20162"])
def test_a_municipality_with_several_caps_accepts_each_of_its_own(cap):
    errors, warnings = [], []
    place = check_place(Place("Via Roma 1", 1, "", cap), {1: MILANO}, errors, warnings)
    assert errors == [] and place.cap == cap


def test_a_cap_of_another_municipality_is_refused_and_the_message_lists_the_right_ones():
    errors = []
    check_place(Place("Via Roma 1", 1, "", "20077"), {1: MILANO}, errors, [])
    assert [e.field for e in errors] == ["cap"]
    assert "20121" in errors[0].message and "20135" in errors[0].message


def test_the_firm_seat_accepts_any_cap_of_its_municipality():
    firm = FirmInput(name="Tempo Ritrovato srl", vat_number="", constituted_on=date(2026, 6, 1),
                     address="Via Roma 1", municipality_id=1, cap="20162", iban="")
    with pytest.raises(ValidationError) as error:
        validate_firm(firm, {1: MILANO}, today=date(2026, 12, 7))
    assert "cap" not in {e.field for e in error.value.errors}  # vat and IBAN are missing, the CAP is fine


def test_the_registry_saves_a_code_with_a_birthplace_not_yet_existing_but_warns():
    code = codicefiscale.encode("Rossi", "Maria", "F", "12/03/1985", "M424")
    checked = validate_person(PersonInput(surname="Rossi", first_name="Maria", sex="F", fiscal_code=code), {},
                              today=date(2026, 12, 7))
    assert checked.value.fiscal_code == code
    assert any(w.field == "fiscal_code" and "non esisteva" in w.message for w in checked.warnings)
