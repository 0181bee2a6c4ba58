"""The application's look: Fusion (the same on every Windows version) plus our stylesheet."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from equilibri_desktop.paths import stylesheet_path


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    path = stylesheet_path()
    if path.exists():
        app.setStyleSheet(path.read_text(encoding="utf-8"))
