"""The one rule for every file the program writes (exports, reports, copies, documents).

- never the database, its backups or the file being read (protected paths are registered by the services
  that open the database and by the caller that names its source);
- an existing file is replaced only when the user confirmed it (`overwrite=True`; on the command line
  `--overwrite`, in the window the save dialog's own question);
- enough free space is checked first, the content goes to a hidden temporary name beside the target
  (`.name-XXXX.tmp`, the pattern the start-up sweep removes) and takes its real name only when complete;
- a full disk or a refused write ends in an Italian `FileWriteError`, with nothing left behind.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from equilibri_desktop.domain.errors import DomainError

TEMP_PREFIX, TEMP_SUFFIX = ".", ".tmp"
# Below this the disk is called full before anything is written: a half-written file helps nobody.
MIN_FREE_BYTES = 5 * 1024 * 1024
_DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")
_protected: set[Path] = set()
_protected_folders: set[Path] = set()
_lock = threading.Lock()


class FileWriteError(DomainError):
    """A file could not (or must not) be written: the message says why and what to do."""


def _resolved(path: str | os.PathLike) -> Path:
    return Path(path).expanduser().resolve()


def protect_database(database: str | os.PathLike) -> None:
    """The SQLite file and its companions (WAL, shared memory, rollback journal) are never a target."""
    base = _resolved(database)
    with _lock:
        _protected.update(Path(f"{base}{suffix}") for suffix in _DATABASE_SUFFIXES)


def protect_folder(folder: str | os.PathLike) -> None:
    """Nothing the user names may land in a backup folder (a copy there could be rotated away or restored)."""
    with _lock:
        _protected_folders.add(_resolved(folder))


def is_protected(path: str | os.PathLike) -> bool:
    target = _resolved(path)
    with _lock:
        return target in _protected or any(folder == target.parent or folder in target.parents
                                           for folder in _protected_folders)


def check_target(target: str | os.PathLike, *, sources: Iterable[str | os.PathLike] = (),
                 overwrite: bool = False) -> Path:
    """The resolved target, or a FileWriteError saying why it must not be written."""
    path = _resolved(target)
    if is_protected(path):
        raise FileWriteError(f"Il file {path.name} è il database del programma o una sua copia di sicurezza: "
                             "non si può usare come destinazione. Scegli un altro nome o un'altra cartella.")
    if any(path == _resolved(source) for source in sources):
        raise FileWriteError(f"Il file {path.name} è quello che si sta leggendo: scegli un altro nome per "
                             "il file da scrivere.")
    if path.is_dir():
        raise FileWriteError(f"{path} è una cartella: indica il nome di un file.")
    if path.exists() and not overwrite:
        raise FileWriteError(f"Il file {path.name} esiste già e non viene sostituito senza conferma: scegli "
                             "un altro nome (dalla riga di comando: aggiungi --overwrite per sostituirlo).")
    return path


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def disk_full_message(folder: Path) -> str:
    return (f"Il disco che contiene {folder} è pieno: il file non è stato scritto e non è rimasto nulla a "
            "metà. Libera spazio (o scegli un'altra cartella) e riprova.")


def ensure_free_space(folder: Path, needed: int = 0) -> None:
    """Refuse before writing when the disk cannot hold `needed` bytes plus a safety margin."""
    try:
        available = free_bytes(folder)
    except OSError:  # some network shares do not say: the write itself will tell
        return
    if available < needed + MIN_FREE_BYTES:
        raise FileWriteError(disk_full_message(folder))


def write_error(exc: OSError, target: Path) -> FileWriteError:
    """The Italian message for an OSError met while writing `target`."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, getattr(errno, "EFBIG", -1)):
        return FileWriteError(disk_full_message(target.parent))
    if isinstance(exc, PermissionError):
        return FileWriteError(f"Il file {target.name} non si può scrivere: forse è aperto in Excel o in un "
                              "altro programma, o la cartella è di sola lettura. Chiudilo e riprova.")
    if exc.errno == errno.EROFS:
        return FileWriteError(f"La cartella {target.parent} è di sola lettura: scegline un'altra.")
    return FileWriteError(f"Il file {target.name} non è stato scritto ({exc.strerror or type(exc).__name__}): "
                          "controlla la cartella e riprova.")


def temp_beside(target: Path) -> Path:
    """A new empty hidden temporary file in the target's folder (same file system: the rename is atomic)."""
    handle, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{target.stem}-", suffix=TEMP_SUFFIX, dir=target.parent)
    os.close(handle)
    return Path(name)


def _sync(path: Path) -> None:
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def write_file(target: str | os.PathLike, produce: Callable[[Path], object], *,
               sources: Iterable[str | os.PathLike] = (), overwrite: bool = False, needed: int = 0,
               make_folder: bool = False) -> Path:
    """Check `target`, let `produce(temp)` write the content, then give it its name; returns the target."""
    path = check_target(target, sources=sources, overwrite=overwrite)
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        if not path.parent.is_dir():
            raise FileWriteError(f"La cartella {path.parent} non esiste: scegline un'altra.")
        ensure_free_space(path.parent, needed)
        temp = temp_beside(path)
    except OSError as exc:
        raise write_error(exc, path) from None
    try:
        produce(temp)
        _sync(temp)
        os.replace(temp, path)
    except OSError as exc:
        raise write_error(exc, path) from None
    finally:
        temp.unlink(missing_ok=True)
    return path
