"""Helpers for the registry screen tests: open a screen, type like a clerk, read the list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication

from equilibri_desktop.ui.screens.registry.screens import OrganisationsScreen, PeopleScreen

WAIT_MS = 5000


def open_screen(qtbot, ctx, cls=PeopleScreen):
    screen = cls(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    activate(qtbot, screen)
    return screen


def activate(qtbot, window) -> None:
    """Make `window` the active one, so focus and window shortcuts behave as on a desktop."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def people(qtbot, ctx) -> PeopleScreen:
    return open_screen(qtbot, ctx, PeopleScreen)


def organisations(qtbot, ctx) -> OrganisationsScreen:
    return open_screen(qtbot, ctx, OrganisationsScreen)


def type_text(qtbot, edit, text: str) -> None:
    """Replace the text of a line edit as typing would; non-ASCII text is set directly (keyClicks with
    accented letters kills the test process) and announced with textEdited."""
    edit.setFocus()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setText(text)
        edit.textEdited.emit(text)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def shown_rows(list_page) -> list:
    model = list_page.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_object(row) for row in range(model.rowCount())]


def names(list_page) -> list[str]:
    return [getattr(row, "display_name", None) or row.name for row in shown_rows(list_page)]


def select_rows(list_page, *rows: int) -> None:
    view = list_page.view
    view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        view.selectionModel().select(list_page.model.index(row, 0), flags)
    view.selectionModel().setCurrentIndex(list_page.model.index(rows[-1], 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)


def row_of(list_page, label: str) -> int:
    for number, row in enumerate(shown_rows(list_page)):
        if (getattr(row, "display_name", None) or row.name) == label:
            return number
    raise AssertionError(f"{label!r} not in the list")


def click_header(qtbot, view, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def save_form(qtbot, form) -> bool:
    """Save the form and wait for the operation: True when the record was stored."""
    from tests.ui.waiting import settle

    stored = []

    def record(*args) -> None:
        stored.append(args)

    form.saved.connect(record)
    try:
        form.save()
        settle(qtbot)
    finally:
        form.saved.disconnect(record)
    return bool(stored)
