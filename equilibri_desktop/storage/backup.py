"""Consistent SQLite copies through the online backup API, rotation, and checked restores."""

from __future__ import annotations

import errno
import gzip
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from equilibri_desktop.domain.backup_policy import BackupCopy, BackupSettings, copies_to_keep
from equilibri_desktop.domain.clock import office_now
from equilibri_desktop.domain.errors import BackupError
from equilibri_desktop.io.safe_write import FileWriteError, disk_full_message, ensure_free_space

BACKUP_SUFFIX = ".sqlite3"
# The automatic copies (every start and exit) are stored gzip-compressed: an SQLite file of the registry
# shrinks to about 38% (level 1, measured by benchmarks/backups.py); copies made by hand or before a restore or
# an upgrade stay plain files, ready to open.
COMPRESSED_SUFFIX = ".sqlite3.gz"
COMPRESS_LEVEL = 1  # level 6 saves another 3% for twice the time
_CHUNK = 1 << 20
APPLICATION_MARK = "equilibri-desktop"
SQLITE_HEADER = b"SQLite format 3\x00"
# Present since the first schema: a file without them is not our database, whatever its app_meta says.
CORE_TABLES = frozenset({"app_meta", "alembic_version", "person", "organisation", "municipality"})
_NAME_TIME = re.compile(r"^equilibri-(\d{8}-\d{6})(?:-(\d{6}))?-")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size_bytes: int

    @property
    def reason(self) -> str:
        """The last part of the file name: avvio, chiusura, manuale, prima-ripristino…"""
        stem = self.path.name.removesuffix(".gz")[: -len(BACKUP_SUFFIX)]
        parts = stem.split("-", 4)
        return parts[4] if len(parts) == 5 else ""

    @property
    def compressed(self) -> bool:
        return self.path.name.endswith(COMPRESSED_SUFFIX)

    @property
    def taken_at(self) -> datetime:
        """Local time from the file name (copying a file to a USB drive may change its mtime)."""
        match = _NAME_TIME.match(self.path.name)
        if match:
            try:
                taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
                return taken.replace(microsecond=int(match.group(2) or 0))
            except ValueError:
                pass
        return self.created_at.astimezone().replace(tzinfo=None)


def _full_disk(folder: Path) -> BackupError:
    return BackupError(disk_full_message(folder))


def _check_space(folder: Path, needed: int) -> None:
    try:
        ensure_free_space(folder, needed)
    except FileWriteError as exc:
        raise BackupError(str(exc)) from None


def backup_sqlite(database: Path, target: Path) -> Path:
    """Copy a live database page by page; other connections may keep reading and writing.

    The free space is checked first (the copy is as big as the database); a copy that fails half-way
    leaves no `.partial` file behind and says so in Italian."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _check_space(target.parent, database.stat().st_size)
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True, timeout=30)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                # A backup must be a single self-contained file, not a WAL pair.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        partial.replace(target)
    except sqlite3.OperationalError as exc:
        if "full" in str(exc).lower():  # SQLITE_FULL: "database or disk is full"
            raise _full_disk(target.parent) from None
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _full_disk(target.parent) from None
        raise
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
    return target


def compressed_backup(database: Path, target: Path) -> tuple[Path, tuple[int, str] | None]:
    """A copy as backup_sqlite's, gzip-compressed into `target`; also the audit trail's head it holds
    (read from the plain copy before compressing: reading it back would mean decompressing it)."""
    plain = target.with_name(target.name.removesuffix(".gz") + ".plain")
    partial = target.with_name(target.name + ".partial")
    try:
        backup_sqlite(database, plain)
        head = read_chain_head(plain)
        _check_space(target.parent, plain.stat().st_size // 2)
        with open(plain, "rb") as source, gzip.open(partial, "wb", compresslevel=COMPRESS_LEVEL) as packed:
            shutil.copyfileobj(source, packed, _CHUNK)
        partial.replace(target)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _full_disk(target.parent) from None
        raise
    finally:
        plain.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return target, head


@contextmanager
def plain_copy(backup: Path, scratch: Path) -> Iterator[Path]:
    """The copy as a plain SQLite file: itself, or decompressed into `scratch` (a folder) for the block."""
    if not backup.name.endswith(".gz"):
        yield backup
        return
    scratch.mkdir(parents=True, exist_ok=True)
    plain = scratch / (backup.name.removesuffix(".gz") + ".aperta")
    try:
        try:
            with gzip.open(backup, "rb") as packed, open(plain, "wb") as out:
                shutil.copyfileobj(packed, out, _CHUNK)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise _full_disk(scratch) from None
            raise BackupError(f"Il file {backup.name} è danneggiato (non si decomprime: {exc}).") from None
        yield plain
    finally:
        plain.unlink(missing_ok=True)


def backup_name(reason: str, now: datetime | None = None, compressed: bool = False) -> str:
    now = now or office_now()
    return f"equilibri-{now:%Y%m%d-%H%M%S-%f}-{reason}{COMPRESSED_SUFFIX if compressed else BACKUP_SUFFIX}"


def list_backups(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = []
    for pattern in (f"equilibri-*{BACKUP_SUFFIX}", f"equilibri-*{COMPRESSED_SUFFIX}"):
        for path in folder.glob(pattern):
            stat = path.stat()
            found.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size))
    return sorted(found, key=lambda b: b.path.name.removesuffix(".gz"), reverse=True)


def rotate(folder: Path, keep: int, days: int = 0, weeks: int = 0, now: datetime | None = None) -> list[Path]:
    """Keep the newest `keep` copies, one a day for `days` days and one a week for `weeks` weeks, and
    recent safety copies (see domain.backup_policy); delete the rest and return what was removed."""
    found = list_backups(folder)
    policy = BackupSettings(keep_newest=keep, keep_daily_days=days, keep_weekly_weeks=weeks)
    keep_names = copies_to_keep((BackupCopy(i.path.name, i.taken_at, i.reason) for i in found), policy,
                                now or office_now().replace(tzinfo=None))  # names carry naive office time
    removed = []
    for info in found:
        if info.path.name not in keep_names:
            info.path.unlink(missing_ok=True)
            info.path.with_name(info.path.name + ANCHOR_SUFFIX).unlink(missing_ok=True)  # the checkpoint keeps it
            removed.append(info.path)
    return removed


def copy_to_folder(backup: Path, folder: Path) -> Path:
    """Copy a finished backup into another folder, which must already exist: a missing folder means an
    unplugged drive or share, and creating it would put the copy on the local disk instead."""
    if not folder.is_dir():
        raise FileNotFoundError(folder)
    target = folder / backup.name
    _check_space(folder, backup.stat().st_size)
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(backup, partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


ANCHOR_SUFFIX = ".ancora"  # beside each copy: the audit trail's latest entry it holds (number;hash;time)


def read_chain_head(database: Path) -> tuple[int, str] | None:
    """Number and hash of the last audit entry in a SQLite file (None: no entry, or no trail at all)."""
    try:
        conn = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return (int(row[0]), str(row[1])) if row else None


def read_meta(database: Path, prefix: str) -> dict[str, str]:
    """The app_meta values whose key starts with `prefix`, read straight from the file ({} if none)."""
    try:
        conn = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT key, value FROM app_meta WHERE substr(key, 1, ?) = ?",
                                (len(prefix), prefix)).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return dict(rows)


@dataclass(frozen=True)
class BackupCheck:
    schema_revision: str | None


def inspect_backup(path: Path, known_revisions: set[str], shown_name: str | None = None) -> BackupCheck:
    """Refuse anything that is not a sound copy of our own database at a schema this app knows (`shown_name`:
    the copy's own name, when `path` is its decompressed form)."""
    if shown_name is not None:
        try:
            return inspect_backup(path, known_revisions)
        except BackupError as refused:
            raise BackupError(str(refused).replace(path.name, shown_name)) from None
    if not path.is_file():
        raise BackupError(f"Il file {path} non esiste.")
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"Il file {path.name} non è un database leggibile ({exc}).") from exc
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"Il file {path.name} non è un database SQLite valido o è danneggiato.") from exc
        if not result or result[0] != "ok":
            raise BackupError(f"Il file {path.name} è danneggiato "
                              f"(controllo di integrità: {result[0] if result else '?'}).")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "app_meta" not in tables or "alembic_version" not in tables:
            raise BackupError(f"Il file {path.name} non è una copia di Equilibri Desktop.")
        mark = conn.execute("SELECT value FROM app_meta WHERE key='application'").fetchone()
        if not mark or mark[0] != APPLICATION_MARK:
            raise BackupError(f"Il file {path.name} non è una copia di Equilibri Desktop.")
        # The mark alone can be copied into any file: the tables every version has must be there too.
        missing = sorted(CORE_TABLES - tables)
        if missing:
            raise BackupError(f"Il file {path.name} non è una copia completa di Equilibri Desktop (mancano le "
                              f"tabelle {', '.join(missing)}): non viene ripristinato.")
        revision_row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = revision_row[0] if revision_row else None
    finally:
        conn.close()
    if revision not in known_revisions:
        raise BackupError(
            f"La copia {path.name} è stata creata da una versione più recente del programma "
            f"(schema {revision}): aggiorna Equilibri Desktop prima di ripristinarla."
        )
    return BackupCheck(schema_revision=revision)


def replace_database(database: Path, backup: Path) -> None:
    """Put a checked copy in place of the database, dropping stale WAL files first."""
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    staging = database.with_name(database.name + ".restoring")
    _check_space(database.parent, backup.stat().st_size)
    try:
        shutil.copy2(backup, staging)
        staging.replace(database)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _full_disk(database.parent) from None
        raise
    finally:
        staging.unlink(missing_ok=True)


def sqlite_damage(path: Path, thorough: bool = True) -> str | None:
    """Why an existing SQLite file cannot be used, or None if it reads fine.

    `thorough`: SQLite's quick_check, which reads every page (5 s for a 1,000,000-person registry). Without it,
    what a start can afford: the header, the schema, and a size that matches the page count (a truncated or
    overwritten file); a page damaged deep inside is then found by `equilibri-admin check` or the first read."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return "non è un database SQLite"
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            if thorough:
                result = conn.execute("PRAGMA quick_check").fetchone()
            else:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                pages = conn.execute("PRAGMA page_count").fetchone()[0]
                size = conn.execute("PRAGMA page_size").fetchone()[0]
                wal = Path(f"{path}-wal")
                # With a WAL the file may be shorter than the pages the log adds; never longer than a checkpoint.
                short = path.stat().st_size < pages * size and not (wal.exists() and wal.stat().st_size)
                result = ("la dimensione del file non corrisponde alle sue pagine",) if short else ("ok",)
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        return f"è illeggibile ({exc})"
    return None if result and result[0] == "ok" else f"è danneggiato ({result[0] if result else '?'})"


Move = tuple[Path, Path]


def set_aside(database: Path, folder: Path, stamp: str) -> list[Move]:
    """Move a database and its WAL files out of the way; not named like a backup, so never rotated."""
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"danneggiato-{stamp}{BACKUP_SUFFIX}"
    moves = [(database, aside)] + [
        (Path(f"{database}{suffix}"), Path(f"{aside}{suffix}"))
        for suffix in ("-wal", "-shm") if Path(f"{database}{suffix}").exists()
    ]
    for origin, destination in moves:
        shutil.move(origin, destination)
    return moves


def undo_moves(moves: list[Move]) -> None:
    for origin, destination in moves:
        shutil.move(destination, origin)
