"""Start-up e contributi › Bandi: a clerk creates a call with the keyboard, sees errors next to the fields,
edits the grid and the tranche plan, changes a scored call with a reason (new edition), appoints the
commission and opens the call."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from sqlalchemy import select

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.services.access import user_admin
from equilibri_desktop.services.grants import calls as grant_calls
from equilibri_desktop.storage.models import (
    GrantCall,
    GrantCommissionMember,
    GrantCriterion,
    GrantScore,
)
from equilibri_desktop.ui.screens.grants.calls_screen import CallsScreen
from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes, visible_mnemonics
from equilibri_desktop.ui.widgets.money_edit import (
    MoneyEdit,
    format_decimal_text,
    parse_decimal_text,
)
from tests.grant_helpers import add_woman, make_application, make_call
from tests.ui.registry_ui import activate, type_text
from tests.ui.waiting import settle

WAIT_MS = 5000
MENU_LETTERS = set("fvsa")


def open_calls(qtbot, ctx) -> CallsScreen:
    screen = CallsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366 - 240, 768 - 90)
    screen.show()
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    activate(qtbot, screen)
    return screen


def ctrl(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_create_a_call_with_the_keyboard(qtbot, ctx):
    screen = open_calls(qtbot, ctx)
    ctrl(qtbot, screen.list_page.ui.calls_table, Qt.Key.Key_N)
    form = screen.form_page
    qtbot.waitUntil(lambda: screen.currentWidget() is form, timeout=WAIT_MS)
    assert QApplication.focusWidget() is form.general.ui.title_edit
    qtbot.keyClicks(form.general.ui.title_edit, "Bando start-up donne 2026")
    qtbot.keyClick(form.general.ui.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "123")  # the act number, next in tab order
    assert form.general.ui.act_number_edit.text() == "123"
    type_text(qtbot, form.general.ui.cup_edit, "e41b26000120002")
    type_text(qtbot, form.general.ui.opens_at_edit, "16/03/2026")
    type_text(qtbot, form.general.ui.closes_at_edit, "15/05/2026")
    qtbot.keyClick(form.ui.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert form.ui.tabs.currentIndex() == 1
    type_text(qtbot, form.amounts.ui.budget_cents_edit, "50.000")
    qtbot.keyClick(form.amounts.ui.budget_cents_edit, Qt.Key.Key_Tab)
    assert form.amounts.ui.budget_cents_edit.text() == "50.000,00"
    type_text(qtbot, form.amounts.ui.max_grant_cents_edit, "15000")
    type_text(qtbot, form.amounts.ui.max_cost_share_pct_edit, "80")
    type_text(qtbot, form.amounts.ui.min_cofinancing_pct_edit, "20")
    qtbot.mouseClick(form.amounts.ui.sud_est_button, Qt.MouseButton.LeftButton)
    assert form.amounts.ui.municipalities_count_label.text() == "I 9 comuni del Sud Est Milano"
    assert form.ui.status_label.text() == "Modifiche non salvate"
    ctrl(qtbot, form.amounts.ui.min_cofinancing_pct_edit, Qt.Key.Key_S)
    settle(qtbot)
    qtbot.waitUntil(lambda: form.ui.status_label.text() == "Salvato.", timeout=WAIT_MS)
    [row] = grant_calls.list_calls(ctx.db)
    detail = grant_calls.get_call(ctx.db, row.uuid)
    settings = detail.settings
    assert (settings.title, settings.cup, settings.budget_cents, settings.max_grant_cents) == (
        "Bando start-up donne 2026", "E41B26000120002", 50_000_00, 15_000_00)
    assert settings.max_cost_share_pct == 80 and settings.min_cofinancing_pct == 20
    # Typed in Rome time (12:00 by default), stored in UTC: 16 March is winter time, 15 May summer time.
    assert settings.opens_at == datetime(2026, 3, 16, 11, tzinfo=UTC)
    assert settings.closes_at == datetime(2026, 5, 15, 10, tzinfo=UTC)
    assert len(detail.municipality_names) == 9 and settings.total_points == 100
    qtbot.keyClick(form.general.ui.title_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.list_page, timeout=WAIT_MS)
    assert screen.list_page.ui.calls_table.item(0, 0).text() == "Bando start-up donne 2026"
    assert screen.list_page.ui.calls_table.item(0, 4).text() == "€ 50.000,00"


def test_errors_appear_next_to_their_fields_and_mark_their_tab(qtbot, ctx):
    screen = open_calls(qtbot, ctx)
    screen.new_call()
    form = screen.form_page
    form.ui.tabs.setCurrentIndex(1)
    type_text(qtbot, form.amounts.ui.budget_cents_edit, "10000")
    type_text(qtbot, form.amounts.ui.max_grant_cents_edit, "15000")
    type_text(qtbot, form.amounts.ui.max_cost_share_pct_edit, "8o")
    assert not form.save()
    error = form.form.findChild(type(form.ui.status_label), "max_cost_share_pct_error")
    assert error.text().startswith("Scrivi solo cifre")  # not a number: caught before the service
    type_text(qtbot, form.amounts.ui.max_cost_share_pct_edit, "80")
    assert not form.save()
    labels = {name: form.form.findChild(type(form.ui.status_label), f"{name}_error")
              for name in ("title", "cup", "max_grant_cents")}
    assert labels["title"].text() == "Scrivi il titolo del bando."
    assert labels["cup"].text() == "Il CUP ha 15 caratteri: ne hai scritti 0."
    assert labels["max_grant_cents"].text() == "Il contributo massimo non può superare la dotazione del bando."
    assert form.ui.tabs.currentIndex() == 0 and QApplication.focusWidget() is form.general.ui.title_edit
    red = [form.ui.tabs.tabBar().tabTextColor(i).name() for i in range(3)]
    assert red[:2] == ["#b00020", "#b00020"] and red[2] != "#b00020"
    assert grant_calls.list_calls(ctx.db) == ()


def test_grid_and_tranche_tables(qtbot, ctx):
    screen = open_calls(qtbot, ctx)
    screen.new_call()
    form = screen.form_page
    form.ui.tabs.setCurrentIndex(2)
    table = form.grid.ui.criteria_edit
    assert form.grid.ui.total_points_label.text() == "Totale: 100 punti"
    qtbot.mouseClick(form.grid.ui.add_criterion_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 7 and table.item(6, 0).text() == "C7"
    table.item(6, 1).setText("Rete con i servizi del territorio")
    table.item(6, 2).setText("12,5")
    assert form.grid.ui.total_points_label.text() == "Totale: 112,5 punti"
    table.setCurrentCell(6, 1)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert table.item(5, 0).text() == "C7" and table.item(6, 0).text() == "C6"
    assert [c.code for c in form.collect().criteria] == ["C1", "C2", "C3", "C4", "C5", "C7", "C6"]
    table.setCurrentCell(0, 0)
    qtbot.mouseClick(form.grid.ui.remove_criterion_button, Qt.MouseButton.LeftButton)
    assert form.grid.ui.total_points_label.text() == "Totale: 87,5 punti"
    form.ui.tabs.setCurrentIndex(3)
    tranches = form.tranches.ui.tranches_edit
    tranches.item(1, 1).setText("40")
    assert form.tranches.ui.tranches_total_label.text() == "Totale: 90%"
    form.general.ui.title_edit.setText("Bando con piano sbagliato")
    form.general.ui.cup_edit.setText("E41B26000120002")
    form.amounts.ui.budget_cents_edit.set_cents(50_000_00)
    form.amounts.ui.max_grant_cents_edit.set_cents(15_000_00)
    assert not form.save()
    error = form.form.findChild(type(form.ui.status_label), "tranches_error")
    assert "sommano a 90%" in error.text() and form.ui.tabs.currentIndex() == 3
    tranches.item(1, 1).setText("50")
    assert form.save()
    settle(qtbot)
    saved = grant_calls.get_call(ctx.db, grant_calls.list_calls(ctx.db)[0].uuid).settings
    assert [c.code for c in saved.criteria] == ["C2", "C3", "C4", "C5", "C7", "C6"]
    assert saved.criteria[4].max_points == Decimal("12.5") and saved.admission_threshold == 60


def scored_call(db):
    call = make_call(db, status="in_valutazione")
    application = make_application(db, call, add_woman(db))
    with db.unit_of_work() as s:
        member = GrantCommissionMember(call_id=call.id, username="commissario.uno")
        s.add(member)
        s.flush()
        criterion = s.scalar(select(GrantCriterion.id).where(GrantCriterion.call_id == call.id))
        s.add(GrantScore(application_id=application.id, member_id=member.id, criterion_id=criterion,
                         points=Decimal(20)))
    return call


def test_a_result_changing_edit_after_scoring_asks_the_reason_and_makes_a_new_edition(qtbot, ctx, dialogs):
    call = scored_call(ctx.db)
    screen = open_calls(qtbot, ctx)
    screen.open_call(call.uuid)
    form = screen.form_page
    assert "valutazioni iniziate" in form.ui.status_badge.text()
    form.ui.tabs.setCurrentIndex(1)
    type_text(qtbot, form.amounts.ui.budget_cents_edit, "40.000")
    dialogs.reason_answer = None  # the clerk cancels the question
    assert not form.save()
    [(_, title, text)] = [c for c in dialogs.calls if c[0] == "reason"]
    assert title == "Nuova edizione del bando" and "dotazione" in text and "edizione 2" in text
    assert form.ui.status_label.text() == "Non salvato: serve il motivo della nuova edizione."
    assert grant_calls.get_call(ctx.db, call.uuid).settings.budget_cents == 50_000_00
    dialogs.reason_answer = "Determinazione 45/2026: dotazione ridotta"
    assert form.save()
    settle(qtbot)
    detail = grant_calls.get_call(ctx.db, call.uuid)
    assert detail.edition == 2 and detail.settings.budget_cents == 40_000_00
    assert form.ui.status_badge.text().startswith("In valutazione · edizione 2")
    form.ui.tabs.setCurrentIndex(6)
    assert form.editions.ui.editions_table.item(0, 3).text() == "Determinazione 45/2026: dotazione ridotta"
    form.editions.ui.editions_table.selectRow(0)
    assert form.editions.ui.previous_settings_label.text() == (
        "Prima della modifica: dotazione € 50.000,00, contributo massimo € 15.000,00, soglia 60 punti, "
        "età da 18 anni.")
    # Text blocks change freely: no question, no new edition.
    form.ui.tabs.setCurrentIndex(4)
    form.texts.ui.premises_text_edit.setPlainText("PREMESSO che la Regione Lombardia…")
    asked = len(dialogs.calls)
    assert form.save() and len(dialogs.calls) == asked
    settle(qtbot)
    assert grant_calls.get_call(ctx.db, call.uuid).edition == 2


def test_commission_members_are_appointed_from_the_commissioners(qtbot, ctx, dialogs):
    user_admin.create_user(ctx.db, "anna.rossi", "Anna Rossi", [Role.COMMISSARIO], password="Lunga-password-42")
    call = make_call(ctx.db)
    screen = open_calls(qtbot, ctx)
    screen.open_call(call.uuid)
    form = screen.form_page
    form.ui.tabs.setCurrentIndex(5)
    assert form.commission.ui.member_username_edit.currentData() == "anna.rossi"
    form.commission.ui.member_role_edit.setCurrentIndex(form.commission.ui.member_role_edit.findData("presidente"))
    qtbot.mouseClick(form.commission.ui.add_member_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    table = form.commission.ui.members_table
    assert table.rowCount() == 1 and table.item(0, 1).text() == "Anna Rossi" and table.item(0, 2).text() == "Presidente"
    assert form.commission.ui.member_username_edit.count() == 0 and not form.commission.ui.add_member_button.isEnabled()
    table.selectRow(0)
    qtbot.mouseClick(form.commission.ui.remove_member_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialogs.titles("confirm") == ["Togli dalla commissione"]
    assert table.rowCount() == 0 and grant_calls.get_call(ctx.db, call.uuid).members == ()


def test_opening_a_draft_from_the_status_menu(qtbot, ctx, dialogs):
    call = make_call(ctx.db, status="bozza")
    screen = open_calls(qtbot, ctx)
    screen.open_call(call.uuid)
    form = screen.form_page
    actions = form.actions.menu.actions()
    assert [a.text() for a in actions] == ["Apri il bando alle domande"]
    actions[0].trigger()
    settle(qtbot)
    assert dialogs.titles("confirm") == ["Cambia stato"]
    assert grant_calls.get_call(ctx.db, call.uuid).status == "aperto"
    assert form.ui.status_badge.text() == "Aperto · edizione 1"
    assert {a.text() for a in form.actions.menu.actions()} == {"Riporta in preparazione",
                                                              "Chiudi le domande e avvia la valutazione"}


def test_without_the_calls_permission_everything_is_read_only(qtbot, ctx):
    call = make_call(ctx.db)
    ctx.db.actor = Actor("operatore.test", roles=frozenset({Role.OPERATORE}))
    screen = open_calls(qtbot, ctx)
    assert not screen.list_page.ui.new_button.isEnabled()
    screen.open_call(call.uuid)
    form = screen.form_page
    assert form.ui.read_only_label.isVisible() and not form.ui.save_button.isVisible()
    assert form.general.ui.title_edit.isReadOnly() and not form.ui.status_button.isVisible()
    assert not form.grid.ui.add_criterion_button.isEnabled() and not form.amounts.ui.sud_est_button.isEnabled()
    assert not form.save()


def test_filter_by_status_and_sort(qtbot, ctx):
    make_call(ctx.db, title="Bando A", status="concluso", budget_cents=80_000_00)
    make_call(ctx.db, title="Bando B", status="aperto", budget_cents=9_000_00, max_grant_cents=9_000_00)
    screen = open_calls(qtbot, ctx)
    page = screen.list_page
    assert page.ui.count_label.text() == "2 bandi"
    page.ui.status_filter_edit.setCurrentIndex(page.ui.status_filter_edit.findData("aperto"))
    assert page.ui.calls_table.rowCount() == 1 and page.ui.calls_table.item(0, 0).text() == "Bando B"
    page.ui.status_filter_edit.setCurrentIndex(0)
    page.ui.calls_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # budget, by amount not by text
    assert [page.ui.calls_table.item(r, 0).text() for r in range(2)] == ["Bando B", "Bando A"]


@pytest.mark.parametrize("tab", range(8))
def test_alt_letters_are_unambiguous_on_every_tab(qtbot, ctx, tab):
    screen = open_calls(qtbot, ctx)
    screen.open_call(make_call(ctx.db).uuid)
    screen.form_page.ui.tabs.setCurrentIndex(tab)
    assert mnemonic_clashes(screen) == {}
    assert not set(visible_mnemonics(screen)) & MENU_LETTERS


def test_the_screens_fit_a_1366_pixel_window(qtbot, ctx):
    """In the main window at 1366 px, with the longest header ("… · edizione 1 · valutazioni iniziate")."""
    from equilibri_desktop.ui.main_window import MainWindow

    call = scored_call(ctx.db)
    with ctx.db.unit_of_work() as s:
        s.get(GrantCall, call.id).title = ("Avviso pubblico per contributi a start-up femminili di servizi di "
                                           "conciliazione vita-lavoro nel Sud Est Milano, seconda finestra 2026")
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    screen = window.open_screen("grant_calls")
    assert window.minimumSizeHint().width() <= 1366
    screen.open_call(call.uuid)
    for tab in range(screen.form_page.ui.tabs.count()):
        screen.form_page.ui.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1366, tab
        assert window.minimumSizeHint().height() <= 768, tab
    assert window.width() == 1366


@pytest.mark.parametrize(("text", "expected"), [
    ("15.000,50", Decimal("15000.50")), ("15000", Decimal(15000)), ("15.000", Decimal(15000)),
    ("€ 1.234.567,8", Decimal("1234567.8")), ("12.5", Decimal("12.5")), ("0,05", Decimal("0.05")), ("", None),
])
def test_amounts_are_read_the_italian_way(text, expected):
    assert parse_decimal_text(text) == expected


@pytest.mark.parametrize("text", ["1.23.4", "12,345", "quindici", "12,", "1,2,3"])
def test_what_is_not_an_amount_is_refused(text):
    with pytest.raises(ValueError):
        parse_decimal_text(text)


def test_the_money_input_tidies_on_leaving_and_gives_cents(qtbot):
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    edit.setText("1234,5")
    assert edit.cents() == 1_234_50 and edit.problem() == ""
    edit.editingFinished.emit()
    assert edit.text() == "1.234,50"
    edit.setText("12,3x")
    assert edit.cents() is None and edit.problem()
    edit.set_cents(5_000_00)
    assert edit.text() == "5.000,00" and format_decimal_text(Decimal("80"), fixed=False) == "80"


def test_who_may_apply_is_ticked_on_the_call(qtbot, ctx):
    """The occupational statuses admitted and the female share of companies: shown, edited, refused when empty."""
    call = make_call(ctx.db, status="bozza")
    screen = open_calls(qtbot, ctx)
    screen.open_call(call.uuid)
    form = screen.form_page
    form.ui.tabs.setCurrentIndex(1)
    boxes = {code: form.form.findChild(QCheckBox, f"occupation_{code}_check") for code in
             ("disoccupata", "inoccupata", "studentessa", "pensionata", "occupata", "altro")}
    assert [code for code, box in boxes.items() if box.isChecked()] == ["disoccupata", "inoccupata"]
    assert form.amounts.ui.women_share_above_pct_edit.text() == "50"
    for code in ("disoccupata", "inoccupata"):
        boxes[code].setFocus()
        qtbot.keyClick(boxes[code], Qt.Key.Key_Space)  # unticked with the keyboard
    assert form.ui.status_label.text() == "Modifiche non salvate"
    assert not form.save()
    error = form.form.findChild(QLabel, "allowed_occupations_error")
    assert error.text() == "Scegli almeno una condizione occupazionale ammessa." and error.isVisible()
    assert QApplication.focusWidget() is boxes["disoccupata"]
    qtbot.keyClick(boxes["studentessa"], Qt.Key.Key_Space)
    type_text(qtbot, form.amounts.ui.women_share_above_pct_edit, "60")
    assert form.save()
    settle(qtbot)
    settings = grant_calls.get_call(ctx.db, call.uuid).settings
    assert settings.allowed_occupations == ("studentessa",) and settings.women_share_above_pct == 60
    assert not error.isVisible()


def test_the_money_rules_and_the_act_are_set_on_their_own_tab(qtbot, ctx):
    """Tab 8: minimum partial grant, acceptance days, leftover rule, officers and budget line — saved with the
    call; an amount that is not one is refused next to its field."""
    call = make_call(ctx.db, status="bozza")
    screen = open_calls(qtbot, ctx)
    screen.open_call(call.uuid)
    form = screen.form_page
    form.ui.tabs.setCurrentIndex(7)
    tab = form.rules
    assert form.ui.tabs.currentWidget() is tab.widget
    assert tab.days["partial_acceptance_days"].value() == 15 and tab.days["repayment_term_days"].value() == 30
    type_text(qtbot, tab.money["min_partial_grant_cents"], "dieci")
    assert not form.save()
    error = form.form.findChild(QLabel, "min_partial_grant_cents_error")
    assert error.isVisible() and error.text()
    tab.money["min_partial_grant_cents"].clear()
    type_text(qtbot, tab.money["min_partial_grant_cents"], "2.500")
    tab.days["partial_acceptance_days"].setValue(20)
    qtbot.keyClick(tab.leftover, Qt.Key.Key_Space)
    tab.age_reference.setCurrentIndex(tab.age_reference.findData("domanda"))
    type_text(qtbot, tab.texts["procedure_officer"], "Anna Verdi")
    type_text(qtbot, tab.texts["deciding_officer_role"], "Il Responsabile del Servizio")
    type_text(qtbot, tab.texts["budget_chapter"], "12040")
    tab.budget_year.setValue(2026)
    assert form.ui.status_label.text() == "Modifiche non salvate"
    assert form.save()
    settle(qtbot)
    settings = grant_calls.get_call(ctx.db, call.uuid).settings
    assert (settings.min_partial_grant_cents, settings.partial_acceptance_days, settings.leftover_to_later) == (
        2_500_00, 20, True)
    assert (settings.age_reference, settings.procedure_officer, settings.budget_chapter, settings.budget_year) == (
        "domanda", "Anna Verdi", "12040", 2026)
    assert settings.deciding_officer_role == "Il Responsabile del Servizio"
    assert not form.has_unsaved_changes()


def test_one_municipality_is_counted_in_the_singular(qtbot, ctx):
    screen = open_calls(qtbot, ctx)
    screen.new_call()
    form = screen.form_page
    qtbot.keyClick(form.ui.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.mouseClick(form.amounts.ui.no_municipalities_button, Qt.MouseButton.LeftButton)
    view = form.amounts.ui.municipality_ids_edit
    view.setFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # ticked with the keyboard
    total = view.count()
    assert form.amounts.ui.municipalities_count_label.text() == f"1 comune scelto su {total}"  # not «1 comuni scelti»
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert form.amounts.ui.municipalities_count_label.text() == f"2 comuni scelti su {total}"


def _tab_chain(page) -> list:
    """The widgets Tab visits on the page, in order, starting after the page itself; not the editors a table
    puts in its cells when filled (they join the chain where they are made, as they always have)."""
    from PySide6.QtWidgets import QAbstractItemView

    def in_a_table(widget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not page:
            if isinstance(parent, QAbstractItemView):
                return True
            parent = parent.parentWidget()
        return False

    chain, widget = [], page.nextInFocusChain()
    while widget is not page and page.isAncestorOf(widget):
        if (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not in_a_table(widget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_each_tab_of_the_call_form_has_its_own_form(qtbot, ctx):
    """Issue 12: the page's form is only its shell (header, tabs, buttons); every tab loads a form of its own,
    and Tab goes from the tab bar through the shown tab's inputs, in its form's order, to the page's buttons."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
    )

    from equilibri_desktop.ui.forms import load_form

    shell = load_form("grants/call_form")
    inputs = [w.objectName() for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
                                          QAbstractItemView) for w in shell.findChildren(kind)]
    assert inputs == [] and shell.findChild(QTabWidget, "tabs").count() == 0
    assert {b.objectName() for b in shell.findChildren(QAbstractButton) if not b.objectName().startswith("Scroll")} == {
        "status_button", "save_button", "cancel_button"}  # the tab bar's own scroll arrows aside
    shell.deleteLater()
    screen = open_calls(qtbot, ctx)
    screen.open_call(make_call(ctx.db).uuid)
    page = screen.form_page
    tabs = (page.general, page.amounts, page.grid, page.tranches, page.texts, page.commission, page.editions,
            page.rules)
    forms = [tab.FORM for tab in tabs]
    assert len(set(forms)) == len(tabs) and page.FORM not in forms
    assert [page.ui.tabs.widget(i) for i in range(page.ui.tabs.count())] == [tab.widget for tab in tabs]
    assert [page.ui.tabs.tabText(i) for i in range(page.ui.tabs.count())] == [tab.TITLE for tab in tabs]
    buttons = [page.ui.save_button, page.ui.cancel_button, page.ui.status_button]
    for index, tab in enumerate(tabs):
        page.ui.tabs.setCurrentIndex(index)
        chain = _tab_chain(page)
        assert chain[:2] == [page.ui.tabs, page.ui.tabs.tabBar()] and chain[-3:] == buttons, tab.FORM
        assert chain[2:-3] and all(tab.widget.isAncestorOf(w) for w in chain[2:-3]), tab.FORM
    page.ui.tabs.setCurrentIndex(0)
    assert [w.objectName() for w in _tab_chain(page)[2:-3] if w.objectName().endswith("_edit")] == [
        "title_edit", "act_number_edit", "act_date_edit", "cup_edit", "rna_code_edit", "opens_at_edit",
        "opens_at_time_edit", "closes_at_edit", "closes_at_time_edit", "constitution_deadline_edit",
        "report_deadline_edit", "notes_edit"]
