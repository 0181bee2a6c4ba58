"""Italian identifiers: codice fiscale (decoding, mismatch warnings), P.IVA, IBAN, CAP, PEC, CUP, ATECO."""

from __future__ import annotations

from datetime import date

import pytest
from codicefiscale import codicefiscale
from schwifty import IBAN
from stdnum import iban as stdnum_iban

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.identifiers import (
    fiscal_code_mismatches,
    normalise_fiscal_code,
    validate_ateco,
    validate_cap,
    validate_cup,
    validate_email,
    validate_iban,
    validate_organisation_fiscal_code,
    validate_pec,
    validate_person_fiscal_code,
    validate_vat_number,
)

MARIA = codicefiscale.encode("Rossi", "Maria", "F", "12/03/1985", "Milano")


def error_of(call, *args) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    (error,) = caught.value.errors
    return error.field, error.message


def with_check_character(first_fifteen: str) -> str:
    return first_fifteen + codicefiscale.encode_cin(first_fifteen)


def test_valid_fiscal_code_is_decoded():
    decoded = validate_person_fiscal_code(MARIA)
    assert decoded.code == MARIA
    assert decoded.sex == "F"
    assert decoded.birth_date == date(1985, 3, 12)
    assert decoded.birthplace_code == "F205"
    assert (decoded.birthplace_name, decoded.birthplace_province) == ("Milano", "MI")
    assert not decoded.is_omocode and not decoded.born_abroad


def test_birthplace_name_is_written_as_istat_does():
    code = codicefiscale.encode("Bianchi", "Luca", "M", "01/01/1990", "Reggio nell'Emilia")
    assert validate_person_fiscal_code(code).birthplace_name == "Reggio nell'Emilia"


def test_person_born_abroad():
    code = codicefiscale.encode("Diallo", "Awa", "F", "05/06/1992", "Senegal")
    decoded = validate_person_fiscal_code(code)
    assert decoded.birthplace_code.startswith("Z")
    assert (decoded.birthplace_name, decoded.birthplace_province) == ("Senegal", "EE")
    assert decoded.born_abroad


def test_lower_case_with_spaces_is_accepted_after_normalising():
    spaced = " ".join(MARIA[i : i + 4] for i in range(0, 16, 4)).lower()
    assert normalise_fiscal_code(f"  {spaced} ") == MARIA
    assert validate_person_fiscal_code(spaced).code == MARIA


def test_omocode_is_accepted_and_decoded_like_the_original():
    omocode = codicefiscale.decode(MARIA)["omocodes"][-1]  # every digit replaced by a letter
    assert codicefiscale.is_omocode(omocode)
    decoded = validate_person_fiscal_code(omocode)
    assert decoded.is_omocode
    assert (decoded.sex, decoded.birth_date, decoded.birthplace_code) == ("F", date(1985, 3, 12), "F205")


def test_wrong_check_character_has_its_own_message():
    wrong = MARIA[:15] + ("A" if MARIA[15] != "A" else "B")
    assert error_of(validate_person_fiscal_code, wrong) == (
        "fiscal_code",
        "Il carattere di controllo non corrisponde: controlla di aver copiato bene il codice.",
    )


@pytest.mark.parametrize("text, count", [(MARIA[:15], 15), (MARIA + "X", 17), ("RSSMRA85", 8)])
def test_wrong_length_says_how_many_characters_were_typed(text, count):
    assert error_of(validate_person_fiscal_code, text) == (
        "fiscal_code",
        f"Il codice fiscale ha 16 caratteri: ne hai scritti {count}.",
    )


def test_empty_fiscal_code_asks_to_write_it():
    assert error_of(validate_person_fiscal_code, "  ") == ("fiscal_code", "Scrivi il codice fiscale.")


@pytest.mark.parametrize(
    "code, words",
    [
        ("RSSMRA85C52F2O5Q", "luogo di nascita"),  # letter O typed for zero
        ("RSSMRA85F52F205Q", "mese di nascita"),  # F is not a month letter
        ("RSS4RA85C52F205Q", "cognome e nome"),
        ("RSSMRA85C52F205-", "solo lettere e cifre"),
    ],
)
def test_broken_structure_names_the_wrong_part(code, words):
    field, message = error_of(validate_person_fiscal_code, code)
    assert field == "fiscal_code" and words in message


def test_day_that_does_not_exist_is_refused():
    _, message = error_of(validate_person_fiscal_code, with_check_character("RSSMRA85D31F205"))  # 31 April
    assert message == "Il giorno di nascita nel codice fiscale non esiste."
    _, message = error_of(validate_person_fiscal_code, with_check_character("RSSMRA85B69F205"))  # 29 Feb 1985
    assert message == "Il giorno di nascita nel codice fiscale non esiste."
    leap_day = validate_person_fiscal_code(with_check_character("RSSMRA84B69F205"))
    assert leap_day.birth_date == date(1984, 2, 29)


def test_unknown_place_code_is_refused():
    _, message = error_of(validate_person_fiscal_code, with_check_character("RSSMRA85C52Z999"))
    assert "Z999" in message and "non corrisponde a nessun comune o Stato" in message


def test_no_warning_when_typed_data_agree_with_the_code():
    decoded = validate_person_fiscal_code(MARIA)
    assert fiscal_code_mismatches(
        decoded,
        sex="F",
        birth_date=date(1985, 3, 12),
        birth_place_code="f205",
        surname="ROSSI",
        first_name="maria",
    ) == []
    assert fiscal_code_mismatches(decoded) == []


def test_each_disagreement_is_a_warning_on_its_field():
    decoded = validate_person_fiscal_code(MARIA)
    warnings = fiscal_code_mismatches(
        decoded,
        sex="M",
        birth_date=date(1985, 3, 21),
        birth_place_code="H501",
        surname="Bianchi",
        first_name="Marta",
    )
    by_field = {w.field: w.message for w in warnings}
    assert by_field == {
        "sex": "Il sesso non corrisponde al codice fiscale (dal codice: femminile).",
        "birth_date": "La data di nascita non corrisponde al codice fiscale (dal codice: 12/03/1985).",
        "birth_place_code": "Il luogo di nascita non corrisponde al codice fiscale (dal codice: Milano (MI)).",
        "surname": "Il cognome non corrisponde al codice fiscale: le prime tre lettere del codice sono RSS, "
        "dal cognome scritto risulterebbero BNC.",
        "first_name": "Il nome non corrisponde al codice fiscale: le lettere 4-6 del codice sono MRA, "
        "dal nome scritto risulterebbero MRT.",
    }


def test_surnames_with_the_same_consonants_do_not_warn():
    decoded = validate_person_fiscal_code(MARIA)
    assert fiscal_code_mismatches(decoded, surname="Russo", first_name="Mara") == []


def test_birth_year_a_century_apart_is_consistent_with_the_code():
    decoded = validate_person_fiscal_code(codicefiscale.encode("Verdi", "Ada", "F", "01/02/2020", "Roma"))
    assert fiscal_code_mismatches(decoded, birth_date=date(1920, 2, 1)) == []


def test_mismatch_on_an_omocode_still_compares_the_real_place_and_date():
    decoded = validate_person_fiscal_code(codicefiscale.decode(MARIA)["omocodes"][-1])
    assert fiscal_code_mismatches(decoded, birth_date=date(1985, 3, 12), birth_place_code="F205") == []


@pytest.mark.parametrize("text", ["00743110157", "IT 00743110157", " 0074311 0157 "])
def test_valid_vat_number(text):
    assert validate_vat_number(text) == "00743110157"


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "00743110158",
            "La cifra di controllo non corrisponde: controlla di aver copiato bene la partita IVA.",
        ),
        ("0074311015", "La partita IVA ha 11 cifre: ne hai scritte 10."),
        ("0074311015A", "La partita IVA contiene solo cifre: togli lettere e simboli."),
        ("", "Scrivi la partita IVA."),
    ],
)
def test_invalid_vat_number(text, message):
    assert error_of(validate_vat_number, text) == ("vat_number", message)


def test_organisation_fiscal_code_numeric_or_sole_trader():
    assert validate_organisation_fiscal_code("01199250158") == "01199250158"
    assert validate_organisation_fiscal_code(MARIA.lower()) == MARIA
    field, message = error_of(validate_organisation_fiscal_code, "01199250159")
    assert field == "fiscal_code" and "cifra di controllo" in message
    assert error_of(validate_organisation_fiscal_code, "0119925015") == (
        "fiscal_code",
        "Il codice fiscale dell'ente ha 11 cifre: ne hai scritte 10.",
    )


def test_valid_italian_iban_is_compacted():
    assert validate_iban("it60 x054 2811 1010 0000 0123 456") == "IT60X0542811101000000123456"


def test_iban_with_wrong_cin_is_refused_although_its_check_digits_are_right():
    wrong_cin = str(IBAN.from_bban("IT", "Y0542811101000000123456"))  # CIN X → Y, check digits recomputed
    assert stdnum_iban.is_valid(wrong_cin)  # why schwifty with validate_bban: stdnum misses it
    field, message = error_of(validate_iban, wrong_cin)
    assert field == "iban" and message.startswith("Il CIN")


@pytest.mark.parametrize(
    "text, words",
    [
        ("IT61X0542811101000000123456", "cifre di controllo"),
        ("IT60X054281110100000012345", "L'IBAN italiano ha 27 caratteri: ne hai scritti 26."),
        ("", "Scrivi l'IBAN."),
    ],
)
def test_invalid_iban(text, words):
    field, message = error_of(validate_iban, text)
    assert field == "iban" and words in message


def test_cap():
    assert validate_cap(" 20121 ") == "20121"
    assert validate_cap("20121", {"20121", "20122"}) == "20121"
    assert error_of(validate_cap, "2012") == ("cap", "Il CAP ha 5 cifre.")
    field, message = error_of(validate_cap, "00100", {"20121", "20122"})
    assert field == "cap" and "00100" in message and "20121, 20122" in message


def test_email_and_pec_are_checked_on_their_own_fields():
    assert validate_email(" Mario.Rossi@Esempio.IT ") == "mario.rossi@esempio.it"
    assert validate_pec("protocollo@pec.comune.milano.it") == "protocollo@pec.comune.milano.it"
    assert error_of(validate_pec, "protocollo.pec.it")[0] == "pec"
    assert error_of(validate_email, "mario rossi@esempio.it")[0] == "email"
    assert error_of(validate_email, "mario@esempio")[0] == "email"


def test_cup():
    assert validate_cup("j51b 2100 0090 006") == "J51B21000090006"
    assert error_of(validate_cup, "J51B2100009000") == ("cup", "Il CUP ha 15 caratteri: ne hai scritti 14.")
    assert error_of(validate_cup, "J51B2100009000-") == ("cup", "Il CUP contiene solo lettere e cifre.")


@pytest.mark.parametrize(
    "text, expected", [("88.91.00", "88.91.00"), ("88.91", "88.91"), ("889100", "88.91.00")]
)
def test_ateco(text, expected):
    assert validate_ateco(text) == expected


@pytest.mark.parametrize("text", ["88", "88,91", "8891000", "AB.CD"])
def test_invalid_ateco(text):
    assert error_of(validate_ateco, text)[0] == "ateco"
