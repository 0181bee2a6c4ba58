"""The files an import leaves behind: the report of every row, and the rejected rows ready to be fixed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook
from equilibri_desktop.services.imports.outcomes import FIELD_LABELS, RowOutcome

REASON_HEADER = "Motivo dello scarto"  # not a mapped header: a re-import ignores the column


def rejected_path_for(report_path: Path) -> Path:
    return report_path.with_name(f"{report_path.stem} - righe scartate{report_path.suffix}")


def write_report(report_path: Path, *, source: Path, kind: str, dry_run: bool, user: str,
                 headers: Sequence[str], mapping: dict[int, str], rows: Iterable[Sequence[object]], tally,
                 overwrite: bool = False, written: list[Path] | None = None) -> Path | None:
    """Write the report while `rows` (each row's line, produced by the import as it goes) is consumed, then
    the rejected rows' file when there are any (its path is returned). `tally` counts the rows and keeps the
    rejected ones (engine._Tally); the summary sheet is filled after the rows, when the counts are known.

    Neither may be the imported file; each path placed is appended to `written`, so a failure afterwards
    removes only what this import wrote, never a file of the user's from before."""
    written = [] if written is None else written

    def summary() -> Iterator[tuple[str, object]]:
        yield from [
            ("File importato", source.name),
            ("Tipo", "persone" if kind == "persons" else "enti e imprese"),
            ("Prova senza scrivere (dry run)", "sì" if dry_run else "no"),
            ("Eseguita da", user),
            ("Data e ora", office_now().strftime("%d/%m/%Y %H:%M")),
            ("Righe lette", tally.total),
            *((outcome.label, tally.counts[outcome]) for outcome in RowOutcome),
            *((f"Colonna «{headers[i]}»", FIELD_LABELS.get(field, field)) for i, field in sorted(mapping.items())),
        ]

    widths = (7, 30, 70, *(18 for _ in headers))
    write_workbook(report_path, [
        SheetSpec("Esito per riga", ("Riga", "Esito", "Dettagli", *headers), rows, widths),
        SheetSpec("Riepilogo", ("Voce", "Valore"), summary(), (40, 50)),
    ], sources=(source,), overwrite=overwrite)
    written.append(report_path)
    if not tally.rejected:
        return None
    path = rejected_path_for(report_path)
    rejected_rows = ((*cells, result.message) for result, cells in tally.rejected)
    write_workbook(path, [SheetSpec("Righe scartate", (*headers, REASON_HEADER), rejected_rows)], sources=(source,),
                   overwrite=overwrite)
    written.append(path)
    return path
