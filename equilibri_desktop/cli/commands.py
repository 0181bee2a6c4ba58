"""The sub-commands of `equilibri-admin`: each takes the configuration and parsed options, returns an exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.domain.errors import BackupError
from equilibri_desktop.instance_lock import InstanceLock
from equilibri_desktop.services.admin import backups as admin_backups
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.demo import seed as demo

EXIT_OK = 0
EXIT_FAILURE = 1
SQLITE_HEADER = b"SQLite format 3\x00"


def say(message: str) -> None:
    print(message, file=sys.stdout)


def complain(message: str) -> None:
    print(message, file=sys.stderr)


def _database_file(config: AppConfig) -> Path | None:
    """The SQLite file if it exists (an empty one is damage, see maintenance.database_damage); None on
    PostgreSQL or before the first start."""
    path = config.database_path
    if path is None or not path.exists():
        return None
    return path


def _refuse_damaged(config: AppConfig) -> None:
    problem = maintenance.damage_diagnosis(config)  # the same words as the window's
    if problem:
        raise problem


def cmd_init(config: AppConfig, args: argparse.Namespace) -> int:
    with InstanceLock(config.data_dir):
        _refuse_damaged(config)
        db = maintenance.prepare_database(config)
        try:
            result = demo.seed_demo_data(db) if args.demo else None
        finally:
            db.dispose()
    say(f"Database pronto e aggiornato: {config.database_label}")
    if result is not None and result.already_seeded:
        say("I dati dimostrativi sono già presenti: nessuna modifica.")
    elif result is not None:
        say(f"Dati dimostrativi inseriti: {result.people} persone e {result.organisations} organizzazioni "
            "(tutti fittizi).")
    return EXIT_OK


def cmd_check(config: AppConfig, _args: argparse.Namespace) -> int:
    say(f"Database: {config.database_label}")
    if config.is_sqlite:
        # check_database would create an empty file here, and a damaged one fails before its checks.
        path = _database_file(config)
        if path is None:
            complain(f"Nessun database in {config.database_path}: esegui 'equilibri-admin init'.")
            return EXIT_FAILURE
        problem = maintenance.damage_diagnosis(config)
        if problem:
            complain(str(problem))
            return EXIT_FAILURE
    report = maintenance.check_database(config)
    say(f"Versione dello schema: {report.schema_revision or 'nessuna'} "
        f"(questo programma usa la {report.head_revision})")
    if report.ok:
        say("Controllo superato: nessun problema trovato.")
        return EXIT_OK
    complain(f"Trovati {len(report.problems)} problemi:")
    for problem in report.problems:
        complain(f"- {problem}")
    return EXIT_FAILURE


def cmd_backup(config: AppConfig, args: argparse.Namespace) -> int:
    if not config.is_sqlite:
        raise BackupError(maintenance.POSTGRES_BACKUP_HINT)
    target = Path(args.to).expanduser().resolve() if args.to else None
    if target is not None and target.is_dir():
        target = target / f"equilibri-{office_now():%Y%m%d-%H%M%S}-manuale.sqlite3"
    if target is not None and target == config.database_path.resolve():
        raise BackupError("La copia non può sostituire il database stesso: scegli un altro file.")
    if target is not None and target.exists():
        raise BackupError(f"Il file {target} esiste già: scegli un altro nome, non viene sovrascritto.")
    _refuse_damaged(config)
    path = maintenance.backup_database(config, reason="manuale", target=target)
    if path is None:
        complain(f"Nessun database da copiare in {config.database_path}: esegui prima 'equilibri-admin init'.")
        return EXIT_FAILURE
    say(f"Copia di sicurezza scritta in {path}")
    return EXIT_OK


def cmd_restore(config: AppConfig, args: argparse.Namespace) -> int:
    if not config.is_sqlite:
        raise BackupError(maintenance.POSTGRES_BACKUP_HINT)
    source = Path(args.file).expanduser().resolve()
    with InstanceLock(config.data_dir):
        kept = admin_backups.restore_from_command_line(config, source)
    say(f"Database ripristinato dalla copia {source}.")
    if kept is not None:
        say(f"Il database sostituito è conservato in {kept}")
    return EXIT_OK


def cmd_migrate(config: AppConfig, _args: argparse.Namespace) -> int:
    with InstanceLock(config.data_dir):
        _refuse_damaged(config)
        before = maintenance.check_database(config)
        db = maintenance.prepare_database(config)
        db.dispose()
    head = before.head_revision
    if before.schema_revision == head:
        say(f"Il database è già aggiornato (schema {head}): nessuna modifica.")
    elif before.schema_revision is None:
        say(f"Database creato allo schema {head}: {config.database_label}")
    else:
        say(f"Database aggiornato dallo schema {before.schema_revision} allo schema {head}.")
        if config.is_sqlite:
            say(f"Una copia del database com'era prima è in {config.backup_dir}")
    return EXIT_OK
