"""Addresses of the registry: a reference municipality of the territory, or any other written out, and its CAP."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.identifiers import validate_cap
from equilibri_desktop.domain.names import collapse_spaces, name_similarity_key, proper_case_place_name

ADDRESS_MAX = 200
MUNICIPALITY_NAME_MAX = 100


@dataclass(frozen=True)
class MunicipalityRef:
    """One of the 53 reference municipalities, as validation and pickers need it."""

    id: int
    name: str
    cap: str
    belfiore_code: str = ""
    district: str = ""
    other_caps: tuple[str, ...] = ()  # a municipality served by several CAPs accepts any of its own

    @property
    def caps(self) -> set[str]:
        return {self.cap, *self.other_caps}


@dataclass(frozen=True)
class Place:
    address: str = ""
    municipality_id: int | None = None  # a reference municipality…
    municipality_name: str = ""  # …or, when None, any other municipality written out
    cap: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.address or self.municipality_id or self.municipality_name or self.cap)


@lru_cache(maxsize=4096)  # the 53 names are keyed again for every row of an import
def place_key(text: str | None) -> str:
    """'San Donato Milanese' and 'SAN DONATO MILANESE' give the same key."""
    return name_similarity_key(text, None).partition("|")[0]


def find_municipality(name: str | None, municipalities: Mapping[int, MunicipalityRef]) -> MunicipalityRef | None:
    key = place_key(name)
    if not key:
        return None
    return next((ref for ref in municipalities.values() if place_key(ref.name) == key), None)


def check_length(errors: list[FieldError], field: str, value: str, limit: int, label: str) -> None:
    if len(value) > limit:
        errors.append(FieldError.coded(field, "registry.too_long", label=label, limit=limit))


def check_place(
    place: Place,
    municipalities: Mapping[int, MunicipalityRef],
    errors: list[FieldError],
    warnings: list[FieldError],
    prefix: str = "",
) -> Place:
    """Normalise one address; a written name that is a reference municipality becomes that municipality.

    Errors and warnings are appended under the fields `<prefix>address`, `<prefix>municipality_id`,
    `<prefix>cap`; an empty CAP is filled from the reference municipality.
    """
    if not (place.address or place.municipality_id is not None or place.municipality_name or place.cap):
        return Place()  # most people have no domicile apart from their residence: nothing to check
    address = collapse_spaces(place.address or "")
    check_length(errors, f"{prefix}address", address, ADDRESS_MAX, "L'indirizzo")
    ref: MunicipalityRef | None = None
    name = ""
    if place.municipality_id is not None:
        ref = municipalities.get(place.municipality_id)
        if ref is None:
            errors.append(FieldError.coded(f"{prefix}municipality_id", "registry.address.municipality_unknown"))
    else:
        ref = find_municipality(place.municipality_name, municipalities)
        if ref is None:
            name = proper_case_place_name(place.municipality_name)
            check_length(errors, f"{prefix}municipality_id", name, MUNICIPALITY_NAME_MAX, "Il nome del comune")
    cap = "".join((place.cap or "").split())
    if cap:
        try:
            cap = validate_cap(cap, ref.caps if ref else None)
        except ValidationError as error:
            errors += [FieldError(f"{prefix}cap", e.message, e.code, e.params) for e in error.errors]
    elif ref is not None:
        cap = ref.cap
    if address and ref is None and not name:
        warnings.append(FieldError.coded(f"{prefix}municipality_id", "registry.address.municipality_missing"))
    return Place(address, ref.id if ref else None, name, cap)
