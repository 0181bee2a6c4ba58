"""Per-installation UI state (language, geometry, splitters, column widths) in an INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication, QHeaderView, QSplitter, QWidget

LANGUAGES = ("it", "en")


class UiState:
    def __init__(self, path: Path):
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self.settings.value("ui/language", "it"))
        return value if value in LANGUAGES else "it"

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("ui/language", value if value in LANGUAGES else "it")

    def _key(self, widget: QWidget, what: str) -> str:
        return f"{type(widget).__name__}/{widget.objectName() or 'main'}/{what}"

    def save_geometry(self, widget: QWidget) -> None:
        self.settings.setValue(self._key(widget, "geometry"), widget.saveGeometry())

    def restore_geometry(self, widget: QWidget) -> bool:
        data = self.settings.value(self._key(widget, "geometry"))
        if not isinstance(data, QByteArray) or not widget.restoreGeometry(data):
            return False
        keep_on_screen(widget)
        return True

    def save_splitter(self, splitter: QSplitter, owner: QWidget) -> None:
        self.settings.setValue(self._key(owner, f"splitter-{splitter.objectName()}"), splitter.saveState())

    def restore_splitter(self, splitter: QSplitter, owner: QWidget) -> None:
        data = self.settings.value(self._key(owner, f"splitter-{splitter.objectName()}"))
        if isinstance(data, QByteArray):
            splitter.restoreState(data)

    def save_header(self, header: QHeaderView, owner: QWidget) -> None:
        self.settings.setValue(self._key(owner, "header"), header.saveState())

    def restore_header(self, header: QHeaderView, owner: QWidget) -> None:
        data = self.settings.value(self._key(owner, "header"))
        if isinstance(data, QByteArray):
            header.restoreState(data)

    def sync(self) -> None:
        self.settings.sync()


def keep_on_screen(widget: QWidget) -> None:
    """A window saved on a monitor that is gone comes back onto the primary screen."""
    frame = widget.frameGeometry()
    screens = QApplication.screens()
    if any(screen.availableGeometry().intersects(frame) for screen in screens):
        visible = max(
            (screen.availableGeometry().intersected(frame) for screen in screens),
            key=lambda r: r.width() * r.height(),
        )
        if visible.width() >= 200 and visible.height() >= 100:
            return
    primary = QApplication.primaryScreen().availableGeometry()
    size = frame.size().boundedTo(primary.size())
    widget.setGeometry(QRect(primary.topLeft(), size).translated(
        (primary.width() - size.width()) // 2, (primary.height() - size.height()) // 2))
