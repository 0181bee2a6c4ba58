"""Errors and warnings next to their fields, in the `<field>_error` label beside each `<field>_edit`.

Errors (red, the field marked invalid) block a save; warnings (amber, "⚠") only inform — a codice
fiscale disagreeing with the birth date, say. Unlike `ui.screen.show_field_errors` this never moves
the focus, so it can run while the clerk types.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QLabel, QWidget

from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.ui.service_messages import field_error_text

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a4b00;"
WARNING_MARK = "⚠ "


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _set_invalid(form: QWidget, field: str, invalid: bool) -> QWidget | None:
    target = form.findChild(QWidget, f"{field}_edit")
    if target is not None and bool(target.property("invalid")) != invalid:
        target.setProperty("invalid", invalid)
        _restyle(target)
    return target


def merge_messages(items: Iterable[FieldError]) -> dict[str, str]:
    """One line per field, in order; two messages for one field are joined."""
    merged: dict[str, str] = {}
    for item in items:
        text = field_error_text(item)  # a coded message in the interface's language
        merged[item.field] = f"{merged[item.field]}\n{text}" if item.field in merged else text
    return merged


def show_messages(form: QWidget, errors: Mapping[str, str], warnings: Mapping[str, str]) -> list[FieldError]:
    """Show exactly these messages (clearing the others); returns those with no label to go in."""
    unplaced: list[FieldError] = []
    for label in form.findChildren(QLabel):
        name = label.objectName()
        if not name.endswith("_error"):
            continue
        field = name.removesuffix("_error")
        error, warning = errors.get(field), warnings.get(field)
        if error:
            label.setText(error)
            label.setStyleSheet(ERROR_STYLE)
        elif warning:
            label.setText(WARNING_MARK + warning.replace("\n", "\n" + WARNING_MARK))
            label.setStyleSheet(WARNING_STYLE)
        else:
            label.clear()
        label.setVisible(bool(error or warning))
        _set_invalid(form, field, bool(error))
    labelled = {label.objectName().removesuffix("_error") for label in form.findChildren(QLabel)
                if label.objectName().endswith("_error")}
    for messages in (errors, warnings):
        unplaced += [FieldError(field, message) for field, message in messages.items() if field not in labelled]
    return unplaced


def first_invalid_input(form: QWidget, errors: Mapping[str, str]) -> QWidget | None:
    """The input of the first field in error in tab order, to put the focus on after a failed save."""
    wanted = [w for f in errors if (w := form.findChild(QWidget, f"{f}_edit")) is not None and w.isEnabled()]
    widget = form.nextInFocusChain()
    for _ in range(len(form.findChildren(QWidget)) + 1):
        if widget in wanted:
            return widget
        if widget is form:
            break
        widget = widget.nextInFocusChain()
    return wanted[0] if wanted else None
