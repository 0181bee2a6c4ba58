"""Municipality input: one of the reference municipalities of the territory, picked with a completer, or
any other municipality written out (people move in from everywhere)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.ui.forms import register_widget
from equilibri_desktop.ui.i18n import tr


@register_widget
class MunicipalityPicker(QComboBox):
    """`municipality_id()` when the text is a reference municipality, else `municipality_name()`.

    The list comes from the service (`services.municipalities.list_municipalities`) through
    `set_municipalities`: the widget itself never reads the database.
    """

    municipalityChanged = Signal(object)  # MunicipalityRef | None  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._refs: dict[int, MunicipalityRef] = {}
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "donato" finds San Donato Milanese
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(tr("Scegli dall'elenco o scrivi il comune"))
        self.currentTextChanged.connect(lambda _text: self.municipalityChanged.emit(self.municipality()))

    def set_municipalities(self, refs: Sequence[MunicipalityRef]) -> None:
        current_id, current_name = self.municipality_id(), self.municipality_name()
        self.blockSignals(True)
        self.clear()
        self._refs = {ref.id: ref for ref in refs}
        for ref in refs:
            self.addItem(ref.name, ref.id)
        self.blockSignals(False)
        self.set_value(current_id, current_name)

    def set_value(self, municipality_id: int | None, name: str = "") -> None:
        index = self.findData(municipality_id) if municipality_id is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(-1)
            self.setEditText(name)

    def municipality(self) -> MunicipalityRef | None:
        typed = " ".join(self.currentText().split()).casefold()
        if not typed:
            return None
        return next((ref for ref in self._refs.values() if ref.name.casefold() == typed), None)

    def municipality_id(self) -> int | None:
        ref = self.municipality()
        return ref.id if ref else None

    def municipality_name(self) -> str:
        """The written-out name of a municipality outside the list ('' when it is one of the list)."""
        return "" if self.municipality() else " ".join(self.currentText().split())

    def clear_value(self) -> None:
        self.set_value(None, "")
