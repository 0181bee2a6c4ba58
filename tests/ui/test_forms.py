"""Every Designer form loads, and has every widget its screen asks for."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import equilibri_desktop.ui as ui_package
from equilibri_desktop.ui.forms import FormError, all_form_names, child, load_form


def _all_ui_modules():
    for info in pkgutil.walk_packages(ui_package.__path__, ui_package.__name__ + "."):
        importlib.import_module(info.name)


def _form_users() -> list[type]:
    """Every class in the ui package that declares a FORM and its WIDGETS: widgets, and the tabs a page
    composes (plain classes that load their form into a widget)."""
    import sys

    from PySide6.QtWidgets import QWidget

    _all_ui_modules()
    tabs = [value for name, module in list(sys.modules.items()) if name.startswith("equilibri_desktop.ui")
            for value in vars(module).values()
            if isinstance(value, type) and not issubclass(value, QWidget) and value.__module__ == name
            and getattr(value, "FORM", "")]
    found, pending = list(tabs), [QWidget]
    seen = set()
    while pending:
        cls = pending.pop()
        for sub in type.__subclasses__(cls):
            if sub in seen:
                continue
            seen.add(sub)
            pending.append(sub)
            if str(sub.__module__).startswith("equilibri_desktop.ui") and getattr(sub, "FORM", ""):
                found.append(sub)
    return found


def test_there_are_forms():
    assert "home/home_page" in all_form_names()
    assert len(all_form_names()) >= 4


@pytest.mark.parametrize("name", all_form_names())
def test_every_form_loads(qapp, name):
    form = load_form(name)
    assert form.objectName()
    form.deleteLater()


def test_every_screen_finds_its_widgets(qapp):
    users = _form_users()
    assert {cls.__name__ for cls in users} >= {"HomePage", "OrganisationSettingsScreen", "BackupsScreen",
                                               "PreferencesDialog"}
    used_forms = set()
    for cls in users:
        form = load_form(cls.FORM)
        used_forms.add(cls.FORM)
        for name, widget_cls in cls.WIDGETS.items():
            child(form, widget_cls, name)
        form.deleteLater()
    assert used_forms == set(all_form_names()), "a form no screen uses, or a screen without a form"


def test_missing_widget_is_reported(qapp):
    from PySide6.QtWidgets import QLineEdit

    form = load_form("home/home_page")
    with pytest.raises(FormError, match="nonexistent_edit"):
        child(form, QLineEdit, "nonexistent_edit")
