"""The shell: navigation, title, status bar, shortcuts, geometry kept across runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.navigation import AREAS, SCREENS, visible_areas


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def test_navigation_lists_only_areas_with_screens(qtbot, ctx):
    window = _window(qtbot, ctx)
    top_level = [window.nav.topLevelItem(i).text(0) for i in range(window.nav.topLevelItemCount())]
    assert top_level[0] == "Home"
    assert "Amministrazione" in top_level
    for area in AREAS:
        has_screens = any(entry.area == area for entry in SCREENS)
        assert (area in top_level) == has_screens
    assert visible_areas() == [a for a in top_level if a in AREAS]


def test_clicking_navigation_opens_screens(qtbot, ctx):
    window = _window(qtbot, ctx)
    item = window.nav_items["backups"]
    window.nav.setCurrentItem(item)
    assert window.current_screen().objectName() == "screen_backups"
    window.nav.setCurrentItem(window.nav_items["organisation"])
    assert window.current_screen().objectName() == "screen_organisation"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current_screen().objectName() == "screen_home"


def test_title_shows_body_and_demo(qtbot, ctx):
    from equilibri_desktop.domain.organisation import OrganisationProfile

    organisation.save_profile(ctx.db, OrganisationProfile(body_name="Comune di Dresano"))
    ctx.demo = True
    window = _window(qtbot, ctx)
    assert window.windowTitle() == "Equilibri Desktop — Comune di Dresano — DEMO"


def test_status_bar_shows_user_database_and_backup(qtbot, ctx):
    window = _window(qtbot, ctx)
    assert "operatore.test" in window.status_labels.user.text()
    assert "Database:" in window.status_labels.database.text()
    if ctx.config.is_sqlite:
        assert "nessuna copia" in window.status_labels.backup.text()
        window.backup_now()
        qtbot.waitUntil(lambda: "minut" in (window.refresh_status() or window.status_labels.backup.text()),
                        timeout=5000)
    else:
        assert "server" in window.status_labels.backup.text()


def test_geometry_is_restored_and_kept_on_screen(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.setGeometry(40, 50, 1000, 640)
    expected = window.size()
    window.close()
    again = _window(qtbot, ctx)
    # The offscreen test screen is only 800×600: the window is fitted inside it (title bar included).
    room = QApplication.primaryScreen().availableGeometry()
    assert again.height() == max(min(expected.height(), room.height() - 32), again.minimumSizeHint().height())
    # Wider than the room: as wide as the room allows, its frame included (each screen scrolls in its frame).
    assert again.width() <= room.width()
    assert again.width() >= min(expected.width(), room.width() - 32)
    # A window saved on a monitor that no longer exists comes back into view.
    again.move(20000, 20000)
    again.close()
    third = _window(qtbot, ctx)
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.intersects(third.frameGeometry())


def test_a_new_window_fits_the_screen_it_opens_on(qtbot, ctx):
    """1280×800 by default: on a 768-pixel screen (here the 800-pixel offscreen one) the title bar pushed the
    bottom off-screen. The frame is not known offscreen: 32 px are kept for it."""
    window = _window(qtbot, ctx)
    room = QApplication.primaryScreen().availableGeometry()
    assert window.height() + 32 <= room.height()
    assert window.width() <= max(room.width(), window.minimumSizeHint().width())


def test_home_page_counts_and_recent_activity(qtbot, ctx):
    from equilibri_desktop.storage.models import Organisation, Person

    with ctx.db.unit_of_work() as session:
        session.add(Person(surname="Colombo", first_name="Marta"))
        session.add(Organisation(name="Cooperativa Il Girasole", kind="cooperativa"))
    window = _window(qtbot, ctx)
    home = window.current_screen()
    assert home.ui.people_count_label.text() == "1"
    assert home.ui.organisations_count_label.text() == "1"
    assert home.ui.municipalities_count_label.text() == "53"
    labels = {home.ui.recent_table.item(r, 2).text() for r in range(home.ui.recent_table.rowCount())}
    assert labels == {"Colombo Marta", "Cooperativa Il Girasole"}
    assert home.ui.backup_warning_label.isVisibleTo(home) == ctx.config.is_sqlite


def test_no_screen_pushes_the_window_past_the_edge_of_the_screen(qtbot, ctx):
    """A screen wider or taller than the laptop scrolls inside its frame; the window keeps its size."""
    window = _window(qtbot, ctx)
    window.resize(760, 560)  # smaller than every line of work's widest form
    for entry in SCREENS:
        screen = window.open_screen(entry.key)
        qtbot.wait(1)
        assert window.current_screen() is screen
        assert (window.width(), window.height()) == (760, 560), entry.key


def test_screens_fit_beside_the_navigation_of_a_1366_pixel_laptop(qtbot, ctx):
    window = _window(qtbot, ctx)
    room = 1366 - window.nav.minimumWidth() - 40  # the navigation, the splitter handle and the margins
    wide = set()
    for entry in SCREENS:
        screen = window.open_screen(entry.key)
        if screen.minimumSizeHint().width() > room:
            wide.add(entry.key)
    assert wide == set()


def _clipped_navigation_labels(window: MainWindow) -> list[str]:
    clipped = []
    viewport = window.nav.viewport().width()
    for item in window.nav_items.values():
        rect = window.nav.visualItemRect(item)
        text_width = window.nav.fontMetrics().horizontalAdvance(item.text(0))
        if rect.left() + text_width > viewport:
            clipped.append(item.text(0))
    return clipped


@pytest.fixture
def app_style(qapp):
    """The look the program starts with (Fusion and its stylesheet: larger items than Qt's default)."""
    from equilibri_desktop.ui.style import apply_style

    style, sheet = qapp.style().name(), qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def test_every_sidebar_label_fits_in_italian(qtbot, app_style, ctx):
    window = _window(qtbot, ctx)
    window.resize(1366, 768)
    assert _clipped_navigation_labels(window) == []


def test_every_sidebar_label_fits_in_english(qtbot, app_style, english, ctx):
    window = _window(qtbot, ctx)
    window.resize(1366, 768)
    assert "Organisations and businesses" in [item.text(0) for item in window.nav_items.values()]
    assert _clipped_navigation_labels(window) == []
