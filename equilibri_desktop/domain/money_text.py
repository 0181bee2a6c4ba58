"""Numbers as clerks type them, read in ONE place: amounts in euro ('1.234,56', '€ 800', '12.5') and
percentages ('51', '66,67 %'). Every widget and service reads typed numbers through these functions.

A comma is the decimal separator and dots group thousands; without a comma, a lone dot before one or two
digits is a decimal point ('12.5', typed on the numeric keypad) and before three it groups thousands ('1.500').
More decimals than the field holds is an error, never a silent rounding: '1,234' in a percentage is refused.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import Enum

from equilibri_desktop.domain.money import to_cents

_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+")  # 15.000 or 1.234.567: dots group thousands

AMOUNT_HINT = "Scrivi l'importo in euro, per esempio 1.234,56."
PERCENT_HINT = "Scrivi una percentuale, per esempio 60 oppure 66,67."


class NumberProblem(Enum):
    """Why a text is not a number; the UI words each in the user's language."""

    GROUPING = "Scrivi il numero come 15.000,50 (punto per le migliaia, virgola per i decimali)."
    NOT_DIGITS = "Scrivi solo cifre, con la virgola per i decimali (per esempio 15.000,50)."
    TOO_MANY_DECIMALS = "Al massimo {n} decimali."
    NOT_WHOLE = "Scrivi un numero intero."
    NEGATIVE = "Il numero non può essere negativo."


class NumberTextError(ValueError):
    """A typed text that is not a number of the expected shape; `str()` is the Italian explanation."""

    def __init__(self, problem: NumberProblem, places: int = 2):
        self.problem = problem
        self.places = places
        super().__init__(problem.value.format(n=places))


def parse_decimal(text: str | None, places: int = 2, *, negative: bool = True) -> Decimal | None:
    """'15.000,50' → Decimal('15000.50'); '' → None; NumberTextError for anything else, including more
    than `places` decimals and (with `negative` False) a minus sign."""
    compact = "".join((text or "").replace("€", "").split())
    if not compact:
        return None
    minus = compact.startswith("-")
    if minus and not negative:
        raise NumberTextError(NumberProblem.NEGATIVE, places)
    whole, comma, fraction = compact.removeprefix("-").partition(",")
    if not comma and "." in whole and not _GROUPED.fullmatch(whole):
        whole, _, fraction = whole.rpartition(".")
        comma = ","
    if "." in whole and not _GROUPED.fullmatch(whole):
        raise NumberTextError(NumberProblem.GROUPING, places)
    whole = whole.replace(".", "") or "0"
    if not whole.isdigit() or (comma and not fraction.isdigit()):
        raise NumberTextError(NumberProblem.NOT_DIGITS, places)
    if len(fraction) > places:
        raise NumberTextError(NumberProblem.TOO_MANY_DECIMALS if places else NumberProblem.NOT_WHOLE, places)
    try:
        value = Decimal(whole + (f".{fraction}" if fraction else ""))
    except InvalidOperation:  # digits only by now; kept for odd Unicode digits isdigit() accepts
        raise NumberTextError(NumberProblem.NOT_DIGITS, places) from None
    return -value if minus else value


def parse_euro(text: str | None) -> int | None:
    """An amount in euro as integer cents: '1.234,56' → 123456, '€ 800' → 80000; '' → None.

    ValueError(AMOUNT_HINT) for anything else (the caller shows one hint for every wrong amount)."""
    try:
        value = parse_decimal(text, 2)
    except NumberTextError:
        raise ValueError(AMOUNT_HINT) from None
    return None if value is None else to_cents(value)


def parse_percent(text: str | None, places: int = 2) -> Decimal | None:
    """'51', '51,5', '66.67 %' → Decimal with `places` decimals; '' → None; ValueError(PERCENT_HINT) for
    anything else — '1,234' is refused, not rounded to 1,23."""
    try:
        value = parse_decimal((text or "").replace("%", ""), places, negative=False)
    except NumberTextError:
        raise ValueError(PERCENT_HINT) from None
    return None if value is None else value.quantize(Decimal(1).scaleb(-places))
