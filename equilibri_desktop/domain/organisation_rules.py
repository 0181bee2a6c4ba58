"""What an organisation record may hold: size class, alliance role, normalisation and checks."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from equilibri_desktop.domain.addresses import MunicipalityRef, Place, check_length, check_place
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.identifiers import (
    validate_ateco,
    validate_email,
    validate_iban,
    validate_organisation_fiscal_code,
    validate_pec,
    validate_vat_number,
)
from equilibri_desktop.domain.names import collapse_spaces
from equilibri_desktop.domain.person_rules import check_phone
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.domain.text_safety import clean_fields

ENTERPRISE_KINDS = frozenset({OrganisationKind.IMPRESA, OrganisationKind.COOPERATIVA, OrganisationKind.IMPRESA_SOCIALE})


class SizeClass(StrEnum):
    MICRO = "micro"
    PICCOLA = "piccola"
    MEDIA = "media"
    GRANDE = "grande"

    @property
    def label(self) -> str:
        return {"micro": "Microimpresa", "piccola": "Piccola impresa", "media": "Media impresa",
                "grande": "Grande impresa"}[self.value]


class AllianceRole(StrEnum):
    CAPOFILA = "capofila"
    PARTNER = "partner"
    ADERENTE = "aderente"

    @property
    def label(self) -> str:
        return {"capofila": "Capofila", "partner": "Partner", "aderente": "Aderente"}[self.value]


# Headcount bounds of each class, inclusive (None: no upper bound).
SIZE_BOUNDS: dict[SizeClass, tuple[int, int | None]] = {
    SizeClass.MICRO: (0, 9), SizeClass.PICCOLA: (10, 49), SizeClass.MEDIA: (50, 249), SizeClass.GRANDE: (250, None),
}


def size_class(kind: str | None, employees: int | None) -> SizeClass | None:
    """EU Recommendation 2003/361 by headcount alone (< 10, < 50, < 250): turnover is not recorded here."""
    if employees is None or employees < 0 or OrganisationKind.from_code(kind) not in ENTERPRISE_KINDS:
        return None
    return next(size for size, (_, high) in SIZE_BOUNDS.items() if high is None or employees <= high)


@dataclass(frozen=True)
class ContactInput:
    person_uuid: uuid.UUID
    role: str = ""  # free text: "referente conciliazione", "responsabile del personale"…


@dataclass(frozen=True)
class OrganisationInput:
    name: str = ""
    kind: str = OrganisationKind.ALTRO.value
    legal_form: str = ""
    fiscal_code: str = ""
    vat_number: str = ""
    address: str = ""  # registered office
    municipality_id: int | None = None
    municipality_name: str = ""
    cap: str = ""
    pec: str = ""
    email: str = ""
    phone: str = ""
    ateco: str = ""
    employees: int | None = None  # total headcount; computed from women + men when both are given
    employees_women: int | None = None
    employees_men: int | None = None
    legal_representative_uuid: uuid.UUID | None = None  # a person of the registry
    alliance_role: str = ""  # AllianceRole code; "" = not a member of the alliance
    partner_since: date | None = None
    iban: str = ""
    notes: str = ""
    contacts: tuple[ContactInput, ...] | None = None  # None: leave the stored contact people as they are


@dataclass(frozen=True)
class CheckedOrganisation:
    value: OrganisationInput
    warnings: tuple[FieldError, ...] = ()


_KIND_HINTS = (  # (pattern on name + legal form, kind): the first that matches wins
    (re.compile(r"\b(comune|provincia|regione|asst|ats|istituto comprensivo|azienda sociale)\b"),
     OrganisationKind.COMUNE),
    (re.compile(r"impresa sociale"), OrganisationKind.IMPRESA_SOCIALE),
    (re.compile(r"cooperativ|\bcoop\b|\bsoc\.? ?coop"), OrganisationKind.COOPERATIVA),
    (re.compile(r"sindacat|associazione di categoria|confartigianato|confcommercio|cgil|cisl|\buil\b"),
     OrganisationKind.SINDACATO),
    (re.compile(r"associazion|\baps\b|\bodv\b|\bets\b|onlus|fondazione"), OrganisationKind.ASSOCIAZIONE),
    (re.compile(r"s\.?r\.?l|s\.?p\.?a|s\.?n\.?c|s\.?a\.?s|ditta|impresa individuale"), OrganisationKind.IMPRESA),
)


def guess_kind(name: str, legal_form: str = "") -> OrganisationKind:
    """A first guess for imported rows without a type column; the clerk can correct it later."""
    text = f"{name} {legal_form}".lower()
    return next((kind for pattern, kind in _KIND_HINTS if pattern.search(text)), OrganisationKind.ALTRO)


def _check_code(errors: list[FieldError], text: str, check) -> str:
    text = text.strip()
    if not text:
        return ""
    try:
        return check(text)
    except ValidationError as error:
        errors += error.errors
        return text


def _check_employees(data: OrganisationInput, errors: list[FieldError]) -> int | None:
    for name in ("employees", "employees_women", "employees_men"):
        if (getattr(data, name) or 0) < 0:
            errors.append(FieldError.coded(name, "registry.body.employees_negative"))
    total = data.employees
    if data.employees_women is not None and data.employees_men is not None:
        parts = data.employees_women + data.employees_men
        if total is not None and total != parts:
            errors.append(FieldError.coded("employees", "registry.body.employees_total", total=total, parts=parts))
        total = parts
    return total


def validate_organisation(data: OrganisationInput, municipalities: Mapping[int, MunicipalityRef],
                          today: date | None = None) -> CheckedOrganisation:
    """Normalise and check every field; raise ValidationError listing all blocking problems at once."""
    today = today or office_today()
    data = clean_fields(data)  # control and bidirectional characters never reach the database
    if data.contacts:
        data = replace(data, contacts=tuple(clean_fields(c) for c in data.contacts))
    errors: list[FieldError] = []
    warnings: list[FieldError] = []
    name = collapse_spaces(data.name)
    if not name:
        errors.append(FieldError.coded("name", "registry.body.name_missing"))
    check_length(errors, "name", name, 200, "La denominazione")
    kind = OrganisationKind.from_code(data.kind) if data.kind in set(OrganisationKind) else None
    if kind is None:
        errors.append(FieldError.coded("kind", "registry.body.kind_unknown"))
    legal_form = collapse_spaces(data.legal_form)
    check_length(errors, "legal_form", legal_form, 60, "La forma giuridica")
    office = check_place(Place(data.address, data.municipality_id, data.municipality_name, data.cap),
                         municipalities, errors, warnings)
    vat = _check_code(errors, data.vat_number, validate_vat_number)
    if kind in ENTERPRISE_KINDS and not vat:
        warnings.append(FieldError.coded("vat_number", "registry.body.vat_expected"))
    role = data.alliance_role or ""
    if role and role not in set(AllianceRole):
        errors.append(FieldError.coded("alliance_role", "registry.body.role_unknown"))
    if data.partner_since and not role:
        errors.append(FieldError.coded("partner_since", "registry.body.partner_needs_role"))
    elif data.partner_since and data.partner_since > today:
        errors.append(FieldError.coded("partner_since", "registry.body.partner_future"))
    contacts = data.contacts
    if contacts is not None:
        contacts = tuple(ContactInput(c.person_uuid, collapse_spaces(c.role)) for c in contacts)
        if len({c.person_uuid for c in contacts}) != len(contacts):
            errors.append(FieldError.coded("contacts", "registry.body.contact_twice"))
        for contact in contacts:
            check_length(errors, "contacts", contact.role, 100, "Il ruolo del referente")
    value = replace(
        data, name=name, kind=kind.value if kind else data.kind, legal_form=legal_form,
        fiscal_code=_check_code(errors, data.fiscal_code, validate_organisation_fiscal_code), vat_number=vat,
        address=office.address, municipality_id=office.municipality_id,
        municipality_name=office.municipality_name, cap=office.cap,
        pec=_check_code(errors, data.pec, validate_pec), email=_check_code(errors, data.email, validate_email),
        phone=check_phone(errors, "phone", data.phone), ateco=_check_code(errors, data.ateco, validate_ateco),
        employees=_check_employees(data, errors), alliance_role=role,
        iban=_check_code(errors, data.iban, validate_iban), notes=data.notes.strip(), contacts=contacts,
    )
    if errors:
        raise ValidationError(errors)
    return CheckedOrganisation(value, tuple(warnings))
