"""The registry cards' history tabs in the main window: a person's events, an organisation's people trained,
events, agreements, contacts and welfare consulting — reached with Alt+digit, sorted by a click on a header,
paged in as the clerk scrolls, Enter opening the record in its own screen; hidden from roles whose work they
are not."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.events.rules import ParticipantInput
from equilibri_desktop.services.events import attendance, documents, participants
from equilibri_desktop.services.network import agreements, contacts
from equilibri_desktop.services.network.contacts import ContactInput
from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.tasks import wait_for_all
from equilibri_desktop.ui.translations import install_translators
from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes
from tests.event_helpers import make_course
from tests.grant_helpers import act_as
from tests.network_helpers import agreement_input, make_body
from tests.registry_helpers import add_person
from tests.ui.waiting import settle


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    qtbot.wait(5)


def _texts(tab, column: int) -> list[str]:
    model = tab.ui.history_view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _click_header(qtbot, tab, column: int) -> None:
    header = tab.ui.history_view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


@pytest.fixture
def courses(ctx):
    person = add_person(ctx.db, "Sala", "Irene")
    firm = make_body(ctx.db, 0)
    first = make_course(ctx.db, sessions=1, title="Accordi di rete", partner_uuids=(firm.uuid,))
    second = make_course(ctx.db, sessions=1, title="Welfare aziendale per le PMI")
    regs = [participants.register_participant(ctx.db, course.uuid, ParticipantInput(
        person_uuid=person.uuid, organisation_uuid=firm.uuid)).participant for course in (first, second)]
    attendance.mark_attendance(ctx.db, first.sessions[0].uuid, regs[0].uuid)
    documents.issue_certificates(ctx.db, first.uuid)
    return person, firm, first, second


def test_a_persons_card_lists_her_events_and_opens_them(qtbot, ctx, courses):
    person, _firm, first, second = courses
    window = _window(qtbot, ctx)
    people = window.open_screen("people")
    assert people.open_record(person.uuid)
    detail = people.detail_page
    (tab,) = detail.history_tabs
    detail.ui.tabs.setFocus()
    _key(qtbot, window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert detail.ui.tabs.currentWidget() is tab
    assert tab.ui.count_label.text() == "Iscrizioni: 2"
    assert mnemonic_clashes(window) == {}
    # Both courses start on 05/10/2026: the newest-first order falls back to the order of registration.
    _click_header(qtbot, tab, 1)  # «Evento», A to Z
    assert _texts(tab, 1) == [first.title, second.title]
    assert _texts(tab, 4) == ["4 h", "0 h"] and _texts(tab, 5) == ["Sì", "—"]
    _click_header(qtbot, tab, 1)  # Z to A
    assert _texts(tab, 1) == [second.title, first.title]
    assert not tab.ui.more_button.isEnabled()  # no certificate for the second course
    tab.ui.history_view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Down)
    assert tab.ui.more_button.isEnabled()
    certificate = tab.current_row().certificate_uuid
    _key(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # «Apri l'attestato»
    qtbot.waitUntil(lambda: window.current_screen() is window.screens.get("grant_documents"), timeout=2000)
    documents_screen = window.current_screen()
    view = documents_screen.ui.documents_view
    assert documents_screen.model.row_object(view.currentIndex().row()).uuid == certificate
    window.open_screen("people")  # back on the card, read again: the first row is current
    tab.ui.history_view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Down)
    _key(qtbot, window, Qt.Key.Key_Return)
    settle(qtbot)
    events = window.current_screen()
    assert events is window.screens["events"] and events.detail.uuid == first.uuid
    wait_for_all()


def test_an_organisations_card_lists_its_people_trained_events_and_network(qtbot, ctx, courses):
    _person, firm, first, _second = courses
    partner = make_body(ctx.db, 1)
    agreement = agreements.create_agreement(ctx.db, agreement_input([firm, partner]))
    contacts.record_contact(ctx.db, ContactInput(firm.uuid, date(2026, 1, 20), "visita", ("welfare",),
                                                 summary="Incontro con la responsabile del personale",
                                                 outcome="Interessata al piano welfare"))
    window = _window(qtbot, ctx)
    organisations = window.open_screen("organisations")
    assert organisations.open_record(firm.uuid)
    detail = organisations.detail_page
    events_tab, network_tab = detail.history_tabs
    detail.ui.tabs.setFocus()
    _key(qtbot, window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert detail.ui.tabs.currentWidget() is events_tab
    assert _texts(events_tab, 3) == ["Sala Irene", "Sala Irene"]
    assert mnemonic_clashes(window) == {}
    _key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # «Elenco»
    _key(qtbot, window, Qt.Key.Key_Down)
    assert events_tab.ui.count_label.text() == "Eventi: 1"
    assert _texts(events_tab, 1) == [first.title] and _texts(events_tab, 3) == ["Partner"]
    assert mnemonic_clashes(window) == {}

    _key(qtbot, window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert detail.ui.tabs.currentWidget() is network_tab
    assert [network_tab.ui.section_combo.itemText(i) for i in range(network_tab.ui.section_combo.count())] == [
        "Accordi", "Contatti con l'agente di rete", "Buone pratiche", "Consulenza welfare"]
    assert _texts(network_tab, 1) == [agreement.code] and _texts(network_tab, 3) == ["Capofila"]
    _key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    _key(qtbot, window, Qt.Key.Key_Down)
    assert _texts(network_tab, 3) == ["Interessata al piano welfare"]
    assert "Incontro con la responsabile del personale" in network_tab.ui.detail_label.text()
    assert not network_tab.ui.open_button.isVisible()  # a contact has no screen of its own: its text is here
    _key(qtbot, window, Qt.Key.Key_Up)
    network_tab.ui.history_view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Return)
    settle(qtbot)
    screen = window.current_screen()
    assert screen is window.screens["network_agreements"] and screen.detail.uuid == agreement.uuid
    wait_for_all()


def test_people_trained_page_in_as_the_clerk_scrolls(qtbot, ctx):
    firm = make_body(ctx.db, 0)
    course = make_course(ctx.db, sessions=1, title="Corso molto frequentato")
    for number in range(230):
        participants.register_participant(ctx.db, course.uuid, ParticipantInput(
            surname=f"Partecipante{number:03d}", first_name="Anna", organisation_uuid=firm.uuid))
    window = _window(qtbot, ctx)
    organisations = window.open_screen("organisations")
    assert organisations.open_record(firm.uuid)
    detail = organisations.detail_page
    tab = detail.history_tabs[0]
    detail.ui.tabs.setCurrentWidget(tab)
    view = tab.ui.history_view
    assert view.model().rowCount() == 200 and tab.ui.count_label.text() == "Partecipazioni: 230"
    view.setFocus()
    _key(qtbot, window, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model().rowCount() == 230, timeout=5000)
    _click_header(qtbot, tab, 3)  # «Persona»: sorted in SQL, so the first page is the first of all 230
    first = _texts(tab, 3)[0]
    _click_header(qtbot, tab, 3)
    assert {first, _texts(tab, 3)[0]} == {"Partecipante000 Anna", "Partecipante229 Anna"}


@pytest.mark.parametrize("role, person_tabs, organisation_sections", [
    (Role.AGENTE_RETE, 0, [["Accordi", "Contatti con l'agente di rete", "Buone pratiche"]]),
    (Role.REVISORE, 1, [["Persone formate", "Eventi organizzati o come partner"],
                        ["Accordi", "Contatti con l'agente di rete", "Buone pratiche", "Consulenza welfare"]]),
])
def test_the_tabs_follow_the_users_work(qtbot, ctx, courses, role, person_tabs, organisation_sections):
    person, firm, _first, _second = courses
    act_as(ctx.db, "altro.utente", role)
    window = _window(qtbot, ctx)
    people = window.open_screen("people")
    assert people.open_record(person.uuid)
    assert len(people.detail_page.history_tabs) == person_tabs
    detail = people.detail_page
    # The grants' applicants are out of the network agent's reach; the auditor reads them.
    assert detail.ui.tabs.isTabVisible(detail.ui.tabs.indexOf(detail.ui.grants_tab)) == (role != Role.AGENTE_RETE)
    organisations = window.open_screen("organisations")
    assert organisations.open_record(firm.uuid)
    tabs = organisations.detail_page.history_tabs
    assert [[t.ui.section_combo.itemText(i) for i in range(t.ui.section_combo.count())] for t in tabs] == \
        organisation_sections


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_history_tabs_leave_the_menu_letters_alone(qtbot, ctx, courses, language):
    person, firm, _first, _second = courses
    install_translators(QApplication.instance(), language)
    try:
        window = _window(qtbot, ctx)
        for key, record in (("people", person.uuid), ("organisations", firm.uuid)):
            screen = window.open_screen(key)
            assert screen.open_record(record)
            for tab in screen.detail_page.history_tabs:
                screen.detail_page.ui.tabs.setCurrentWidget(tab)
                for section in range(tab.ui.section_combo.count()):
                    tab.ui.section_combo.setCurrentIndex(section)
                    qtbot.wait(5)
                    assert mnemonic_clashes(window) == {}, (key, section)
    finally:
        install_translators(QApplication.instance(), "it")
