"""Flexwork forms: each row an input named `<field>_edit` with its `<field>_error` label below, so the operation
runner places a service's ValidationError next to the right field. `Designed` loads a screen's Designer form
(`forms/flexwork/*.ui`); `FieldForm` still lays out in code the few small forms not yet moved to Designer."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.flexwork.codes import Place
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.widgets.date_edit import DateEdit

ERROR_STYLE = "color: #b00020;"


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


class FieldForm(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setVerticalSpacing(3)
        self.inputs: dict[str, QWidget] = {}

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"{field}_edit")
        error = QLabel(self)
        error.setObjectName(f"{field}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        error.setBuddy(widget)
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)  # the label's &mnemonic jumps to the field
        self.layout_.addRow(caption, cell)
        self.inputs[field] = widget
        return widget

    def line(self, field: str, label: str, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        return self.add(field, label, edit)

    def text(self, field: str, label: str, rows: int = 2) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setFixedHeight(12 + rows * edit.fontMetrics().lineSpacing())
        return self.add(field, label, edit)

    def number(self, field: str, label: str, maximum: int, minimum: int = 0) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(minimum, maximum)
        return self.add(field, label, spin)

    def date(self, field: str, label: str) -> DateEdit:
        return self.add(field, label, DateEdit(self))

    def check(self, field: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        return self.add(field, "", box)

    def choice(self, field: str, label: str, enum) -> QComboBox:
        combo = QComboBox(self)
        for member in enum:
            combo.addItem(domain_tr(member.label), member.value)
        return self.add(field, label, combo)

    def band(self, field: str, label: str) -> tuple[QLineEdit, QLineEdit]:
        """Two HH:MM texts side by side: a band of the day."""
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        start, end = QLineEdit(holder), QLineEdit(holder)
        for edit, name in ((start, f"{field}_start_edit"), (end, f"{field}_end_edit")):
            edit.setInputMask("99:99;_")
            edit.setMaximumWidth(70)
            edit.setObjectName(name)
        row.addWidget(start)
        row.addWidget(QLabel("–", holder))
        row.addWidget(end)
        row.addStretch(1)
        self.add(field, label, holder)
        holder.setFocusProxy(start)
        return start, end


def band_text(edit: QLineEdit) -> str:
    text = edit.text().strip()
    return "" if text in (":", "") else text


def set_band(edit: QLineEdit, value: str) -> None:
    edit.setText(value.replace(":", "") if value else "")


def select_code(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(max(0, combo.findData(getattr(value, "value", value))))


def scrolling(widget: QWidget) -> QScrollArea:
    """A tall form scrolls inside the tab instead of growing the screen past a laptop's height or width."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area
