"""One parser for typed numbers (domain.money_text): amounts, percentages and the decimal inputs agree."""

from __future__ import annotations

from decimal import Decimal

import pytest

from equilibri_desktop.domain.grants import application_parts
from equilibri_desktop.domain.money_text import (
    NumberProblem,
    NumberTextError,
    parse_decimal,
    parse_euro,
    parse_percent,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("15.000,50", Decimal("15000.50")), ("15000", Decimal(15000)), ("15.000", Decimal(15000)),
    ("€ 1.234.567,8", Decimal("1234567.8")), ("12.5", Decimal("12.5")), ("0,05", Decimal("0.05")),
    ("-3,5", Decimal("-3.5")), (" 1 500 ", Decimal(1500)), ("", None), (None, None),
])
def test_numbers_are_read_the_italian_way(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize(("text", "problem"), [
    ("1.23.4", NumberProblem.GROUPING), ("12,345", NumberProblem.TOO_MANY_DECIMALS),
    ("quindici", NumberProblem.NOT_DIGITS), ("12,", NumberProblem.NOT_DIGITS), ("1,2,3", NumberProblem.NOT_DIGITS),
])
def test_each_wrong_text_says_why(text, problem):
    with pytest.raises(NumberTextError) as caught:
        parse_decimal(text)
    assert caught.value.problem is problem


def test_places_and_sign_are_the_fields_own():
    assert parse_decimal("7", places=0) == 7
    with pytest.raises(NumberTextError, match="intero"):
        parse_decimal("7,5", places=0)
    with pytest.raises(NumberTextError, match="negativo"):
        parse_decimal("-1", negative=False)


def test_amounts_become_cents():
    assert parse_euro("1.234,56") == 123456 and parse_euro("€ 800") == 80000 and parse_euro("12.5") == 1250
    assert parse_euro("1.500") == 150000 and parse_euro("") is None
    with pytest.raises(ValueError, match="importo"):
        parse_euro("12,345")


@pytest.mark.parametrize(("text", "expected"), [
    ("51", Decimal("51.00")), ("51,5", Decimal("51.50")), ("66.67 %", Decimal("66.67")), ("", None),
])
def test_percentages(text, expected):
    assert parse_percent(text) == expected
    assert application_parts.parse_percent(text) == expected  # the application form reads them the same way


@pytest.mark.parametrize("text", ["1,234", "66,666", "-5", "metà"])
def test_a_percentage_is_never_rounded_or_guessed(text):
    """'1,234' used to become 1,23 without a word."""
    with pytest.raises(ValueError, match="percentuale"):
        parse_percent(text)
    with pytest.raises(ValueError):
        application_parts.parse_percent(text)
