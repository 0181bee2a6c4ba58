"""Follow a form's inputs by name: every `<field>_edit` reports changes as `field`, and the problems
the inputs see by themselves (a date that is not a date, a wrong codice fiscale) are collected."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.fiscal_code_edit import FiscalCodeEdit


def field_of(widget: QWidget) -> str:
    return widget.objectName().removesuffix("_edit")


def watch_inputs(form: QWidget, edited: Callable[[str], None], left: Callable[[], None]) -> None:
    """`edited(field)` on every change of a `<field>_edit`; `left()` when a date or code field is left."""
    for widget in form.findChildren(QWidget):
        if not widget.objectName().endswith("_edit"):
            continue
        field = field_of(widget)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t, f=field: edited(f))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, f=field: edited(f))
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _t, f=field: edited(f))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c, f=field: edited(f))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda f=field: edited(f))
        if isinstance(widget, (DateEdit, FiscalCodeEdit)):
            widget.editingFinished.connect(left)


def input_problems(form: QWidget, final: bool = False) -> dict[str, str]:
    """Problems seen without asking the service: dates that are not dates, a wrong codice fiscale.

    While typing (`final` False) the date being typed is left alone, a complete but wrong code is
    shown at once and a half-typed one once the clerk leaves it. On saving (`final` True) only what
    the service cannot see counts: a date text that is not a date would reach it as "no date". The
    service checks the codes itself, with every other field, so all the messages appear at once.
    """
    problems = {}
    for widget in form.findChildren(DateEdit):
        if widget.problem() and (final or not widget.hasFocus()):
            problems[field_of(widget)] = widget.problem()
    if not final:
        for widget in form.findChildren(FiscalCodeEdit):
            problem = widget.problem() if widget.hasFocus() else widget.incomplete_problem()
            if problem:
                problems[field_of(widget)] = problem
    return problems
