"""Opening a record from anywhere: `ctx.navigator.open_record("person", uuid)` shows the screen registered
for that kind of record (`ScreenEntry.record_kinds` in ui/navigation.py) and asks it to show the record.

Screens never import each other to jump to a record, and never probe with `hasattr`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class Navigator(QObject):
    """Lives as long as the main window; `ctx.navigator` for screens."""

    # Emitted after a backup has been restored over the database: the shell reloads every screen.
    database_replaced = Signal()

    def __init__(self, open_screen: Callable[[str], QWidget | None],
                 screen_for_kind: Callable[[str], str | None], parent: QObject | None = None):
        super().__init__(parent)
        self._open_screen = open_screen
        self._screen_for_kind = screen_for_kind

    def open_screen(self, key: str) -> QWidget | None:
        return self._open_screen(key)

    def can_open(self, kind: str) -> bool:
        return self._screen_for_kind(kind) is not None

    def open_record(self, kind: str, record_uuid: uuid.UUID) -> bool:
        """False when the user may not open that kind of record (the screen is not theirs)."""
        key = self._screen_for_kind(kind)
        if key is None:
            return False
        screen = self._open_screen(key)
        return bool(screen is not None and screen.open_record(record_uuid))

    # The kinds used today, spelled once.
    def open_person(self, record_uuid: uuid.UUID) -> bool:
        return self.open_record("person", record_uuid)

    def open_organisation(self, record_uuid: uuid.UUID) -> bool:
        return self.open_record("organisation", record_uuid)

    def open_application(self, record_uuid: uuid.UUID) -> bool:
        return self.open_record("grant_application", record_uuid)
