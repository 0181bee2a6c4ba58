"""Autosave of a form's unsaved input as a draft (services.drafts), offered back after a crash.

A screen creates one `DraftKeeper`, calls `changed()` on every edit, `discard()` once it saved or the
user threw the changes away, and `offer()` when it opens. Drafts are files, never the audited database.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from equilibri_desktop.services.access import drafts
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr

log = logging.getLogger(__name__)
AUTOSAVE_MS = 5_000


class DraftKeeper(QObject):
    def __init__(self, db: Database, form_key: str, record_uuid: uuid.UUID | None, *,
                 collect: Callable[[], dict[str, Any]], apply: Callable[[dict[str, Any]], None],
                 is_dirty: Callable[[], bool], parent: QWidget, interval_ms: int = AUTOSAVE_MS):
        super().__init__(parent)
        self.db, self.form_key, self.record_uuid = db, form_key, record_uuid
        self._collect, self._apply, self._is_dirty = collect, apply, is_dirty
        self._parent = parent
        self._saved: dict[str, Any] | None = None  # what the draft file holds now
        self.enabled = True
        self.timer = QTimer(self, interval=interval_ms, timeout=self.save_now)

    def changed(self) -> None:
        """An edit happened: the draft is written at the next tick, not on every keystroke."""
        if self.enabled and not self.timer.isActive():
            self.timer.start()

    def save_now(self) -> None:
        if not self._is_dirty():
            self.discard()  # edited back to what is saved: nothing to keep
            return
        data = self._collect()
        if data == self._saved:
            return
        try:
            drafts.save_draft(self.db, self.form_key, self.record_uuid, data)
        except OSError as error:  # a full disk must not interrupt typing; the form itself still works
            log.warning("draft not written (%s)", type(error).__name__)
            return
        self._saved = data

    def discard(self) -> None:
        self.timer.stop()
        self._saved = None
        try:
            drafts.discard_draft(self.db, self.form_key, self.record_uuid)
        except OSError as error:
            log.warning("draft not removed (%s)", type(error).__name__)

    def offer(self) -> bool:
        """If an earlier session left a draft, ask whether to restore it; True when it was restored."""
        draft = drafts.load_draft(self.db, self.form_key, self.record_uuid)
        if draft is None:
            return False
        if not Messages.confirm(self._parent, tr("Modifiche non salvate"),
                                tr("Ci sono modifiche non salvate di una sessione precedente: recuperarle?"),
                                ok_label=tr("Recupera")):
            self.discard()
            return False
        self._apply(draft.data)
        self._saved = dict(draft.data)
        self.timer.start()  # still unsaved: keep it safe until the user saves or discards
        return True
