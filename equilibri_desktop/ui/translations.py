"""Qt Linguist translators: our `.qm` for English, Qt's own catalogue for standard buttons."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from equilibri_desktop.paths import translations_dir

_installed: list[QTranslator] = []  # translators must outlive the call or Qt drops them


def install_translators(app: QApplication, language: str) -> list[str]:
    """Install the catalogues for `language`; returns what was loaded (for the log)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    QLocale.setDefault(QLocale(QLocale.Language.Italian if language == "it" else QLocale.Language.English,
                               QLocale.Country.Italy))
    qt_catalogue = QTranslator(app)
    if qt_catalogue.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_catalogue)
        _installed.append(qt_catalogue)
        loaded.append(f"qtbase_{language}")
    if language != "it":  # Italian is the source language: nothing to load
        ours = QTranslator(app)
        if ours.load(f"equilibri_{language}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded.append(f"equilibri_{language}")
    return loaded
