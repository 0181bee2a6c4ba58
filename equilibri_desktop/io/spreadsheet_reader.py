"""Stream the rows of the offices' .xlsx and .csv files, numbered as the spreadsheet program shows them."""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from equilibri_desktop.io.sheet_checks import (
    SpreadsheetError,
    control_problem,
    csv_records,
    guarded,
    refuse_duplicate_headers,
    with_formula_check,
)

Cell = object  # str, int, float, bool, date, datetime, time or None as the file holds it
_SNIFF_CHARS = 64 * 1024
_TITLE_ROWS_TOLERATED = 5
# Excel on Windows locks the workbook it has open.
_LOCKED = (
    "Il file {} non si può aprire: forse è aperto in Excel o in un altro programma. Chiudilo e riprova."
)


@dataclass(frozen=True)
class Row:
    number: int  # the row number the user sees in Excel (the header is usually row 1)
    cells: tuple[Cell, ...]
    problem: str = ""  # why the row cannot be read (Italian): the import rejects it and goes on

    def get(self, column: int) -> Cell:
        return self.cells[column] if 0 <= column < len(self.cells) else None


@dataclass(frozen=True)
class Sheet:
    headers: list[str]
    rows: Iterator[Row]  # lazy: consume it once, inside open_sheet's with-block; blank rows are skipped
    header_row: int = 1
    expected_rows: int | None = None  # last row number declared by an .xlsx; None for .csv
    encoding: str = ""  # .csv only
    delimiter: str = ""  # .csv only


@contextmanager
def open_sheet(path: str | Path, sheet_name: str | None = None) -> Iterator[Sheet]:
    """Open an .xlsx (first or named sheet) or .csv file; a title line above the headers is skipped."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        with _open_xlsx(path, sheet_name) as sheet:
            yield sheet
    elif suffix in (".csv", ".txt"):
        with _open_csv(path) as sheet:
            yield sheet
    elif suffix in (".xls", ".ods"):
        raise SpreadsheetError(
            f"Il formato {suffix} non si può leggere: apri il file e salvalo come .xlsx (o .csv)."
        )
    else:
        raise SpreadsheetError("Si possono importare solo file .xlsx o .csv.")


def sheet_names(path: str | Path) -> list[str]:
    """The worksheets of an .xlsx workbook, for the user to choose from (a .csv has none)."""
    if Path(path).suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    workbook = _load_workbook(Path(path))
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _load_workbook(path: Path, data_only: bool = True):  # -> openpyxl Workbook; imported lazily (start-up)
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, read_only=True, data_only=data_only)
    except FileNotFoundError:
        raise SpreadsheetError(f"Il file {path.name} non esiste più.") from None
    except PermissionError:
        raise SpreadsheetError(_LOCKED.format(path.name)) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError):
        raise SpreadsheetError(_not_xlsx(path)) from None
    except Exception:  # a zip whose parts are missing or malformed (ParseError, AttributeError, ValueError…)
        raise SpreadsheetError(_unreadable_parts(path)) from None


def _unreadable_parts(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            charts = any(name.startswith("xl/chartsheets/") for name in archive.namelist())
    except (OSError, zipfile.BadZipFile):
        charts = False
    if charts:  # openpyxl cannot open a workbook with a chart sheet in read-only mode
        return (f"Il file {path.name} contiene un foglio grafico, che non si può importare: copia la tabella dei "
                "dati in un nuovo file .xlsx e importa quello.")
    return (f"Il file {path.name} è un .xlsx danneggiato (le sue parti interne non si leggono): aprilo in Excel, "
            "salvalo di nuovo come .xlsx e riprova.")


def _not_xlsx(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            start = stream.read(8)
    except OSError:
        start = b""
    if start.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE container: encrypted .xlsx or an old .xls renamed
        return (f"Il file {path.name} è protetto da password o è un vecchio .xls rinominato: toglie la password "
                "o salvalo come .xlsx in Excel e riprova.")
    if not start:
        return f"Il file {path.name} è vuoto (0 byte)."
    return f"Il file {path.name} non è un foglio Excel leggibile: aprilo in Excel e salvalo come .xlsx."


@contextmanager
def _open_xlsx(path: Path, sheet_name: str | None) -> Iterator[Sheet]:
    workbook = _load_workbook(path)
    try:
        if sheet_name is not None and sheet_name not in workbook.sheetnames:
            raise SpreadsheetError(f"Nel file non c'è il foglio «{sheet_name}».")
        sheet = workbook[sheet_name] if sheet_name is not None else workbook.active
        if sheet is None or not hasattr(sheet, "iter_rows"):
            raise SpreadsheetError(f"Il foglio «{getattr(sheet, 'title', '')}» del file {path.name} è un grafico, non "
                                   "una tabella: scegli il foglio con i dati.")
        expected_rows = sheet.max_row
        # Read-only mode trusts the size the writing program declared; some programs declare it
        # wrong and rows would silently go missing, so read up to the real end instead.
        sheet.reset_dimensions()
        if not _has_formulas(workbook, sheet):  # the usual list: read once, not twice
            yield _build_sheet(enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1),
                               expected_rows=expected_rows, name=path.name)
            return
        formulas = _load_workbook(path, data_only=False)
        try:
            formula_sheet = formulas[sheet.title]
            formula_sheet.reset_dimensions()
            numbered = with_formula_check(sheet.iter_rows(min_row=1, values_only=True),
                                           formula_sheet.iter_rows(min_row=1, values_only=True))
            yield _build_sheet(numbered, expected_rows=expected_rows, name=path.name)
        finally:
            formulas.close()
    finally:
        workbook.close()


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CHUNK = 1 << 20


def _has_formulas(workbook, sheet) -> bool:
    """Whether the sheet's XML holds any formula at all: a scan of the raw part, far cheaper than parsing it a
    second time for the formula check. Unsure (an unexpected layout) counts as yes."""
    try:
        with workbook._archive.open(sheet._worksheet_path) as part:
            tail = b""
            for chunk in iter(lambda: part.read(_CHUNK), b""):
                if _FORMULA_TAG.search(tail + chunk):
                    return True
                tail = chunk[-32:]
    except (AttributeError, KeyError, OSError, zipfile.BadZipFile):
        return True
    return False


def _detect_encoding(path: Path) -> str:
    with path.open("rb") as stream:
        start = stream.read(4)
        if start.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        stream.seek(0)
        sample = stream.read(4096)
        # UTF-16 without BOM: text of Latin letters has a zero byte in every other position.
        even, odd = sample[0::2], sample[1::2]
        if len(sample) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if len(sample) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for chunk in iter(lambda: stream.read(1 << 16), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            # Excel "CSV (separato dal separatore di elenco)" on Italian Windows writes Windows-1252.
            return "cp1252"
    return "utf-8"


def _detect_delimiter(sample: str) -> str:
    lines = sample.splitlines()
    first_line = lines[0] if lines else ""
    counted = ";" if first_line.count(";") >= first_line.count(",") else ","
    if len(lines) > 1 and len(sample) >= _SNIFF_CHARS:
        sample = "\n".join(lines[:-1])  # the last line may be cut in half
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=";,").delimiter
    except csv.Error:
        return counted
    # The sniffer can be fooled by commas inside cells of a ";" file: trust the header line if they disagree.
    return sniffed if first_line.count(sniffed) >= first_line.count(counted) else counted


@contextmanager
def _open_csv(path: Path) -> Iterator[Sheet]:
    try:
        encoding = _detect_encoding(path)
        stream = path.open(encoding=encoding, errors="replace", newline="")
    except FileNotFoundError:
        raise SpreadsheetError(f"Il file {path.name} non esiste più.") from None
    except PermissionError:
        raise SpreadsheetError(_LOCKED.format(path.name)) from None
    with stream:
        delimiter = _detect_delimiter(stream.read(_SNIFF_CHARS))
        stream.seek(0)
        # Records, not physical lines: a quoted cell spanning lines is still one row in Excel.
        numbered = csv_records(csv.reader(stream, delimiter=delimiter))
        yield _build_sheet(numbered, encoding=encoding, delimiter=delimiter, name=path.name)


def _is_blank(cells: Iterable[Cell]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return " ".join(str(cell).split())


def _filled(cells: Iterable[Cell]) -> int:
    return sum(1 for cell in cells if not _is_blank((cell,)))


def _build_sheet(
    numbered: Iterator[tuple[int, Iterable[Cell]]],
    expected_rows: int | None = None,
    encoding: str = "",
    delimiter: str = "",
    name: str = "",
) -> Sheet:
    # Offices often put a title ("Elenco utenti 2024") above the headers: the headers are the first
    # row with two or more cells among the first few non-blank ones.
    seen: list[tuple[int, tuple[Cell, ...]]] = []
    numbered = guarded(numbered, name)
    for number, cells in numbered:
        cells = tuple(cells)
        if not _is_blank(cells):
            seen.append((number, cells))
            if _filled(cells) >= 2 or len(seen) == _TITLE_ROWS_TOLERATED + 1:
                break
    if not seen:
        raise SpreadsheetError("Il file è vuoto: manca anche la riga delle intestazioni.")
    chosen = next((i for i, (_, cells) in enumerate(seen) if _filled(cells) >= 2), 0)
    header_row, header_cells = seen[chosen]
    headers = [_header_text(cell) for cell in header_cells]
    while headers and not headers[-1]:
        headers.pop()
    refuse_duplicate_headers(headers)
    width = len(headers)

    def rows() -> Iterator[Row]:
        for number, cells in chain(seen[chosen + 1 :], numbered):
            problem = getattr(cells, "problem", "")
            cells = tuple(cells)
            if not problem and _is_blank(cells):
                continue
            yield Row(number, cells + (None,) * (width - len(cells)), problem or control_problem(cells, headers))

    return Sheet(headers, rows(), header_row, expected_rows, encoding, delimiter)
