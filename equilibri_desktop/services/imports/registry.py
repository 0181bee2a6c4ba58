"""Importing the offices' spreadsheets of people and organisations (wizard and `equilibri-admin import`).

Every row is imported, merged into the record with the same codice fiscale / P.IVA (empty fields filled,
nothing overwritten, differences listed), or rejected with the reason. The real run is one transaction,
so an error half-way leaves the database as it was; a dry run writes nothing. Re-importing the same
file changes nothing: every row comes out "già presente, nessuna modifica".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import islice
from pathlib import Path

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.io.column_mapping import ColumnMapping, RecordKind, map_columns, target_fields
from equilibri_desktop.io.spreadsheet_reader import open_sheet
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.imports.engine import ImportCancelledError, run_import
from equilibri_desktop.services.imports.organisations import OrganisationRows
from equilibri_desktop.services.imports.outcomes import FIELD_LABELS, ImportPreview, ImportProgress, ImportResult
from equilibri_desktop.services.imports.people import PersonRows

__all__ = ["ImportCancelledError", "preview_import", "import_people", "import_organisations"]
PREVIEW_ROWS = 20

ColumnChoice = ColumnMapping | Mapping[int, str] | None  # None: the automatic mapping
Progress = Callable[[ImportProgress], None] | None


def preview_import(db: Database, path: str | Path, kind: RecordKind, sheet_name: str | None = None) -> ImportPreview:
    """Headers, the automatic column mapping and the first rows, for the wizard to show and correct."""
    db.require(Permission.REGISTRY_IMPORT)
    with open_sheet(path, sheet_name) as sheet:
        mapping = map_columns(sheet.headers, kind)
        sample = tuple(row.cells for row in islice(sheet.rows, PREVIEW_ROWS))
        fields = target_fields(kind) + (["citizenship"] if kind == "persons" else ["kind"])
        return ImportPreview(tuple(sheet.headers), dict(mapping.columns), tuple(mapping.unmapped), sample,
                             sheet.expected_rows, sheet.encoding, sheet.delimiter,
                             tuple((f, FIELD_LABELS.get(f, f)) for f in fields))


def import_people(db: Database, path: str | Path, *, mapping: ColumnChoice = None, dry_run: bool = False,
                  report_path: str | Path | None = None, progress: Progress = None,
                  cancel: Callable[[], bool] | None = None, sheet_name: str | None = None) -> ImportResult:
    """Import people from .xlsx/.csv; `mapping` (column index → field) defaults to the automatic one."""
    return run_import(db, PersonRows, "persons", path, mapping=mapping, dry_run=dry_run, report_path=report_path,
                      progress=progress, cancel=cancel, sheet_name=sheet_name, required=PersonRows.required)


def import_organisations(db: Database, path: str | Path, *, mapping: ColumnChoice = None, dry_run: bool = False,
                         report_path: str | Path | None = None, progress: Progress = None,
                         cancel: Callable[[], bool] | None = None, sheet_name: str | None = None) -> ImportResult:
    """Import organisations from .xlsx/.csv; without a type column the type is guessed from name and form."""
    return run_import(db, OrganisationRows, "organisations", path, mapping=mapping, dry_run=dry_run,
                      report_path=report_path, progress=progress, cancel=cancel, sheet_name=sheet_name,
                      required=OrganisationRows.required)


def default_report_path(source: str | Path, when: str) -> Path:
    """'<file> - esito importazione <when>.xlsx' next to the imported file."""
    source = Path(source)
    return source.with_name(f"{source.stem} - esito importazione {when}.xlsx")
