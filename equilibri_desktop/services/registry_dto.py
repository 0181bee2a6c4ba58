"""Shapes shared by the registry services: pages of rows, sort orders, record stamps, merge history.

Every service returns frozen snapshots like these, never ORM objects.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
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
