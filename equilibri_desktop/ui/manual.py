"""«Aiuto › Manuale»: the short manual shipped with the program and readable offline, one Markdown page per
line of work in `resources/manual/<language>/` (Italian, with English), shown in a QTextBrowser. Its pictures
(`resources/manual/images/<language>/`) are taken from the real screens by scripts/grant_screenshots.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QTextBrowser, QWidget

from equilibri_desktop.paths import resources_dir
from equilibri_desktop.ui.i18n import tr


def manual_folder() -> Path:
    return resources_dir() / "manual"


def manual_pages(language: str) -> list[Path]:
    """The pages in the user's language, Italian when it has none."""
    folder = manual_folder() / language
    if not folder.is_dir():
        folder = manual_folder() / "it"
    return sorted(folder.glob("*.md"))


def page_title(path: Path) -> str:
    first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
    return first.lstrip("# ").strip()


class ManualDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("manual_dialog")
        self.setWindowTitle(tr("Manuale"))
        self.pages = manual_pages(language)
        self.index = QListWidget(self)
        self.index.setObjectName("manual_index")
        self.index.addItems([page_title(p) for p in self.pages])
        self.index.setMaximumWidth(220)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manual_text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(manual_folder())])  # the pages name their pictures images/<language>/…
        layout = QHBoxLayout(self)
        layout.addWidget(self.index)
        layout.addWidget(self.browser, 1)
        self.index.currentRowChanged.connect(self.show_page)
        self.resize(1040, 640)  # the pictures are 760 pixels wide
        if self.pages:
            self.index.setCurrentRow(0)

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.browser.setMarkdown(self.pages[row].read_text(encoding="utf-8"))

    @classmethod
    def open_for(cls, parent: QWidget, language: str) -> ManualDialog:
        dialog = cls(language, parent)
        dialog.show()  # not modal: the clerk reads it beside the screen she works on
        return dialog
