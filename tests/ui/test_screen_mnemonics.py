"""Inside the main window no Alt+letter of a screen may also open a menu (File, Visualizza, Strumenti,
Aiuto; File, View, Tools, Help) or another control: the clerk would get the menu instead of the field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.ui.main_window import MainWindow
from equilibri_desktop.ui.tasks import wait_for_all
from equilibri_desktop.ui.translations import install_translators
from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes
from tests.grant_helpers import act_as, add_woman, fund_application, make_application, make_call
from tests.ui.waiting import settle


def _every_tab(window, qtbot):
    """Yield once per combination of visible tabs (outer tab widgets first, each of their tabs)."""
    yield "screen"
    for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)]:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(5)
            yield tabs.tabText(index)


@pytest.fixture(params=["it", "en"])
def language(request):
    install_translators(QApplication.instance(), request.param)
    yield request.param
    install_translators(QApplication.instance(), "it")


@pytest.fixture
def window(qtbot, ctx, language):
    call = make_call(ctx.db)
    application = make_application(ctx.db, call, add_woman(ctx.db))
    fund_application(ctx.db, call, add_woman(ctx.db, "Verdi", "Anna"))
    act_as(ctx.db, "responsabile", Role.RESPONSABILE, protected_data=True)
    main = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.records = {"call": call.uuid, "application": application.uuid}
    yield main
    wait_for_all()


@pytest.mark.parametrize("key", ["grant_calls", "grant_applications", "grant_rankings", "grant_payments",
                                 "grant_documents", "people", "organisations", "audit", "organisation"])
def test_screens_leave_the_menu_letters_alone(qtbot, window, key):
    screen = window.open_screen(key)
    qtbot.wait(20)
    if key == "grant_applications":  # the record's page, where most fields are
        screen.open_application(window.records["application"])
    elif key == "grant_calls":
        screen.open_call(window.records["call"])
    for where in _every_tab(window, qtbot):
        assert mnemonic_clashes(window) == {}, f"{key} / {where}"


def test_a_new_application_leaves_the_menu_letters_alone(qtbot, window):
    # A new application shows «Protocolla» (Alt+P) on every tab.
    screen = window.open_screen("grant_applications")
    screen.new_application()
    qtbot.wait(20)
    for where in _every_tab(window, qtbot):
        assert mnemonic_clashes(window) == {}, where


def _enter_opens_the_application(qtbot, window, detail, application_uuid) -> None:
    """On a registry record's «Contributi» tab, Enter on the first row opens the application in Domande."""
    from PySide6.QtCore import Qt

    assert mnemonic_clashes(window) == {}
    detail.ui.grants_table.setCurrentCell(0, 0)
    qtbot.keyClick(detail.ui.grants_table, Qt.Key.Key_Return)
    settle(qtbot)
    applications = window.current_screen()
    assert applications is window.screens["grant_applications"]
    assert applications.application_page.detail.uuid == application_uuid


def test_a_persons_record_lists_her_applications_and_opens_them(qtbot, window, language):
    from sqlalchemy import select

    from equilibri_desktop.storage.models import GrantApplication, Person

    with window.ctx.db.unit_of_work() as s:
        application = s.scalars(select(GrantApplication).order_by(GrantApplication.id)).first()
        person_uuid, application_uuid = s.get(Person, application.applicant_id).uuid, application.uuid
    people = window.open_screen("people")
    assert people.open_record(person_uuid)
    detail = people.detail_page
    detail.ui.tabs.setCurrentWidget(detail.ui.grants_tab)
    table = detail.ui.grants_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "2026/0001"
    assert table.item(0, 4).text() == {"it": "Richiedente", "en": "Applicant"}[language]
    _enter_opens_the_application(qtbot, window, detail, application_uuid)


def test_a_businesss_record_lists_the_grant_it_was_set_up_with(qtbot, window, language):
    from datetime import timedelta

    from sqlalchemy import select

    from equilibri_desktop.domain.grants.payment_firm import FirmInput
    from equilibri_desktop.services.grants import payments as grant_payments
    from equilibri_desktop.storage.models import GrantApplication, Municipality

    with window.ctx.db.unit_of_work() as s:
        funded = s.scalars(select(GrantApplication.uuid).where(GrantApplication.status == "finanziata")).one()
        melegnano = s.scalar(select(Municipality.id).where(Municipality.name == "Melegnano"))
    firm = grant_payments.record_firm_constitution(window.ctx.db, funded, FirmInput(
        name="Tempo Ritrovato di Verdi Anna", vat_number="12345670124", constituted_on=office_today() - timedelta(3),
        address="Via Roma 1", municipality_id=melegnano, cap="20077", iban="IT60X0542811101000000123456")).firm
    organisations = window.open_screen("organisations")
    assert organisations.open_record(firm.organisation_uuid)
    detail = organisations.detail_page
    detail.ui.tabs.setCurrentWidget(detail.ui.grants_tab)
    table = detail.ui.grants_table
    assert table.rowCount() == 1
    assert table.item(0, 3).text() == {"it": "Impresa costituita", "en": "Business set up"}[language]
    _enter_opens_the_application(qtbot, window, detail, funded)
