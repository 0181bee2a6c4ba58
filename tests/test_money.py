"""Amounts in figures and words exactly as they are printed in grant decisions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from equilibri_desktop.domain.money import (
    amount_in_words,
    format_amount_with_words,
    format_euro,
    from_cents,
    round_cents,
    to_cents,
)


@pytest.mark.parametrize(
    ("amount", "figures", "words"),
    [
        ("0.50", "€ 0,50", "euro zero/50"),
        ("1", "€ 1,00", "euro uno/00"),
        ("23", "€ 23,00", "euro ventitré/00"),
        ("1000", "€ 1.000,00", "euro mille/00"),
        ("5000", "€ 5.000,00", "euro cinquemila/00"),
        ("21000", "€ 21.000,00", "euro ventunomila/00"),
        ("1234.56", "€ 1.234,56", "euro milleduecentotrentaquattro/56"),
        ("1000000", "€ 1.000.000,00", "euro un milione/00"),
        ("2500000.05", "€ 2.500.000,05", "euro due milioni e cinquecentomila/05"),
    ],
)
def test_figures_and_words(amount, figures, words):
    value = Decimal(amount)
    assert format_euro(value) == figures
    assert amount_in_words(value) == words
    assert format_amount_with_words(value) == f"{figures} ({words})"


def test_grant_decision_wording():
    assert format_amount_with_words(Decimal("5000.00")) == "€ 5.000,00 (euro cinquemila/00)"


def test_thousands_are_one_word_without_spaces():
    assert " " not in amount_in_words(Decimal("987654.32")).removeprefix("euro ")


def test_integers_are_exact_amounts():
    assert format_euro(5000) == "€ 5.000,00"
    assert amount_in_words(21000) == "euro ventunomila/00"


@pytest.mark.parametrize("call", [format_euro, amount_in_words, format_amount_with_words, to_cents, round_cents])
def test_float_refused(call):
    with pytest.raises(TypeError):
        call(0.1 + 0.2)


@pytest.mark.parametrize("bad", ["5000", True, None])
def test_non_numbers_refused(bad):
    with pytest.raises(TypeError):
        format_euro(bad)


def test_nan_refused():
    with pytest.raises(ValueError):
        format_euro(Decimal("NaN"))


def test_negative_amount_formatted_but_not_in_words():
    assert format_euro(Decimal("-1234.5")) == "-€ 1.234,50"
    with pytest.raises(ValueError):
        amount_in_words(Decimal("-1"))
    with pytest.raises(ValueError):
        format_amount_with_words(Decimal("-0.01"))


def test_half_cent_rounds_away_from_zero():
    assert to_cents(Decimal("0.005")) == 1
    assert to_cents(Decimal("2.675")) == 268
    assert format_euro(Decimal("2.675")) == "€ 2,68"
    assert amount_in_words(Decimal("0.995")) == "euro uno/00"


def test_cents_round_trip():
    assert to_cents(Decimal("1234.56")) == 123456
    assert from_cents(123456) == Decimal("1234.56")
    assert to_cents(from_cents(-7)) == -7
    with pytest.raises(TypeError):
        from_cents(12.0)


def test_amounts_typed_the_italian_way_are_read_as_cents():
    from equilibri_desktop.domain.money_text import parse_euro

    assert parse_euro("1.234,56") == 123456 and parse_euro("€ 800") == 80000 and parse_euro("  ") is None
    assert parse_euro("1.500") == 150000 and parse_euro("12.5") == 1250  # grouping vs keypad decimal point
    for wrong in ("12,345", "1,2,3", "dieci"):
        with pytest.raises(ValueError):
            parse_euro(wrong)
