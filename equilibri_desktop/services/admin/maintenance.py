"""Start-up preparation, backups, restores and health checks of the database."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.clock import office_now, utc_now
from equilibri_desktop.domain.errors import BackupError, DatabaseDamagedError, DatabaseUnavailableError
from equilibri_desktop.domain.messages import MESSAGES, CodedText
from equilibri_desktop.services.access.audit_anchors import anchor_backup
from equilibri_desktop.services.admin.backup_settings import backup_settings_of
from equilibri_desktop.services.admin.database import Database, connect
from equilibri_desktop.services.documents.files import sweep_leftovers
from equilibri_desktop.storage import backup as backups
from equilibri_desktop.storage import migrate
from equilibri_desktop.storage.models import AppMeta

log = logging.getLogger(__name__)

POSTGRES_BACKUP_HINT = MESSAGES["admin.backup_on_server"]
# The copies made at every start and exit are compressed (see storage.backup.COMPRESSED_SUFFIX).
COMPRESSED_REASONS = ("avvio", "chiusura")


@dataclass(frozen=True)
class BackupOutcome:
    path: Path | None  # None when there was no database to copy yet
    second_copy: Path | None = None  # the copy in the second folder, if one is set and reachable
    warning: str | None = None  # Italian: the second folder could not be written (the backup itself is fine)


def make_backup(config: AppConfig, reason: str = "manuale", target: Path | None = None) -> BackupOutcome:
    """Copy the SQLite database; into the backup folder (rotated, and copied to the second folder) unless
    `target` names another file."""
    source = config.database_path
    if source is None:
        raise BackupError(code="admin.backup_on_server")
    if not source.exists() or source.stat().st_size == 0:
        return BackupOutcome(path=None)
    if target is None and reason in COMPRESSED_REASONS:
        path, head = backups.compressed_backup(source, config.backup_dir / backups.backup_name(reason, compressed=True))
    else:
        path = target or (config.backup_dir / backups.backup_name(reason))
        backups.backup_sqlite(source, path)
        head = backups.read_chain_head(path)
    log.info("backup written: %s (%s)", path.name, reason)
    if target is not None:
        anchor_backup(config, path, head=head)
        return BackupOutcome(path=path)
    settings = backup_settings_of(config)
    backups.rotate(config.backup_dir, settings.keep_newest, settings.keep_daily_days, settings.keep_weekly_weeks)
    if not settings.second_folder:
        anchor_backup(config, path, head=head)
        return BackupOutcome(path=path)
    second = Path(settings.second_folder)
    try:
        copy = backups.copy_to_folder(path, second)
        backups.rotate(second, settings.keep_newest, settings.keep_daily_days, settings.keep_weekly_weeks)
    except (OSError, BackupError) as exc:  # unplugged, unreachable or full: the first copy is still good
        log.warning("second backup folder not written (%s)", type(exc).__name__)
        anchor_backup(config, path, head=head)
        return BackupOutcome(path=path, warning=(
            f"La copia è stata scritta in {config.backup_dir}, ma non nella seconda cartella {second}: "
            "controlla che il disco esterno o la cartella di rete sia collegata."))
    anchor_backup(config, path, copy, head=head)
    return BackupOutcome(path=path, second_copy=copy)


def backup_database(config: AppConfig, reason: str = "manuale", target: Path | None = None) -> Path | None:
    """Copy the SQLite database; None when there is nothing to copy yet (see make_backup)."""
    return make_backup(config, reason, target).path


def prepare_database(config: AppConfig, user: str | None = None, backup_reason: str | None = None) -> Database:
    """Open the database for work: refuse a newer schema, back up, then migrate to head.

    With `backup_reason` a copy is always made first; otherwise only before an upgrade.
    """
    # Before connecting: opening a damaged file could only make it worse. Not every page, at every start: that
    # read the whole registry (5 s at 1,000,000 people); `equilibri-admin check` still does.
    if config.is_sqlite and (damaged := damage_diagnosis(config, thorough=False)) is not None:
        raise damaged
    db = connect(config, user)
    try:
        try:
            migrate.ensure_not_newer(db.engine)
        except OperationalError as exc:
            raise DatabaseUnavailableError(code="admin.database_unavailable",
                                           params={"where": config.database_label}) from exc
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


def start_of_session(config: AppConfig, copy: bool = True) -> Path | None:
    """What runs beside the first screen after login: the sweep of temporary files that an interrupted save
    left in the documents and attachments folders, then the start copy of a SQLite database (its path; None
    on a server)."""
    from equilibri_desktop.services.documents import register as document_register
    from equilibri_desktop.services.grants import attachments as grant_attachments

    # Only the folders this program writes files into: the data folder may be shared with other programs.
    removed = [path for folder in (config.data_dir / document_register.FOLDER,
                                   config.data_dir / grant_attachments.FOLDER, config.backup_dir)
               for path in sweep_leftovers(folder)]
    if removed:
        log.info("removed %d temporary files left by interrupted saves", len(removed))
    if not config.is_sqlite:
        return None
    if not copy:
        log.info("start copy not needed: the exit copy of the last session holds this database")
        return None
    return backup_database(config, reason="avvio")


# Beside the database: which exit copy holds the file exactly as it was left (size and modification time).
SESSION_MARK = ".ultima-copia-di-chiusura"


def _file_state(database: Path) -> str:
    wal = Path(f"{database}-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    stat = database.stat()
    return f"{stat.st_size};{stat.st_mtime_ns};{wal_size}"


def end_of_session(config: AppConfig) -> Path | None:
    """The exit copy, once every connection is closed; then a mark saying the file has not changed since, so
    the next start need not copy it again. Returns the copy (None on a server or with nothing to copy)."""
    if not config.is_sqlite:
        return None
    mark = config.data_dir / SESSION_MARK
    mark.unlink(missing_ok=True)
    copy = backup_database(config, reason="chiusura")
    if copy is not None and config.database_path.exists():
        mark.write_text(f"{copy.name}\n{_file_state(config.database_path)}\n", encoding="utf-8")
    return copy


def start_copy_needed(config: AppConfig) -> bool:
    """False only when the last session ended with its exit copy, that copy is still there, and nothing has
    touched the database since (another program, the command line, a crash): then the copy holds it already.
    Ask before opening the database: opening it changes its files."""
    path = config.database_path
    mark = config.data_dir / SESSION_MARK
    if path is None or not path.exists() or not mark.exists():
        return True
    try:
        name, state = mark.read_text(encoding="utf-8").split("\n")[:2]
    except (OSError, ValueError):
        return True
    return not ((config.backup_dir / name).is_file() and state == _file_state(path))


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


def database_damage(config: AppConfig, thorough: bool = True) -> str | None:
    """Why the SQLite file cannot be used (None if sound, absent, or on a server). A file of zero bytes is
    damage (a copy or a disk that failed), not a new installation: that would open the first-run wizard
    over the office's lost data."""
    path = config.database_path
    if path is None or not path.exists():
        return None
    if path.stat().st_size == 0:
        return "è vuoto (0 byte): il contenuto è andato perso"
    return backups.sqlite_damage(path, thorough)


def latest_good_backup(config: AppConfig) -> Path | None:
    """The newest copy that a restore would accept, for the damaged-database message to offer."""
    for info in list_backups(config):
        try:
            with backups.plain_copy(info.path, config.backup_dir) as plain:
                backups.inspect_backup(plain, migrate.known_revisions())
        except BackupError:
            continue
        return info.path
    return None


def damage_diagnosis(config: AppConfig, thorough: bool = True) -> DatabaseDamagedError | None:
    """The same diagnosis as `equilibri-admin check`, with the way out: the latest good copy to restore."""
    damage = database_damage(config, thorough)
    if not damage:
        return None
    latest = latest_good_backup(config)
    way_out = (CodedText("admin.damaged_latest_copy", name=latest.name, folder=str(latest.parent), path=str(latest))
               if latest else CodedText("admin.damaged_no_copy", folder=str(config.backup_dir)))
    return DatabaseDamagedError(CodedText("admin.database_damaged", path=str(config.database_path), damage=damage,
                                          way_out=way_out), latest)


def restore_database(config: AppConfig, source: Path) -> Path | None:
    """Replace the database with a checked copy; the current database is kept first.

    A sound database is backed up; a damaged one (which the online backup cannot read) is moved
    aside whole. The caller must have closed every connection (dispose the engine) before calling.
    Returns where the replaced database was kept.
    """
    database = config.database_path
    if database is None:
        raise BackupError(code="admin.backup_on_server")
    source = Path(source).resolve()
    if database.exists() and source == database.resolve():
        raise BackupError(code="admin.restore_database_in_use")
    with backups.plain_copy(source, database.parent) as plain:  # a compressed copy is opened next to the data
        backups.inspect_backup(plain, migrate.known_revisions(), shown_name=source.name)
        moved: list[backups.Move] = []
        if database_damage(config):
            moved = backups.set_aside(database, config.backup_dir, f"{office_now():%Y%m%d-%H%M%S-%f}")
            kept = moved[0][1]
        else:
            kept = backup_database(config, reason="prima-ripristino")
        try:
            backups.replace_database(database, plain)
            (config.data_dir / SESSION_MARK).unlink(missing_ok=True)
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

