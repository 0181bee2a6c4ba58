"""Flexwork screens are laid out by Designer forms (`forms/flexwork/*.ui`): each row an input named `<field>_edit`
with its `<field>_error` label below, so the operation runner places a service's ValidationError next to the right
field. `Designed` loads a screen's form; the helpers fill its combos, bands and place boxes."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.flexwork.codes import Place
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.screens.welfare.common import fill_table


class Designed:
    """Mixin for a QWidget laid out by a Designer form: `WIDGETS` become `self.ui.<name>` (the forms test checks
    each name against the form), the loaded form fills the widget edge to edge."""

    FORM = ""
    WIDGETS: dict[str, type] = {}

    def load_designed(self) -> SimpleNamespace:
        self.designed = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.designed)
        return SimpleNamespace(**{name: child(self.designed, cls, name) for name, cls in self.WIDGETS.items()})


def focus_chain(container: QWidget) -> list[QWidget]:
    """The container's keyboard-focusable widgets in their current Tab order (the form's `<tabstops>`)."""
    inside = [w for w in container.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not inside:
        return []
    chain, widget = [], inside[0]
    for _ in range(len(container.findChildren(QWidget)) * 2 + 2):
        widget = widget.nextInFocusChain()
        if widget in inside and widget not in chain:
            chain.append(widget)
        if len(chain) == len(inside):
            break
    start = min(range(len(chain)), key=lambda i: inside.index(chain[i]))  # the form's first tab stop leads
    return chain[start:] + chain[:start]


def set_tab_chain(*widgets: QWidget) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def fill_keyed(table: QTableWidget, headers, rows, keys, role: int, **options) -> None:
    """`fill_table`, each row's first cell holding its key: set before sorting, or a sorted table would give
    row i another record's key."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    fill_table(table, headers, rows, **options)
    for index, key in enumerate(keys):
        table.item(index, 0).setData(role, key)
    table.setSortingEnabled(sorting)


def fill_choices(combo: QComboBox, enum) -> QComboBox:
    for member in enum:
        combo.addItem(domain_tr(member.label), member.value)
    return combo


def band_edits(form: QWidget, field: str) -> tuple[QLineEdit, QLineEdit]:
    return child(form, QLineEdit, f"{field}_start_edit"), child(form, QLineEdit, f"{field}_end_edit")


def place_boxes(form: QWidget, field: str) -> dict[Place, QCheckBox]:
    """The form's check box per place (`<field>_<code>_box`), captioned from the domain's labels."""
    boxes = {place: child(form, QCheckBox, f"{field}_{place.value}_box") for place in Place}
    for place, box in boxes.items():
        box.setText(domain_tr(place.label))
    return boxes


def place_widgets(field: str) -> dict[str, type]:
    return {f"{field}_{place.value}_box": QCheckBox for place in Place}


def band_text(edit: QLineEdit) -> str:
    text = edit.text().strip()
    return "" if text in (":", "") else text


def set_band(edit: QLineEdit, value: str) -> None:
    edit.setText(value.replace(":", "") if value else "")


def select_code(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(max(0, combo.findData(getattr(value, "value", value))))
