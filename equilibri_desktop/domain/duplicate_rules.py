"""When two registry records are the same person or body: hard stops (same code) and likely duplicates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.identifiers import normalise_fiscal_code
from equilibri_desktop.domain.search_keys import organisation_name_key, person_name_key, phone_key

MIN_PHONE_DIGITS = 6  # shorter numbers are typing in progress, not evidence

SAME_FISCAL_CODE = "Stesso codice fiscale"
SAME_VAT_NUMBER = "Stessa partita IVA"
SAME_CODE_CROSSED = "La partita IVA dell'uno è il codice fiscale dell'altro"
SAME_NAME_AND_BIRTH = "Stesso nome e stessa data di nascita"
SWAPPED_NAME_AND_BIRTH = "Nome e cognome invertiti, stessa data di nascita"
SAME_NAME = "Stessa denominazione"
SAME_EMAIL = "Stessa e-mail"
SAME_PEC = "Stessa PEC"
SAME_PHONE = "Stesso telefono"
HARD_STOPS = frozenset({SAME_FISCAL_CODE, SAME_VAT_NUMBER, SAME_CODE_CROSSED})


class DuplicateRecordError(ValidationError):
    """The code belongs to a stored record: the form shows the message and offers to open that record."""

    def __init__(self, field: str, message: str, existing_uuid: uuid.UUID, existing_label: str = ""):
        super().__init__(FieldError(field, message))
        self.field = field
        self.existing_uuid = existing_uuid
        self.existing_label = existing_label


@dataclass(frozen=True)
class PersonFacts:
    """What the duplicate rule compares, normalised leniently so half-typed forms can be checked too."""

    name_key: str = ""
    reversed_key: str = ""
    birth_date: date | None = None
    fiscal_code: str = ""
    email: str = ""
    phone: str = ""

    @classmethod
    def of(cls, surname: str, first_name: str, birth_date: date | None, fiscal_code: str = "",
           email: str = "", phone: str = "") -> PersonFacts:
        has_name = bool(surname.strip() and first_name.strip())
        digits = phone_key(phone)
        return cls(
            name_key=person_name_key(surname, first_name) if has_name else "",
            reversed_key=person_name_key(first_name, surname) if has_name else "",
            birth_date=birth_date,
            fiscal_code=normalise_fiscal_code(fiscal_code),
            email=(email or "").strip().lower(),
            phone=digits if len(digits) >= MIN_PHONE_DIGITS else "",
        )


def person_duplicate_reasons(new: PersonFacts, stored: PersonFacts) -> tuple[str, ...]:
    reasons = []
    if new.fiscal_code and len(new.fiscal_code) == 16 and new.fiscal_code == stored.fiscal_code:
        reasons.append(SAME_FISCAL_CODE)
    if new.birth_date and new.birth_date == stored.birth_date and new.name_key:
        if new.name_key == stored.name_key:
            reasons.append(SAME_NAME_AND_BIRTH)
        elif new.reversed_key == stored.name_key:
            reasons.append(SWAPPED_NAME_AND_BIRTH)
    if new.email and new.email == stored.email:
        reasons.append(SAME_EMAIL)
    if new.phone and new.phone == stored.phone:
        reasons.append(SAME_PHONE)
    return tuple(reasons)


@dataclass(frozen=True)
class OrganisationFacts:
    name_key: str = ""
    vat_number: str = ""
    fiscal_code: str = ""
    email: str = ""
    pec: str = ""
    phone: str = ""

    @classmethod
    def of(cls, name: str, vat_number: str = "", fiscal_code: str = "", email: str = "", pec: str = "",
           phone: str = "") -> OrganisationFacts:
        digits = phone_key(phone)
        vat = "".join((vat_number or "").split()).upper().removeprefix("IT")
        return cls(organisation_name_key(name), vat, normalise_fiscal_code(fiscal_code),
                   (email or "").strip().lower(), (pec or "").strip().lower(),
                   digits if len(digits) >= MIN_PHONE_DIGITS else "")


def organisation_duplicate_reasons(new: OrganisationFacts, stored: OrganisationFacts) -> tuple[str, ...]:
    reasons = []
    if len(new.vat_number) == 11 and new.vat_number == stored.vat_number:
        reasons.append(SAME_VAT_NUMBER)
    if len(new.fiscal_code) in (11, 16) and new.fiscal_code == stored.fiscal_code:
        reasons.append(SAME_FISCAL_CODE)
    # A firm's CF is usually its P.IVA: the number in the other column is the same firm.
    if not reasons and {new.vat_number, new.fiscal_code} & {stored.vat_number, stored.fiscal_code} - {""}:
        reasons.append(SAME_CODE_CROSSED)
    if new.name_key and new.name_key == stored.name_key:
        reasons.append(SAME_NAME)
    for reason, mine, theirs in ((SAME_EMAIL, new.email, stored.email), (SAME_PEC, new.pec, stored.pec),
                                 (SAME_PHONE, new.phone, stored.phone)):
        if mine and mine == theirs:
            reasons.append(reason)
    return tuple(reasons)
