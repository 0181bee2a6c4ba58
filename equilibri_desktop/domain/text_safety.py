"""Invisible characters stripped at the domain boundary from names, identifiers and other text.

A control character (ESC, NUL, form feed…) typed or imported into a surname breaks every file that later
carries it (an .xlsx refuses it, a CSV splits on it), and a bidirectional override (U+202E) makes a name or
a file name read differently from what it is. Only tab and newline survive, and only in free text that may
span lines (notes, descriptions).
"""

from __future__ import annotations

import dataclasses
import re

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


def clean_fields(data, multiline: frozenset[str] = frozenset({"notes"})):
    """A copy of the dataclass `data` with every str field cleaned (the `multiline` ones keep line breaks)."""
    changes = {f.name: clean_text(value, f.name in multiline) for f in dataclasses.fields(data)
               if isinstance(value := getattr(data, f.name), str) and value}
    changes = {name: value for name, value in changes.items() if value != getattr(data, name)}
    return dataclasses.replace(data, **changes) if changes else data
