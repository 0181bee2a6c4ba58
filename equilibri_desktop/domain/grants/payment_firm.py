"""The firm a beneficiary constitutes: what must be recorded before a tranche can be paid, checked field by field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.identifiers import validate_cap, validate_iban, validate_vat_number
from equilibri_desktop.domain.text_safety import clean_fields

NAME_MAX = 200
ADDRESS_MAX = 200


@dataclass(frozen=True)
class FirmInput:
    name: str = ""
    vat_number: str = ""
    constituted_on: date | None = None
    address: str = ""
    municipality_id: int | None = None  # one of the reference municipalities
    cap: str = ""
    iban: str = ""


def _collect(errors: list[FieldError], check, text: str) -> str:
    try:
        return check(text)
    except ValidationError as error:
        errors.extend(error.errors)
        return text


def validate_firm(data: FirmInput, municipalities: Mapping[int, MunicipalityRef],
                  today: date | None = None) -> FirmInput:
    """The input cleaned (P.IVA and IBAN compact, CAP filled from the municipality) or every error at once."""
    data = clean_fields(data)  # control and bidirectional characters never reach the database
    errors: list[FieldError] = []
    name = " ".join(data.name.split())
    if not name:
        errors.append(FieldError("name", "Scrivi la denominazione dell'impresa."))
    elif len(name) > NAME_MAX:
        errors.append(FieldError("name", f"La denominazione è troppo lunga: al massimo {NAME_MAX} caratteri."))
    vat = _collect(errors, validate_vat_number, data.vat_number)
    if data.constituted_on is None:
        errors.append(FieldError("constituted_on", "Scrivi la data di costituzione (iscrizione o apertura "
                                                   "della partita IVA)."))
    elif data.constituted_on > (today or office_today()):
        errors.append(FieldError("constituted_on", "La data di costituzione non può essere nel futuro."))
    address = " ".join(data.address.split())
    if not address:
        errors.append(FieldError("address", "Scrivi l'indirizzo della sede legale."))
    elif len(address) > ADDRESS_MAX:
        errors.append(FieldError("address", f"L'indirizzo è troppo lungo: al massimo {ADDRESS_MAX} caratteri."))
    ref = municipalities.get(data.municipality_id) if data.municipality_id is not None else None
    if ref is None:
        errors.append(FieldError("municipality_id", "Scegli dall'elenco il comune della sede legale."))
    cap = "".join(data.cap.split()) or (ref.cap if ref else "")
    if cap or ref is not None:  # without either, the municipality's message says what is missing
        cap = _collect(errors, lambda text: validate_cap(text, ref.caps if ref else None), cap)
    iban = _collect(errors, validate_iban, data.iban)
    if errors:
        raise ValidationError(errors)
    return replace(data, name=name, vat_number=vat, address=address, cap=cap, iban=iban)
