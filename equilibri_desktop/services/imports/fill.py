"""Completing a stored record from an imported row: fill what is empty, never overwrite, list the differences."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.domain.search_keys import phone_key
from equilibri_desktop.services.imports.outcomes import RowOutcome

Groups = Mapping[str, tuple[str, ...]]  # Italian label → fields that travel together


def _text(fields: tuple[str, ...], values: object, refs: Mapping[int, MunicipalityRef]) -> str:
    shown = []
    for name in fields:
        value = getattr(values, name)
        if not value or (name.endswith("_code") and any(f.endswith("_name") for f in fields)):
            continue  # a place shows by its name, not by its code
        if name.endswith("municipality_id"):
            value = refs[value].name if value in refs else value
        elif isinstance(value, date):
            value = f"{value:%d/%m/%Y}"
        shown.append(str(value))
    return ", ".join(shown)


def fill_empty(stored: object, row: object, groups: Groups, compared_only: Groups, hidden: Sequence[str],
               refs: Mapping[int, MunicipalityRef]) -> tuple[dict[str, object], list[str]]:
    """Fields to fill (the stored group is wholly empty) and differences not applied ("Telefono: nel file …")."""
    filled: dict[str, object] = {}
    differences: list[str] = []
    for label, fields in {**compared_only, **groups}.items():
        if label in hidden:
            continue  # a protected person's address is neither completed nor shown in the report
        mine = tuple(getattr(row, f) for f in fields)
        theirs = tuple(getattr(stored, f) for f in fields)
        if not any(mine) or mine == theirs or (fields == ("phone",) and phone_key(mine[0]) == phone_key(theirs[0])):
            continue
        if label in groups and not any(theirs):
            filled.update(zip(fields, mine, strict=True))
        elif label != "Note":  # differing notes are two texts, not a conflict worth listing
            differences.append(f"{label}: nel file «{_text(fields, row, refs)}», registrato "
                               f"«{_text(fields, stored, refs)}»")
    return filled, differences


def outcome_of(filled: Mapping[str, object]) -> RowOutcome:
    return RowOutcome.MERGED if filled else RowOutcome.UNCHANGED


def messages(filled: Mapping[str, object], differences: Sequence[str], warnings: Sequence[FieldError],
             groups: Groups) -> str:
    parts = []
    labels = [label for label, fields in groups.items() if any(f in filled for f in fields)]
    if labels:
        parts.append("Completati i campi vuoti: " + ", ".join(labels) + ".")
    if differences:
        parts.append("Differenze non applicate (resta il dato registrato): " + "; ".join(differences) + ".")
    if warnings:
        parts.append("Avvisi: " + " ".join(w.message for w in warnings))
    return " ".join(parts)
