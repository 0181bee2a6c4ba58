"""Loading the registry's Designer forms, whose inputs are our own widgets (promoted in Designer).

`ui.forms.load_form` builds plain Qt classes; the registry forms promote some inputs to
`DateEdit`, `FiscalCodeEdit`, `MunicipalityPicker` and `PersonPicker`, which a loader must know by
name. Loaded elsewhere (the forms test) they fall back to their Qt base class, so `WIDGETS` names
the base class and the screens get the real one.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from equilibri_desktop.ui.forms import FormError, child, form_path
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.fiscal_code_edit import FiscalCodeEdit
from equilibri_desktop.ui.widgets.municipality_picker import MunicipalityPicker
from equilibri_desktop.ui.widgets.person_picker import PersonPicker

CUSTOM_WIDGETS = (DateEdit, FiscalCodeEdit, MunicipalityPicker, PersonPicker)
_loader: QUiLoader | None = None


def load_registry_form(name: str, parent: QWidget | None = None) -> QWidget:
    global _loader
    if _loader is None:
        _loader = QUiLoader()
        for cls in CUSTOM_WIDGETS:
            _loader.registerCustomWidget(cls)
    path = form_path(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Modulo dell'interfaccia mancante: {path}")
    try:
        widget = _loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise FormError(f"Modulo dell'interfaccia non leggibile: {path}: {_loader.errorString()}")
    return widget


def attach_form(owner: QWidget, name: str, widgets: dict[str, type],
                margins: tuple[int, int, int, int] = (18, 14, 18, 12)) -> tuple[QWidget, SimpleNamespace]:
    """Load `name` into `owner` (filling it) and return the form and its named widgets."""
    form = load_registry_form(name, owner)
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
