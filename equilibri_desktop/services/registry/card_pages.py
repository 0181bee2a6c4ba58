"""Pages of a registry card's history tabs (events, network, welfare): the total and one slice, sorted in SQL.

The card's tables page in with fetchMore like the registry lists; each line of work writes its own query and
hands it here with the columns a clerk may sort by.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass(frozen=True)
class CardPage(Generic[T]):
    items: tuple[T, ...]
    total: int  # rows of the whole list, for "n of total" and fetchMore


def sorted_slice(session: Session, query: Select, sorts: Mapping[str, Any], sort: str | None, descending: bool,
                 offset: int, limit: int, tiebreak: Any) -> tuple[int, list[Any]]:
    """(total, rows offset..offset+limit) of `query` ordered by `sorts[sort]` (the first key when unknown);
    `limit=0` only counts. `tiebreak` keeps the order stable across pages."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    if not limit:
        return total, []
    column = sorts[sort] if sort in sorts else next(iter(sorts.values()))
    order = column.desc().nulls_last() if descending else column.asc().nulls_last()
    return total, list(session.execute(query.order_by(order, tiebreak).offset(offset).limit(limit)).all())
