"""The frame the main window puts around each screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def framed(screen: QWidget) -> QScrollArea:
    """Each screen in its own scroll frame: a screen wider or taller than a 1366×768 laptop scrolls inside the
    window instead of pushing the window past the edge of the screen (a stack is as large as its largest page,
    so one frame per screen keeps the others free of scroll bars)."""
    frame = QScrollArea(objectName=f"frame_{screen.objectName()}")
    frame.setWidgetResizable(True)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    frame.setWidget(screen)
    return frame
