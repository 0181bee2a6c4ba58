"""The registry's pages and dialogs built on Designer forms, whose inputs are our own widgets.

The forms promote some inputs to `DateEdit`, `FiscalCodeEdit`, `MunicipalityPicker` and `PersonPicker`;
each of those classes registers itself with `ui.forms` when its module is imported, which importing
them here guarantees before any registry form is loaded.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QVBoxLayout, QWidget

from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.fiscal_code_edit import FiscalCodeEdit
from equilibri_desktop.ui.widgets.municipality_picker import MunicipalityPicker
from equilibri_desktop.ui.widgets.person_picker import PersonPicker

CUSTOM_WIDGETS = (DateEdit, FiscalCodeEdit, MunicipalityPicker, PersonPicker)


def attach_form(owner: QWidget, name: str, widgets: dict[str, type],
                margins: tuple[int, int, int, int] = (18, 14, 18, 12)) -> tuple[QWidget, SimpleNamespace]:
    """Load `name` into `owner` (filling it) and return the form and its named widgets."""
    form = load_form(name, owner)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(*margins)
    layout.addWidget(form)
    if form.layout() is not None:
        form.layout().setContentsMargins(0, 0, 0, 0)
    return form, SimpleNamespace(**{key: child(form, cls, key) for key, cls in widgets.items()})


class RegistryPage(QWidget):
    """A screen page of the registry built on a Designer form, like `ui.screen.FormScreen`."""

    FORM: str = ""
    WIDGETS: dict[str, type] = {}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form, self.ui = attach_form(self, self.FORM, self.WIDGETS)
