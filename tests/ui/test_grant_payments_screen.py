"""Erogazioni: a clerk records the firm, the checks and pays the advance; a missing condition blocks «Paga»
and only the responsabile overrides it with a reason; receipts move the balance; revocation; transparency export."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.grants.codes import PaymentCheckKind as K
from equilibri_desktop.domain.grants.payment_firm import FirmInput
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.storage.models import GrantApplication, Municipality
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.screens.grants.payments_expense_dialog import ExpenseDialog
from equilibri_desktop.ui.screens.grants.payments_revocation import RevocationDialog
from equilibri_desktop.ui.screens.grants.payments_screen import PaymentsScreen
from equilibri_desktop.ui.screens.grants.payments_tranches import TranchesPanel
from equilibri_desktop.ui.widgets.date_edit import format_date
from equilibri_desktop.ui.widgets.mnemonics import mnemonic_clashes, visible_mnemonics
from tests.grant_helpers import add_woman, fund_application, make_call
from tests.ui.registry_ui import activate, choose, type_text
from tests.ui.waiting import settle

WAIT_MS = 5000
# The office's clock, frozen after the helper call closed: no test here depends on the machine's day.
NOW = datetime(2026, 10, 5, 10, 0)  # naive: Rome time
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def office_clock():
    with use_clock(FixedClock(NOW)) as clock:
        yield clock
IBAN = "IT60X0542811101000000123456"
MENU_LETTERS = set("fvsa")  # File, Visualizza, Strumenti, Aiuto: the main window's menus


@pytest.fixture
def funded(ctx):
    call = make_call(ctx.db)
    return fund_application(ctx.db, call, add_woman(ctx.db), 10_000_00, business_name="Piccoli Passi")


def _act_as(ctx, *roles: Role) -> None:
    ctx.db.actor = Actor(username=f"{roles[0].value}.ui", display_name="Prova", roles=frozenset(roles))


def _open(qtbot, ctx) -> PaymentsScreen:
    screen = PaymentsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen, timeout=WAIT_MS)
    activate(qtbot, screen)
    return screen


def _constitute(ctx, application) -> None:
    with ctx.db.unit_of_work() as s:
        melegnano = s.scalar(select(Municipality.id).where(Municipality.name == "Melegnano"))
    grant_payments.record_firm_constitution(ctx.db, application.uuid, FirmInput(
        "Piccoli Passi di Rossi Maria", "12345670124", TODAY - timedelta(3), "Via Roma 1", melegnano, "", IBAN))


def _fill_firm(qtbot, screen, iban: str) -> None:
    ui = screen.firm.ui
    type_text(qtbot, ui.name_edit, "Piccoli Passi di Rossi Maria")
    type_text(qtbot, ui.vat_number_edit, "12345670124")
    type_text(qtbot, ui.constituted_on_edit, format_date(TODAY - timedelta(2)))
    type_text(qtbot, ui.address_edit, "Via Roma 1")
    ui.municipality_id_edit.setFocus()
    ui.municipality_id_edit.setEditText("Melegnano")
    type_text(qtbot, ui.iban_edit, iban)


def _status_of(ctx, application) -> str:
    with ctx.db.unit_of_work() as s:
        return s.get(GrantApplication, application.id).status


def test_wrong_iban_is_shown_next_to_the_field(qtbot, ctx, funded):
    screen = _open(qtbot, ctx)
    assert screen.ui.funded_table.rowCount() == 1 and screen.firm.isEnabled()
    _fill_firm(qtbot, screen, "IT64Y0542811101000000123456")
    qtbot.keyClick(screen.firm.ui.name_edit, Qt.Key.Key_Tab)  # leaving the IBAN field checks it already
    qtbot.mouseClick(screen.firm.ui.save_firm_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    error = screen.firm.ui.iban_error
    assert error.isVisible() and error.text().startswith("Il CIN")
    assert _status_of(ctx, funded) == "finanziata"


def test_clerk_records_firm_checks_and_pays_the_advance(qtbot, ctx, funded, dialogs):
    screen = _open(qtbot, ctx)
    _fill_firm(qtbot, screen, "IT60 X054 2811 1010 0000 0123 456")
    qtbot.mouseClick(screen.firm.ui.save_firm_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: screen.tranches.ui.tranches_table.rowCount() == 2, timeout=WAIT_MS)
    assert screen.ui.detail_tabs.currentWidget() is screen.ui.tranches_tab
    assert "Impresa costituita" in screen.ui.detail_title.text()
    panel = screen.tranches
    ui = panel.ui
    assert [ui.tranches_table.item(0, c).text() for c in (3, 4, 5)] == ["€ 5.000,00", "€ 200,00", "€ 4.800,00"]
    assert not ui.pay_button.isEnabled() and "bloccato" in ui.override_label.text()
    assert any("DURC" in ui.conditions_list.item(i).text() for i in range(ui.conditions_list.count()))

    for kind in (K.DURC, K.DE_MINIMIS, K.RNA, K.PUBBLICAZIONE):
        choose(ui.check_kind_edit, kind.value)
        type_text(qtbot, ui.checked_on_edit, format_date(TODAY))
        type_text(qtbot, ui.reference_edit, f"prot {kind.value}")
        qtbot.mouseClick(ui.record_check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.pay_button.isEnabled(), timeout=WAIT_MS)
    assert all(ui.conditions_list.item(i).text().startswith("✔") for i in range(ui.conditions_list.count()))
    assert not ui.override_button.isVisible()

    type_text(qtbot, ui.liquidation_act_edit, "Determina 45/2026")
    type_text(qtbot, ui.liquidation_date_edit, format_date(TODAY))
    qtbot.mouseClick(ui.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status_of(ctx, funded) == "in_erogazione", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)
    assert dialogs.titles("confirm") == ["Paga tranche"]
    row = [screen.ui.funded_table.item(0, c).text() for c in (5, 7, 8)]
    assert row == ["In erogazione", "€ 5.000,00", "€ 5.000,00"]
    assert panel.ui.tranches_table.item(0, 6).text() == "Pagata"


def test_only_the_responsabile_overrides_and_must_give_a_reason(qtbot, ctx, funded, dialogs, monkeypatch):
    _constitute(ctx, funded)
    _act_as(ctx, Role.OPERATORE)
    screen = _open(qtbot, ctx)
    ui = screen.tranches.ui
    assert not ui.pay_button.isEnabled() and not ui.override_button.isVisible()
    assert "Solo il responsabile" in ui.override_label.text()
    assert ui.record_check_button.isEnabled()  # an operatore records checks
    screen.close()

    _act_as(ctx, Role.RESPONSABILE)
    screen = _open(qtbot, ctx)
    ui = screen.tranches.ui
    screen.ui.detail_tabs.setCurrentWidget(screen.ui.tranches_tab)
    assert ui.override_button.isVisible() and not ui.pay_button.isEnabled()
    asked = []
    monkeypatch.setattr(TranchesPanel, "ask_override_reason", staticmethod(
        lambda parent, missing: asked.append(missing) or ""))
    type_text(qtbot, ui.liquidation_act_edit, "Determina 46/2026")
    type_text(qtbot, ui.liquidation_date_edit, format_date(TODAY))
    qtbot.mouseClick(ui.override_button, Qt.MouseButton.LeftButton)
    assert dialogs.titles("warn") == ["Pagamento non eseguito"] and _status_of(ctx, funded) == "impresa_costituita"
    assert any("DURC" in message for message in asked[0])
    monkeypatch.setattr(TranchesPanel, "ask_override_reason", staticmethod(
        lambda parent, missing: "Verifiche in corso, urgenza documentata"))
    qtbot.mouseClick(ui.override_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status_of(ctx, funded) == "in_erogazione", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=WAIT_MS)
    assert "Pagata con deroga da responsabile.ui" in ui.override_label.text()


def test_read_only_without_payments_write(qtbot, ctx, funded):
    _constitute(ctx, funded)
    _act_as(ctx, Role.REVISORE)
    screen = _open(qtbot, ctx)
    assert not screen.firm.ui.iban_edit.isEnabled() and not screen.firm.ui.save_firm_button.isEnabled()
    assert not screen.tranches.ui.record_check_button.isEnabled()
    assert not screen.expenses.ui.new_expense_button.isEnabled()
    assert not screen.ui.export_button.isVisible()
    assert "Sola lettura" in screen.ui.status_label.text()


def test_receipts_move_the_balance(qtbot, ctx, funded, dialogs, monkeypatch, tmp_path):
    _constitute(ctx, funded)
    advance = grant_payments.get_payment_file(ctx.db, funded.uuid).tranches[0]
    grant_payments.pay_tranche(ctx.db, advance.uuid, "1", TODAY, TODAY, override_reason="test")
    screen = _open(qtbot, ctx)
    screen.ui.detail_tabs.setCurrentWidget(screen.ui.expenses_tab)
    panel = screen.expenses
    receipt = tmp_path / "fattura.pdf"
    receipt.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(ExpenseDialog, "choose_file", staticmethod(lambda parent: receipt))
    for supplier, amount, eligible in (("Arredi Srl", "7.000,00", True), ("Notaio Verdi", "800", False)):
        qtbot.mouseClick(panel.ui.new_expense_button, Qt.MouseButton.LeftButton)
        dialog = panel.dialog
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
        type_text(qtbot, dialog.ui.spent_on_edit, format_date(TODAY))
        type_text(qtbot, dialog.ui.supplier_edit, supplier)
        type_text(qtbot, dialog.ui.amount_edit, amount)
        if not eligible:
            dialog.ui.eligible_check.setChecked(False)
            dialog.accept()  # the reason is missing: the dialog stays open with the message
            settle(qtbot)
            assert dialog.isVisible() and dialog.ui.ineligible_reason_error.isVisible()
            type_text(qtbot, dialog.ui.ineligible_reason_edit, "non prevista dal bando")
        qtbot.mouseClick(dialog.ui.attachment_button, Qt.MouseButton.LeftButton)
        dialog.accept()
        settle(qtbot)  # saved through the runner: the dialog closes (and is deleted), the panel lets it go
        qtbot.waitUntil(lambda: panel.dialog is None, timeout=WAIT_MS)
    assert panel.ui.expenses_table.rowCount() == 2
    totals = panel.ui.totals_label.text().replace("\u00a0", " ")  # the sign is kept with its amount
    assert "ammissibili <b>€ 7.000,00</b>" in totals and "non ammissibili € 800,00" in totals
    qtbot.mouseClick(panel.ui.submit_report_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: _status_of(ctx, funded) == "rendicontata", timeout=WAIT_MS)
    # due = min(10.000, 80% × 7.000) = 5.600; the advance was 5.000 → balance 600
    assert screen.tranches.ui.tranches_table.item(1, 3).text() == "€ 600,00"
    assert screen.tranches.ui.tranches_table.item(1, 4).text() == "€ 24,00"


def test_revocation_through_the_dialog(qtbot, ctx, funded):
    screen = _open(qtbot, ctx)
    screen.ui.detail_tabs.setCurrentWidget(screen.ui.revocation_tab)
    panel = screen.revocation
    qtbot.mouseClick(panel.ui.revoke_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, RevocationDialog) and dialog.ui.amount_to_recover_edit.text() == "0,00"
    dialog.accept()
    settle(qtbot)
    assert dialog.ui.decided_on_error.isVisible() and dialog.ui.reason_error.isVisible()
    type_text(qtbot, dialog.ui.decided_on_edit, format_date(TODAY))
    dialog.ui.reason_edit.setPlainText("Impresa non costituita entro il termine")
    dialog.accept()
    settle(qtbot)
    qtbot.waitUntil(lambda: panel.ui.revocation_group.isVisible(), timeout=WAIT_MS)
    assert _status_of(ctx, funded) == "revocata"
    assert panel.ui.reason_value.text() == "Impresa non costituita entro il termine"
    assert not panel.ui.revoke_button.isVisible()


def test_transparency_export_runs_in_the_background(qtbot, ctx, funded, monkeypatch, tmp_path):
    target = tmp_path / "trasparenza.csv"
    monkeypatch.setattr(PaymentsScreen, "ask_export_path", staticmethod(lambda parent, suggested: target))
    screen = _open(qtbot, ctx)
    qtbot.mouseClick(screen.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "esportata" in screen.ui.status_label.text(), timeout=WAIT_MS)
    assert target.read_text(encoding="utf-8-sig").count("\n") == 2
    assert "1 contributi" in screen.ui.status_label.text() and screen.ui.export_button.isEnabled()


def test_filters_and_mnemonics(qtbot, ctx, funded):
    other = make_call(ctx.db, title="Bando 2027")
    fund_application(ctx.db, other, add_woman(ctx.db, "Bianchi", "Anna"), 6_000_00)
    screen = _open(qtbot, ctx)
    assert screen.ui.funded_table.rowCount() == 2
    choose(screen.ui.call_filter, str(other.uuid))
    assert screen.ui.funded_table.rowCount() == 1 and screen.ui.funded_table.item(0, 2).text() == "Bianchi Anna"
    choose(screen.ui.status_filter, "impresa_costituita")
    assert screen.ui.funded_table.rowCount() == 0 and not screen.ui.detail_tabs.isEnabled()
    choose(screen.ui.status_filter, "")
    for index in range(screen.ui.detail_tabs.count()):
        screen.ui.detail_tabs.setCurrentIndex(index)
        assert mnemonic_clashes(screen) == {}, screen.ui.detail_tabs.tabText(index)
        assert not set(visible_mnemonics(screen)) & MENU_LETTERS, screen.ui.detail_tabs.tabText(index)
