"""Amounts in euro and other decimals typed the Italian way ("15.000,50"), held as Decimal or integer cents.

Clerks type "15000", "15.000", "15000,5" or "€ 15.000,00": the text is read while typing (by the domain's one
parser, `domain.money_text`) and rewritten in full on leaving the field. A text that is not a number stays as
typed, marked, and `problem()` says why — "1,234" in a two-decimal field is refused, never rounded.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from equilibri_desktop.domain.money_text import NumberProblem, NumberTextError, parse_decimal
from equilibri_desktop.ui.forms import register_widget
from equilibri_desktop.ui.i18n import tr


def problem_text(error: NumberTextError) -> str:
    """The domain's reason in the user's language."""
    texts = {
        NumberProblem.GROUPING: tr("Scrivi il numero come 15.000,50 (punto per le migliaia, virgola per i decimali)."),
        NumberProblem.NOT_DIGITS: tr("Scrivi solo cifre, con la virgola per i decimali (per esempio 15.000,50)."),
        NumberProblem.TOO_MANY_DECIMALS: tr("Al massimo {n} decimali.").format(n=error.places),
        NumberProblem.NOT_WHOLE: tr("Scrivi un numero intero."),
        NumberProblem.NEGATIVE: tr("Il numero non può essere negativo."),
    }
    return texts[error.problem]


def parse_decimal_text(text: str, places: int = 2, negative: bool = True) -> Decimal | None:
    """`domain.money_text.parse_decimal` with its message in the user's language (ValueError)."""
    try:
        return parse_decimal(text, places, negative=negative)
    except NumberTextError as error:
        raise ValueError(problem_text(error)) from None


def format_decimal_text(value: Decimal | None, places: int = 2, fixed: bool = True) -> str:
    """Italian digits: '15.000,50'; with `fixed` False, trailing zeros go ('80', '12,5')."""
    if value is None:
        return ""
    pattern = "#,##0." + ("0" if fixed else "#") * places if places else "#,##0"
    return format_decimal(value, format=pattern, locale="it_IT", decimal_quantization=True)


@register_widget
class DecimalEdit(QLineEdit):
    """`value()` is the Decimal typed (None when empty or wrong); `problem()` explains a wrong text."""

    valueChanged = Signal(object)  # Decimal | None  # noqa: N815 - Qt naming
    PLACES = 2
    NEGATIVE = True
    FIXED = False  # percentages and points show "80" rather than "80,00"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(20)
        self._value: Decimal | None = None
        self._problem = ""
        self.textChanged.connect(self._read)
        self.editingFinished.connect(self._tidy)

    def value(self) -> Decimal | None:
        return self._value

    def setValue(self, value: Decimal | None) -> None:  # noqa: N802 - Qt naming
        self.setText(format_decimal_text(value, self.PLACES, self.FIXED))

    def problem(self) -> str:
        return self._problem

    def _read(self, text: str) -> None:
        before = self._value
        try:
            self._value, self._problem = parse_decimal_text(text, self.PLACES, self.NEGATIVE), ""
        except ValueError as error:
            self._value, self._problem = None, str(error)
        if self._value != before:
            self.valueChanged.emit(self._value)

    def _tidy(self) -> None:
        if self._value is not None:
            tidy = format_decimal_text(self._value, self.PLACES, self.FIXED)
            if tidy != self.text():
                self.setText(tidy)
        wrong = bool(self._problem)
        if bool(self.property("invalid")) != wrong:
            self.setProperty("invalid", wrong)
            self.style().unpolish(self)
            self.style().polish(self)


@register_widget
class MoneyEdit(DecimalEdit):
    """An amount in euro, always shown with cents: `cents()` / `set_cents()` for the services."""

    FIXED = True

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("0,00")

    def cents(self) -> int | None:
        return None if self._value is None else int(self._value * 100)

    def set_cents(self, cents: int | None) -> None:
        self.setValue(None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01")))

