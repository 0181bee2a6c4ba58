"""Anagrafiche › Persone, the list: search as you type, filters, sorting in SQL, keyboard, delete with
confirmation, export without protected people, read-only users, and Qt's model checks."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.services.registry import privacy
from equilibri_desktop.services.registry.search import count_people
from equilibri_desktop.ui.screens.registry import list_actions, people_screen
from equilibri_desktop.ui.screens.registry.screens import PeopleScreen
from tests.registry_helpers import add_person
from tests.ui.registry_ui import WAIT_MS, click_header, names, people, row_of, select_rows, shown_rows, type_text
from tests.ui.waiting import settle


def _three(ctx):
    rossi = add_person(ctx.db, "Rossi", "Maria", born=date(1985, 3, 12), phone="333 1234567")
    add_person(ctx.db, "Rossini", "Luca", sex="M", born=date(1990, 2, 1), email="luca.rossini@example.org")
    bianchi = add_person(ctx.db, "Bianchi", "Anna", born=date(1970, 6, 10))
    return rossi, bianchi


def test_factory_builds_the_people_screen(qtbot, ctx):
    screen = people_screen(ctx)
    qtbot.addWidget(screen)
    assert isinstance(screen, PeopleScreen)
    assert screen.currentWidget() is screen.list_page


def test_search_as_you_type_narrows_the_list(qtbot, ctx):
    _three(ctx)
    screen = people(qtbot, ctx)
    page = screen.list_page
    assert names(page) == ["Bianchi Anna", "Rossi Maria", "Rossini Luca"]
    assert page.ui.count_label.text() == "3 persone"
    type_text(qtbot, page.ui.search_edit, "ross")
    assert page.model.total == 3  # one query after the pause, not one per key
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=WAIT_MS)
    assert names(page) == ["Rossi Maria", "Rossini Luca"]
    assert page.ui.count_label.text() == "2 persone"
    type_text(qtbot, page.ui.search_edit, "luca.rossini@")  # e-mail
    qtbot.waitUntil(lambda: names(page) == ["Rossini Luca"], timeout=WAIT_MS)
    assert page.ui.count_label.text() == "1 persona"
    type_text(qtbot, page.ui.search_edit, "333 123")  # phone
    qtbot.waitUntil(lambda: names(page) == ["Rossi Maria"], timeout=WAIT_MS)
    page.ui.clear_filters_button.click()
    assert page.model.total == 3 and page.ui.search_edit.text() == ""


def test_clicking_a_header_sorts_in_the_service(qtbot, ctx):
    _three(ctx)
    screen = people(qtbot, ctx)
    page = screen.list_page
    born = [c.key for c in page.model.columns].index("birth_date")
    click_header(qtbot, page.view, born)
    assert [r.birth_date.year for r in shown_rows(page)] == [1970, 1985, 1990]
    click_header(qtbot, page.view, born)
    assert [r.birth_date.year for r in shown_rows(page)] == [1990, 1985, 1970]
    assert page.model.sort_column() == ("birth_date", True)


def test_enter_opens_the_detail_and_escape_comes_back(qtbot, ctx):
    _three(ctx)
    screen = people(qtbot, ctx)
    page = screen.list_page
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row_of(page, "Rossi Maria"), 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    settle(qtbot)
    assert screen.currentWidget() is screen.detail_page
    assert screen.detail_page.ui.name_label.text() == "Rossi Maria"
    assert screen.detail_page.ui.phone_value.text() == "333 1234567"
    qtbot.keyClick(screen.detail_page.ui.tabs, Qt.Key.Key_Escape)
    assert screen.currentWidget() is screen.list_page
    assert [r.display_name for r in page.selected_rows()] == ["Rossi Maria"]  # where the clerk left off


def test_shortcuts_focus_search_and_start_a_new_person(qtbot, ctx):
    _three(ctx)
    screen = people(qtbot, ctx)
    page = screen.list_page
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search_edit.hasFocus()
    qtbot.keyClick(page.ui.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.currentWidget() is screen.form_page
    assert screen.form_page.ui.form_title.text() == "Nuova persona"


def test_delete_asks_first_and_then_deletes(qtbot, ctx, dialogs):
    rossi, _ = _three(ctx)
    screen = people(qtbot, ctx)
    page = screen.list_page
    select_rows(page, row_of(page, "Rossi Maria"))
    page.view.setFocus()
    dialogs.confirm_answer = False
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle(qtbot)
    assert dialogs.titles("confirm") == ["Elimina"]
    assert "Rossi Maria, 12/03/1985" in dialogs.texts("confirm")[0]
    assert count_people(ctx.db) == 3
    dialogs.confirm_answer = True
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle(qtbot)
    assert count_people(ctx.db) == 2
    assert names(page) == ["Bianchi Anna", "Rossini Luca"]


def test_people_without_privacy_notice_are_marked_and_can_be_filtered(qtbot, ctx):
    rossi, bianchi = _three(ctx)
    for person in (rossi, bianchi):
        privacy.record_privacy_ack(ctx.db, person.uuid, "2024.1", date(2024, 5, 2), "ufficio")
    screen = people(qtbot, ctx)
    page = screen.list_page
    column = [c.key for c in page.model.columns].index("missing_privacy_ack")
    marks = {row.display_name: page.model.index(number, column).data() for number, row in
             enumerate(shown_rows(page))}
    assert marks == {"Bianchi Anna": "", "Rossi Maria": "", "Rossini Luca": "⚠ manca"}
    flagged = page.model.index(row_of(page, "Rossini Luca"), column)
    assert "informativa" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert flagged.data(Qt.ItemDataRole.ForegroundRole) is not None
    page.ui.privacy_missing_check.click()
    assert names(page) == ["Rossini Luca"]


def test_export_writes_the_view_without_protected_people(qtbot, ctx, dialogs, tmp_path, monkeypatch):
    _three(ctx)
    add_person(ctx.db, "Rossetti", "Giulia", born=date(1979, 1, 5), address="Via Segreta 1", protected=True,
               protection_body="Centro antiviolenza", protection_date=date(2024, 1, 10))
    target = tmp_path / "export.xlsx"
    monkeypatch.setattr(list_actions, "ask_export_path", lambda *_args: target)
    screen = people(qtbot, ctx)
    page = screen.list_page
    type_text(qtbot, page.ui.search_edit, "ross")
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=WAIT_MS)  # protected people are listed…
    page.ui.export_button.click()
    qtbot.waitUntil(lambda: dialogs.titles("inform") == ["Esportazione completata"], timeout=WAIT_MS)
    sheet = load_workbook(target).active
    surnames = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert surnames == ["Rossi", "Rossini"]  # …but never exported
    message = dialogs.texts("inform")[0]
    assert "Esportate 2 persone" in message and "protette non sono mai incluse" in message
    assert "Escluse da questo elenco: 1" in message
    assert page.ui.export_button.isEnabled()


def test_protected_address_is_hidden_without_the_permission(qtbot, ctx):
    protected = add_person(ctx.db, "Rossetti", "Giulia", born=date(1979, 1, 5), address="Via Segreta 1",
                           protected=True, protection_body="Centro antiviolenza", protection_date=date(2024, 1, 10))
    ctx.db.actor = Actor("op", roles=frozenset({Role.OPERATORE}))
    screen = people(qtbot, ctx)
    assert not screen.list_page.ui.protected_check.isVisible()
    row = shown_rows(screen.list_page)[0]
    assert row.address_hidden and row.municipality == ""
    assert screen.open_record(protected.uuid)
    detail = screen.detail_page
    assert "Indirizzo riservato" in detail.ui.residence_value.text()
    assert "Segreta" not in detail.ui.residence_value.text()
    assert detail.ui.protection_value.text() == "—"


def test_a_reviewer_reads_but_cannot_change(qtbot, ctx):
    rossi, _ = _three(ctx)
    ctx.db.actor = Actor("rev", roles=frozenset({Role.REVISORE}))
    screen = people(qtbot, ctx)
    page = screen.list_page
    assert page.model.total == 3
    select_rows(page, 0, 1)
    for button in (page.ui.new_button, page.ui.delete_button, page.ui.merge_button, page.ui.import_button,
                   page.ui.export_button):
        assert not button.isEnabled(), button.objectName()
    page._new_if_allowed()  # Ctrl+N
    assert screen.currentWidget() is page
    assert screen.open_record(rossi.uuid)
    detail = screen.detail_page
    for button in (detail.ui.edit_button, detail.ui.delete_button, detail.ui.add_ack_button,
                   detail.ui.give_consent_button):
        assert not button.isEnabled(), button.objectName()
    detail.edit()  # Ctrl+E
    assert screen.currentWidget() is detail


def test_list_model_passes_qt_model_tester(qtbot, ctx, qtmodeltester):
    for number in range(5):
        add_person(ctx.db, "Verdi", f"Anna{'abcde'[number]}", born=date(1980, 1, number + 1))
    screen = people(qtbot, ctx)
    qtmodeltester.check(screen.list_page.model, force_py=True)


def test_the_list_pages_in_as_the_view_scrolls(qtbot, ctx):
    from equilibri_desktop.services.demo.seed import generate_people

    generate_people(ctx.db, 450)
    screen = people(qtbot, ctx)
    page = screen.list_page
    assert page.model.total == 450 and page.model.rowCount() == page.model.page_size
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > page.model.page_size, timeout=WAIT_MS)


def test_the_history_tab_shows_the_record_changes(qtbot, ctx):
    rossi, _ = _three(ctx)
    screen = people(qtbot, ctx)
    screen.open_record(rossi.uuid)
    detail = screen.detail_page
    assert detail.history is not None
    detail.ui.tabs.setCurrentWidget(detail.ui.history_tab)  # read when opened
    assert detail.history.record_uuid == rossi.uuid
    assert detail.history.table.rowCount() >= 1


def test_in_the_main_window_shortcuts_act_on_the_registry_shown(qtbot, ctx):
    from equilibri_desktop.ui.main_window import MainWindow
    from tests.ui.registry_ui import activate

    _three(ctx)
    window = MainWindow(ctx.config, ctx.ui_state, ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    activate(qtbot, window)
    people_screen_ = window.open_screen("people")
    organisations_screen_ = window.open_screen("organisations")
    organisations_screen_.list_page.view.setFocus()
    qtbot.keyClick(organisations_screen_.list_page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert organisations_screen_.currentWidget() is organisations_screen_.form_page
    assert people_screen_.currentWidget() is people_screen_.list_page  # hidden: its Ctrl+N sleeps
    assert window.unsaved_screens() == []  # an untouched form is no unsaved change
    type_text(qtbot, organisations_screen_.form_page.ui.name_edit, "Bottega")
    assert window.unsaved_screens() == [organisations_screen_]
    window.open_screen("people")
    people_screen_.list_page.view.setFocus()
    qtbot.keyClick(people_screen_.list_page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert people_screen_.list_page.ui.search_edit.hasFocus()
    organisations_screen_.form_page._loaded = None  # let the window close without the question
