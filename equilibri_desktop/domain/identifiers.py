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
    (re.compile(r"[A-Z]{6}"), 0, "I primi sei caratteri (cognome e nome) devono essere lettere."),
    (re.compile(f"{_DIGIT}{{2}}"), 6, "Il 7° e l'8° carattere (anno di nascita) devono essere cifre."),
    (re.compile(f"[{_MONTH_LETTERS}]"), 8,
     "Il 9° carattere (mese di nascita) deve essere una di A B C D E H L M P R S T."),
    (re.compile(f"{_DIGIT}{{2}}"), 9, "Il 10° e l'11° carattere (giorno di nascita) devono essere cifre."),
    (re.compile(f"[A-Z]{_DIGIT}{{3}}"), 11,
     "I caratteri dal 12° al 15° (luogo di nascita) devono essere una lettera e tre cifre."),
    (re.compile(r"[A-Z]"), 15, "L'ultimo carattere (carattere di controllo) deve essere una lettera."),
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


def _fail(field: str, message: str) -> ValidationError:
    return ValidationError.single(field, message)


def _check_cf_structure(code: str) -> None:
    if len(code) != 16:
        written = "ne hai scritto uno" if len(code) == 1 else f"ne hai scritti {len(code)}"
        raise _fail("fiscal_code", f"Il codice fiscale ha 16 caratteri: {written}.")
    if not code.isalnum() or not code.isascii():
        raise _fail("fiscal_code", "Il codice fiscale contiene solo lettere e cifre.")
    for pattern, start, message in _CF_PARTS:
        if not pattern.match(code, start):
            raise _fail("fiscal_code", message)


def validate_person_fiscal_code(text: str | None) -> DecodedFiscalCode:
    """Check a person's codice fiscale (omocodes included) and decode sex, birth date and birthplace."""
    code = normalise_fiscal_code(text)
    if not code:
        raise _fail("fiscal_code", "Scrivi il codice fiscale.")
    _check_cf_structure(code)
    from codicefiscale import codicefiscale

    if codicefiscale.encode_cin(code[:15]) != code[15]:
        raise _fail(
            "fiscal_code",
            "Il carattere di controllo non corrisponde: controlla di aver copiato bene il codice.",
        )
    month = _MONTH_LETTERS.index(code[8]) + 1
    day = int(code[9:11].translate(_FROM_OMOCODE))
    year = int(code[6:8].translate(_FROM_OMOCODE))
    try:
        # 2000 is a leap year: only 29 February of a year not divisible by four is left to refuse.
        date(2000, month, day - 40 if day > 40 else day)
        if month == 2 and day % 40 == 29 and year % 4:
            raise ValueError
    except ValueError:
        raise _fail("fiscal_code", "Il giorno di nascita nel codice fiscale non esiste.") from None
    try:
        data = codicefiscale.decode(code)
    except ValueError:
        place = code[11] + code[12:15].translate(_FROM_OMOCODE)
        raise _fail(
            "fiscal_code",
            f"Il codice del luogo di nascita ({place}) non corrisponde a nessun comune o Stato "
            "esistente alla data di nascita: controlla il codice.",
        ) from None
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


PROVISIONAL_NOTE = ("Codice fiscale provvisorio (11 cifre): sostituiscilo con quello definitivo quando "
                    "l'Agenzia delle Entrate lo attribuisce. Sesso, data e luogo di nascita non si ricavano "
                    "dal codice.")


def validate_provisional_fiscal_code(text: str | None) -> str:
    """A person's provisional codice fiscale: 11 digits with the check digit of a partita IVA."""
    code = normalise_fiscal_code(text)
    if not is_provisional_fiscal_code(code):
        raise _fail("fiscal_code", "Il codice fiscale provvisorio ha 11 cifre.")
    from stdnum import exceptions as stdnum_errors
    from stdnum.it import codicefiscale as stdnum_cf

    try:
        return stdnum_cf.validate(code)
    except stdnum_errors.ValidationError:
        raise _fail("fiscal_code", "La cifra di controllo del codice fiscale provvisorio non corrisponde: "
                                   "controlla di aver copiato bene il codice.") from None


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
        from_code = "femminile" if decoded.sex == "F" else "maschile"
        message = f"Il sesso non corrisponde al codice fiscale (dal codice: {from_code})."
        warnings.append(FieldError("sex", message))
    # The code holds only two digits of the year: 1925 and 2025 are both consistent with "25".
    coded = decoded.birth_date
    if birth_date and (birth_date.day, birth_date.month, birth_date.year % 100) != (
        coded.day, coded.month, coded.year % 100
    ):
        message = f"La data di nascita non corrisponde al codice fiscale (dal codice: {coded:%d/%m/%Y})."
        warnings.append(FieldError("birth_date", message))
    if birth_place_code and birth_place_code.strip().upper() != decoded.birthplace_code:
        place = _describe_place(decoded)
        message = f"Il luogo di nascita non corrisponde al codice fiscale (dal codice: {place})."
        warnings.append(FieldError("birth_place_code", message))
    warnings += birthplace_date_warning(decoded)
    warnings += _letters_mismatch("surname", surname, decoded.code[0:3], "cognome", "le prime tre lettere")
    warnings += _letters_mismatch("first_name", first_name, decoded.code[3:6], "nome", "le lettere 4-6")
    return warnings


@lru_cache(maxsize=16_384)  # the same names come back row after row in an import
def _coded_letters(is_surname: bool, name: str) -> str:
    from codicefiscale import codicefiscale

    return (codicefiscale.encode_lastname if is_surname else codicefiscale.encode_firstname)(name)


def _letters_mismatch(field: str, typed: str | None, in_code: str, noun: str, where: str) -> list[FieldError]:
    if not typed or not any(c.isalpha() for c in typed):
        return []
    expected = _coded_letters(field == "surname", typed)
    if expected == in_code:
        return []
    message = (
        f"Il {noun} non corrisponde al codice fiscale: {where} del codice sono {in_code}, "
        f"dal {noun} scritto risulterebbero {expected}."
    )
    return [FieldError(field, message)]


_ELEVEN_DIGIT_LABELS = {
    "vat_number": ("la partita IVA", "La partita IVA"),
    "fiscal_code": ("il codice fiscale dell'ente", "Il codice fiscale dell'ente"),
}


def _check_eleven_digits(number: str, field: str) -> str:
    label, label_cap = _ELEVEN_DIGIT_LABELS[field]
    if not number:
        raise _fail(field, f"Scrivi {label}.")
    if not number.isdigit() or not number.isascii():
        raise _fail(field, f"{label_cap} contiene solo cifre: togli lettere e simboli.")
    if len(number) != 11:
        raise _fail(field, f"{label_cap} ha 11 cifre: ne hai scritte {len(number)}.")
    from stdnum import exceptions as stdnum_errors
    from stdnum.it import iva

    try:
        return iva.validate(number)
    except stdnum_errors.InvalidChecksum:
        message = f"La cifra di controllo non corrisponde: controlla di aver copiato bene {label}."
    except stdnum_errors.InvalidComponent:
        message = f"{label_cap} ha un codice d'ufficio (cifre 8-10) inesistente: controlla il numero."
    except stdnum_errors.ValidationError:
        message = f"{label_cap} non può iniziare con sette zeri."
    raise _fail(field, message)


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
    "InvalidCountryCode": "L'IBAN deve iniziare con la sigla del paese (IT per l'Italia).",
    "InvalidChecksumDigits": "Le due cifre di controllo dopo la sigla del paese non corrispondono: "
    "controlla di aver copiato bene l'IBAN.",
    "InvalidBBANChecksum": "Il CIN (la lettera dopo le cifre di controllo) non corrisponde "
    "ad ABI, CAB e numero di conto: controlla di aver copiato bene l'IBAN.",
}


def validate_iban(text: str | None) -> str:
    """Return the IBAN compact and upper-case; the national check character (CIN in Italy) is verified too."""
    compact = "".join((text or "").split()).upper()
    if not compact:
        raise _fail("iban", "Scrivi l'IBAN.")
    from schwifty import IBAN
    from schwifty import exceptions as iban_errors

    try:
        return str(IBAN(compact, validate_bban=True))
    except iban_errors.InvalidLength:
        if compact.startswith("IT"):
            message = f"L'IBAN italiano ha 27 caratteri: ne hai scritti {len(compact)}."
        else:
            message = "L'IBAN non ha la lunghezza prevista per il suo paese."
    except iban_errors.SchwiftyException as error:
        message = _IBAN_MESSAGES.get(
            type(error).__name__, "L'IBAN contiene caratteri non ammessi o non ha la struttura prevista."
        )
    raise _fail("iban", message)


def validate_cap(text: str | None, expected_caps: set[str] | None = None) -> str:
    """Five digits and, when the municipality is known, one of its CAPs."""
    cap = "".join((text or "").split())
    if not (len(cap) == 5 and cap.isdigit() and cap.isascii()):
        raise _fail("cap", "Il CAP ha 5 cifre.")
    if expected_caps and cap not in expected_caps:
        listed = ", ".join(sorted(expected_caps)[:5]) + (", …" if len(expected_caps) > 5 else "")
        raise _fail("cap", f"Il CAP {cap} non appartiene al comune indicato (CAP del comune: {listed}).")
    return cap


def _check_address(text: str | None, field: str, label: str) -> str:
    address = (text or "").strip()
    if not address:
        raise _fail(field, f"Scrivi l'indirizzo {label}.")
    if any(c.isspace() for c in address):
        raise _fail(field, f"L'indirizzo {label} non può contenere spazi.")
    if address.count("@") != 1:
        raise _fail(field, f"L'indirizzo {label} deve contenere una chiocciola (@), come in nome@esempio.it.")
    if not _EMAIL.fullmatch(address):
        raise _fail(field, f"L'indirizzo {label} non è valido: controlla la parte dopo la @.")
    return address.lower()


def validate_email(text: str | None) -> str:
    return _check_address(text, "email", "e-mail")


def validate_pec(text: str | None) -> str:
    """A PEC box is an e-mail address too, but it is stored and used apart (legal notices)."""
    return _check_address(text, "pec", "PEC")


def validate_cup(text: str | None) -> str:
    """Codice Unico di Progetto: 15 upper-case letters and digits (no public check digit)."""
    cup = "".join((text or "").split()).upper()
    if len(cup) != 15:
        raise _fail("cup", f"Il CUP ha 15 caratteri: ne hai scritti {len(cup)}.")
    if not _CUP.fullmatch(cup):
        raise _fail("cup", "Il CUP contiene solo lettere e cifre.")
    return cup


def validate_ateco(text: str | None) -> str:
    """ATECO code as '88.91' or '88.91.00' (also accepted without dots: '889100')."""
    match = _ATECO.fullmatch("".join((text or "").split()))
    if not match:
        raise _fail("ateco", "Il codice ATECO si scrive come 88.91 oppure 88.91.00.")
    return ".".join(part for part in match.groups() if part)
