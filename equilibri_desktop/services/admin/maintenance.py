"""Start-up preparation, backups, restores and health checks of the database."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.backup_policy import META_PREFIX, BackupSettings, settings_from_meta
from equilibri_desktop.domain.clock import office_now, utc_now
from equilibri_desktop.domain.errors import BackupError, DatabaseUnavailableError
from equilibri_desktop.services.admin.database import Database, connect
from equilibri_desktop.services.documents.files import sweep_leftovers
from equilibri_desktop.storage import backup as backups
from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.models import AppMeta

log = logging.getLogger(__name__)

POSTGRES_BACKUP_HINT = (
    "Il database è su un server PostgreSQL: le copie di sicurezza si fanno sul server con pg_dump "
    "(vedi il README, sezione PostgreSQL)."
)


@dataclass(frozen=True)
class BackupOutcome:
    path: Path | None  # None when there was no database to copy yet
    second_copy: Path | None = None  # the copy in the second folder, if one is set and reachable
    warning: str | None = None  # Italian: the second folder could not be written (the backup itself is fine)


def backup_settings_of(config: AppConfig) -> BackupSettings:
    """The settings stored in the SQLite file itself, so start and exit copies need no open session."""
    path = config.database_path
    if path is None or not path.exists():
        return BackupSettings()
    return settings_from_meta(backups.read_meta(path, META_PREFIX))


def make_backup(config: AppConfig, reason: str = "manuale", target: Path | None = None) -> BackupOutcome:
    """Copy the SQLite database; into the backup folder (rotated, and copied to the second folder) unless
    `target` names another file."""
    source = config.database_path
    if source is None:
        raise BackupError(POSTGRES_BACKUP_HINT)
    if not source.exists() or source.stat().st_size == 0:
        return BackupOutcome(path=None)
    path = target or (config.backup_dir / backups.backup_name(reason))
    backups.backup_sqlite(source, path)
    log.info("backup written: %s (%s)", path.name, reason)
    if target is not None:
        return BackupOutcome(path=path)
    settings = backup_settings_of(config)
    backups.rotate(config.backup_dir, settings.keep_newest, settings.keep_daily_days, settings.keep_weekly_weeks)
    if not settings.second_folder:
        return BackupOutcome(path=path)
    second = Path(settings.second_folder)
    try:
        copy = backups.copy_to_folder(path, second)
        backups.rotate(second, settings.keep_newest, settings.keep_daily_days, settings.keep_weekly_weeks)
    except OSError as exc:
        log.warning("second backup folder not written (%s)", type(exc).__name__)
        return BackupOutcome(path=path, warning=(
            f"La copia è stata scritta in {config.backup_dir}, ma non nella seconda cartella {second}: "
            "controlla che il disco esterno o la cartella di rete sia collegata."))
    return BackupOutcome(path=path, second_copy=copy)


def backup_database(config: AppConfig, reason: str = "manuale", target: Path | None = None) -> Path | None:
    """Copy the SQLite database; None when there is nothing to copy yet (see make_backup)."""
    return make_backup(config, reason, target).path


def prepare_database(config: AppConfig, user: str | None = None, backup_reason: str | None = None) -> Database:
    """Open the database for work: refuse a newer schema, back up, then migrate to head.

    With `backup_reason` a copy is always made first; otherwise only before an upgrade.
    """
    db = connect(config, user)
    try:
        try:
            migrate.ensure_not_newer(db.engine)
        except OperationalError as exc:
            raise DatabaseUnavailableError(
                f"Impossibile aprire il database ({config.database_label}). Se è su un server, controlla "
                "che sia acceso e raggiungibile e che utente e password siano giusti; se è un file, "
                "che la cartella esista e sia scrivibile."
            ) from exc
        upgrade_needed = migrate.needs_upgrade(db.engine)
        fresh = migrate.current_revision(db.engine) is None
        if config.is_sqlite and not fresh and (backup_reason or upgrade_needed):
            backup_database(config, reason=backup_reason or "prima-aggiornamento")
        if upgrade_needed:
            migrate.upgrade(db.engine)
            log.info("schema upgraded to %s", migrate.head_revision())
    except Exception:
        db.dispose()
        raise
    return db


def start_of_session(config: AppConfig) -> Path | None:
    """What runs beside the first screen after login: the sweep of temporary files that an interrupted save
    left in the documents and attachments folders, then the start copy of a SQLite database (its path; None
    on a server)."""
    from equilibri_desktop.services.documents import register as document_register
    from equilibri_desktop.services.grants import attachments as grant_attachments

    # Only the folders this program writes files into: the data folder may be shared with other programs.
    removed = [path for folder in (document_register.FOLDER, grant_attachments.FOLDER)
               for path in sweep_leftovers(config.data_dir / folder)]
    if removed:
        log.info("removed %d temporary files left by interrupted saves", len(removed))
    return backup_database(config, reason="avvio") if config.is_sqlite else None


def list_backups(config: AppConfig) -> list[backups.BackupInfo]:
    return backups.list_backups(config.backup_dir)


def last_backup_at(config: AppConfig) -> datetime | None:
    found = list_backups(config)
    return found[0].created_at if found else None


def backup_age_days(config: AppConfig, now: datetime | None = None) -> float | None:
    when = last_backup_at(config)
    if when is None:
        return None
    now = now or utc_now()
    return (now - when).total_seconds() / 86400


def database_damage(config: AppConfig) -> str | None:
    """Why the SQLite file cannot be used (None if sound, absent, or on a server)."""
    path = config.database_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    return backups.sqlite_damage(path)


def restore_database(config: AppConfig, source: Path) -> Path | None:
    """Replace the database with a checked copy; the current database is kept first.

    A sound database is backed up; a damaged one (which the online backup cannot read) is moved
    aside whole. The caller must have closed every connection (dispose the engine) before calling.
    Returns where the replaced database was kept.
    """
    database = config.database_path
    if database is None:
        raise BackupError(POSTGRES_BACKUP_HINT)
    source = Path(source).resolve()
    if database.exists() and source == database.resolve():
        raise BackupError("Il file indicato è il database in uso: scegli una copia di sicurezza.")
    backups.inspect_backup(source, migrate.known_revisions())
    moved: list[backups.Move] = []
    if database_damage(config):
        moved = backups.set_aside(database, config.backup_dir, f"{office_now():%Y%m%d-%H%M%S-%f}")
        kept = moved[0][1]
    else:
        kept = backup_database(config, reason="prima-ripristino")
    try:
        backups.replace_database(database, source)
        db = prepare_database(config)  # an older copy is migrated forward at once
        db.dispose()
    except BaseException:
        backups.undo_moves(moved)
        raise
    log.info("database restored from %s", source.name)
    return kept


@dataclass(frozen=True)
class HealthReport:
    problems: list[str]
    schema_revision: str | None
    head_revision: str

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(config: AppConfig) -> HealthReport:
    damage = database_damage(config)
    if damage:
        return HealthReport(problems=[f"Il file del database {damage}: ripristina una copia di sicurezza."],
                            schema_revision=None, head_revision=migrate.head_revision())
    problems: list[str] = []
    db = connect(config)
    try:
        current = migrate.current_revision(db.engine)
        head = migrate.head_revision()
        if current is None:
            problems.append("Il database è vuoto: esegui 'equilibri-admin init'.")
        elif current not in migrate.known_revisions():
            problems.append(f"Lo schema {current} è più recente di questo programma.")
        elif current != head:
            problems.append(f"Lo schema {current} va aggiornato a {head}: esegui 'equilibri-admin migrate'.")
        if config.is_sqlite:
            with db.engine.connect() as conn:
                try:
                    result = conn.execute(text("PRAGMA integrity_check")).scalar()
                    fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                except Exception as exc:  # a damaged file fails here, not at connect
                    result, fk = f"{exc}", []
            if result != "ok":
                problems.append(f"Controllo di integrità fallito: {result}")
            if fk:
                problems.append(f"{len(fk)} riferimenti a record inesistenti (chiavi esterne).")
        return HealthReport(problems=problems, schema_revision=current, head_revision=head)
    finally:
        db.dispose()


def is_demo(db: Database) -> bool:
    with db.unit_of_work() as session:
        value = session.scalar(select(AppMeta.value).where(AppMeta.key == "demo"))
    return value == "1"

