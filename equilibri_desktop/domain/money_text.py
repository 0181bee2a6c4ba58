"""Euro amounts as clerks type them ('1.234,56', '€ 800', '12.5') read into integer cents."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from equilibri_desktop.domain.money import to_cents

_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+")
_AMOUNT = re.compile(r"-?\d{1,3}(\.\d{3})*(,\d{1,2})?|-?\d+(,\d{1,2})?|-?\d+(\.\d{1,2})?")
AMOUNT_HINT = "Scrivi l'importo in euro, per esempio 1.234,56."


def parse_euro(text: str | None) -> int | None:
    """An amount typed the Italian way as integer cents: '1.234,56', '1234,5', '€ 800' → cents; a lone dot
    before one or two digits is a decimal point ('12.5', typed on the keypad), before three it groups
    thousands ('1.500'). '' → None; ValueError(AMOUNT_HINT) for anything else."""
    compact = "".join((text or "").replace("€", "").split())
    if not compact:
        return None
    if not _AMOUNT.fullmatch(compact):
        raise ValueError(AMOUNT_HINT)
    if "," in compact:
        compact = compact.replace(".", "").replace(",", ".")
    elif _THOUSANDS.fullmatch(compact):
        compact = compact.replace(".", "")
    try:
        return to_cents(Decimal(compact))
    except InvalidOperation:
        raise ValueError(AMOUNT_HINT) from None
