"""A window opens inside the screen it is on, whatever size it had last time or asks for."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """Keep the window inside the screen it opens on (1280×800 would put the bottom off a 768-pixel screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar and borders, when known
    width = min(window.width(), room.width() - frame.width())
    height = min(window.height(), room.height() - max(frame.height(), 32))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(room.topLeft())
