"""What a person record may hold: normalisation, errors that block a save, and warnings that do not."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from equilibri_desktop.domain.addresses import MunicipalityRef, Place, check_length, check_place
from equilibri_desktop.domain.birthplaces import PLACE_CODE, Birthplace, birthplace_from_code, birthplace_from_text
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.identifiers import (
    DecodedFiscalCode,
    fiscal_code_mismatches,
    is_provisional_fiscal_code,
    normalise_fiscal_code,
    validate_email,
    validate_pec,
    validate_person_fiscal_code,
    validate_provisional_fiscal_code,
)
from equilibri_desktop.domain.names import collapse_spaces, proper_case_name
from equilibri_desktop.domain.person_kinds import OccupationalStatus, PreferredContact
from equilibri_desktop.domain.text_safety import clean_fields

OLDEST_BIRTH = date(1900, 1, 1)
_PHONE = re.compile(r"\+?[0-9 ./()-]+")
_SEX_WORDS = {"F": "F", "FEMMINA": "F", "DONNA": "F", "FEMMINILE": "F",
              "M": "M", "MASCHIO": "M", "UOMO": "M", "MASCHILE": "M"}


@dataclass(frozen=True)
class PersonInput:
    """A person as typed in the form or read from a spreadsheet row; field names match the form's widgets."""

    surname: str = ""
    first_name: str = ""
    sex: str = ""  # "F", "M" or "" when unknown
    birth_date: date | None = None
    birth_place_code: str = ""  # Belfiore code of the municipality or Z-code of the foreign State
    birth_place_name: str = ""
    fiscal_code: str = ""
    citizenship: str = ""
    address: str = ""
    municipality_id: int | None = None  # a reference municipality, or None and the name written out
    municipality_name: str = ""
    cap: str = ""
    domicile_address: str = ""  # only when different from the residence
    domicile_municipality_id: int | None = None
    domicile_municipality_name: str = ""
    domicile_cap: str = ""
    phone: str = ""
    email: str = ""
    pec: str = ""
    preferred_contact: str = ""  # PreferredContact code or ""
    occupational_status: str = ""  # OccupationalStatus code or ""
    did_date: date | None = None  # Dichiarazione di immediata disponibilità, for the unemployed
    notes: str = ""
    protected: bool = False  # at risk (e.g. leaving violence): address hidden, never exported
    protection_body: str = ""  # who certified the risk; nothing else about it is stored
    protection_date: date | None = None

    @property
    def residence(self) -> Place:
        return Place(self.address, self.municipality_id, self.municipality_name, self.cap)

    @property
    def domicile(self) -> Place:
        return Place(self.domicile_address, self.domicile_municipality_id, self.domicile_municipality_name,
                     self.domicile_cap)


@dataclass(frozen=True)
class CheckedPerson:
    value: PersonInput  # normalised, ready to store
    warnings: tuple[FieldError, ...] = ()  # e.g. typed data disagreeing with the codice fiscale
    decoded: DecodedFiscalCode | None = None


def parse_sex(text: str | None) -> str:
    """'F', 'femmina', 'Donna' → 'F'; '' for blank; ValueError otherwise."""
    word = "".join((text or "").split()).upper().rstrip(".")
    if not word:
        return ""
    if word in _SEX_WORDS:
        return _SEX_WORDS[word]
    raise ValueError("Il sesso si indica con F o M.")


def _check_identity(data: PersonInput, errors: list[FieldError], warnings: list[FieldError],
                    today: date) -> tuple[dict[str, object], DecodedFiscalCode | None]:
    """The normalised identity fields (applied by the caller, in one copy with the others) and the decoded code."""
    surname, first_name = proper_case_name(data.surname), proper_case_name(data.first_name)
    if not surname:
        errors.append(FieldError.coded("surname", "registry.person.surname_missing"))
    if not first_name:
        errors.append(FieldError.coded("first_name", "registry.person.first_name_missing"))
    check_length(errors, "surname", surname, 100, "Il cognome")
    check_length(errors, "first_name", first_name, 100, "Il nome")
    try:
        sex = parse_sex(data.sex)
    except ValueError:
        errors.append(FieldError.coded("sex", "registry.person.sex"))
        sex = ""
    birth = data.birth_date
    if birth and birth > today:
        errors.append(FieldError.coded("birth_date", "registry.person.birth_future"))
    elif birth and birth < OLDEST_BIRTH:
        errors.append(FieldError.coded("birth_date", "registry.person.birth_too_old"))
    code = normalise_fiscal_code(data.fiscal_code)
    decoded = None
    if code and is_provisional_fiscal_code(code):
        # Accepted with a note: nothing can be decoded from it, and it must be replaced by the definitive one.
        try:
            code = validate_provisional_fiscal_code(code)
            warnings.append(FieldError.coded("fiscal_code", "id.cf.provisional_note"))
        except ValidationError as error:
            errors += error.errors
    elif code:
        # Imported here: it loads python-codicefiscale, which modules that only read people's fields (the home
        # page's among them) should not pay for at start-up.
        from equilibri_desktop.domain.fiscal_code_fast import quick_decode

        try:
            decoded = quick_decode(code, today) or validate_person_fiscal_code(code)
        except ValidationError as error:
            errors += error.errors
    place_code = "".join(data.birth_place_code.split()).upper()
    place_name = collapse_spaces(data.birth_place_name)
    if place_code and not PLACE_CODE.fullmatch(place_code):
        errors.append(FieldError.coded("birth_place_code", "registry.person.birth_place_format"))
    elif place_code:
        found = birthplace_from_code(place_code, birth)
        if found is None:
            errors.append(FieldError.coded("birth_place_code", "registry.person.birth_place_unknown",
                                           place_code=place_code))
        else:
            place_name = place_name or found.label
    elif place_name and (found := birthplace_from_text(place_name, birth)):
        place_code, place_name = found.code, found.label
    if decoded:
        warnings += fiscal_code_mismatches(decoded, sex=sex, birth_date=birth, birth_place_code=place_code,
                                           surname=surname, first_name=first_name)
        # Blanks are filled from the code: it is the most reliable source the office has.
        sex = sex or decoded.sex
        birth = birth or decoded.birth_date
        if not place_code:
            place = Birthplace(decoded.birthplace_code, decoded.birthplace_name, decoded.birthplace_province)
            place_code, place_name = place.code, place.label
    check_length(errors, "birth_place_code", place_name, 100, "Il luogo di nascita")
    return dict(surname=surname, first_name=first_name, sex=sex, birth_date=birth, fiscal_code=code,
                birth_place_code=place_code, birth_place_name=place_name), decoded


def check_phone(errors: list[FieldError], field: str, text: str) -> str:
    phone = collapse_spaces(text)
    if phone and (not _PHONE.fullmatch(phone) or sum(c.isdigit() for c in phone) < 6):
        errors.append(FieldError.coded(field, "registry.person.phone"))
    check_length(errors, field, phone, 40, "Il telefono")
    return phone


def _check_contacts(data: PersonInput, errors: list[FieldError]) -> PersonInput:
    values = {"phone": check_phone(errors, "phone", data.phone)}
    for name, check in (("email", validate_email), ("pec", validate_pec)):
        text = (getattr(data, name) or "").strip()
        try:
            values[name] = check(text) if text else ""
        except ValidationError as error:
            errors += error.errors
            values[name] = text
        check_length(errors, name, values[name], 200, "L'indirizzo")
    contact = data.preferred_contact or ""
    if contact and PreferredContact.from_code(contact) is None:
        errors.append(FieldError.coded("preferred_contact", "registry.person.contact_unknown"))
    available = {"telefono": values["phone"], "email": values["email"], "pec": values["pec"],
                 "posta": data.address.strip()}
    missing = {"telefono": "registry.person.contact_needs_phone", "email": "registry.person.contact_needs_email",
               "pec": "registry.person.contact_needs_pec", "posta": "registry.person.contact_needs_address"}
    if contact in available and not available[contact]:
        errors.append(FieldError.coded("preferred_contact", missing[contact]))
    changed = {name: value for name, value in values.items() if value != getattr(data, name)}
    return replace(data, **changed) if changed else data


def _check_status(data: PersonInput, errors: list[FieldError], today: date) -> PersonInput:
    status = data.occupational_status or ""
    if status and OccupationalStatus.from_code(status) is None:
        errors.append(FieldError.coded("occupational_status", "registry.person.status_unknown"))
    did = data.did_date
    if did and status != OccupationalStatus.DISOCCUPATA:
        errors.append(FieldError.coded("did_date", "registry.person.did_not_unemployed"))
    elif did and did > today:
        errors.append(FieldError.coded("did_date", "registry.person.did_future"))
    elif did and data.birth_date and did < data.birth_date:
        errors.append(FieldError.coded("did_date", "registry.person.did_before_birth"))
    return data


def _check_protection(data: PersonInput, errors: list[FieldError], today: date) -> PersonInput:
    if not data.protected:  # keep nothing without the flag
        return replace(data, protection_body="", protection_date=None) if (
            data.protection_body or data.protection_date) else data
    body = collapse_spaces(data.protection_body)
    if not body:
        errors.append(FieldError.coded("protection_body", "registry.person.protection_body"))
    check_length(errors, "protection_body", body, 200, "Il nome dell'ente")
    if data.protection_date is None:
        errors.append(FieldError.coded("protection_date", "registry.person.protection_date"))
    elif data.protection_date > today:
        errors.append(FieldError.coded("protection_date", "registry.person.protection_date_future"))
    return replace(data, protection_body=body)


def validate_person(data: PersonInput, municipalities: Mapping[int, MunicipalityRef],
                    today: date | None = None) -> CheckedPerson:
    """Normalise and check every field; raise ValidationError listing all blocking problems at once."""
    today = today or office_today()
    data = clean_fields(data)  # control and bidirectional characters never reach the database
    errors: list[FieldError] = []
    warnings: list[FieldError] = []
    identity, decoded = _check_identity(data, errors, warnings, today)
    residence = check_place(data.residence, municipalities, errors, warnings)
    domicile = check_place(data.domicile, municipalities, errors, warnings, prefix="domicile_")
    if domicile == residence:
        domicile = Place()  # "domicile if different": the same address twice says nothing
    # One copy for the identity and the addresses (an import validates every row: each copy of the 26 fields costs)
    value = replace(data, **identity, address=residence.address, municipality_id=residence.municipality_id,
                    municipality_name=residence.municipality_name, cap=residence.cap,
                    domicile_address=domicile.address, domicile_municipality_id=domicile.municipality_id,
                    domicile_municipality_name=domicile.municipality_name, domicile_cap=domicile.cap,
                    citizenship=collapse_spaces(data.citizenship).lower(), notes=data.notes.strip())
    check_length(errors, "citizenship", value.citizenship, 60, "La cittadinanza")
    value = _check_contacts(value, errors)
    value = _check_status(value, errors, today)
    value = _check_protection(value, errors, today)
    if errors:
        raise ValidationError(errors)
    return CheckedPerson(value, tuple(warnings), decoded)
