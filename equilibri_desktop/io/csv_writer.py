"""The one CSV writer of the program: Excel-friendly (UTF-8 with BOM, ";") and unable to carry a formula.

A spreadsheet opening a CSV runs a cell that starts with =, +, -, @ (and, in some programs, a tab or a
carriage return before them) as a formula: a name like `=HYPERLINK("http://…")` would become a live link
in a table published under D.Lgs. 33/2013. OWASP's rule ("CSV injection"): such a cell is written with a
leading apostrophe, which spreadsheets show as plain text. Numbers are not text and are left alone.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from equilibri_desktop.io.safe_write import write_file

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """The cell as it may be written: text starting like a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(path: str | os.PathLike, headers: Sequence[str], rows: Iterable[Sequence[object]], *,
              sources: Iterable[str | os.PathLike] = (), overwrite: bool = False) -> int:
    """Write a ";"-separated CSV by the program's file rule (safe_write); returns the data rows written."""
    written = 0

    def produce(temp: Path) -> None:
        nonlocal written
        with open(temp, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            writer.writerow([neutralise(h) for h in headers])
            for row in rows:
                writer.writerow([neutralise(cell) for cell in row])
                written += 1

    write_file(path, produce, sources=sources, overwrite=overwrite)
    return written
