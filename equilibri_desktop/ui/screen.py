"""Base for screens built on a Designer form: the form is layout, the subclass is behaviour."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.service_messages import field_error_text


class ScreenBehaviour:
    """What the main window may ask of any screen; every screen inherits these defaults.

    The shell calls these methods directly (never `hasattr`): a screen overrides what it needs.
    """

    def refresh(self) -> None:
        """Read again what the screen shows (the user came back to it, or data changed elsewhere)."""

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_draft(self) -> None:
        """The clerk chose to throw unsaved changes away: no draft comes back next time."""

    def database_replaced(self) -> None:
        """A backup was restored over the database: everything shown is stale."""
        self.refresh()

    def open_record(self, record_uuid) -> bool:
        """Show one record (the navigator calls this on the screen registered for the record's kind)."""
        return False


class FormScreen(ScreenBehaviour, QWidget):
    """Loads `FORM` and exposes the widgets named in `WIDGETS` as `self.ui.<name>`.

    The forms test reads `FORM` and `WIDGETS` of every screen, so a renamed widget fails a test,
    not a clerk.
    """

    FORM: str = ""
    WIDGETS: dict[str, type] = {}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.addWidget(self.form)
        if self.form.layout() is not None:
            self.form.layout().setContentsMargins(0, 0, 0, 0)
        self.ui = SimpleNamespace(**{name: child(self.form, cls, name) for name, cls in self.WIDGETS.items()})


def clear_field_errors(form: QWidget) -> None:
    for label in form.findChildren(QLabel):
        if label.objectName().endswith("_error"):
            label.clear()
            label.hide()
    for widget in form.findChildren(QWidget):
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def show_field_errors(form: QWidget, error: ValidationError) -> list[str]:
    """Put each message next to its field (`<field>_error` label); returns fields with no place."""
    clear_field_errors(form)
    unplaced = []
    first_input = None
    for item in error.errors:
        label = form.findChild(QLabel, f"{item.field}_error")
        if label is None:
            unplaced.append(item.field)
            continue
        label.setText(field_error_text(item))
        label.show()
        target = label.buddy() or form.findChild(QWidget, f"{item.field}_edit")
        if target is not None:
            target.setProperty("invalid", True)
            target.style().unpolish(target)
            target.style().polish(target)
            first_input = first_input or target
    if first_input is not None:
        first_input.setFocus()
    return unplaced
