"""Issue 10 point 6 on the cost plan: co-financing under the call's minimum is flagged where it is typed, and
nothing moves under the mouse when the totals grow."""

from __future__ import annotations

from equilibri_desktop.domain.access import Role
from tests.grant_helpers import act_as, make_call
from tests.ui.test_grant_applications_screen import open_applications
from tests.ui.test_grant_eligibility_panel import settle


def test_cofinancing_under_the_minimum_is_flagged_and_the_buttons_stay_put(qtbot, ctx):
    make_call(ctx.db)  # the only open call: minimum co-financing 20%
    act_as(ctx.db, "operatrice", Role.OPERATORE)
    screen = open_applications(qtbot, ctx)
    screen.new_application()
    settle(qtbot)
    page = screen.application_page
    ui = page.ui
    ui.tabs.setCurrentIndex(2)  # 3 Piano dei costi
    qtbot.wait(50)
    page.costs.ui.add_cost_button.click()
    button_at = page.costs.ui.add_cost_button.mapTo(page, page.costs.ui.add_cost_button.rect().topLeft())
    table = page.costs.ui.cost_items_table
    table.item(0, 0).setText("Arredi")
    table.item(0, 2).setText("10.000,00")
    page.costs.ui.own_cofinancing_cents_edit.setText("1.000,00")
    qtbot.wait(50)
    assert "sotto il minimo del bando (20%)" in page.costs.ui.totals_label.text()  # 10% of the eligible costs
    assert page.costs.ui.add_cost_button.mapTo(page, page.costs.ui.add_cost_button.rect().topLeft()) == button_at
    page.costs.ui.own_cofinancing_cents_edit.setText("2.500,00")
    qtbot.wait(50)
    assert "sotto il minimo" not in page.costs.ui.totals_label.text() and "25,00%" in page.costs.ui.totals_label.text()
    assert page.costs.ui.add_cost_button.mapTo(page, page.costs.ui.add_cost_button.rect().topLeft()) == button_at
