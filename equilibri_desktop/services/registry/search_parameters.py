"""Named parameters for the list statements, which are built once per shape of filter and bound per call.

Search-as-you-type runs two statements per keystroke; building them, and SQLAlchemy hashing them for its
compiled cache, cost more than the database took to answer. A statement written with named parameters is
built once, cached by the shape of the filter that produced it, and each keystroke binds only new values.
"""

from __future__ import annotations

from sqlalchemy import and_, bindparam
from sqlalchemy.sql.elements import BindParameter, ColumnElement
from sqlalchemy.sql.visitors import cloned_traverse

from equilibri_desktop.storage.search_text import prefix_upper_bound

SHAPES_KEPT = 512  # a few text patterns × filters × sorts; the bound keeps memory flat whatever is typed
LIKE_ESCAPE = "/"


def prefix_range(column, name: str) -> ColumnElement[bool]:
    """storage.search_text.starts_with with named parameters: `column` starts with the bound prefix, as a range."""
    return and_(column >= bindparam(f"{name}_from"), column < bindparam(f"{name}_to"))


def prefix_values(values: dict[str, object], name: str, prefix: str) -> None:
    """The values of `prefix_range(column, name)` for `prefix`."""
    values[f"{name}_from"], values[f"{name}_to"] = prefix, prefix_upper_bound(prefix)


def like_escaped(text: str) -> str:
    """`text` taken literally in a LIKE pattern with ESCAPE LIKE_ESCAPE (what autoescape=True does to a literal)."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def bound(condition: ColumnElement[bool], values: dict[str, object]) -> ColumnElement[bool]:
    """A copy of `condition` holding `values`, for a statement built around it (exports)."""
    def bind(parameter: BindParameter) -> None:
        if parameter.key in values:
            parameter.value, parameter.required = values[parameter.key], False

    return cloned_traverse(condition, {}, {"bindparam": bind})


def list_order(key, descending: bool, nullable: bool, name, record_id, by_name: bool) -> list:
    """ORDER BY of a registry list: the chosen column, then the name, then the id, which keeps pages stable
    between equal values. Blanks go last either way; only nullable columns get NULLS LAST, or SQLite could
    no longer read a NOT NULL index in order."""
    first = key.desc() if descending else key.asc()
    if nullable:
        first = first.nulls_last()
    then = [] if by_name else [name.desc() if descending else name]
    return [first, *then, record_id.desc() if descending else record_id.asc()]
