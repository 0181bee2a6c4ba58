"""Start-up e contributi › Domande, driven like a clerk: register an application with the keyboard, see
errors next to their fields without losing what was typed, move it along the workflow, attach files."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.application_parts import (
    DECLARATIONS,
    CostItemInput,
)
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.services.grants import applications as apps
from equilibri_desktop.services.grants import attachments as files
from equilibri_desktop.services.grants.application_search import count_applications
from equilibri_desktop.ui.navigation import screen_entry
from equilibri_desktop.ui.screens.grants.application_dialogs import (
    FileChooser,
    FileOpener,
    ReasonAnswer,
    ReasonDialog,
    ReasonSpec,
)
from equilibri_desktop.ui.screens.grants.applications_screen import ApplicationsScreen
from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes
from equilibri_desktop.ui.widgets.person_picker import LABEL_ROLE
from tests.grant_helpers import act_as, add_woman, make_application, make_call
from tests.registry_helpers import add_person
from tests.ui.registry_ui import WAIT_MS, activate
from tests.ui.waiting import settle

ALT = Qt.KeyboardModifier.AltModifier


def open_applications(qtbot, ctx) -> ApplicationsScreen:
    screen = ApplicationsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    activate(qtbot, screen)
    return screen


def registered(db, call, woman, **fields):
    data = ApplicationInput(call_uuid=call.uuid, applicant_uuid=woman.uuid, business_name="Piccoli Passi",
                            service_kind="nido", occupational_status="disoccupata", did_date=date(2025, 11, 3),
                            cost_items=(CostItemInput("Arredi", 12_000_00),), own_cofinancing_cents=3_000_00,
                            declarations=frozenset(code for code, _label in DECLARATIONS), **fields)
    return apps.register_new_application(db, data, received_at=datetime(2026, 4, 2, 8, tzinfo=UTC)).application


def pick(qtbot, picker, text: str) -> None:
    """Type in a registry picker and take the first match with the keyboard (Down, Enter)."""
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: picker.results.rowCount() > 0  # the results of this text, not of the one before
                    and text in picker.results.item(0).data(LABEL_ROLE).lower(), timeout=WAIT_MS)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.person_uuid() is not None and not popup.isVisible(), timeout=WAIT_MS)
    activate(qtbot, picker.window())  # the offscreen platform leaves the closed popup as the active window


def error_label(page, field: str) -> QLabel:
    return page.form.findChild(QLabel, f"{field}_error")


def focused():
    return QApplication.focusWidget()


def test_the_screen_is_in_the_navigation_for_every_reader():
    entry = screen_entry("grant_applications")
    assert (entry.area, entry.title, entry.permission.value) == ("Start-up e contributi", "Domande", "grants.read")


def test_register_an_application_with_the_keyboard(qtbot, ctx):
    call, woman = make_call(ctx.db), add_woman(ctx.db, "Rossi", "Maria")
    screen = open_applications(qtbot, ctx)
    qtbot.keyClick(screen.list_page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = screen.application_page
    qtbot.waitUntil(lambda: screen.currentWidget() is page, timeout=WAIT_MS)
    assert page.people.ui.call_uuid_edit.currentData() == call.uuid  # the only open call is chosen
    assert focused() is page.people.ui.applicant_uuid_edit
    pick(qtbot, page.people.ui.applicant_uuid_edit, "rossi")
    assert "RSSMRA85C52" in page.people.ui.applicant_info.text() and not error_label(page, "applicant_uuid").isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.people.ui.occupational_status_edit
    qtbot.keyClicks(focused(), "d")  # Disoccupata
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "03112025")
    qtbot.keyClick(page.ui.tabs, Qt.Key.Key_2, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_E, ALT)  # Nome dell'impr&esa
    assert focused() is page.project.ui.business_name_edit
    qtbot.keyClicks(focused(), "Piccoli Passi")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "s")  # Servizi per la prima infanzia
    qtbot.keyClick(page.ui.tabs, Qt.Key.Key_3, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_G, ALT)  # A&ggiungi voce: the description cell is being edited
    costs = page.costs.ui.cost_items_table
    qtbot.waitUntil(lambda: costs.rowCount() == 1 and focused() is not costs,
                    timeout=WAIT_MS)  # a mnemonic presses its button after a short animation
    qtbot.keyClicks(focused(), "Arredi e giochi")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "12.500")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_R, ALT)  # Cofinanziamento p&roprio
    qtbot.keyClicks(focused(), "3000")
    assert "ammissibili €\u00a012.500,00" in page.costs.ui.totals_label.text()  # the sign stays with its amount
    assert "cofinanziamento 24,00%" in page.costs.ui.totals_label.text()
    qtbot.keyClick(focused(), Qt.Key.Key_P, ALT)  # Protocolla
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    detail = page.detail
    assert detail.status == "presentata" and detail.protocol.endswith("/0001") and detail.applicant.uuid == woman.uuid
    assert detail.business_name == "Piccoli Passi" and detail.service_kind == "nido"
    assert detail.did_date == date(2025, 11, 3) and detail.occupational_status == "disoccupata"
    assert [(c.description, c.amount_cents) for c in detail.cost_items] == [("Arredi e giochi", 12_500_00)]
    assert detail.own_cofinancing_cents == 3_000_00
    assert page.ui.form_title.text() == f"Domanda {detail.protocol} — Rossi Maria"
    assert "Dichiarazioni non rese" in error_label(page, "declarations").text()  # received anyway, the gap is shown
    page.ui.tabs.setCurrentWidget(page.people.widget)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # nothing unsaved: back to the list
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.list_page, timeout=WAIT_MS)
    assert [row.protocol for row in [screen.list_page.model.row_object(0)]] == [detail.protocol]


def test_errors_stay_next_to_their_fields_and_nothing_typed_is_lost(qtbot, ctx, dialogs):
    make_call(ctx.db)
    add_person(ctx.db, "Bianchi", "Marco", sex="M", born=date(1990, 5, 14))
    woman = add_woman(ctx.db, "Verdi", "Laura")
    screen = open_applications(qtbot, ctx)
    screen.new_application()
    page, ui = screen.application_page, screen.application_page.ui
    pick(qtbot, page.people.ui.applicant_uuid_edit, "bianchi")
    assert (error_label(page, "applicant_uuid").isVisible()
            and "riservato alle donne" in error_label(page, "applicant_uuid").text())
    ui.tabs.setCurrentWidget(page.people.widget)
    page.project.ui.business_name_edit.setText("Tempo per te")
    page.project.ui.ateco_code_edit.setText("88-91")
    page.costs.add_row()
    table: QTableWidget = page.costs.ui.cost_items_table
    table.item(0, 0).setText("Affitto")
    table.item(0, 2).setText("dodicimila")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert ui.tabs.currentWidget() is page.costs.ui.cost_items_table.parentWidget()  # the tab of the first error
    assert ("Importo non valido alla riga 1" in error_label(page, "cost_items").text()
            and error_label(page, "cost_items").isVisible())
    assert page.detail is None and ui.status_label.text() == "Correggi i campi segnalati in rosso."
    table.item(0, 2).setText("1.200,00")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert (ui.tabs.currentWidget() is page.people.widget
            and "riservato alle donne" in error_label(page, "applicant_uuid").text())
    assert error_label(page, "ateco_code").text().startswith("Il codice ATECO si scrive come")
    project = page.project.ui
    assert (project.business_name_edit.text(), project.ateco_code_edit.text(), table.item(0, 0).text()) == (
        "Tempo per te", "88-91", "Affitto")
    page.people.ui.applicant_uuid_edit.clear()
    pick(qtbot, page.people.ui.applicant_uuid_edit, "verdi")
    page.project.ui.ateco_code_edit.setText("88.91.00")
    dialogs.confirm_answer = False
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # changes: asks, and keeps them when told not to leave
    assert dialogs.titles("confirm") == ["Annulla modifiche"] and screen.currentWidget() is page
    assert page.save()
    settle(qtbot)
    assert page.detail.applicant.uuid == woman.uuid and page.detail.ateco_code == "88.91.00"
    assert page.detail.status == "bozza" and ui.status_label.text() == "Salvata."
    assert not error_label(page, "applicant_uuid").isVisible() and not error_label(page, "ateco_code").isVisible()


def test_workflow_buttons_follow_the_status_and_ask_the_reason(qtbot, ctx, monkeypatch):
    detail = registered(ctx.db, make_call(ctx.db), add_woman(ctx.db))
    asked = []

    def answer(parent, spec, submit):
        asked.append(spec.title)
        return submit(ReasonAnswer("Manca la copia del documento d'identità", reply_days=7))
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *args: answer(*args)))
    screen = open_applications(qtbot, ctx)
    assert screen.open_application(detail.uuid)
    ui = screen.application_page.ui
    visible = [name for name in ("register_button", "start_review_button", "request_integration_button",
                                 "notify_reasons_button", "admit_button", "exclude_button", "renounce_button")
               if getattr(ui, name).isVisible()]
    assert visible == ["start_review_button", "renounce_button"]
    qtbot.keyClick(ui.tabs, Qt.Key.Key_I, ALT)  # Avvia istruttoria
    qtbot.waitUntil(lambda: screen.application_page.detail.status == "in_istruttoria", timeout=WAIT_MS)
    ui.request_integration_button.click()
    assert asked == ["Richiesta di integrazione"]
    shown = screen.application_page.detail
    assert shown.status == "integrazione_richiesta" and "risposta entro il" in ui.status_badge.text()
    history = screen.application_page.history.ui.history_table
    assert history.item(0, 3).text() == "Manca la copia del documento d'identità"
    assert history.item(0, 2).text() == "Integrazione richiesta"
    act_as(ctx.db, "operatrice", Role.OPERATORE)
    screen.application_page.show_detail(apps.get_application(ctx.db, detail.uuid))
    assert ui.notify_reasons_button.isVisible() and not ui.notify_reasons_button.isEnabled()


def test_attachments_are_copied_checked_and_opened(qtbot, ctx, monkeypatch, tmp_path, dialogs):
    detail = registered(ctx.db, make_call(ctx.db), add_woman(ctx.db))
    source = tmp_path / "carta identità.pdf"
    source.write_bytes(b"%PDF-1.4 documento")
    opened = []
    monkeypatch.setattr(FileChooser, "choose", staticmethod(lambda parent: [str(source)]))
    monkeypatch.setattr(FileOpener, "open", staticmethod(lambda path: opened.append(path) or True))
    screen = open_applications(qtbot, ctx)
    screen.open_application(detail.uuid)
    ui = screen.application_page.ui
    qtbot.keyClick(ui.tabs, Qt.Key.Key_5, ALT)
    screen.application_page.attachments.ui.attachment_kind_edit.setCurrentText("Documento di identità")
    screen.application_page.attachments.ui.add_attachment_button.click()
    settle(qtbot)
    assert screen.application_page.attachments.ui.attachments_table.rowCount() == 1
    assert [screen.application_page.attachments.ui.attachments_table.item(0, c).text() for c in (0, 1, 4)] == [
        "Documento di identità", "carta identità.pdf", "✔ integro"]
    screen.application_page.attachments.ui.attachments_table.setCurrentCell(0, 1)
    screen.application_page.attachments.ui.open_attachment_button.click()
    stored = files.list_attachments(ctx.db, detail.uuid)[0]
    assert opened == [ctx.config.data_dir / stored.stored_path]
    (ctx.config.data_dir / stored.stored_path).write_bytes(b"altro")
    screen.application_page.attachments.ui.verify_attachments_button.click()
    table = screen.application_page.attachments.ui.attachments_table
    assert table.item(0, 4).text() == "⚠ modificato dopo l'acquisizione"
    dialogs.confirm_answer = False
    screen.application_page.attachments.ui.attachments_table.setCurrentCell(0, 1)
    screen.application_page.attachments.ui.open_attachment_button.click()
    assert dialogs.titles("confirm") == ["File modificato"] and len(opened) == 1


def test_the_list_pages_searches_and_filters(qtbot, ctx):
    call = make_call(ctx.db)
    woman = add_woman(ctx.db)
    for number in range(205):
        make_application(ctx.db, call, woman, business_name=f"Impresa {number:03d}")
    screen = open_applications(qtbot, ctx)
    model = screen.list_page.model
    assert model.rowCount() == 200 and model.canFetchMore() and screen.list_page.ui.count_label.text() == "205 domande"
    model.fetchMore()
    assert model.rowCount() == 205
    screen.list_page.ui.search_edit.setText("2026/7")
    qtbot.waitUntil(lambda: model.total == 1, timeout=WAIT_MS)
    assert model.row_object(0).business_name == "Impresa 006"
    screen.list_page.clear_filters()
    screen.list_page.ui.status_filter.setCurrentIndex(screen.list_page.ui.status_filter.findData("bozza"))
    assert model.total == 0
    screen.list_page.clear_filters()
    screen.list_page.view.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.row_object(0).business_name == "Impresa 204", timeout=WAIT_MS)


def test_no_alt_letter_is_used_twice_on_any_tab(qtbot, ctx):
    detail = registered(ctx.db, make_call(ctx.db), add_woman(ctx.db))
    screen = open_applications(qtbot, ctx)
    screen.open_application(detail.uuid)
    tabs = screen.application_page.ui.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert mnemonic_clashes(screen) == {}, tabs.tabText(index)
    screen.show_list()
    assert mnemonic_clashes(screen) == {}


def test_protocolling_a_wrong_new_application_registers_nothing(qtbot, ctx, dialogs):
    make_call(ctx.db)
    add_person(ctx.db, "Bianchi", "Marco", sex="M", born=date(1990, 5, 14))
    screen = open_applications(qtbot, ctx)
    screen.new_application()
    page = screen.application_page
    pick(qtbot, page.people.ui.applicant_uuid_edit, "bianchi")
    page.project.ui.business_name_edit.setText("Orto in città")
    page.ui.register_button.click()
    settle(qtbot)
    assert dialogs.titles("confirm") == ["Protocolla la domanda"]
    assert page.detail is None and "riservato alle donne" in error_label(page, "applicant_uuid").text()
    assert page.project.ui.business_name_edit.text() == "Orto in città" and page.has_unsaved_changes()
    assert count_applications(ctx.db) == 0


def test_the_reason_dialog_keeps_what_was_typed_when_the_service_refuses(qtbot):
    answers = []

    def submit(answer: ReasonAnswer):
        answers.append(answer)
        if not answer.reply_received:
            raise DomainError("La richiedente può rispondere fino al 14/05/2026.")
        return "escluso"
    dialog = ReasonDialog(ReasonSpec("Esclusione", "Dopo il preavviso.", "Escludi", asks_reply_received=True), submit)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.reply_days_edit.isVisible() and dialog.ui.reply_received_edit.isVisible()
    qtbot.keyClicks(dialog.ui.reason_edit, "Nessuna osservazione utile")
    dialog.ui.ok_button.click()
    settle(qtbot)
    assert dialog.isVisible() and dialog.ui.general_error.text() == "La richiedente può rispondere fino al 14/05/2026."
    assert dialog.ui.reason_edit.toPlainText() == "Nessuna osservazione utile"
    dialog.ui.reply_received_edit.setChecked(True)
    dialog.ui.ok_button.click()
    settle(qtbot)
    assert not dialog.isVisible() and dialog.result_value == "escluso"
    assert [a.reply_received for a in answers] == [False, True] and answers[1].reason == "Nessuna osservazione utile"


def test_a_new_application_starts_from_what_the_registry_knows(qtbot, ctx):
    make_call(ctx.db)
    add_woman(ctx.db, "Rossi", "Maria", occupational_status="inoccupata", did_date=None)
    add_woman(ctx.db, "Verdi", "Anna")  # disoccupata, DID on 03/11/2025
    screen = open_applications(qtbot, ctx)
    screen.new_application()
    page = screen.application_page
    pick(qtbot, page.people.ui.applicant_uuid_edit, "verdi")
    assert page.people.ui.occupational_status_edit.currentData() == "disoccupata"
    assert page.people.ui.did_date_edit.date() == date(2025, 11, 3)
    pick_again = page.people.ui.applicant_uuid_edit
    pick_again.clear()
    pick(qtbot, pick_again, "rossi")  # what is already filled in is never overwritten
    assert page.people.ui.occupational_status_edit.currentData() == "disoccupata"
    assert page.people.ui.did_date_edit.date() == date(2025, 11, 3)


def test_a_status_the_call_does_not_admit_is_flagged_next_to_its_field(qtbot, ctx):
    call, woman = make_call(ctx.db), add_woman(ctx.db)
    application = registered(ctx.db, call, woman)
    screen = open_applications(qtbot, ctx)
    screen.open_application(application.uuid)
    page = screen.application_page
    combo = page.people.ui.occupational_status_edit
    combo.setCurrentIndex(combo.findData("pensionata"))
    qtbot.keyClick(combo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    qtbot.waitUntil(lambda: page.detail.occupational_status == "pensionata", timeout=WAIT_MS)  # saved anyway
    label = error_label(page, "occupational_status")
    assert label.isVisibleTo(page) and label.text() == "⚠ Condizione «Pensionata/o» non ammessa dal bando."
    assert page.ui.status_label.text() == "Salvata, con alcune cose da completare."  # not a bare «Salvata.»


def test_the_cost_plan_marks_capital_goods(qtbot, ctx):
    """A tick in «Bene strumentale» is kept on save: that share of the grant is outside the 4% withholding."""
    call = make_call(ctx.db)
    application = registered(ctx.db, call, add_woman(ctx.db, "Verdi", "Laura"))
    screen = open_applications(qtbot, ctx)
    assert screen.open_application(application.uuid)
    page = screen.application_page
    table = page.costs.ui.cost_items_table
    assert table.horizontalHeaderItem(4).text() == "Bene strumentale"
    capital = table.item(0, 4)
    assert capital.checkState() == Qt.CheckState.Unchecked and capital.text() == "No"
    capital.setCheckState(Qt.CheckState.Checked)
    assert capital.text() == "Sì" and page.has_unsaved_changes()
    assert page.save()
    settle(qtbot)
    stored = apps.get_application(ctx.db, application.uuid).cost_items
    assert [(item.description, item.capital_good) for item in stored] == [("Arredi", True)]
