"""Issue 10 point 2 on screen: a step the procedure's order does not allow yet is disabled and its tooltip
says why — the screens read it from the DTO and never work the rule out themselves."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.clock import FixedClock, office_now, use_clock
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.procedure import admission_gate, formal_check_gate
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.ui.operations import operations_running
from equilibri_desktop.ui.service_messages import error_text, said
from tests.grant_helpers import act_as, add_woman, fund_application, make_application, make_call
from tests.ui.test_grant_applications_screen import open_applications
from tests.ui.test_grant_payments_screen import _act_as, _constitute, _open

SHOTS = os.environ.get("EQUILIBRI_SHOTS", "")


def test_the_formal_check_waits_for_the_call_to_close_and_admission_for_the_checks(qtbot, ctx):
    call = make_call(ctx.db, closes_at=datetime(2026, 5, 15, 12, 0, tzinfo=UTC))
    received = make_application(ctx.db, call, add_woman(ctx.db))
    checking = make_application(ctx.db, call, add_woman(ctx.db, "Verdi"), status=S.IN_ISTRUTTORIA.value)
    act_as(ctx.db, "laura.bianchi", Role.RESPONSABILE, protected_data=True)
    with use_clock(FixedClock(datetime(2026, 5, 2, 10))):
        screen = open_applications(qtbot, ctx)
        assert screen.open_application(received.uuid)
        ui = screen.application_page.ui
        assert ui.start_review_button.isVisible() and not ui.start_review_button.isEnabled()
        assert "aperto fino al 15/05/2026" in ui.start_review_button.toolTip()
        if SHOTS:
            screen.grab().save(os.path.join(SHOTS, "grant_application_blocked.png"))
    assert screen.open_application(checking.uuid)
    assert ui.admit_button.isVisible() and not ui.admit_button.isEnabled()  # today: enabled, then refused
    assert ui.admit_button.toolTip().startswith("Manca la verifica dei requisiti")


def test_paying_waits_for_the_beneficiarys_acceptance(qtbot, ctx):
    application = fund_application(ctx.db, make_call(ctx.db), add_woman(ctx.db), 10_000_00,
                                   business_name="Piccoli Passi", accepted=False)
    _act_as(ctx, Role.RESPONSABILE)
    _constitute(ctx, application)
    file = grant_payments.get_payment_file(ctx.db, application.uuid)
    for kind in ("durc", "de_minimis", "rna", "pubblicazione", "inadempienze"):
        grant_payments.record_check(ctx.db, file.tranches[0].uuid, kind, file.tranches[0].conditions_on, True, "x")
    screen = _open(qtbot, ctx)
    tranches = screen.tranches.ui
    assert not tranches.pay_button.isEnabled() and "non ha ancora accettato" in tranches.pay_button.toolTip()
    assert not tranches.override_button.isVisible()  # the order of the procedure is not overridden
    accepting = screen.acceptance
    assert accepting.record_button.isEnabled()
    accepting.record_button.click()
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: "accettato dalla beneficiaria" in screen.acceptance.state_label.text(), timeout=5_000)
    assert screen.tranches.ui.pay_button.isEnabled()


def test_a_lawful_advance_is_not_called_an_excess_before_the_final_report(qtbot, ctx):
    application = fund_application(ctx.db, make_call(ctx.db), add_woman(ctx.db), 10_000_00,
                                   business_name="Piccoli Passi")
    _act_as(ctx, Role.RESPONSABILE)
    _constitute(ctx, application)
    advance = grant_payments.get_payment_file(ctx.db, application.uuid).tranches[0]
    grant_payments.pay_tranche(ctx.db, advance.uuid, "1", advance.conditions_on, advance.conditions_on,
                               override_reason="test")
    screen = _open(qtbot, ctx)
    screen.ui.detail_tabs.setCurrentWidget(screen.ui.expenses_tab)
    totals = screen.expenses.ui.totals_label.text().replace("\u00a0", " ")  # the sign is kept with its amount
    assert "oltre il dovuto" not in totals  # today: «Già erogati € 5.000,00 oltre il dovuto: da recuperare.»
    assert "L'anticipo erogato supera di € 5.000,00 le spese rendicontate finora: è regolare" in totals


def test_the_procedures_reasons_reach_the_english_interface_in_english(qtbot, ctx, english):
    """The gates carry their message code: a disabled step says why in the interface's language, and the
    service's refusal reaches the English message box in English too (the Italian stays for the logs)."""
    call = make_call(ctx.db, closes_at=datetime(2026, 5, 15, 12, 0, tzinfo=UTC))
    received = make_application(ctx.db, call, add_woman(ctx.db))
    act_as(ctx.db, "laura.bianchi", Role.RESPONSABILE, protected_data=True)
    with use_clock(FixedClock(datetime(2026, 5, 2, 10))):
        screen = open_applications(qtbot, ctx)
        assert screen.open_application(received.uuid)
        qtbot.waitUntil(lambda: operations_running() == 0, timeout=10_000)  # the checklist, under this clock
        tip = screen.application_page.ui.start_review_button.toolTip()
        assert tip == ("The call is open until 15/05/2026: the eligibility check starts after it closes (or at once, "
                       "if the call is «a sportello», open desk).")
        with pytest.raises(DomainError) as refused:
            formal_check_gate(datetime(2026, 5, 15, 12, 0, tzinfo=UTC), False, office_now()).enforce()
    assert "aperto fino al 15/05/2026" in str(refused.value)  # the service's own words stay Italian
    assert error_text(refused.value).startswith("The call is open until 15/05/2026")
    failed = admission_gate(8, 0, ["Età alla scadenza del bando", "Cofinanziamento minimo"]).why_not
    assert said(failed) == ("Requirements not met: Age at the call deadline; Minimum co-financing. The application "
                            "cannot be admitted: send the notice of intended rejection.")
