"""Issue 11's fields on the grants screens, driven by keyboard and mouse: the application's «De minimis e RNA»
tab, the criterion minimum and «riservato» columns of the call's grid, the ranking's publication date and the
notice opening a revocation."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget, QWidget

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.grants.call_rules import CriterionInput
from equilibri_desktop.services.grants import applications as apps
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.services.grants import ranking as grant_ranking
from equilibri_desktop.services.grants import registration
from equilibri_desktop.services.grants.revocation_notice import latest_revocation_notice
from equilibri_desktop.storage.models import GrantRanking
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.grants.calls_tables import CriteriaEditor
from equilibri_desktop.ui.screens.grants.publication_dialog import PublicationDialog
from equilibri_desktop.ui.screens.grants.revocation_notice_panel import RevocationNoticeDialog, RevocationNoticePanel
from tests.grant_helpers import add_woman, fund_application, make_call
from tests.ui.registry_ui import WAIT_MS, activate, type_text
from tests.ui.test_grant_applications_screen import open_applications, registered

CTRL = Qt.KeyboardModifier.ControlModifier


def _settled(qtbot) -> None:
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)


def test_the_declared_de_minimis_is_saved_with_the_application_and_the_cor_recorded(qtbot, ctx):
    application = registered(ctx.db, make_call(ctx.db), add_woman(ctx.db))
    screen = open_applications(qtbot, ctx)
    assert screen.open_application(application.uuid)
    page = screen.application_page
    tab = page.de_minimis
    panel = tab.ui
    page.ui.tabs.setCurrentWidget(tab.widget)
    type_text(qtbot, panel.de_minimis_received_cents_edit, "12500")
    assert page.has_unsaved_changes()
    qtbot.keyClick(panel.de_minimis_received_cents_edit, Qt.Key.Key_S, CTRL)  # Ctrl+S saves the application
    qtbot.waitUntil(lambda: not page.has_unsaved_changes(), timeout=WAIT_MS)
    assert apps.get_application(ctx.db, application.uuid).de_minimis_received_cents == 12_500_00
    # The COR: an empty code is refused next to its field, what was typed stays.
    type_text(qtbot, panel.de_minimis_checked_on_edit, "01/12/2026")
    qtbot.mouseClick(panel.record_cor_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    error = tab.widget.findChild(QLabel, "rna_cor_code_error")
    assert error.isVisible() and "COR" in error.text()
    assert panel.de_minimis_checked_on_edit.text() == "01/12/2026"
    type_text(qtbot, panel.rna_cor_code_edit, "1234567")
    qtbot.keyClick(panel.rna_cor_code_edit, Qt.Key.Key_Return)
    _settled(qtbot)
    record = registration.rna_record(ctx.db, application.uuid)
    assert (record.cor_code, record.de_minimis_checked_on) == ("1234567", date(2026, 12, 1))
    assert not error.isVisible() and record.declared_cents == 12_500_00


def test_a_wrong_declared_amount_blocks_the_save_next_to_its_field(qtbot, ctx):
    application = registered(ctx.db, make_call(ctx.db), add_woman(ctx.db))
    screen = open_applications(qtbot, ctx)
    assert screen.open_application(application.uuid)
    page, tab = screen.application_page, screen.application_page.de_minimis
    panel = tab.ui
    page.ui.tabs.setCurrentWidget(tab.widget)
    type_text(qtbot, panel.de_minimis_received_cents_edit, "12,5,0")
    qtbot.keyClick(panel.de_minimis_received_cents_edit, Qt.Key.Key_S, CTRL)
    error = page.form.findChild(QLabel, "de_minimis_received_cents_error")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert panel.de_minimis_received_cents_edit.text() == "12,5,0"
    assert apps.get_application(ctx.db, application.uuid).de_minimis_received_cents is None


def _click_cell(qtbot, table: QTableWidget, row: int, column: int) -> None:
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, column)).center())


def test_the_grid_carries_each_criterion_minimum_and_the_restricted_mark(qtbot):
    table = QTableWidget(0, 3)
    qtbot.addWidget(table)
    buttons = [QPushButton() for _ in range(4)]
    editor = CriteriaEditor(table, QLabel(), lambda: None, *buttons)
    editor.fill((CriterionInput("C1", "Rispondenza", Decimal(25), Decimal(10)),
                 CriterionInput("C6", "Priorità sociali", Decimal(10), None, True)))
    assert table.columnCount() == 5 and table.horizontalHeaderItem(3).text() == "Minimo"
    assert editor.values()[0].min_points == Decimal(10) and editor.values()[1].restricted
    table.show()
    qtbot.waitExposed(table)
    activate(qtbot, table)
    table.setFocus()
    table.setCurrentCell(1, 3)  # F2 edits the current cell; a click on another cell commits it
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "4")
    _click_cell(qtbot, table, 0, 1)
    assert editor.values()[1].min_points == Decimal(4)
    table.setCurrentCell(0, 4)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # a space ticks the check box of the current cell
    assert editor.values()[0].restricted
    table.setCurrentCell(0, 3)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "x")
    _click_cell(qtbot, table, 1, 1)
    assert "minimo" in editor.problems()


def test_the_publication_dialog_keeps_a_wrong_date_and_says_why(qtbot):
    with use_clock(FixedClock(datetime(2026, 7, 10, 9, tzinfo=UTC))):
        dialog = PublicationDialog("Pubblicare?", date(2026, 7, 1))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        activate(qtbot, dialog)
        type_text(qtbot, dialog.published_on_edit, "30/06/2026")
        qtbot.keyClick(dialog.published_on_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and "precedere" in dialog.published_on_error.text()
        type_text(qtbot, dialog.published_on_edit, "03/07/2026")
        qtbot.keyClick(dialog.published_on_edit, Qt.Key.Key_Return)
        assert not dialog.isVisible() and dialog.published_on_edit.date() == date(2026, 7, 3)


def test_publishing_records_the_date_given(db):
    call = make_call(db)
    fund_application(db, call, add_woman(db), kind="provvisoria")
    with db.unit_of_work() as s:
        ranking = s.query(GrantRanking).one()
        ranking.published, ranking.published_on, ranking_uuid = False, None, ranking.uuid
    with use_clock(FixedClock(datetime(2026, 7, 10, 9, tzinfo=UTC))):
        summary = grant_ranking.publish_ranking(db, ranking_uuid, date(2026, 7, 3))
    assert summary.published_on == date(2026, 7, 3)


def test_the_revocation_notice_is_recorded_from_the_payments_tab(qtbot, ctx):
    application = fund_application(ctx.db, make_call(ctx.db), add_woman(ctx.db), 10_000_00)
    panel = RevocationNoticePanel(ctx)
    qtbot.addWidget(panel)
    panel.show_file(grant_payments.get_payment_file(ctx.db, application.uuid))
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.isVisible() and "Prima della revoca" in panel.notice_label.text()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, RevocationNoticeDialog)
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.notice_on_edit, Qt.Key.Key_Return)  # Enter records; no reason typed yet
    _settled(qtbot)
    assert dialog.isVisible() and dialog.findChild(QLabel, "notice_reason_error").isVisible()
    dialog.notice_reason_edit.setFocus()
    qtbot.keyClicks(dialog.notice_reason_edit, "Attivita cessata")
    dialog.notice_term_days_edit.setFocus()
    dialog.notice_term_days_edit.selectAll()
    qtbot.keyClicks(dialog.notice_term_days_edit, "15")
    qtbot.keyClick(dialog.notice_term_days_edit, Qt.Key.Key_Return)
    _settled(qtbot)
    notice = latest_revocation_notice(ctx.db, application.uuid)
    assert notice is not None and notice.reason == "Attivita cessata" and notice.term_days == 15
    panel.show_file(grant_payments.get_payment_file(ctx.db, application.uuid))  # as the screen reloads it
    assert "Avvio del procedimento comunicato il" in panel.notice_label.text() and "15 giorni" in \
        panel.notice_label.text()


def _type_in_cell(qtbot, table: QTableWidget, row: int, column: int, text: str) -> None:
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    _click_cell(qtbot, table, row, 3 if column != 3 else 0)  # another cell: the edit is committed


def test_secretary_place_and_sittings_are_entered_for_the_minutes(qtbot, ctx):
    from equilibri_desktop.services.grants.commission_sittings import load_commission_details
    from equilibri_desktop.ui.screens.grants.commission_sittings_dialog import CommissionDetailsDialog
    from tests.ui.test_grant_calls_screen import open_calls

    call = make_call(ctx.db)
    screen = open_calls(qtbot, ctx)
    screen.open_call(call.uuid)
    form = screen.form_page
    form.ui.tabs.setCurrentWidget(form.form.findChild(QWidget, "commission_tab"))
    button = form.commission.details_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CommissionDetailsDialog))
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    type_text(qtbot, dialog.commission_secretary_edit, "Sonia Segre")
    type_text(qtbot, dialog.commission_place_edit, "Sala consiliare")
    dialog.add_row()
    table = dialog.sittings_table
    _type_in_cell(qtbot, table, 0, 0, "10/06/2026")
    _type_in_cell(qtbot, table, 0, 1, "9.30")
    _type_in_cell(qtbot, table, 0, 2, "25:00")
    qtbot.keyClick(dialog.commission_place_edit, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "sittings_error")
    assert dialog.isVisible() and error.isVisible() and "Riga 1" in error.text()
    _type_in_cell(qtbot, table, 0, 2, "\b\b\b\b\b12:15")
    qtbot.keyClick(dialog.commission_place_edit, Qt.Key.Key_Return)
    _settled(qtbot)
    details = load_commission_details(ctx.db, call.uuid)
    assert (details.secretary, details.place) == ("Sonia Segre", "Sala consiliare")
    assert [(s.held_on, s.starts_at, s.ends_at) for s in details.sittings] == [
        (date(2026, 6, 10), datetime(2026, 1, 1, 9, 30).time(), datetime(2026, 1, 1, 12, 15).time())]


def test_the_payment_act_of_the_chosen_tranche_is_drafted_from_the_tranches_tab(qtbot, ctx):
    from equilibri_desktop.services.documents import register as document_register
    from equilibri_desktop.ui.screens.grants.payments_screen import PaymentsScreen
    from tests.ui.test_grant_payments_screen import _constitute

    application = fund_application(ctx.db, make_call(ctx.db), add_woman(ctx.db), 10_000_00)
    _constitute(ctx, application)
    screen = PaymentsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    activate(qtbot, screen)
    screen.ui.detail_tabs.setCurrentWidget(screen.ui.tranches_tab)
    panel = screen.tranches
    table = panel.ui.tranches_table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=WAIT_MS)
    assert not panel.liquidation.isEnabled() or panel.tranche is not None
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, 0)).center())
    qtbot.waitUntil(panel.liquidation.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(panel.liquidation, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "Atto di liquidazione n. 1/" in panel.ui.override_label.text()
    kinds = [d.kind for d in document_register.list_documents(ctx.db, "grant_application", application.uuid)]
    assert kinds == ["liquidazione"]


def test_the_privacy_notice_settings_are_entered_on_the_commission_tab(qtbot, ctx):
    from equilibri_desktop.services.grants.privacy_notice import load_privacy_settings
    from equilibri_desktop.ui.screens.grants.privacy_settings_dialog import PrivacySettingsDialog
    from tests.ui.test_grant_calls_screen import open_calls

    call = make_call(ctx.db)
    screen = open_calls(qtbot, ctx)
    screen.open_call(call.uuid)
    form = screen.form_page
    form.ui.tabs.setCurrentWidget(form.form.findChild(QWidget, "commission_tab"))
    qtbot.mouseClick(form.commission.privacy_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrivacySettingsDialog))
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    type_text(qtbot, dialog.dpo_contact_edit, "dpo@assemi.example.org")
    type_text(qtbot, dialog.privacy_notice_version_edit, "2/2026")
    dialog.retention_years_edit.setFocus()
    dialog.retention_years_edit.selectAll()
    qtbot.keyClicks(dialog.retention_years_edit, "5")
    qtbot.keyClick(dialog.retention_years_edit, Qt.Key.Key_Return)
    _settled(qtbot)
    assert load_privacy_settings(ctx.db, call.uuid) == type(load_privacy_settings(ctx.db, call.uuid))(
        "dpo@assemi.example.org", "2/2026", 5)


def test_counter_arguments_and_the_answer_are_recorded_for_the_revocation_act(qtbot, ctx):
    from equilibri_desktop.services.grants.revocation_notice import open_revocation
    from equilibri_desktop.ui.screens.grants.revocation_notice_panel import CounterArgumentsDialog

    application = fund_application(ctx.db, make_call(ctx.db), add_woman(ctx.db), 10_000_00)
    open_revocation(ctx.db, application.uuid, date(2026, 6, 1), "Attivita cessata", 10)
    panel = RevocationNoticePanel(ctx)
    qtbot.addWidget(panel)
    panel.show_file(grant_payments.get_payment_file(ctx.db, application.uuid))
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.mouseClick(panel.counter_button, Qt.MouseButton.LeftButton)
    dialog = panel.counter_dialog
    assert isinstance(dialog, CounterArgumentsDialog)
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    dialog.counter_arguments_edit.setFocus()
    qtbot.keyClicks(dialog.counter_arguments_edit, "Attivita sospesa per malattia")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.isVisible() and dialog.findChild(QLabel, "answer_error").isVisible()
    dialog.answer_edit.setFocus()
    qtbot.keyClicks(dialog.answer_edit, "La sospensione supera i sei mesi ammessi")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    notice = latest_revocation_notice(ctx.db, application.uuid)
    assert (notice.counter_arguments, notice.answer) == ("Attivita sospesa per malattia",
                                                         "La sospensione supera i sei mesi ammessi")
