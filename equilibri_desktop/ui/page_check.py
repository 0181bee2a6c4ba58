"""Every page of the office's SQLite file read once per session, beside the clerk's work.

The start looks only at the file's header, schema and size: reading every page of a 1,000,000-person registry
took 5 s while the window waited. A page damaged deep inside would otherwise wait for `equilibri-admin check`
or for the first read that hits it; found here, the clerk is told at once, with the copy to restore, while the
rotation still holds copies made before the damage."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from equilibri_desktop.config import AppConfig
from equilibri_desktop.services.admin import maintenance

log = logging.getLogger(__name__)


class _Finding(QObject):
    """Lives on the UI thread, so a signal emitted by the checking thread is delivered there."""

    found = Signal(str)


def check_pages_in_background(parent: QWidget, config: AppConfig,
                              on_damage: Callable[[str], None]) -> threading.Thread | None:
    if not config.is_sqlite:
        return None  # the server checks its own pages
    finding = _Finding(parent)
    finding.found.connect(on_damage)

    def job() -> None:
        try:
            problem = maintenance.damage_diagnosis(config)
            if problem is not None:
                log.error("database damaged: %s", problem)
                finding.found.emit(str(problem))
        except Exception:  # the window may be gone, or the file replaced by a restore meanwhile
            log.exception("page-by-page check failed")

    # A plain daemon thread, not the shared pool: closing the program must not wait for a read-only check.
    thread = threading.Thread(target=job, name="page-check", daemon=True)
    thread.start()
    return thread
