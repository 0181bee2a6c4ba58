"""The files an import leaves behind: the report of every row, and the rejected rows ready to be fixed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook
from equilibri_desktop.services.imports.outcomes import FIELD_LABELS, RowOutcome, RowResult

REASON_HEADER = "Motivo dello scarto"  # not a mapped header: a re-import ignores the column


def rejected_path_for(report_path: Path) -> Path:
    return report_path.with_name(f"{report_path.stem} - righe scartate{report_path.suffix}")


def write_report(report_path: Path, *, source: Path, kind: str, dry_run: bool, user: str,
                 headers: Sequence[str], mapping: dict[int, str], results: Sequence[RowResult],
                 cells: dict[int, tuple]) -> Path | None:
    """Write the report; also the rejected rows' file when there are any (its path is returned)."""
    width = len(headers)
    report_rows = ((r.row_number, r.outcome.label, r.message, *cells.get(r.row_number, ())[:width])
                   for r in results)
    counts = {outcome: sum(1 for r in results if r.outcome is outcome) for outcome in RowOutcome}
    summary = [
        ("File importato", source.name),
        ("Tipo", "persone" if kind == "persons" else "enti e imprese"),
        ("Prova senza scrivere (dry run)", "sì" if dry_run else "no"),
        ("Eseguita da", user),
        ("Data e ora", office_now().strftime("%d/%m/%Y %H:%M")),
        ("Righe lette", len(results)),
        *((outcome.label, counts[outcome]) for outcome in RowOutcome),
        *((f"Colonna «{headers[i]}»", FIELD_LABELS.get(field, field)) for i, field in sorted(mapping.items())),
    ]
    widths = (7, 30, 70, *(18 for _ in headers))
    write_workbook(report_path, [
        SheetSpec("Esito per riga", ("Riga", "Esito", "Dettagli", *headers), report_rows, widths),
        SheetSpec("Riepilogo", ("Voce", "Valore"), summary, (40, 50)),
    ])
    rejected = [r for r in results if r.outcome is RowOutcome.REJECTED]
    if not rejected:
        return None
    path = rejected_path_for(report_path)
    rows = ((*cells.get(r.row_number, ())[:width], r.message) for r in rejected)
    write_workbook(path, [SheetSpec("Righe scartate", (*headers, REASON_HEADER), rows)])
    return path
