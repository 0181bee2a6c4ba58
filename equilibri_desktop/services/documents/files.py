"""Files of the document register: written beside their final place, checked, then moved in one step.

A document is first produced as a hidden temporary file in its target folder; only when it is complete
and on disk is it moved to its name (os.replace is atomic on one file system). A crash therefore leaves
at most a stray temporary file, never a half-written document under a registered name; the next start
sweeps such leftovers away once they are old enough not to belong to a save still under way.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from equilibri_desktop.domain.clock import utc_now
from equilibri_desktop.io import safe_write

_BLOCK = 1 << 16
_TEMP_PREFIX, _TEMP_SUFFIX = ".", ".tmp"
# Another PC may be saving into the same shared folder right now: only what is this old is surely a leftover.
LEFTOVER_AGE = timedelta(days=1)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def _sync(path: Path) -> None:
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def sync_folders(folders: Iterable[Path]) -> None:
    """Make the names just given in `folders` durable (one fsync of each folder, however many files moved in):
    after a power cut a registered file is then under its name, not still under its temporary one. Windows
    cannot open a folder to sync it and makes a rename durable on its own (NTFS journals it)."""
    if os.name == "nt":
        return
    for folder in folders:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@dataclass
class StagedFile:
    """A complete temporary file waiting to take its final name."""

    temp: Path
    target: Path
    sha256: str
    size_bytes: int
    placed: bool = False

    def place(self) -> None:
        os.replace(self.temp, self.target)
        self.placed = True

    def discard(self) -> None:
        """Undo: drop the temporary file, or the placed file if it is still ours (same checksum)."""
        if not self.placed:
            self.temp.unlink(missing_ok=True)
            return
        try:
            if file_sha256(self.target) == self.sha256:
                self.target.unlink()
        except FileNotFoundError:
            pass
        self.placed = False


def stage(target: Path, produce: Callable[[Path], object], needed: int = 0) -> StagedFile:
    """Run `produce(temp_path)` and return the finished, synced temporary file beside `target`.

    The disk's free space is checked first; a write that fails (a full disk above all) becomes an Italian
    FileWriteError and leaves nothing behind."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        safe_write.ensure_free_space(target.parent, needed)
        handle, name = tempfile.mkstemp(prefix=f"{_TEMP_PREFIX}{target.stem}-", suffix=_TEMP_SUFFIX,
                                        dir=target.parent)
    except OSError as exc:
        raise safe_write.write_error(exc, target) from None
    os.close(handle)
    temp = Path(name)
    try:
        produce(temp)
        if not temp.exists() or temp.stat().st_size == 0:
            raise OSError(f"nessun contenuto scritto per {target.name}")
        _sync(temp)
        return StagedFile(temp=temp, target=target, sha256=file_sha256(temp), size_bytes=temp.stat().st_size)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise safe_write.write_error(exc, target) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def stage_copy(source: Path, target: Path) -> StagedFile:
    try:
        size = source.stat().st_size
    except OSError:
        size = 0  # the copy itself will say what is wrong with the source
    return stage(target, lambda temp: shutil.copyfile(source, temp), needed=size)


def sweep_leftovers(folder: Path, older_than: timedelta = LEFTOVER_AGE, now: float | None = None) -> list[Path]:
    """Delete the temporary files that an interrupted save left anywhere under `folder`; the paths removed."""
    if not folder.is_dir():
        return []
    cutoff = (utc_now().timestamp() if now is None else now) - older_than.total_seconds()
    removed = []
    # Ours, the PDF finisher's (".name-….pdf.tmp"), pikepdf's own (".pikepdf.<name>XXXX", when it wrote files) and
    # the half copies of an interrupted backup ("….sqlite3.partial").
    patterns = (f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}", ".pikepdf.*", "*.sqlite3.partial")
    for path in {found for pattern in patterns for found in folder.rglob(pattern)}:
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError:  # gone meanwhile, or held open by another program: next time
            continue
    return removed
