"""Flexible-work screens driven like a consultant: a new pathway from the keyboard, stages, a regulation whose
bands break the law (errors next to the fields, then fixed and printed), an agreement with a short notice shown
while typing, the Ministry export refused then done, the receipt, questionnaires, coworking, indicators with
charts, and the home page's alert."""

from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.flexwork.codes import Stage
from equilibri_desktop.services.flexwork import agreements, communications, pathways
from equilibri_desktop.ui.operations import operations_running
from tests.flexwork_helpers import agreement_input, employer, pathway, worker

SHOTS = os.environ.get("FLEXWORK_SHOTS", "")  # a folder: the tests also save what they show, to look at it


def _idle(qtbot):
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=10000)


def _show_active(qtbot, widget):
    widget.show()
    qtbot.waitExposed(widget, timeout=5000)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    _idle(qtbot)


def _shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"flexwork_{name}.png"))


@pytest.fixture
def clock():
    with use_clock(FixedClock(datetime(2026, 3, 5, 9, tzinfo=ZoneInfo("Europe/Rome")))) as c:
        yield c


def _screen(qtbot, ctx, cls):
    widget = cls(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366 - 260, 740)
    _show_active(qtbot, widget)
    return widget


def _error(form, field) -> str:
    label = form.findChild(QLabel, f"{field}_error")
    return label.text() if label.isVisibleTo(form) else ""


def test_new_pathway_from_the_keyboard_and_its_stages(qtbot, ctx, clock):
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    employer(ctx.db)
    screen = _screen(qtbot, ctx, PathwaysScreen)
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    card = screen.card
    assert card.organisation.hasFocus()
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot)
    assert "anagrafica" in _error(card.form, "organisation")
    qtbot.keyClicks(card.organisation, "Officine")
    card.organisation.search_now()
    card.organisation.choose_row(0)
    card.organisation.completer().popup().hide()  # a real X server leaves the list open over the form
    card.pat.setFocus()
    qtbot.keyClicks(card.pat, "12AB")
    qtbot.keyClick(card.pat, Qt.Key.Key_Return)
    _idle(qtbot)
    assert "8 a 10 cifre" in _error(card.form, "inail_pat")
    card.pat.clear()
    qtbot.keyClicks(card.pat, "12345678")
    qtbot.keyClick(card.pat, Qt.Key.Key_Return)
    _idle(qtbot)
    assert screen.detail is not None and screen.model.rowCount() == 1
    card.stage_on.setFocus()
    card.stage_on.selectAll()
    qtbot.keyClicks(card.stage_on, "05/03/2026")
    qtbot.mouseClick(card.stage_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert screen.detail.stage is Stage.ASSESSMENT and card.stages_view.rowCount() == 2
    _shot(screen, "pathway")


def test_regulation_bands_refused_next_to_the_fields_then_printed(qtbot, ctx, clock):
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    pathway(ctx.db, employer(ctx.db), contact_required=True)
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.regulation
    screen.tabs.setCurrentWidget(tab)
    start, end = tab.disconnection
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "2300")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert "11 ore consecutive" in _error(tab.form, "disconnection")
    assert "contattabilità" in _error(tab.form, "contact")
    _shot(screen, "regulation_errors")
    start.selectAll()
    qtbot.keyClicks(start, "1900")
    for edit, text in zip(tab.contact, ("1000", "1200"), strict=True):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot)
    assert screen.detail.regulation.disconnection_start == "19:00"
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    screen.tabs.setCurrentWidget(screen.documents)
    _idle(qtbot)
    table = screen.documents.table
    assert table.rowCount() == 1
    assert any("Regolamento aziendale sul lavoro agile" in (table.item(0, c).text() if table.item(0, c) else "")
               for c in range(table.columnCount()))


def test_agreement_notice_checked_while_typing_then_saved_and_printed(qtbot, ctx, clock):
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    p = pathway(ctx.db, employer(ctx.db))
    person = worker(ctx.db, 0)
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.agreements
    screen.tabs.setCurrentWidget(tab)
    tab.form.disabled.setChecked(True)
    assert "almeno 90 giorni" in _error(tab.form, "notice_days_employer")
    tab.form.notice_employer.setFocus()
    tab.form.notice_employer.selectAll()
    qtbot.keyClicks(tab.form.notice_employer, "90")
    assert _error(tab.form, "notice_days_employer") == ""
    qtbot.keyClicks(tab.form.worker, "Ferri")
    tab.form.worker.search_now()
    tab.form.worker.choose_row(0)
    tab.form.worker.completer().popup().hide()
    for edit, value in ((tab.form.signed_on, "20/02/2026"), (tab.form.start_on, "02/03/2026"),
                        (tab.form.employment_start, "01/09/2018"), (tab.form.safety_on, "20/02/2026")):
        edit.setFocus()
        qtbot.keyClicks(edit, value)
    tab.form.tools.setFocus()
    qtbot.keyClicks(tab.form.tools, "Portatile aziendale")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert tab.current is not None and tab.current.worker.uuid == person.uuid
    assert tab.view.rowCount() == 1
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert tab.view.item(0, 5).text() == "sì"
    assert tab.documents.table.rowCount() == 1  # the printed copy, with the agreement it belongs to
    assert len(communications.list_communications(ctx.db, p.uuid)) == 1
    # How long agreements are kept is an office setting: only who manages settings changes it.
    assert tab.retention.value() == 5
    assert tab.retention.isEnabled() == ctx.db.actor.can(Permission.SETTINGS_MANAGE)
    _shot(screen, "agreement")


def test_ministry_export_refused_then_done_and_receipt(qtbot, ctx, clock, tmp_path, monkeypatch):
    from equilibri_desktop.ui.dialogs.messages import Messages
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    shown = []
    monkeypatch.setattr(Messages, "inform", staticmethod(lambda _p, title, text: shown.append(text)))
    p = pathway(ctx.db, employer(ctx.db))
    agreements.save_agreement(ctx.db, p.uuid, agreement_input(worker(ctx.db, 0), date(2026, 3, 2)))
    agreements.save_agreement(ctx.db, p.uuid, agreement_input(worker(ctx.db, 1, with_code=False), date(2026, 3, 2)))
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.communications
    screen.tabs.setCurrentWidget(tab)
    _idle(qtbot)
    assert tab.view.rowCount() == 2 and tab.view.item(0, 3).foreground().color().name() == "#b00020"
    _shot(screen, "communications")
    refused = []
    monkeypatch.setattr(Messages, "warn", staticmethod(lambda _p, _title, text: refused.append(text)))
    tab.export_to(str(tmp_path / "ministero.xlsx"), tuple(r.uuid for r in tab.rows))
    _idle(qtbot)
    assert not (tmp_path / "ministero.xlsx").exists()
    assert "Galli Marco (Officine Lambro srl): manca codice fiscale del lavoratore" in refused[-1]

    def choose_ferri():
        tab.view.selectRow(0 if tab.view.item(0, 0).text().startswith("Ferri") else 1)

    choose_ferri()
    tab.export_to(str(tmp_path / "ministero.xlsx"), tab.chosen())
    _idle(qtbot)
    sheet = load_workbook(tmp_path / "ministero.xlsx")["LA-InizioPeriodo"]
    assert sheet.max_row == 2 and shown and "1 comunicazioni" in shown[-1]
    choose_ferri()
    tab.receipt.setFocus()
    qtbot.keyClicks(tab.receipt, "LA-2026-0001")
    qtbot.keyClick(tab.receipt, Qt.Key.Key_Return)
    _idle(qtbot)
    assert tab.view.rowCount() == 1  # only the one still to send is listed
    assert screen.model.index(0, 3).data() == "1"


def test_questionnaires_and_indicators_with_charts(qtbot, ctx, clock, tmp_path, monkeypatch):
    from equilibri_desktop.ui.dialogs.messages import Messages
    from equilibri_desktop.ui.screens.flexwork.indicators_screen import FlexworkIndicatorsScreen
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    monkeypatch.setattr(Messages, "inform", staticmethod(lambda *_a: None))
    pathway(ctx.db, employer(ctx.db))
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.monitoring
    screen.tabs.setCurrentWidget(tab)
    for _ in range(5):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        _idle(qtbot)
    assert tab.results_view.item(0, 1).text() == "5" and tab.results_view.item(1, 1).text().startswith("meno di")
    _shot(screen, "monitoring")
    tab.phase.setCurrentIndex(0)
    tab.km.setValue(30)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert "Prima della sperimentazione" in _error(tab.form, "phase")
    indicators = _screen(qtbot, ctx, FlexworkIndicatorsScreen)
    assert len(indicators.findChildren(QChartView)) == 3
    assert indicators.table.item(0, 1).text() == "1"
    _shot(indicators, "indicators")
    indicators.export_to(str(tmp_path / "indicatori.xlsx"))
    _idle(qtbot)
    assert (tmp_path / "indicatori.xlsx").exists()


def test_coworking_space_saved_with_errors_first(qtbot, ctx, clock):
    from equilibri_desktop.ui.screens.flexwork.coworking_screen import CoworkingScreen

    screen = _screen(qtbot, ctx, CoworkingScreen)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert _error(screen.form, "name") and _error(screen.form, "seats")
    qtbot.keyClicks(screen.name, "Spazio Lambro")
    qtbot.keyClicks(screen.address, "Via Roma 1")
    qtbot.keyClicks(screen.municipality, "Melegnano")
    screen.seats.setValue(12)
    screen.childcare.setChecked(True)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert screen.view.rowCount() == 1 and screen.current is not None
    person = worker(ctx.db, 2)
    qtbot.keyClicks(screen.person, "Costa")
    screen.person.search_now()
    screen.person.choose_row(0)
    screen.person.completer().popup().hide()
    screen.placement_kind.setCurrentIndex(screen.placement_kind.findData("voucher"))
    for edit, text in ((screen.start_on, "01/03/2026"), (screen.end_on, "31/05/2026")):
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(screen.placement_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert "valore del voucher" in _error(screen.placement_form, "amount")
    screen.amount.setFocus()
    qtbot.keyClicks(screen.amount, "250")
    qtbot.mouseClick(screen.placement_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert screen.placements_view.rowCount() == 1 and screen.placements_view.item(0, 0).text() == "Costa Elena"
    assert person.surname == "Costa"
    _shot(screen, "coworking")


def test_a_placement_is_chosen_corrected_and_deleted_with_confirmation(qtbot, ctx, clock, monkeypatch):
    from equilibri_desktop.domain.flexwork.codes import PlacementKind, SpaceKind
    from equilibri_desktop.domain.flexwork.coworking import PlacementInput, SpaceInput
    from equilibri_desktop.services.flexwork import coworking
    from equilibri_desktop.ui.dialogs.messages import Messages
    from equilibri_desktop.ui.screens.flexwork.coworking_screen import CoworkingScreen

    space = coworking.save_space(ctx.db, SpaceInput("Spazio Lambro", SpaceKind.COWORKING, "Via Roma 1", "Melegnano",
                                                    12))
    for index, day in ((2, 1), (3, 15)):
        coworking.add_placement(ctx.db, space.uuid, PlacementInput(worker(ctx.db, index).uuid, PlacementKind.SEAT,
                                                                   date(2026, 3, day), date(2026, 3, 31), 10))
    screen = _screen(qtbot, ctx, CoworkingScreen)
    view = screen.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    _idle(qtbot)
    table = screen.placements_view
    assert table.rowCount() == 2 and not screen.save_placement_button.isEnabled()
    row = next(r for r in range(2) if table.item(r, 0).text() == "Costa Elena")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, 0)).center())
    assert screen.person.text() == "Costa Elena" and screen.start_on.date() == date(2026, 3, 1)
    screen.end_on.setFocus()
    screen.end_on.selectAll()
    qtbot.keyClicks(screen.end_on, "30/04/2026")
    qtbot.mouseClick(screen.save_placement_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    listed = coworking.list_placements(ctx.db, space.uuid)
    assert {(p.person, p.end_on) for p in listed} >= {("Costa Elena", date(2026, 4, 30))} and len(listed) == 2
    answers = [False, True]
    asked = []
    monkeypatch.setattr(Messages, "confirm", staticmethod(
        lambda _p, _title, text, _ok=None: asked.append(text) or answers.pop(0)))
    for attempt in range(2):
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Costa Elena")
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualRect(table.model().index(row, 0)).center())
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        _idle(qtbot)
        assert len(coworking.list_placements(ctx.db, space.uuid)) == 2 - attempt  # kept when the clerk says no
    assert "Costa Elena dal 01/03/2026 al 30/04/2026" in asked[0]
    assert table.rowCount() == 1 and table.item(0, 0).text() != "Costa Elena"


def test_home_page_alerts_a_communication_due_and_opens_the_pathway(qtbot, ctx, clock):
    from equilibri_desktop.ui.screens.home.home_page import HomePage

    p = pathway(ctx.db, employer(ctx.db))
    agreements.save_agreement(ctx.db, p.uuid, agreement_input(worker(ctx.db, 0), date(2026, 3, 2)))
    opened = []

    class Navigator:
        def open_record(self, kind, record_uuid):
            opened.append((kind, record_uuid))

    ctx.navigator = Navigator()
    home = _screen(qtbot, ctx, HomePage)
    alerts = home.flexwork_alerts
    assert alerts.isVisibleTo(home) and alerts.items.count() == 1
    assert "entro il 07/03/2026" in alerts.items.item(0).text()
    alerts.items.setCurrentRow(0)
    alerts.items.setFocus()
    qtbot.keyClick(alerts.items, Qt.Key.Key_Return)
    assert opened == [("flexwork_pathway", p.uuid)]
    communications.mark_sent(ctx.db, communications.list_communications(ctx.db, p.uuid)[0].uuid, date(2026, 3, 5),
                             "LA-1")
    home.refresh()
    assert not alerts.isVisibleTo(home) and pathways.get_pathway(ctx.db, p.uuid).stage is Stage.FIRST_CONTACT


def test_withdrawal_with_a_short_notice_is_refused_then_recorded(qtbot, ctx, clock):
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    p = pathway(ctx.db, employer(ctx.db))
    agreements.save_agreement(ctx.db, p.uuid, agreement_input(worker(ctx.db, 0), date(2026, 3, 2)))
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.agreements
    screen.tabs.setCurrentWidget(tab)
    _idle(qtbot)
    tab.view.selectRow(0)
    _idle(qtbot)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = tab.withdrawal
    qtbot.waitExposed(dialog, timeout=5000)
    dialog.effective_on.setFocus()
    qtbot.keyClicks(dialog.effective_on, "20/03/2026")
    qtbot.keyClick(dialog.effective_on, Qt.Key.Key_Return)
    _idle(qtbot)
    assert "15 giorni" in _error(dialog.form, "effective_on") and dialog.isVisible()
    _shot(dialog, "withdrawal")
    dialog.effective_on.selectAll()
    qtbot.keyClicks(dialog.effective_on, "10/04/2026")
    qtbot.keyClick(dialog.effective_on, Qt.Key.Key_Return)
    _idle(qtbot)
    assert not dialog.isVisible() and tab.current.withdrawn_on == date(2026, 4, 10)
    kinds = [c.kind.value for c in communications.list_communications(ctx.db, p.uuid)]
    assert kinds == ["inizio", "recesso"] and not tab.withdraw_button.isEnabled()


def test_assessment_refuses_more_remote_roles_than_roles(qtbot, ctx, clock):
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    p = pathway(ctx.db, employer(ctx.db))
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.assessment
    screen.tabs.setCurrentWidget(tab)
    for name, value in (("roles_total", "5"), ("roles_remote", "8"), ("workers_women", "10")):
        spin = tab.counts[name]
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, value)
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot)
    assert "superano i ruoli" in _error(tab.form, "roles_remote")
    assert pathways.get_pathway(ctx.db, p.uuid).assessment is None
    tab.counts["roles_total"].setValue(12)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    saved = pathways.get_pathway(ctx.db, p.uuid).assessment
    assert (saved.roles_total, saved.roles_remote, saved.workers_women) == (12, 8, 10)


@pytest.fixture(params=["it", "en"])
def language(request):
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.ui.translations import install_translators

    install_translators(QApplication.instance(), request.param)
    yield request.param
    install_translators(QApplication.instance(), "it")


def test_flexwork_screens_leave_the_menu_letters_alone(qtbot, ctx, clock, language):
    """Every tab of the three screens, inside the main window: no Alt+letter owned twice (menus included)."""
    from PySide6.QtWidgets import QTabWidget

    from equilibri_desktop.domain.access import Role
    from equilibri_desktop.ui.main_window import MainWindow
    from equilibri_desktop.ui.tasks import wait_for_all
    from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes
    from tests.grant_helpers import act_as

    p = pathway(ctx.db, employer(ctx.db))
    agreements.save_agreement(ctx.db, p.uuid, agreement_input(worker(ctx.db, 0), date(2026, 3, 2)))
    act_as(ctx.db, "responsabile", Role.RESPONSABILE, protected_data=True)
    main = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    _show_active(qtbot, main)
    seen = 0
    for key in ("flexwork_pathways", "flexwork_coworking", "flexwork_indicators"):
        main.open_screen(key)
        _idle(qtbot)
        assert mnemonic_clashes(main) == {}, key
        for tabs in [t for t in main.findChildren(QTabWidget) if t.isVisibleTo(main)]:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                for inner in [t for t in tabs.widget(index).findChildren(QTabWidget) if t.isVisibleTo(main)]:
                    for page in range(inner.count()):
                        inner.setCurrentIndex(page)
                        assert mnemonic_clashes(main) == {}, (key, tabs.tabText(index), inner.tabText(page))
                        seen += 1
                assert mnemonic_clashes(main) == {}, (key, tabs.tabText(index))
                seen += 1
    assert seen >= 7  # the pathway's seven tabs at least were looked at
    wait_for_all()


def test_home_alert_is_worded_in_the_users_language(qtbot, ctx, clock):
    from PySide6.QtWidgets import QApplication

    from equilibri_desktop.ui.screens.home.home_page import HomePage
    from equilibri_desktop.ui.translations import install_translators

    p = pathway(ctx.db, employer(ctx.db))
    agreements.save_agreement(ctx.db, p.uuid, agreement_input(worker(ctx.db, 0), date(2026, 2, 20)))
    install_translators(QApplication.instance(), "en")
    try:
        home = _screen(qtbot, ctx, HomePage)
        text, title = home.flexwork_alerts.items.item(0).text(), home.flexwork_alerts.title()
    finally:
        install_translators(QApplication.instance(), "it")
    assert "overdue since 25/02/2026" in text and "scaduta" not in text
    assert title == "Agile work: Ministry communications falling due"


def test_a_questionnaire_typed_twice_is_deleted_after_a_confirmation(qtbot, ctx, clock, monkeypatch):
    from equilibri_desktop.domain.flexwork.codes import Phase
    from equilibri_desktop.domain.flexwork.monitoring import QuestionnaireInput
    from equilibri_desktop.services.flexwork import monitoring
    from equilibri_desktop.ui.dialogs.messages import Messages
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    p = pathway(ctx.db, employer(ctx.db))
    monitoring.add_questionnaires(ctx.db, p.uuid, tuple(QuestionnaireInput(Phase.BEFORE, "F", wellbeing=2)
                                                        for _ in range(5)))
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.monitoring
    screen.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # the sixth, typed by mistake
    _idle(qtbot)
    view = tab.entries_view
    assert view.rowCount() == 6 and tab.results_view.item(0, 1).text() == "6"
    assert not tab.delete_button.isEnabled()
    answers, asked = [False, True], []
    monkeypatch.setattr(Messages, "confirm", staticmethod(
        lambda _p, _title, text, _ok=None: asked.append(text) or answers.pop(0)))
    view.sortItems(0, Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 1)).center())
    assert tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert len(monitoring.list_questionnaires(ctx.db, p.uuid)) == 6  # the clerk said no
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 1)).center())
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    _idle(qtbot)
    assert "n. 6" in asked[0] and "n. 6" in asked[1]
    assert [e.number for e in monitoring.list_questionnaires(ctx.db, p.uuid)] == [1, 2, 3, 4, 5]
    assert view.rowCount() == 5 and tab.results_view.item(0, 1).text() == "5"


def test_a_communication_sent_by_mistake_is_cancelled_after_a_confirmation(qtbot, ctx, clock, monkeypatch):
    from equilibri_desktop.domain.flexwork.codes import CommunicationType
    from equilibri_desktop.ui.dialogs.messages import Messages
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    p = pathway(ctx.db, employer(ctx.db))
    agreements.save_agreement(ctx.db, p.uuid, agreement_input(worker(ctx.db, 0), date(2026, 3, 2)))
    start = communications.list_communications(ctx.db, p.uuid)[0]
    communications.mark_sent(ctx.db, start.uuid, date(2026, 3, 4), "LA-2026-0007")
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.communications
    screen.tabs.setCurrentWidget(tab)
    _idle(qtbot)
    assert tab.view.rowCount() == 0 and not tab.cancel_button.isEnabled()  # nothing left to send
    qtbot.mouseClick(tab.pending_only, Qt.MouseButton.LeftButton, pos=tab.pending_only.rect().center())
    _idle(qtbot)
    assert tab.view.rowCount() == 1
    view = tab.view
    answers, asked = [False, True], []
    monkeypatch.setattr(Messages, "confirm", staticmethod(
        lambda _p, _title, text, _ok=None: asked.append(text) or answers.pop(0)))
    for _ in range(2):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(view.model().index(0, 0)).center())
        assert tab.cancel_button.isEnabled()
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
        _idle(qtbot)
    assert "LA-2026-0007" in asked[0] and len(asked) == 2
    kinds = sorted(c.kind for c in communications.list_communications(ctx.db, p.uuid))
    assert kinds == sorted([CommunicationType.START, CommunicationType.CANCEL])  # one, though asked twice
    assert view.rowCount() == 2
    cancel_row = next(r for r in range(2) if view.item(r, 5).text() == "—")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(cancel_row, 0)).center())
    assert not tab.cancel_button.isEnabled()  # an annullamento is not cancelled in turn


def _tab_walk(qtbot, root, first, steps):
    """The widgets Tab visits from `first`, pressed as a clerk does, until it leaves `root`."""
    from PySide6.QtWidgets import QApplication

    first.setFocus()
    names = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        if not root.isAncestorOf(widget):
            break
        names.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return names


def test_tab_walks_each_form_in_reading_order_and_leaves_the_tables(qtbot, ctx, clock):
    from equilibri_desktop.ui.screens.flexwork.coworking_screen import CoworkingScreen
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    pathway(ctx.db, employer(ctx.db))
    screen = _screen(qtbot, ctx, PathwaysScreen)
    assert _tab_walk(qtbot, screen.card, screen.card.organisation, 30) == [
        "organisation_edit", "sector_edit", "consultant_edit", "collective_agreement_edit",
        "contact_band_required_edit", "inail_pat_edit", "inail_tariff_edit", "notes_edit", "save_pathway_button",
        "stages_view", "stage_edit", "stage_on_edit", "stage_note_edit", "move_stage_button"]
    screen.tabs.setCurrentWidget(screen.communications)
    assert _tab_walk(qtbot, screen.communications, screen.communications.pending_only, 30)[-4:] == [
        "communications_view", "sent_on_edit", "receipt_edit", "mark_sent_button"]
    screen.tabs.setCurrentWidget(screen.agreements)
    walked = _tab_walk(qtbot, screen.agreements, screen.agreements.view, 60)
    assert walked[:4] == ["agreements_view", "retention_years_edit", "retention_button", "person_edit"]
    assert walked.index("priority_edit") + 1 == walked.index("new_agreement_button")
    coworking = _screen(qtbot, ctx, CoworkingScreen)
    walked = _tab_walk(qtbot, coworking, coworking.municipality_filter, 30)
    assert walked[walked.index("notes_edit") + 1:walked.index("notes_edit") + 4] == [
        "save_space_button", "placements_view", "person_edit"]


def test_new_places_saved_from_the_keyboard_owe_a_change(qtbot, ctx, clock):
    from equilibri_desktop.domain.flexwork.codes import CommunicationType, Place
    from equilibri_desktop.ui.screens.flexwork.pathways_screen import PathwaysScreen

    p = pathway(ctx.db, employer(ctx.db))
    agreements.save_agreement(ctx.db, p.uuid, agreement_input(worker(ctx.db, 0), date(2026, 3, 2)))
    start = communications.list_communications(ctx.db, p.uuid)[0]
    communications.mark_sent(ctx.db, start.uuid, date(2026, 3, 4), "LA-1")
    screen = _screen(qtbot, ctx, PathwaysScreen)
    tab = screen.agreements
    screen.tabs.setCurrentWidget(tab)
    _idle(qtbot)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.view.visualRect(tab.view.model().index(0, 0)).center())
    _idle(qtbot)
    box = tab.form.places[Place.COWORKING]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot)
    kinds = sorted(c.kind for c in communications.list_communications(ctx.db, p.uuid))
    assert kinds == sorted([CommunicationType.START, CommunicationType.CHANGE])
    screen.tabs.setCurrentWidget(screen.communications)
    _idle(qtbot)
    assert screen.communications.view.rowCount() == 1  # the change, still to send
    assert screen.communications.view.item(0, 1).text() == "Modifica"
