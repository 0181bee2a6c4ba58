"""`equilibri-admin field kit|import`: a field kit from an event, and the merge of a laptop's return package.

A refused file ends with its own exit code (domain/field/errors.py): 3 wrong passphrase, 4 damaged or altered,
5 another office database, 6 another schema version, 7 decisions missing; nothing is written in any of them.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from pathlib import Path

from equilibri_desktop.cli.commands import EXIT_FAILURE, EXIT_OK, complain, say
from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.field.errors import FieldPackageError
from equilibri_desktop.instance_lock import InstanceLock
from equilibri_desktop.io import safe_write
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.field import kit, merge, package
from equilibri_desktop.services.field.decisions_sheet import read_decisions
from equilibri_desktop.services.field.dto import Decisions, MergeResult, Outcome


def add_field_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    group = command("field", None, "kit per i portatili degli eventi e rientro dei loro dati")
    sub = group.add_subparsers(dest="subcommand", title="comandi", metavar="COMANDO", required=True,
                               parser_class=type(group))
    make = command("kit", cmd_field_kit, "prepara il kit cifrato di un evento per un portatile", sub)
    make.options.add_argument("--event", required=True, metavar="UUID", help="l'evento (il suo identificativo)")
    make.options.add_argument("--to", required=True, metavar="FILE", help="dove scrivere il kit")
    make.options.add_argument("--passphrase-file", required=True, metavar="FILE",
                              help="file con la frase segreta (prima riga; non viene mai salvata)")
    make.options.add_argument("--user", metavar="UTENTE", help="l'utente che lavorerà sul portatile")
    make.options.add_argument("--without-registrations", action="store_true",
                              help="non include l'elenco minimo delle persone già iscritte")
    make.options.add_argument("--overwrite", action="store_true", help="sostituisce il file se esiste già")
    take = command("import", cmd_field_import, "unisce il pacchetto di rientro di un portatile", sub)
    take.arguments.add_argument("file", metavar="FILE", help="il pacchetto di rientro")
    take.options.add_argument("--passphrase-file", required=True, metavar="FILE",
                              help="file con la frase segreta (prima riga)")
    take.options.add_argument("--dry-run", action="store_true", help="mostra cosa succederebbe senza scrivere nulla")
    take.options.add_argument("--report", metavar="FILE", help="resoconto .xlsx record per record")
    take.options.add_argument("--decisions", metavar="FILE",
                              help="il resoconto di una prova con la colonna «Scelta» compilata (conflitti e "
                                   "possibili corrispondenze)")
    take.options.add_argument("--overwrite", action="store_true", help="sostituisce il resoconto se esiste già")


def _passphrase(path: str) -> str:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise FieldPackageError(f"Il file della frase segreta {path} non si può leggere: {exc.strerror or exc}.") \
            from exc
    return text.splitlines()[0] if text.strip() else ""


def _refused(error: FieldPackageError) -> int:
    complain(f"Errore: {error}")
    return error.exit_code


def cmd_field_kit(config: AppConfig, args: argparse.Namespace) -> int:
    try:
        event_uuid = uuid.UUID(args.event)
    except ValueError:
        complain(f"Errore: «{args.event}» non è l'identificativo di un evento.")
        return EXIT_FAILURE
    try:
        passphrase = _passphrase(args.passphrase_file)
    except FieldPackageError as error:
        return _refused(error)
    db = maintenance.prepare_database(config)
    try:
        summary = kit.make_kit(db, event_uuid, Path(args.to).expanduser().resolve(), passphrase,
                               include_lookup=not args.without_registrations, field_username=args.user,
                               overwrite=args.overwrite)
    finally:
        db.dispose()
    say(f"Kit scritto in {summary.path}")
    say(f"Evento: {summary.event_title} ({summary.sessions} sessioni); utente del portatile: {summary.field_user}")
    say(f"Iscrizioni incluse per il riconoscimento: {summary.lookup}")
    return EXIT_OK


def _summary(result: MergeResult) -> None:
    say(f"Evento: {result.event_title}")
    if result.already_imported:
        say("Questo pacchetto era già stato unito: nessuna modifica.")
    for outcome in Outcome:
        if result.count(outcome):
            say(f"  {outcome.value}: {result.count(outcome)}")
    for item in result.undecided:
        say(f"  da decidere — {item.kind} {item.name}: {item.detail}")
    if result.report_path:
        say(f"Resoconto: {result.report_path}")
    if result.dry_run:
        say("Prova senza scrivere: il database non è stato modificato.")
    else:
        say(f"Codice di ricevuta da digitare sul portatile: {result.receipt_code}")


def cmd_field_import(config: AppConfig, args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser().resolve()
    report = Path(args.report).expanduser().resolve() if args.report else None
    if report is not None:
        if config.database_path is not None:
            safe_write.protect_database(config.database_path)
        safe_write.check_target(report, sources=(source,), overwrite=args.overwrite)
    try:
        passphrase = _passphrase(args.passphrase_file)
        decisions = read_decisions(Path(args.decisions).expanduser()) if args.decisions else Decisions()
        if args.dry_run:
            result = _run(config, source, passphrase, decisions, report, True, args.overwrite)
        else:
            with InstanceLock(config.data_dir):  # one transaction: not while the program is open on it
                result = _run(config, source, passphrase, decisions, report, False, args.overwrite)
    except FieldPackageError as error:
        return _refused(error)
    _summary(result)
    return EXIT_OK


def _run(config, source, passphrase, decisions, report, dry_run, overwrite) -> MergeResult:
    db = maintenance.prepare_database(config)
    try:
        opened = package.open_package(db, source, passphrase)
        return merge.merge_package(db, opened, decisions, dry_run=dry_run, report_path=report,
                                   overwrite_report=overwrite)
    finally:
        db.dispose()
