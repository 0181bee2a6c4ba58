"""Euro amounts as Decimal: cents, Italian formatting and amounts in words for acts and letters."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# babel and num2words are imported where they are used: num2words loads every language it knows (tens of ms),
# and the home page, which formats no amount in words, loads this module at start-up.

CENT = Decimal("0.01")
_LOCALE = "it_IT"


def _checked(amount: object) -> Decimal:
    # bool is an int subclass and float is never exact: refuse both rather than guess.
    if isinstance(amount, (float, bool)) or not isinstance(amount, (Decimal, int)):
        raise TypeError(f"Gli importi vanno passati come Decimal o int, non {type(amount).__name__}")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"Importo non valido: {value}")
    return value


def round_cents(amount: Decimal | int) -> Decimal:
    """The amount rounded to the cent, halves away from zero (the usual accounting rule)."""
    return _checked(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal | int) -> int:
    """Integer cents of an amount in euro: Decimal("12.34") -> 1234."""
    return int(round_cents(amount) * 100)


def from_cents(cents: int) -> Decimal:
    """Euro amount of integer cents: 1234 -> Decimal("12.34")."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError(f"I centesimi vanno passati come int, non {type(cents).__name__}")
    return (Decimal(cents) / 100).quantize(CENT)


def format_euro(amount: Decimal | int) -> str:
    """`€ 1.234,56`; negative amounts as `-€ 1.234,56`.

    Babel's it_IT pattern puts the symbol after the number with a no-break space; Italian acts
    conventionally write it first, and a plain space keeps PDF text and tests predictable.
    """
    from babel.numbers import format_decimal

    value = round_cents(amount)
    number = format_decimal(abs(value), format="#,##0.00", locale=_LOCALE, decimal_quantization=False)
    sign = "-" if value < 0 else ""
    return f"{sign}€ {number}"


def amount_in_words(amount: Decimal | int) -> str:
    """`euro milleduecentotrentaquattro/56`, as written next to the figures in grant decisions."""
    from num2words import num2words

    value = round_cents(amount)
    if value < 0:
        raise ValueError("Un importo in lettere non può essere negativo")
    cents = to_cents(value)
    euros, remainder = divmod(cents, 100)
    return f"euro {num2words(euros, lang='it')}/{remainder:02d}"


def format_amount_with_words(amount: Decimal | int) -> str:
    """`€ 5.000,00 (euro cinquemila/00)`: figures and words, as the grant decision requires."""
    return f"{format_euro(amount)} ({amount_in_words(amount)})"
