"""«Aiuto › Manuale»: a manual shipped with the program, one page per line of work, in Italian and English."""

from __future__ import annotations

from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.manual import ManualDialog, manual_pages, page_title


def test_every_page_exists_in_both_languages():
    italian, english = manual_pages("it"), manual_pages("en")
    assert len(italian) >= 3 and [p.name for p in italian] == [p.name for p in english]
    assert page_title(italian[0]) == "Start-up e contributi" and page_title(english[0]) == "Start-ups and grants"


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
