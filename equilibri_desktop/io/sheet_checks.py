"""What makes a spreadsheet unusable, as a whole or row by row, said in Italian (issue 13 point 5).

A whole file is refused when it cannot be understood (broken parts, a duplicate column header); a single
row is flagged — and the import rejects it by number and goes on — when it holds a control character, a
CSV record the csv module cannot read, or an Excel formula without a computed value.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator

from equilibri_desktop.domain.errors import DomainError

Cell = object


class SpreadsheetError(DomainError):
    """The file cannot be read as a spreadsheet: the message tells the user what to do."""


class Flagged(tuple):
    """The cells of a row that cannot be used as they are, with the reason."""

    problem: str

    def __new__(cls, cells, problem: str):
        flagged = super().__new__(cls, cells)
        flagged.problem = problem
        return flagged


# Characters a file should never hold inside a cell; tab, newline and carriage return are ordinary.
_CONTROL_NAMES = {"\x00": "un carattere nullo (NUL)", "\x0c": "un salto pagina", "\x1b": "un carattere ESC"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")



def with_formula_check(values: Iterator, formulas: Iterator) -> Iterator[tuple[int, tuple]]:
    """Cells as last computed by Excel; a formula without a computed value (a file written by a program
    that does not calculate) flags its row instead of reading as an empty cell."""
    for number, (cached, written) in enumerate(zip(values, formulas, strict=False), start=1):
        missing = [index for index, value in enumerate(cached) if value is None and index < len(written)
                   and isinstance(written[index], str) and written[index].startswith("=")]
        if missing:
            from openpyxl.utils import get_column_letter

            where = ", ".join(f"{get_column_letter(i + 1)}{number}" for i in missing)
            yield number, Flagged(cached, f"la cella {where} contiene una formula senza valore calcolato: "
                                           "apri il file in Excel, salvalo (così il valore viene calcolato) e "
                                           "importalo di nuovo")
        else:
            yield number, cached


def csv_records(reader) -> Iterator[tuple[int, tuple]]:
    """Numbered records; one the csv module cannot read (a cell over its size limit) is flagged, not fatal."""
    number = 0
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            why = ("una cella supera la dimensione massima di un campo CSV (131.072 caratteri): il file è forse "
                   "danneggiato o ha una virgoletta non chiusa" if "field limit" in str(exc)
                   else "la riga non è un record CSV valido")
            yield number, Flagged(("?",), why)
            continue
        yield number, cells


def guarded(numbered: Iterator[tuple[int, Iterable[Cell]]], name: str) -> Iterator[tuple[int, Iterable[Cell]]]:
    """The rows, or a SpreadsheetError naming where the file stops being readable."""
    last = 0
    while True:
        try:
            number, cells = next(numbered)
        except StopIteration:
            return
        except DomainError:
            raise
        except Exception:  # broken XML or zip part half-way (ParseError, BadZipFile, ValueError…)
            where = f"dopo la riga {last}" if last else "fin dalla prima riga"
            raise SpreadsheetError(f"Il file {name} è danneggiato {where}: le righe seguenti non si leggono. "
                                   "Aprilo in Excel, salvalo di nuovo e riprova.") from None
        last = number
        yield number, cells


def refuse_duplicate_headers(headers: list[str]) -> None:
    seen: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header.casefold()
        if key and key in seen:
            raise SpreadsheetError(f"La colonna «{header}» compare due volte nell'intestazione "
                                   f"(colonne {seen[key] + 1} e {index + 1}): rinomina o togli una delle due, così "
                                   "è chiaro quale importare.")
        seen.setdefault(key, index)


def control_problem(cells: tuple[Cell, ...], headers: list[str]) -> str:
    for index, cell in enumerate(cells):
        if isinstance(cell, str) and (found := _CONTROL.search(cell)):
            what = _CONTROL_NAMES.get(found.group(), f"un carattere di controllo (codice {ord(found.group())})")
            column = f"«{headers[index]}»" if index < len(headers) and headers[index] else f"n. {index + 1}"
            return f"la colonna {column} contiene {what}: il file è forse danneggiato; correggi la cella e reimporta"
    return ""
