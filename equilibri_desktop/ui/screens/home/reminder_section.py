"""A home-page section of reminders from one line of work: a short list shown only when it has lines, each line
opening its record through the navigator. The lines are read in place, like the rest of the home page (a few
indexed rows): a background task would outlive a home page that is rebuilt or closed while it runs."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QSizePolicy

VISIBLE_LINES = 6  # more scroll inside the section


class ReminderSection(QGroupBox):
    """Subclasses set `self.ctx` and `self.items` (their list) in their constructor and call `show_lines`."""

    ctx = None
    items: QListWidget

    def watch(self, items: QListWidget) -> None:
        self.items = items
        items.itemActivated.connect(self._open)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no empty band below
        self.hide()

    def show_lines(self, lines: Iterable[tuple[str, str, uuid.UUID]]) -> None:
        """(text, record kind, record uuid) per line."""
        self.items.clear()
        for text, kind, record_uuid in lines:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (kind, record_uuid))
            self.items.addItem(item)
        count = self.items.count()
        self.items.setFixedHeight(8 + self.items.sizeHintForRow(0) * min(max(count, 1), VISIBLE_LINES))
        self.setVisible(count > 0)

    def _open(self, item: QListWidgetItem) -> None:
        kind, record_uuid = item.data(Qt.ItemDataRole.UserRole)
        if self.ctx.navigator is not None:
            self.ctx.navigator.open_record(kind, record_uuid)

    @classmethod
    def add_to(cls, page) -> ReminderSection:
        """Put the section at the end of the home page's form and return it."""
        section = cls(page.ctx, page.form)
        page.form.layout().addWidget(section)
        return section
