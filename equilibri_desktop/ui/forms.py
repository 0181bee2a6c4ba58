"""Loads Designer `.ui` files at run time (never `loadUiType`: it needs uic and breaks frozen builds)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from equilibri_desktop.paths import forms_dir

_loader: QUiLoader | None = None


class FormError(RuntimeError):
    pass


def form_path(name: str) -> Path:
    """`name` is relative to forms/, without extension: 'admin/backups'."""
    return forms_dir() / f"{name}.ui"


def all_form_names() -> list[str]:
    root = forms_dir()
    return sorted(p.relative_to(root).with_suffix("").as_posix() for p in root.rglob("*.ui"))


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    global _loader
    if _loader is None:
        _loader = QUiLoader()
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


def child(form: QWidget, cls: type, name: str):
    """A named widget of a loaded form; a missing name is a programming error, caught by tests."""
    found = form.findChild(cls, name)
    if found is None:
        raise FormError(f"Il modulo {form.objectName()} non ha il widget {name!r} di tipo {cls.__name__}")
    return found
