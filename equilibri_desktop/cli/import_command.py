"""`equilibri-admin import persons|organisations FILE [--dry-run] [--report FILE]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from equilibri_desktop.cli.commands import EXIT_OK, say
from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.instance_lock import InstanceLock
from equilibri_desktop.io import safe_write
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.imports.outcomes import FIELD_LABELS, ImportResult
from equilibri_desktop.services.imports.registry import default_report_path, import_organisations, import_people

KINDS = {"persons": import_people, "organisations": import_organisations}


def add_import_command(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the sub-command through admin.py's `command()` helper."""
    parser = command("import", cmd_import, "importa persone o enti da un foglio .xlsx o .csv")
    parser.arguments.add_argument("kind", choices=list(KINDS), metavar="persons|organisations",
                                  help="cosa contiene il file: persone (persons) o enti e imprese (organisations)")
    parser.arguments.add_argument("file", metavar="FILE", help="il file .xlsx o .csv da importare")
    parser.options.add_argument("--dry-run", action="store_true",
                                help="mostra cosa succederebbe senza scrivere nulla nel database")
    parser.options.add_argument("--report", metavar="FILE",
                                help="dove scrivere il resoconto .xlsx (di norma accanto al file importato)")
    parser.options.add_argument("--overwrite", action="store_true",
                                help="sostituisce il resoconto se il file esiste già (mai il database né il file "
                                     "importato)")


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _summary(result: ImportResult, headers_used: dict[int, str]) -> None:
    say(f"File: {result.source}")
    say("Colonne usate: " + ", ".join(FIELD_LABELS.get(f, f) for _, f in sorted(headers_used.items())))
    say(f"Righe lette: {_number(result.total_rows)}")
    say(f"  importate: {_number(result.imported)}")
    say(f"  unite a schede già registrate (campi vuoti completati): {_number(result.merged)}")
    say(f"  già presenti, nessuna modifica: {_number(result.unchanged)}")
    say(f"  scartate: {_number(result.rejected)}")
    if result.dry_run:
        say("Prova senza scrivere: il database non è stato modificato.")
    if result.report_path:
        say(f"Resoconto riga per riga: {result.report_path}")
    if result.rejected_path:
        say(f"Righe scartate, da correggere e importare di nuovo: {result.rejected_path}")


def cmd_import(config: AppConfig, args: argparse.Namespace) -> int:
    """Rejected rows are not a failure (they are counted and listed); an unreadable file is (exit 1)."""
    source = Path(args.file).expanduser().resolve()
    report = Path(args.report).expanduser().resolve() if args.report else None
    if report is None and not args.dry_run:
        report = default_report_path(source, f"{office_now():%Y%m%d-%H%M}")
    run = KINDS[args.kind]
    if report is not None:  # refused before the database is even opened
        if config.database_path is not None:
            safe_write.protect_database(config.database_path)
        safe_write.protect_folder(config.backup_dir)
        safe_write.check_target(report, sources=(source,), overwrite=args.overwrite)
    if args.dry_run:
        result = _run(config, run, source, report, dry_run=True, overwrite=args.overwrite)
    else:
        with InstanceLock(config.data_dir):  # one long transaction: not while the program is open
            result = _run(config, run, source, report, dry_run=False, overwrite=args.overwrite)
    _summary(result, result.mapping)
    return EXIT_OK


def _run(config: AppConfig, run, source: Path, report: Path | None, dry_run: bool, overwrite: bool) -> ImportResult:
    db = maintenance.prepare_database(config)
    try:
        return run(db, source, dry_run=dry_run, report_path=report, overwrite=overwrite)
    finally:
        db.dispose()
