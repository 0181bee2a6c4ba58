"""Every page of the office's SQLite file read once per session, beside the clerk's work.

The start looks only at the file's header, schema and size: reading every page of a 1,000,000-person registry
took 5 s while the window waited. A page damaged deep inside would otherwise wait for `equilibri-admin check`
or for the first read that hits it; found here, the clerk is told at once, with the copy to restore, while the
rotation still holds copies made before the damage."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from equilibri_desktop.config import AppConfig
from equilibri_desktop.services.admin import maintenance

log = logging.getLogger(__name__)


class _Findings(QObject):
    """One for the whole program, made on the UI thread and never deleted: the checking thread emits on it and
    the result is delivered on the UI thread, whatever became of the window meanwhile."""

    found = Signal(int, str)


_findings: _Findings | None = None
_waiting: dict[int, tuple[QWidget, Callable[[str], None]]] = {}
_tokens = itertools.count(1)


def _deliver(token: int, problem: str) -> None:
    parent, on_damage = _waiting.pop(token, (None, None))
    if problem and on_damage is not None and shiboken6.isValid(parent):
        on_damage(problem)


def check_pages_in_background(parent: QWidget, config: AppConfig,
                              on_damage: Callable[[str], None]) -> threading.Thread | None:
    """Start the check; `on_damage(text)` runs on the UI thread if a page is damaged and `parent` still exists."""
    global _findings
    if not config.is_sqlite:
        return None  # the server checks its own pages
    if _findings is None:
        _findings = _Findings()
        _findings.found.connect(_deliver)
    findings, token = _findings, next(_tokens)
    _waiting[token] = (parent, on_damage)

    def job() -> None:
        problem = ""
        try:
            damage = maintenance.damage_diagnosis(config)
            if damage is not None:
                log.error("database damaged: %s", damage)
                problem = str(damage)
        except Exception:  # the file replaced by a restore meanwhile, say: the next session checks again
            log.exception("page-by-page check failed")
        findings.found.emit(token, problem)

    # A plain daemon thread, not the shared pool: closing the program must not wait for a read-only check.
    thread = threading.Thread(target=job, name="page-check", daemon=True)
    thread.start()
    return thread
