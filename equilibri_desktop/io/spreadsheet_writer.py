"""Write .xlsx files (exports, import reports) streaming, with real Excel dates and no formula surprises."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from equilibri_desktop.domain.text_safety import clean_text
from equilibri_desktop.io.safe_write import check_target, write_file

DATE_FORMAT = "DD/MM/YYYY"
AMOUNT_FORMAT = "#,##0.00"  # Decimal values are euro amounts: shown with two decimals
MAX_WIDTH = 50


@dataclass(frozen=True)
class SheetSpec:
    title: str  # at most 31 characters (an Excel limit)
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]  # consumed once, while the file is written
    widths: Sequence[int] = ()  # column widths in characters; the header's length when missing


def _cells(sheet, values: Sequence[object], bold=None) -> list:
    from openpyxl.cell import WriteOnlyCell

    out = []
    for value in values:
        if bold is None:  # the plain cells of a data row, the bulk of a file, take the short way
            if value.__class__ is str:
                value = clean_text(value, multiline=True)
                if not value.startswith("="):
                    out.append(value)
                    continue
            elif value is None or value.__class__ is int or value.__class__ is float:
                out.append(value)
                continue
        if isinstance(value, datetime):
            value = value.replace(tzinfo=None)  # Excel has no time zones
        if isinstance(value, str):  # .xlsx cannot hold control characters: one would fail the whole file
            value = clean_text(value, multiline=True)
        needs_cell = bold is not None or isinstance(value, (date, Decimal)) or (isinstance(value, str) and
                                                                                value.startswith("="))
        if not needs_cell:
            out.append(value)
            continue
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # a name typed as "=…" stays text, never becomes a formula
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
        if isinstance(value, Decimal):
            cell.number_format = AMOUNT_FORMAT
        if bold is not None:
            cell.font = bold
        out.append(cell)
    return out


def write_workbook(path: str | Path, sheets: Sequence[SheetSpec], *, sources: Iterable[str | os.PathLike] = (),
                   overwrite: bool = False) -> int:
    """Write all sheets to `path` by the program's file rule (io.safe_write); returns the data rows written.

    Rows are generated while the workbook is built, before the target is touched."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = check_target(path, sources=sources, overwrite=overwrite)  # refused before any row is read
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    written = 0
    for spec in sheets:
        sheet = workbook.create_sheet(spec.title[:31])
        sheet.freeze_panes = "A2"
        for index, header in enumerate(spec.headers):
            width = spec.widths[index] if index < len(spec.widths) else len(header) + 4
            sheet.column_dimensions[get_column_letter(index + 1)].width = min(MAX_WIDTH, max(8, width))
        sheet.append(_cells(sheet, list(spec.headers), bold))
        for row in spec.rows:
            sheet.append(_cells(sheet, row))
            written += 1
    # A half-written file must never take the place of a good one (or look like a finished report).
    write_file(path, workbook.save, sources=sources, overwrite=overwrite)
    return written
