"""Backups as the screens use them: permission-checked and audited copies, restores and settings.

The CLI and the automatic copies at start and exit call `maintenance` directly: they act as the
machine's administrator, not as a logged-in user.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.backup_policy import (
    META_PREFIX,
    BackupSettings,
    settings_from_meta,
    settings_to_meta,
    validate_backup_settings,
)
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin.database import Database, connect
from equilibri_desktop.storage.backup import BackupInfo
from equilibri_desktop.storage.models import AppMeta


def make_backup(db: Database, reason: str = "manuale") -> maintenance.BackupOutcome:
    """A copy on demand (rotated, and copied to the second folder). Needs BACKUPS_MANAGE."""
    db.require(Permission.BACKUPS_MANAGE)
    outcome = maintenance.make_backup(db.config, reason)
    if outcome.path is not None:
        with db.unit_of_work() as session:
            audit.record(session, AuditAction.BACKUP, detail=f"copia {outcome.path.name}")
    return outcome


def restore_backup(db: Database, source: Path) -> Path | None:
    """Replace the database with a checked copy (the current one is kept first); returns where it was kept.

    Needs BACKUPS_MANAGE. Closes the pooled connections itself; `db` works again afterwards, on the
    restored data, whose audit trail records the restore.
    """
    db.require(Permission.BACKUPS_MANAGE)
    db.dispose()  # no pooled connection may survive the file swap
    kept = maintenance.restore_database(db.config, Path(source))
    with db.unit_of_work() as session:
        audit.record(session, AuditAction.RESTORE,
                     detail=f"ripristino dalla copia {Path(source).name}; database precedente in "
                            f"{kept.name if kept else '-'}")
    return kept


def restore_from_command_line(config: AppConfig, source: Path) -> Path | None:
    """`equilibri-admin restore`: the same checked restore as the window's, recorded in the restored
    database's activity log under the machine's user (the command line has no login)."""
    kept = maintenance.restore_database(config, Path(source))
    db = connect(config)
    try:
        with db.unit_of_work() as session:
            audit.record(session, AuditAction.RESTORE,
                         detail=f"ripristino dalla riga di comando dalla copia {Path(source).name}; database "
                                f"precedente in {kept.name if kept else '-'}")
    finally:
        db.dispose()
    return kept


def list_backups(db: Database) -> list[BackupInfo]:
    db.require(Permission.BACKUPS_MANAGE)
    return maintenance.list_backups(db.config) if db.config.is_sqlite else []


def _stored(db: Database) -> dict[str, str]:
    with db.unit_of_work() as session:
        rows = session.execute(select(AppMeta.key, AppMeta.value).where(AppMeta.key.startswith(META_PREFIX)))
        return {key: value for key, value in rows}


def get_backup_settings(db: Database) -> BackupSettings:
    db.require(Permission.BACKUPS_MANAGE)
    return settings_from_meta(_stored(db))


def save_backup_settings(db: Database, settings: BackupSettings) -> BackupSettings:
    """Validate and store; a second folder must be reachable now. Needs BACKUPS_MANAGE."""
    db.require(Permission.BACKUPS_MANAGE)
    clean = validate_backup_settings(settings)
    folder = clean.second_folder
    if folder:
        if not Path(folder).is_absolute() or not Path(folder).is_dir():
            raise ValidationError.coded("second_folder", "admin.second_folder_missing")
        if db.config.is_sqlite and Path(folder).resolve() == db.config.backup_dir.resolve():
            raise ValidationError.coded("second_folder", "admin.second_folder_same")
    before = asdict(settings_from_meta(_stored(db)))
    with db.unit_of_work() as session:
        for key, value in settings_to_meta(clean).items():
            session.merge(AppMeta(key=key, value=value))
        changed = {f.name: (before[f.name], getattr(clean, f.name)) for f in fields(BackupSettings)
                   if before[f.name] != getattr(clean, f.name)}
        if changed:
            audit.record(session, AuditAction.SETTINGS, table_name=AppMeta.__tablename__,
                         changes=changed, detail="impostazioni delle copie di sicurezza")
    return clean


@dataclass(frozen=True)
class BackupStaleness:
    """Why the home page warns: no copy yet (age None) or the newest is older than the office's setting."""

    age_days: int | None
    warn_after_days: int

    @property
    def message(self) -> str:
        if self.age_days is None:
            return "Non esiste ancora nessuna copia di sicurezza: creane una da Amministrazione › Copie di sicurezza."
        return (f"L'ultima copia di sicurezza ha {self.age_days} giorni (l'avviso scatta dopo "
                f"{self.warn_after_days}): creane una adesso.")


def backup_staleness(db: Database, now: datetime | None = None) -> BackupStaleness | None:
    """The home page's warning when the newest copy is too old (None on a server: pg_dump's business)."""
    if not db.config.is_sqlite:
        return None
    settings = settings_from_meta(_stored(db))
    age = maintenance.backup_age_days(db.config, now)
    if age is None or age > settings.warn_after_days:
        return BackupStaleness(None if age is None else int(age), settings.warn_after_days)
    return None


def backup_warning(db: Database, now: datetime | None = None) -> str | None:
    stale = backup_staleness(db, now)
    return stale.message if stale else None
    settings = settings_from_meta(_stored(db))
    age = maintenance.backup_age_days(db.config, now)
    if age is None:
        return "Non esiste ancora nessuna copia di sicurezza: creane una da Amministrazione › Copie di sicurezza."
    if age > settings.warn_after_days:
        return (f"L'ultima copia di sicurezza ha {int(age)} giorni (l'avviso scatta dopo {settings.warn_after_days}): "
                "creane una adesso.")
    return None
