"""A figure of the law that changes over time: entries (valid from, value, source) looked up by date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from equilibri_desktop.domain.errors import DomainError

T = TypeVar("T")


@dataclass(frozen=True)
class Dated(Generic[T]):
    valid_from: date
    value: T
    source: str  # the law that sets the value, cited in documents next to the figure


def in_force(table: tuple[Dated[T], ...], on: date) -> Dated[T]:
    """The entry in force on `on`: the latest one that started on or before it."""
    current = None
    for entry in sorted(table, key=lambda e: e.valid_from):
        if entry.valid_from <= on:
            current = entry
    if current is None:
        raise DomainError(code="welfare.dated.no_rule", params={"on": on})
    return current


def for_year(table: tuple[Dated[T], ...], year: int) -> Dated[T]:
    """Tax periods are calendar years for employees: the entry in force on 31 December of `year`."""
    return in_force(table, date(year, 12, 31))
