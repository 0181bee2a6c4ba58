"""Invisible characters stripped at the domain boundary from names, identifiers and other text.

A control character (ESC, NUL, form feed…) typed or imported into a surname breaks every file that later
carries it (an .xlsx refuses it, a CSV splits on it), and a bidirectional override (U+202E) makes a name or
a file name read differently from what it is. Only tab and newline survive, and only in free text that may
span lines (notes, descriptions).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

# C0 and C1 controls and DEL; bidirectional embeddings, overrides, isolates and marks; zero-width
# characters that hide inside identifiers. Unicode categories Cc and the bidi controls of UAX #9.
_BIDI = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_UNSAFE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_MULTILINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")


def clean_text(text: str, multiline: bool = False) -> str:
    """`text` without control and bidirectional characters (tab and newline kept when `multiline`)."""
    if not text:
        return text
    if multiline:
        return _UNSAFE_MULTILINE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _UNSAFE_LINE.sub("", text)


def has_unsafe(text: str) -> bool:
    return bool(text) and _UNSAFE_LINE.search(text) is not None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def clean_fields(data, multiline: frozenset[str] = frozenset({"notes"})):
    """A copy of the dataclass `data` with every str field cleaned (the `multiline` ones keep line breaks)."""
    changes = {}
    for name in _field_names(type(data)):
        value = getattr(data, name)
        if value and isinstance(value, str) and (cleaned := clean_text(value, name in multiline)) != value:
            changes[name] = cleaned
    return dataclasses.replace(data, **changes) if changes else data
