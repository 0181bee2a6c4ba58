"""The criteria of a scoring sheet: one spin box per criterion of the call's grid, limited to its maximum.

A criterion not scored yet shows "—" (the spin box's minimum, one below zero); the first step up gives 0.
Values leave the widget as exact Decimals with two places, never as floats.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QWidget,
)

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.grants.scoring import format_points
from equilibri_desktop.services.grants.evaluation_dto import ScoringSheet
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.mnemonics import literal

NOT_SCORED = -1.0


def spin_points(spin: QDoubleSpinBox) -> Decimal | None:
    value = spin.value()
    if value < 0:
        return None
    return Decimal(f"{value:.2f}")  # the two decimals the box shows, exactly


class CriteriaEditor:
    """Builds and reads the criteria rows inside `container` (whose layout is a QGridLayout)."""

    def __init__(self, container: QWidget, changed: Callable[[], None]):
        self.container = container
        self.layout: QGridLayout = container.layout()
        self.changed = changed
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.errors: dict[str, QLabel] = {}

    def _clear(self) -> None:
        for row in range(self.layout.rowCount()):
            self.layout.setRowStretch(row, 0)
        while self.layout.count():
            item = self.layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: deferred deletion waits for the event loop
                item.widget().deleteLater()
        self.spins.clear()
        self.errors.clear()

    def show_sheet(self, sheet: ScoringSheet | None) -> None:
        self._clear()
        if sheet is None:
            return
        for index, criterion in enumerate(sheet.criteria):
            row = index * 2
            # Alt+1…9 jumps to a criterion: the grid has at most a handful of lines.
            prefix = f"&{index + 1}. " if index < 9 else f"{index + 1}. "
            label = QLabel(f"{prefix}{literal(criterion.label)}", self.container)
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: normal;")
            spin = QDoubleSpinBox(self.container)
            spin.setObjectName(f"{criterion.code}_edit")
            spin.setDecimals(2)
            spin.setRange(NOT_SCORED, float(criterion.max_points))
            spin.setSingleStep(1.0)
            spin.setSpecialValueText("—")
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            spin.setKeyboardTracking(True)
            spin.setMinimumWidth(90)
            spin.setValue(float(criterion.points) if criterion.points is not None else NOT_SCORED)
            spin.setEnabled(sheet.editable)
            spin.setToolTip(tr("Da 0 a {max} punti").format(max=format_points(criterion.max_points)))
            spin.valueChanged.connect(lambda value, box=spin: self._value_changed(box, value))
            label.setBuddy(spin)
            most = QLabel(tr("su {max}").format(max=format_points(criterion.max_points)), self.container)
            most.setStyleSheet("font-weight: normal; color: #5b6b7b;")
            error = QLabel(self.container)
            error.setObjectName(f"{criterion.code}_error")
            error.setStyleSheet("color: #b00020; font-weight: normal;")
            error.setWordWrap(True)
            error.hide()
            self.layout.addWidget(label, row, 0)
            self.layout.addWidget(spin, row, 1)
            self.layout.addWidget(most, row, 2)
            self.layout.addWidget(error, row + 1, 0, 1, 3)
            for widget in (label, spin, most):
                widget.show()  # now, not when the layout gets round to it: focus_first may follow at once
            self.spins[criterion.code] = spin
            self.errors[criterion.code] = error
        # The rows stay together at the top; the room left goes below them.
        self.layout.setRowStretch(len(sheet.criteria) * 2, 1)
        previous = None
        for spin in self.spins.values():
            if previous is not None:
                QWidget.setTabOrder(previous, spin)
            previous = spin

    def _value_changed(self, spin: QDoubleSpinBox, value: float) -> None:
        if NOT_SCORED < value < 0:  # typed "-0,5": there are no negative points
            spin.setValue(0.0)
            return
        self.changed()

    def points(self) -> dict[str, Decimal]:
        return {code: value for code, spin in self.spins.items() if (value := spin_points(spin)) is not None}

    def focus_first(self) -> None:
        first = next((s for s in self.spins.values() if s.value() < 0), None) or next(iter(self.spins.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def clear_errors(self) -> None:
        for code, label in self.errors.items():
            label.hide()
            self._mark(self.spins[code], False)

    def show_errors(self, error: ValidationError) -> None:
        first = None
        for item in error.errors:
            label = self.errors.get(item.field)
            if label is None:
                continue
            label.setText(item.message)
            label.show()
            self._mark(self.spins[item.field], True)
            first = first or self.spins[item.field]
        if first is not None:
            first.setFocus()

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
