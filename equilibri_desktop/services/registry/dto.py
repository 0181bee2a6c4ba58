"""Shapes shared by the registry services: pages of rows, sort orders, record stamps, merge history.

Every service returns frozen snapshots like these, never ORM objects.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One slice of a list, for a table model's fetchMore: ask the next one at offset + len(items)."""

    items: tuple[T, ...]
    offset: int
    limit: int
    has_more: bool


def row_builder(cls: type[T], names: tuple[str, ...]) -> Callable[[Iterable[object]], T]:
    """A constructor of the frozen dataclass `cls` from values given in the order of `names` (every field once).

    A frozen dataclass's __init__ sets each field through object.__setattr__: for a list page of 200 rows that
    was the largest share of search-as-you-type's Python time. Filling the new instance's __dict__ gives an equal
    object at a third of the cost; `cls` must therefore have no __post_init__ and no __slots__.
    """
    expected = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if sorted(names) != sorted(expected):
        raise TypeError(f"{cls.__name__} has the fields {expected}, not {list(names)}")
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} cannot be built without its __init__")
    new = object.__new__

    def build(values: Iterable[object]) -> T:
        row = new(cls)
        row.__dict__.update(zip(names, values, strict=True))
        return row

    return build


@dataclass(frozen=True)
class Sort:
    column: str = "name"  # see PERSON_SORT_COLUMNS / ORGANISATION_SORT_COLUMNS in registry_search
    descending: bool = False


@dataclass(frozen=True)
class RecordStamp:
    """Identity, optimistic-lock version and the last change, shown in the detail's footer."""

    uuid: uuid.UUID
    version: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class MergeEntry:
    """A merge in the record's history: `dropped_label` was merged into this record."""

    uuid: uuid.UUID
    dropped_uuid: uuid.UUID
    dropped_label: str
    fields_from_dropped: tuple[str, ...]
    moved_links: int
    merged_by: str
    merged_at: datetime


@dataclass(frozen=True)
class GrantApplicationLink:
    """A start-up grant application a person made or takes part in, or an organisation was set up for."""

    application_uuid: uuid.UUID
    protocol: str  # "2026/0007", "" for a draft
    call_title: str
    business_name: str
    status: str  # ApplicationStatus code
    role: str  # "Richiedente", the co-applicant's role, or "Impresa beneficiaria"
