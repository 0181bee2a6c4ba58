"""Every screen speaks the shell's protocol (ScreenBehaviour) and records open through the navigator."""

from __future__ import annotations

from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.navigation import SCREENS
from equilibri_desktop.ui.screen import ScreenBehaviour
from tests.grant_helpers import add_woman, make_application, make_call


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    return window


def test_every_screen_inherits_the_protocol(qtbot, ctx):
    window = _window(qtbot, ctx)
    for entry in SCREENS:
        screen = window.open_screen(entry.key)
        assert isinstance(screen, ScreenBehaviour), entry.key
        assert window.current_screen() is screen
        assert screen.has_unsaved_changes() is False, entry.key


def test_a_restored_database_reaches_every_open_screen(qtbot, ctx, monkeypatch):
    window = _window(qtbot, ctx)
    replaced = []
    for entry in SCREENS:
        screen = window.open_screen(entry.key)
        monkeypatch.setattr(screen, "database_replaced", lambda key=entry.key: replaced.append(key))
    ctx.navigator.database_replaced.emit()  # what the backups screen does after a restore
    assert sorted(replaced) == sorted(entry.key for entry in SCREENS)


def test_the_person_card_opens_her_application_through_the_navigator(qtbot, ctx):
    woman = add_woman(ctx.db)
    application = make_application(ctx.db, make_call(ctx.db), woman)
    window = _window(qtbot, ctx)
    assert ctx.navigator.open_person(woman.uuid)
    people = window.current_screen()
    assert people.objectName() == "screen_people"
    people.detail_page.open_application(application.uuid)
    screen = window.current_screen()
    assert screen.objectName() == "screen_grant_applications"
    assert screen.currentWidget() is screen.application_page
    assert screen.application_page.detail.uuid == application.uuid


def test_a_record_the_user_may_not_open_is_refused(qtbot, ctx):
    import uuid

    from equilibri_desktop.domain.access import Actor

    window = _window(qtbot, ctx)
    ctx.db.actor = Actor(username="nessuno", display_name="Nessun permesso", roles=frozenset())
    assert not ctx.navigator.can_open("grant_application")
    assert ctx.navigator.open_application(uuid.uuid4()) is False
    assert window.current_screen().objectName() == "screen_home"
