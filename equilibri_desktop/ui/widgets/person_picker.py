"""Pick a person of the registry by typing part of the name, codice fiscale, e-mail or phone."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from equilibri_desktop.ui.forms import register_widget
from equilibri_desktop.ui.i18n import tr

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 200
MAX_RESULTS = 20

# search(text, limit) -> [(uuid, label shown in the field, longer description in the list)]
Search = Callable[[str, int], Sequence[tuple[uuid.UUID, str, str]]]


@register_widget
class PersonPicker(QLineEdit):
    """`person_uuid()` is the chosen person, None while the text is not a choice from the list."""

    personChosen = Signal(object)  # uuid.UUID | None  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._search: Search | None = None
        self._uuid: uuid.UUID | None = None
        self._label = ""
        self.results = QStandardItemModel(self)
        completer = QCompleter(self.results, self)
        # The service already chose the matches (surname first, reversed names, codes): show them all.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(LABEL_ROLE)
        completer.activated[QModelIndex].connect(self._chosen)
        self.setCompleter(completer)
        self.setPlaceholderText(tr("Cerca la persona: cognome e nome, codice fiscale…"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.search_now)
        self.textEdited.connect(self._typed)
        self.textChanged.connect(self._cleared)

    def set_search(self, search: Search) -> None:
        self._search = search

    def person_uuid(self) -> uuid.UUID | None:
        return self._uuid if self.text() == self._label else None

    def set_person(self, person_uuid: uuid.UUID | None, label: str = "") -> None:
        self._uuid, self._label = person_uuid, label if person_uuid else ""
        self.setText(self._label)
        self.personChosen.emit(person_uuid)

    def _typed(self, _text: str) -> None:
        if self._uuid is not None:
            self._uuid, self._label = None, ""
            self.personChosen.emit(None)
        self._timer.start()

    def _cleared(self, text: str) -> None:
        if not text and self._uuid is not None:
            self._uuid, self._label = None, ""
            self.personChosen.emit(None)

    def search_now(self) -> None:
        text = self.text().strip()
        self.results.clear()
        if self._search is None or len(text) < 2:
            return
        for person_uuid, label, description in self._search(text, MAX_RESULTS):
            item = QStandardItem(description)
            item.setData(person_uuid, UUID_ROLE)
            item.setData(label, LABEL_ROLE)
            self.results.appendRow(item)
        if self.hasFocus() and self.results.rowCount():
            self.completer().complete()

    def choose_row(self, row: int) -> None:
        """Pick the n-th result, as a click in the list would (used by tests and keyboard helpers)."""
        self._chosen(self.results.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.set_person(index.data(UUID_ROLE), index.data(LABEL_ROLE))
