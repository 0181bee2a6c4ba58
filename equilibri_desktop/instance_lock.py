"""One running program per data folder: an OS file lock, released by the OS even after a crash.

A program that is closing keeps the lock until its exit copy is written, and says so in a second file: a new
start then waits for it (with a message) instead of being refused.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from equilibri_desktop.domain.errors import InstanceAlreadyRunningError

LOCK_NAME = "equilibri.lock"
# Beside the lock, not inside it: on Windows the locked byte of the lock file cannot be read by others.
CLOSING_NAME = "equilibri.chiusura-in-corso"


class PreviousSessionClosing(InstanceAlreadyRunningError):
    """The program holding the folder has closed its window and is writing its exit copy: wait for it."""


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_NAME
        self.closing_path = data_dir / CLOSING_NAME
        self._handle = None

    def try_acquire(self) -> bool:
        """Take the lock if it is free; False if another program holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        self.closing_path.unlink(missing_ok=True)  # left by a closing program that was killed
        return True

    def acquire(self) -> None:
        if self.try_acquire():
            return
        if self.closing_path.exists():
            raise PreviousSessionClosing(
                "Equilibri Desktop sta completando la copia di sicurezza di chiusura della sessione precedente: "
                "si apre appena ha finito.")
        raise InstanceAlreadyRunningError(
            "Equilibri Desktop è già aperto su questa cartella dati (anche da un altro utente o "
            "dalla riga di comando). Usa la finestra già aperta, oppure chiudila e riprova."
        )

    def mark_closing(self) -> None:
        """The window is gone and the exit copy is being written: a new start should wait, not give up."""
        if self._handle is not None:
            self.closing_path.write_text(str(os.getpid()), encoding="utf-8")

    def release(self) -> None:
        if self._handle is not None:
            self.closing_path.unlink(missing_ok=True)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
