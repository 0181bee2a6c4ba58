"""The decimal and money inputs read through the domain's parser and mark a wrong text next to the field."""

from __future__ import annotations

from decimal import Decimal

from equilibri_desktop.ui.widgets.money_edit import DecimalEdit, MoneyEdit


def test_three_decimals_in_a_percentage_field_is_an_error_not_a_rounding(qtbot):
    edit = DecimalEdit()  # the call form's percentages (% of eligible costs, female share) are DecimalEdits
    qtbot.addWidget(edit)
    edit.setText("1,234")
    edit.editingFinished.emit()
    assert edit.value() is None
    assert "decimali" in edit.problem()
    assert edit.property("invalid") is True
    assert edit.text() == "1,234"  # left as typed for the clerk to correct
    edit.setText("1,23")
    edit.editingFinished.emit()
    assert edit.value() == Decimal("1.23") and edit.problem() == "" and not edit.property("invalid")


def test_money_and_decimal_inputs_agree_with_the_domain(qtbot):
    from equilibri_desktop.domain.money_text import parse_euro

    money = MoneyEdit()
    qtbot.addWidget(money)
    for text in ("1.234,56", "€ 800", "12.5", "1.500"):
        money.setText(text)
        assert money.cents() == parse_euro(text), text
