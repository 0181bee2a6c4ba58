"""Columns and conditions for search-as-you-type: the one place that knows how each backend compares text.

Search keys are stored lower-case without accents, so comparing them byte by byte is the right order.
SQLite does that by default; PostgreSQL needs the "C" collation on the column, and then a plain index
serves both `key >= 'ros' AND key < 'rot'` and ORDER BY (a text_pattern_ops index would serve only LIKE).
"""

from __future__ import annotations

from sqlalchemy import String, and_
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeEngine


def search_text(length: int) -> TypeEngine:
    """VARCHAR(length) compared by code point on every backend."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def starts_with(column, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, written as a range so that an index on the column is used."""
    return and_(column >= prefix, column < prefix_upper_bound(prefix))
