"""The criteria of a scoring sheet: one box per criterion of the call's grid, the points typed as a
commissioner writes them ("12", "12,5").

Each box is read through the domain's parser (`parse_points`): a value out of range or not a number is
an error shown next to the box as it is typed — "30" in a criterion worth 25 stays "30" and says so,
never becomes another number. Values leave the widget as exact Decimals, never floats.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.domain.grants.scoring import Criterion, format_points, parse_points, points_problem
from equilibri_desktop.services.grants.evaluation_dto import ScoringSheet
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.mnemonics import literal


def _text(points: Decimal | None) -> str:
    return format_points(points) if points is not None else ""


class CriteriaEditor:
    """Builds and reads the criteria rows inside `container` (whose layout is a QGridLayout)."""

    def __init__(self, container: QWidget, changed: Callable[[], None]):
        self.container = container
        self.layout: QGridLayout = container.layout()
        self.changed = changed
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.criteria: dict[str, Criterion] = {}

    def _clear(self) -> None:
        for row in range(self.layout.rowCount()):
            self.layout.setRowStretch(row, 0)
        while self.layout.count():
            item = self.layout.takeAt(0)
            if item.widget() is not None:
                # At once: deferred deletion waits for the event loop, and until then the old box and its
                # error label would still answer to their names (findChild) beside the new ones.
                item.widget().hide()
                item.widget().setObjectName("")
                item.widget().deleteLater()
        self.edits.clear()
        self.errors.clear()
        self.criteria.clear()

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
            edit = QLineEdit(_text(criterion.points), self.container)
            edit.setObjectName(f"{criterion.code}_edit")
            edit.setPlaceholderText("—")
            edit.setMaximumWidth(90)
            edit.setMinimumWidth(70)
            edit.setEnabled(sheet.editable)
            edit.setToolTip(tr("Da 0 a {max} punti").format(max=format_points(criterion.max_points)))
            edit.textChanged.connect(lambda _text, code=criterion.code: self._edited(code))
            label.setBuddy(edit)
            most = QLabel(tr("su {max}").format(max=format_points(criterion.max_points)), self.container)
            most.setStyleSheet("font-weight: normal; color: #5b6b7b;")
            error = QLabel(self.container)
            error.setObjectName(f"{criterion.code}_error")
            error.setStyleSheet("color: #b00020; font-weight: normal;")
            error.setWordWrap(True)
            error.hide()
            self.layout.addWidget(label, row, 0)
            self.layout.addWidget(edit, row, 1)
            self.layout.addWidget(most, row, 2)
            self.layout.addWidget(error, row + 1, 0, 1, 3)
            for widget in (label, edit, most):
                widget.show()  # now, not when the layout gets round to it: focus_first may follow at once
            self.edits[criterion.code] = edit
            self.errors[criterion.code] = error
            self.criteria[criterion.code] = Criterion(criterion.code, criterion.max_points, criterion.label)
        # The rows stay together at the top; the room left goes below them.
        self.layout.setRowStretch(len(sheet.criteria) * 2, 1)
        previous = None
        for edit in self.edits.values():
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit

    def last(self) -> QWidget | None:
        return next(reversed(self.edits.values()), None)

    def _problem(self, code: str) -> str:
        return points_problem(self.criteria[code], self.edits[code].text())

    def _edited(self, code: str) -> None:
        self._show(code, self._problem(code))
        self.changed()

    def points(self) -> dict[str, Decimal]:
        """The valid points typed (a box with an error counts as not scored until it is corrected)."""
        return {code: parse_points(self.criteria[code], edit.text()) for code, edit in self.edits.items()
                if edit.text().strip() and not self._problem(code)}

    def problems(self) -> list[FieldError]:
        return [FieldError(code, problem) for code in self.edits if (problem := self._problem(code))]

    def focus_first(self) -> None:
        first = next((e for e in self.edits.values() if not e.text().strip()), None) \
            or next(iter(self.edits.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def clear_errors(self) -> None:
        for code in self.errors:
            self._show(code, "")

    def show_errors(self, errors: list[FieldError]) -> None:
        first = None
        for item in errors:
            if item.field in self.errors:
                self._show(item.field, item.message)
                first = first or self.edits[item.field]
        if first is not None:
            first.setFocus()

    def _show(self, code: str, message: str) -> None:
        label, edit = self.errors[code], self.edits[code]
        label.setText(message)
        label.setVisible(bool(message))
        edit.setProperty("invalid", bool(message))
        edit.style().unpolish(edit)
        edit.style().polish(edit)
