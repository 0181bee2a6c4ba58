"""Italian identifiers (codice fiscale, partita IVA, IBAN, CAP, PEC, CUP, ATECO), with Italian messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.names import proper_case_place_name

_MONTH_LETTERS = "ABCDEHLMPRST"
_OMOCODE_LETTERS = "LMNPQRSTUV"  # stand for 0-9 when two people would share a code
_FROM_OMOCODE = str.maketrans(_OMOCODE_LETTERS, "0123456789")
_DIGIT = f"[0-9{_OMOCODE_LETTERS}]"
_CF_PARTS = (
    (re.compile(r"[A-Z]{6}"), 0, "id.cf.part_names"),
    (re.compile(f"{_DIGIT}{{2}}"), 6, "id.cf.part_year"),
    (re.compile(f"[{_MONTH_LETTERS}]"), 8, "id.cf.part_month"),
    (re.compile(f"{_DIGIT}{{2}}"), 9, "id.cf.part_day"),
    (re.compile(f"[A-Z]{_DIGIT}{{3}}"), 11, "id.cf.part_place"),
    (re.compile(r"[A-Z]"), 15, "id.cf.part_check"),
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[A-Za-z]{2,}")
_ATECO = re.compile(r"(\d{2})\.?(\d{2})(?:\.?(\d{1,2}))?")
_CUP = re.compile(r"[A-Z0-9]{15}")

# python-codicefiscale (with its place tables), schwifty (with its bank registry) and python-stdnum are imported
# by the functions that use them: many modules import this one only for a check that needs none of them, and
# the home page, which validates nothing, would otherwise load all three at start-up (about 0.1 s).


@dataclass(frozen=True)
class DecodedFiscalCode:
    code: str
    sex: str  # "F" or "M"
    birth_date: date
    birthplace_code: str  # Belfiore code of the municipality, or Z-code of the foreign State
    birthplace_name: str
    birthplace_province: str  # "EE" when born abroad
    is_omocode: bool
    # False when no municipality or State used the birthplace code on the birth date (the code was created
    # later or abolished before): the library falls back to the nearest period, the office should check.
    birthplace_existed: bool = True

    @property
    def born_abroad(self) -> bool:
        return self.birthplace_province == "EE"


def normalise_fiscal_code(text: str | None) -> str:
    return "".join((text or "").split()).upper()


def _fail(field: str, code: str, **params) -> ValidationError:
    """The refusal of one field, as a coded message (domain/registry_messages.py, «identifiers»)."""
    return ValidationError.coded(field, code, **params)


def _check_cf_structure(code: str) -> None:
    if len(code) != 16:
        raise (_fail("fiscal_code", "id.cf.length_one") if len(code) == 1
               else _fail("fiscal_code", "id.cf.length", count=len(code)))
    if not code.isalnum() or not code.isascii():
        raise _fail("fiscal_code", "id.cf.alnum")
    for pattern, start, message_code in _CF_PARTS:
        if not pattern.match(code, start):
            raise _fail("fiscal_code", message_code)


def validate_person_fiscal_code(text: str | None) -> DecodedFiscalCode:
    """Check a person's codice fiscale (omocodes included) and decode sex, birth date and birthplace."""
    code = normalise_fiscal_code(text)
    if not code:
        raise _fail("fiscal_code", "id.cf.missing")
    _check_cf_structure(code)
    from codicefiscale import codicefiscale

    if codicefiscale.encode_cin(code[:15]) != code[15]:
        raise _fail("fiscal_code", "id.cf.check_char")
    month = _MONTH_LETTERS.index(code[8]) + 1
    day = int(code[9:11].translate(_FROM_OMOCODE))
    year = int(code[6:8].translate(_FROM_OMOCODE))
    try:
        # 2000 is a leap year: only 29 February of a year not divisible by four is left to refuse.
        date(2000, month, day - 40 if day > 40 else day)
        if month == 2 and day % 40 == 29 and year % 4:
            raise ValueError
    except ValueError:
        raise _fail("fiscal_code", "id.cf.day") from None
    try:
        data = codicefiscale.decode(code)
    except ValueError:
        place = code[11] + code[12:15].translate(_FROM_OMOCODE)
        raise _fail("fiscal_code", "id.cf.place_unknown", place=place) from None
    place = data["birthplace"]
    birth_date = data["birthdate"].date()
    return DecodedFiscalCode(
        code=code,
        sex=data["gender"],
        birth_date=birth_date,
        birthplace_code=place["code"],
        birthplace_name=proper_case_place_name(place["name"]),
        birthplace_province=place.get("province") or "",
        # decode() lists the person's omocodes, plain code first: is_omocode() would decode a second time.
        is_omocode=data["omocodes"][0] != code,
        birthplace_existed=_existed_on(place, birth_date),
    )


def _existed_on(place: dict, day: date) -> bool:
    """python-codicefiscale's place tables are dated (created / abolished); an empty date is open-ended."""
    created, deleted = (str(place.get(k) or "")[:10] for k in ("date_created", "date_deleted"))
    return (not created or date.fromisoformat(created) <= day) and (not deleted or day <= date.fromisoformat(deleted))


def birthplace_date_warning(decoded: DecodedFiscalCode) -> list[FieldError]:
    """A warning (not blocking) when the birthplace code did not exist on the birth date the code gives."""
    if decoded.birthplace_existed:
        return []
    return [FieldError.coded("fiscal_code", "registry.fiscal_code.birthplace_date",
                             place_code=decoded.birthplace_code, place=_describe_place(decoded),
                             birth_date=decoded.birth_date)]


def is_provisional_fiscal_code(text: str | None) -> bool:
    """An 11-digit numeric code given to a person: the provisional codice fiscale the Agenzia delle Entrate
    assigns while the definitive one is pending (e.g. foreigners awaiting it; DPR 605/1973 art. 1)."""
    code = normalise_fiscal_code(text)
    return len(code) == 11 and code.isdigit() and code.isascii()


def validate_provisional_fiscal_code(text: str | None) -> str:
    """A person's provisional codice fiscale: 11 digits with the check digit of a partita IVA."""
    code = normalise_fiscal_code(text)
    if not is_provisional_fiscal_code(code):
        raise _fail("fiscal_code", "id.cf.provisional_length")
    from stdnum import exceptions as stdnum_errors
    from stdnum.it import codicefiscale as stdnum_cf

    try:
        return stdnum_cf.validate(code)
    except stdnum_errors.ValidationError:
        raise _fail("fiscal_code", "id.cf.provisional_check") from None


def _describe_place(decoded: DecodedFiscalCode) -> str:
    if decoded.born_abroad or not decoded.birthplace_province:
        return decoded.birthplace_name
    return f"{decoded.birthplace_name} ({decoded.birthplace_province})"


def fiscal_code_mismatches(
    decoded: DecodedFiscalCode,
    *,
    sex: str | None = None,
    birth_date: date | None = None,
    birth_place_code: str | None = None,
    surname: str | None = None,
    first_name: str | None = None,
) -> list[FieldError]:
    """Warnings (not blocking) where what was typed disagrees with the codice fiscale; blanks are skipped."""
    warnings: list[FieldError] = []
    if sex and sex.strip()[:1].upper() != decoded.sex:
        warnings.append(FieldError.coded("sex", "id.cf.sex_female" if decoded.sex == "F" else "id.cf.sex_male"))
    # The code holds only two digits of the year: 1925 and 2025 are both consistent with "25".
    coded = decoded.birth_date
    if birth_date and (birth_date.day, birth_date.month, birth_date.year % 100) != (
        coded.day, coded.month, coded.year % 100
    ):
        warnings.append(FieldError.coded("birth_date", "id.cf.birth_date_mismatch", birth_date=coded))
    if birth_place_code and birth_place_code.strip().upper() != decoded.birthplace_code:
        warnings.append(FieldError.coded("birth_place_code", "id.cf.birth_place_mismatch",
                                         place=_describe_place(decoded)))
    warnings += birthplace_date_warning(decoded)
    warnings += _letters_mismatch("surname", surname, decoded.code[0:3])
    warnings += _letters_mismatch("first_name", first_name, decoded.code[3:6])
    return warnings


@lru_cache(maxsize=16_384)  # the same names come back row after row in an import
def _coded_letters(is_surname: bool, name: str) -> str:
    from codicefiscale import codicefiscale

    return (codicefiscale.encode_lastname if is_surname else codicefiscale.encode_firstname)(name)


def _letters_mismatch(field: str, typed: str | None, in_code: str) -> list[FieldError]:
    if not typed or not any(c.isalpha() for c in typed):
        return []
    expected = _coded_letters(field == "surname", typed)
    if expected == in_code:
        return []
    return [FieldError.coded(field, f"id.cf.{field}_letters", in_code=in_code, expected=expected)]


_ELEVEN_DIGIT_CODES = {"vat_number": "id.vat", "fiscal_code": "id.body_cf"}  # id.vat.missing, …


def _check_eleven_digits(number: str, field: str) -> str:
    prefix = _ELEVEN_DIGIT_CODES[field]
    if not number:
        raise _fail(field, f"{prefix}.missing")
    if not number.isdigit() or not number.isascii():
        raise _fail(field, f"{prefix}.digits")
    if len(number) != 11:
        raise _fail(field, f"{prefix}.length", count=len(number))
    from stdnum import exceptions as stdnum_errors
    from stdnum.it import iva

    try:
        return iva.validate(number)
    except stdnum_errors.InvalidChecksum:
        problem = "checksum"
    except stdnum_errors.InvalidComponent:
        problem = "office"
    except stdnum_errors.ValidationError:
        problem = "zeros"
    raise _fail(field, f"{prefix}.{problem}")


def validate_vat_number(text: str | None) -> str:
    """Partita IVA: 11 digits with a Luhn check digit; an 'IT' prefix and spaces are dropped."""
    from stdnum.it import iva

    return _check_eleven_digits(iva.compact(text or ""), "vat_number")


def validate_organisation_fiscal_code(text: str | None) -> str:
    """A body's 11-digit codice fiscale (checked like a partita IVA) or a sole trader's personal one."""
    code = normalise_fiscal_code(text)
    if code.isdigit():
        return _check_eleven_digits(code, "fiscal_code")
    return validate_person_fiscal_code(code).code


# By the name of schwifty's exception class (the module is imported only when an IBAN is checked).
_IBAN_MESSAGES: dict[str, str] = {
    "InvalidCountryCode": "id.iban.country", "InvalidChecksumDigits": "id.iban.check_digits",
    "InvalidBBANChecksum": "id.iban.cin",
}


def validate_iban(text: str | None) -> str:
    """Return the IBAN compact and upper-case; the national check character (CIN in Italy) is verified too."""
    compact = "".join((text or "").split()).upper()
    if not compact:
        raise _fail("iban", "id.iban.missing")
    from schwifty import IBAN
    from schwifty import exceptions as iban_errors

    try:
        return str(IBAN(compact, validate_bban=True))
    except iban_errors.InvalidLength:
        if compact.startswith("IT"):
            raise _fail("iban", "id.iban.it_length", count=len(compact)) from None
        raise _fail("iban", "id.iban.length") from None
    except iban_errors.SchwiftyException as error:
        raise _fail("iban", _IBAN_MESSAGES.get(type(error).__name__, "id.iban.invalid")) from None


def validate_cap(text: str | None, expected_caps: set[str] | None = None) -> str:
    """Five digits and, when the municipality is known, one of its CAPs."""
    cap = "".join((text or "").split())
    if not (len(cap) == 5 and cap.isdigit() and cap.isascii()):
        raise _fail("cap", "id.cap.length")
    if expected_caps and cap not in expected_caps:
        listed = ", ".join(sorted(expected_caps)[:5]) + (", …" if len(expected_caps) > 5 else "")
        raise _fail("cap", "id.cap.other", cap=cap, listed=listed)
    return cap


def _check_address(text: str | None, field: str) -> str:
    """`field` ("email" or "pec") also names its messages (id.email.missing, id.pec.missing, …)."""
    address = (text or "").strip()
    if not address:
        raise _fail(field, f"id.{field}.missing")
    if any(c.isspace() for c in address):
        raise _fail(field, f"id.{field}.spaces")
    if address.count("@") != 1:
        raise _fail(field, f"id.{field}.at")
    if not _EMAIL.fullmatch(address):
        raise _fail(field, f"id.{field}.domain")
    return address.lower()


def validate_email(text: str | None) -> str:
    return _check_address(text, "email")


def validate_pec(text: str | None) -> str:
    """A PEC box is an e-mail address too, but it is stored and used apart (legal notices)."""
    return _check_address(text, "pec")


def validate_cup(text: str | None) -> str:
    """Codice Unico di Progetto: 15 upper-case letters and digits (no public check digit)."""
    cup = "".join((text or "").split()).upper()
    if len(cup) != 15:
        raise _fail("cup", "id.cup.length", count=len(cup))
    if not _CUP.fullmatch(cup):
        raise _fail("cup", "id.cup.alnum")
    return cup


def validate_ateco(text: str | None) -> str:
    """ATECO code as '88.91' or '88.91.00' (also accepted without dots: '889100')."""
    match = _ATECO.fullmatch("".join((text or "").split()))
    if not match:
        raise _fail("ateco", "id.ateco.format")
    return ".".join(part for part in match.groups() if part)
