"""Loads Designer `.ui` files at run time (never `loadUiType`: it needs uic and breaks frozen builds).

Forms may promote inputs to our own widget classes (`DateEdit`, `FiscalCodeEdit`…). Such a class is
made known once with `register_widget`; until it is, the loader builds the Qt base class the form names
in `<customwidgets>`, so every form still loads (the forms test and the self-test load them all).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from equilibri_desktop.paths import forms_dir

_loader: QUiLoader | None = None
_custom_widgets: list[type[QWidget]] = []
WidgetClass = TypeVar("WidgetClass", bound=type[QWidget])


class FormError(RuntimeError):
    pass


def form_path(name: str) -> Path:
    """`name` is relative to forms/, without extension: 'admin/backups'."""
    return forms_dir() / f"{name}.ui"


def all_form_names() -> list[str]:
    root = forms_dir()
    return sorted(p.relative_to(root).with_suffix("").as_posix() for p in root.rglob("*.ui"))


def register_widget(cls: WidgetClass) -> WidgetClass:
    """Build `cls` wherever a form promotes an input to its class name; usable as a class decorator."""
    if cls not in _custom_widgets:
        _custom_widgets.append(cls)
        if _loader is not None:
            _loader.registerCustomWidget(cls)
    return cls


def registered_widgets() -> tuple[type[QWidget], ...]:
    return tuple(_custom_widgets)


def _the_loader() -> QUiLoader:
    global _loader
    if _loader is None:
        _loader = QUiLoader()
        for cls in _custom_widgets:
            _loader.registerCustomWidget(cls)
    return _loader


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    loader = _the_loader()
    path = form_path(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Modulo dell'interfaccia mancante: {path}")
    try:
        widget = loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise FormError(f"Modulo dell'interfaccia non leggibile: {path}: {loader.errorString()}")
    return widget


def child(form: QWidget, cls: type, name: str):
    """A named widget of a loaded form; a missing name is a programming error, caught by tests."""
    found = form.findChild(cls, name)
    if found is None:
        raise FormError(f"Il modulo {form.objectName()} non ha il widget {name!r} di tipo {cls.__name__}")
    return found
