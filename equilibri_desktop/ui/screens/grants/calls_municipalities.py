"""The call form's eligible municipalities: a checklist of the reference municipalities, with shortcuts for
the 9 of the Sud Est Milano district, all 53, or none."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton

from equilibri_desktop.services.grants.call_dto import MunicipalityChoice
from equilibri_desktop.ui.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole


class MunicipalityChecklist:
    def __init__(self, view: QListWidget, count: QLabel, changed: Callable[[], None], sud_est: QPushButton,
                 everyone: QPushButton, nobody: QPushButton):
        self.view, self.count, self.changed = view, count, changed
        self.sud_est_ids: frozenset[int] = frozenset()
        self._filling = False
        self.buttons = (sud_est, everyone, nobody)
        view.itemChanged.connect(lambda _item: self._notify())
        sud_est.clicked.connect(lambda: self.set_ids(self.sud_est_ids, notify=True))
        everyone.clicked.connect(lambda: self.set_ids({self.view.item(i).data(ID_ROLE)
                                                       for i in range(self.view.count())}, notify=True))
        nobody.clicked.connect(lambda: self.set_ids((), notify=True))

    def set_choices(self, choices: Sequence[MunicipalityChoice]) -> None:
        self._filling = True
        self.view.clear()
        for choice in choices:
            text = f"{choice.name}  ({choice.district})" if choice.district else choice.name
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, choice.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.view.addItem(entry)
        self.sud_est_ids = frozenset(c.id for c in choices if c.sud_est_milano)
        self._filling = False
        self._show_count()

    def set_ids(self, ids, notify: bool = False) -> None:
        wanted = set(ids)
        self._filling = True
        for index in range(self.view.count()):
            entry = self.view.item(index)
            state = Qt.CheckState.Checked if entry.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            if entry.checkState() != state:
                entry.setCheckState(state)
        self._filling = False
        self._show_count()
        if notify:
            self.changed()

    def ids(self) -> tuple[int, ...]:
        return tuple(sorted(self.view.item(i).data(ID_ROLE) for i in range(self.view.count())
                            if self.view.item(i).checkState() == Qt.CheckState.Checked))

    def set_read_only(self, read_only: bool) -> None:
        for index in range(self.view.count()):
            entry = self.view.item(index)
            flags = entry.flags() & ~Qt.ItemFlag.ItemIsUserCheckable if read_only else (
                entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setFlags(flags)
        for button in self.buttons:
            button.setEnabled(not read_only)

    def _notify(self) -> None:
        if not self._filling:
            self._show_count()
            self.changed()

    def _show_count(self) -> None:
        chosen = set(self.ids())
        if chosen and chosen == self.sud_est_ids:
            text = tr("I 9 comuni del Sud Est Milano")
        elif len(chosen) == 1:
            text = tr("1 comune scelto su {total}").format(total=self.view.count())
        else:
            text = tr("{n} comuni scelti su {total}").format(n=len(chosen), total=self.view.count())
        self.count.setText(text)
