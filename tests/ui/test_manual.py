"""«Aiuto › Manuale»: a manual shipped with the program, one page per line of work, in Italian and English."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument

from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.manual import ManualDialog, manual_pages, page_title


def test_every_page_exists_in_both_languages():
    italian, english = manual_pages("it"), manual_pages("en")
    assert len(italian) >= 3 and [p.name for p in italian] == [p.name for p in english]
    assert page_title(italian[0]) == "Start-up e contributi" and page_title(english[0]) == "Start-ups and grants"


def test_every_line_of_work_has_its_page():
    assert [page_title(p) for p in manual_pages("it")] == [
        "Start-up e contributi", "Anagrafiche", "Amministrazione", "Rete e accordi", "Lavoro agile",
        "Consulenza PMI", "Eventi e formazione", "Portatili da campo"]
    assert [page_title(p) for p in manual_pages("en")][3:] == [
        "Network and agreements", "Flexible work", "SME consulting", "Events and training", "Field laptops"]


def test_the_help_menu_opens_the_manual_at_the_grants_page(qtbot, ctx):
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    action = window.findChild(type(window.menuBar().actions()[0]), "manual_action")
    assert action is not None and action.shortcut().toString() == "F1"
    action.trigger()
    dialog = window.findChild(ManualDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.index.count() == len(manual_pages("it"))
    text = dialog.browser.toPlainText()
    assert "a sportello" in text and "periodo per le osservazioni" in text


def test_the_grants_page_shows_pictures_of_the_real_screens_in_both_languages(qtbot):
    """The pictures (made by scripts/grant_screenshots.py) exist for every page that names one, and the manual
    window loads them: a missing or misnamed file would show as an empty frame."""
    for language in ("it", "en"):
        dialog = ManualDialog(language)
        qtbot.addWidget(dialog)
        page = manual_pages(language)[0]
        named = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", page.read_text(encoding="utf-8"))
        assert len(named) == 5 and all(f"images/{language}/" in name for name in named)
        for name in named:
            data = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
            image = QImage.fromData(data) if isinstance(data, QByteArray) else data
            assert isinstance(image, QImage) and not image.isNull() and image.width() == 760, name
