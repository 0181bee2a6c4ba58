"""Guess which column of an office spreadsheet holds which field, from the usual Italian headers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from equilibri_desktop.domain.names import strip_accents

RecordKind = Literal["persons", "organisations"]

_ADDRESS = ("Indirizzo", "Via", "Indirizzo e numero civico")
_MUNICIPALITY = ("Comune", "Città", "Località")
_CONTACTS: dict[str, tuple[str, ...]] = {
    "cap": ("CAP", "Codice di avviamento postale"),
    "phone": (
        "Telefono", "Cellulare", "Tel.", "Cell.", "Telefono cellulare", "Recapito telefonico",
        "Numero di telefono", "N. telefono",
    ),
    "email": ("Email", "E-mail", "Indirizzo email", "Mail", "Posta elettronica"),
    "pec": ("PEC", "Indirizzo PEC", "Posta elettronica certificata"),
}
_FISCAL_CODE = ("Codice fiscale", "C.F.", "CF", "Cod. Fiscale", "Cod. Fisc.")
_NOTES = ("Note", "Annotazioni", "Osservazioni")

PERSON_HEADERS: dict[str, tuple[str, ...]] = {
    "surname": ("Cognome",),
    "first_name": ("Nome",),
    "fiscal_code": _FISCAL_CODE,
    "birth_date": ("Data di nascita", "Nata il", "Nato il", "Nato/a il", "Data nascita"),
    "birth_place": ("Luogo di nascita", "Comune di nascita", "Luogo nascita", "Nata a", "Nato a", "Nato/a a"),
    "sex": ("Sesso", "Genere"),
    "address": _ADDRESS + ("Residenza", "Indirizzo di residenza", "Indirizzo residenza"),
    "municipality": _MUNICIPALITY + ("Comune di residenza", "Comune residenza"),
    **_CONTACTS,
    "notes": _NOTES,
}

ORGANISATION_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("Ragione sociale", "Denominazione", "Nome ente", "Denominazione sociale", "Ente", "Nome"),
    "vat_number": ("Partita IVA", "P.IVA", "P. IVA", "PIVA", "P.I.", "Part. IVA"),
    "fiscal_code": _FISCAL_CODE,
    "legal_form": ("Forma giuridica", "Natura giuridica"),
    "address": _ADDRESS + ("Sede", "Sede legale", "Indirizzo sede legale", "Indirizzo sede"),
    "municipality": _MUNICIPALITY + ("Comune sede", "Comune sede legale", "Comune della sede"),
    **_CONTACTS,
    "ateco": ("ATECO", "Codice ATECO", "Cod. ATECO", "Attività ATECO"),
    "employees": ("Dipendenti", "N. dipendenti", "Numero dipendenti", "N° dipendenti", "Addetti"),
    "notes": _NOTES,
}

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def header_key(header: str) -> str:
    """'  C.F. ' → 'cf', 'Data di Nascita' → 'datadinascita', 'Sesso (M/F)' → 'sesso'."""
    plain = strip_accents(_BRACKETS.sub(" ", header or "")).casefold()
    return _NOT_ALPHANUMERIC.sub("", plain)


def _index(headers_by_field: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(header): name for name, headers in headers_by_field.items() for header in headers}


_KEYS: dict[str, dict[str, str]] = {
    "persons": _index(PERSON_HEADERS),
    "organisations": _index(ORGANISATION_HEADERS),
}


@dataclass(frozen=True)
class ColumnMapping:
    """columns maps a column index to a field; the wizard edits that dict in place."""

    columns: dict[int, str] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)  # headers (in order) left without a field

    def column_of(self, field_name: str) -> int | None:
        return next((index for index, name in self.columns.items() if name == field_name), None)


def target_fields(kind: RecordKind) -> list[str]:
    """The fields a column can be mapped to, in the order the wizard lists them."""
    return list(PERSON_HEADERS if kind == "persons" else ORGANISATION_HEADERS)


def map_columns(headers: list[str], kind: RecordKind) -> ColumnMapping:
    """Map each header that means a known field; a field goes to the first column that claims it."""
    keys = _KEYS[kind]
    columns: dict[int, str] = {}
    unmapped: list[str] = []
    for index, header in enumerate(headers):
        name = keys.get(header_key(header))
        if name is None or name in columns.values():
            if header.strip():
                unmapped.append(header)
            continue
        columns[index] = name
    return ColumnMapping(columns, unmapped)
