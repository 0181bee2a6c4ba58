"""The events screen inside the main window: no Alt+letter clash on any tab (Italian and English), the
navigator opens an event, a read-only user sees no writing buttons, and the waiting list on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.events.events_screen import EventsScreen
from equilibri_desktop.ui.tasks import wait_for_all
from equilibri_desktop.ui.translations import install_translators
from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes
from tests.event_helpers import make_course, register


@pytest.fixture(params=["it", "en"])
def language(request):
    install_translators(QApplication.instance(), request.param)
    yield request.param
    install_translators(QApplication.instance(), "it")


def test_no_mnemonic_clashes_on_any_tab(qtbot, ctx, language):
    course = make_course(ctx.db, capacity=1)
    register(ctx.db, course.uuid, "Rossi")
    main = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    assert ctx.navigator.open_record("event", course.uuid)
    screen = main.current_screen()
    assert isinstance(screen, EventsScreen) and screen.detail.uuid == course.uuid
    tabs = screen.findChild(QTabWidget, "tabs")
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(5)
        assert mnemonic_clashes(main) == {}, tabs.tabText(index)
    wait_for_all()


def test_read_only_user_sees_no_writing_buttons_and_the_waiting_list(qtbot, ctx):
    course = make_course(ctx.db, capacity=1)
    register(ctx.db, course.uuid, "Primo")
    register(ctx.db, course.uuid, "Secondo")
    ctx.db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    screen = EventsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.ui.new_button.isVisibleTo(screen)
    assert not screen.form_tab.ui.save_button.isVisibleTo(screen)
    screen.ui.tabs.setCurrentWidget(screen.participants_tab)
    rows = {p.surname: p for p in screen.participants_tab.model.rows}
    assert rows["Secondo"].waiting_position == 1 and rows["Primo"].status == "iscritta"
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5000)


def test_someone_new_at_the_event_is_completed_later_in_the_office(qtbot, ctx):
    """Registered at the stand with a name and a phone; the clerk completes her data later from the list."""
    from PySide6.QtCore import Qt

    from equilibri_desktop.domain.events.rules import ParticipantInput
    from equilibri_desktop.domain.organisation_rules import OrganisationInput
    from equilibri_desktop.services.events import history, participants
    from equilibri_desktop.services.registry import organisations
    from tests.ui.waiting import settle

    firm = organisations.create_organisation(ctx.db, OrganisationInput(name="Cooperativa Il Melo")).organisation
    course = make_course(ctx.db)
    participants.register_participant(ctx.db, course.uuid, ParticipantInput(
        surname="Neri", first_name="Giulia", phone="333 1234567", organisation_uuid=firm.uuid))
    main = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=5000)
    assert ctx.navigator.open_record("event", course.uuid)
    screen = main.current_screen()
    tab = screen.participants_tab
    screen.ui.tabs.setCurrentWidget(tab)
    tab.ui.participants_view.setFocus()
    qtbot.keyClick(tab.ui.participants_view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.editing is not None, timeout=2000)  # a button's mnemonic clicks it shortly after
    assert tab.ui.surname_edit.text() == "Neri" and tab.ui.phone_edit.text() == "333 1234567"
    assert tab.ui.organisation_name_edit.text() == "Cooperativa Il Melo"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # changed her mind: nothing is saved
    assert tab.editing is None and tab.ui.surname_edit.text() == ""
    qtbot.keyClick(tab.ui.participants_view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.editing is not None, timeout=2000)
    tab.ui.email_edit.setFocus()
    qtbot.keyClicks(tab.ui.email_edit, "giulia.neri@example.org")
    qtbot.keyClick(tab.ui.email_edit, Qt.Key.Key_Return)
    settle(qtbot)
    (row,) = participants.list_participants(ctx.db, course.uuid)
    assert (row.name, row.phone, row.email) == ("Neri Giulia", "333 1234567", "giulia.neri@example.org")
    assert "Neri Giulia" in tab.ui.register_status.text() and tab.editing is None
    # Still one of the firm's people trained: the same organisation name keeps its registry link.
    assert [r.person_name for r in history.organisation_trainings(ctx.db, firm.uuid).items] == ["Neri Giulia"]
    wait_for_all()
