"""Possible duplicates of the record being typed, with a button to open one instead."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QWidget

from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation

if TYPE_CHECKING:
    from equilibri_desktop.services.registry.duplicates import DuplicateCandidate

CHECK_DELAY_MS = 400
SHOWN_ROWS = 3
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def candidate_text(candidate: DuplicateCandidate) -> str:
    parts = [candidate.label]
    if candidate.birth_date:
        parts.append(tr("nascita {date}").format(date=candidate.birth_date.strftime("%d/%m/%Y")))
    if candidate.vat_number:
        parts.append(tr("P.IVA {code}").format(code=candidate.vat_number))
    elif candidate.fiscal_code:
        parts.append(tr("C.F. {code}").format(code=candidate.fiscal_code))
    return " — ".join(parts) + "   (" + ", ".join(candidate.reasons) + ")"


class DuplicatesPanel:
    """Drives the form's `duplicates_group`; asks the service after a pause in the typing.

    The record form hands it what it needs (whether the record is new, its values, the search, how to open a
    record) rather than itself, so the panel never imports back the form that creates it."""

    def __init__(self, owner: QWidget, form: QWidget, is_new: Callable[[], bool], collect: Callable[[], Any],
                 find: Callable[[Any], list[DuplicateCandidate]], open_record: Callable[[uuid.UUID], None]):
        self.owner = owner  # the page: parent of the timer, and of the search while it runs
        self._is_new, self._collect, self._find, self._open_record = is_new, collect, find, open_record
        self.group = form.findChild(QGroupBox, "duplicates_group")
        self.list = form.findChild(QListWidget, "duplicates_list")
        self.button = form.findChild(QPushButton, "open_duplicate_button")
        self.candidates: list[DuplicateCandidate] = []
        self._timer = QTimer(owner, singleShot=True, interval=CHECK_DELAY_MS, timeout=self.check_now)
        self.button.clicked.connect(self.open_selected)
        self.list.activated.connect(lambda _index: self.open_selected())
        self.list.currentRowChanged.connect(lambda row: self.button.setEnabled(row >= 0))

    def schedule(self) -> None:
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self.candidates = []
        self.list.clear()
        self.group.hide()

    def check_now(self) -> None:
        self._timer.stop()
        if not self._is_new():
            return self.clear()
        values, find = self._collect(), self._find
        run_operation(self.owner, lambda: find(values), on_success=self._found, writes=False)

    def _found(self, candidates: list[DuplicateCandidate]) -> None:
        if self._is_new():  # the clerk may have left the new record meanwhile
            self.show(candidates)

    def show(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = list(candidates)
        self.list.clear()
        bold = QFont()
        bold.setBold(True)
        for candidate in self.candidates:
            item = QListWidgetItem(candidate_text(candidate))
            item.setData(UUID_ROLE, candidate.uuid)
            if candidate.hard_stop:  # saving will be refused: say it before the clerk tries
                item.setFont(bold)
                item.setForeground(QBrush(QColor("#b00020")))
                item.setToolTip(tr("Stesso codice: non si può registrare di nuovo. Apri questa scheda."))
            self.list.addItem(item)
        self.group.setVisible(bool(self.candidates))
        if self.candidates:
            self.list.setCurrentRow(0)
            # As tall as its rows (up to three, then it scrolls): the form below keeps the room.
            rows = min(len(self.candidates), SHOWN_ROWS)
            self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth())

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._open_record(item.data(UUID_ROLE))
