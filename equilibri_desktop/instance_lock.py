"""One running program per data folder: an OS file lock, released by the OS even after a crash."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from equilibri_desktop.domain.errors import InstanceAlreadyRunningError

LOCK_NAME = "equilibri.lock"


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_NAME
        self._handle = None

    def acquire(self) -> None:
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
        except OSError as exc:
            handle.close()
            raise InstanceAlreadyRunningError(
                "Equilibri Desktop è già aperto su questa cartella dati (anche da un altro utente o "
                "dalla riga di comando). Usa la finestra già aperta, oppure chiudila e riprova."
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
