"""A date typed as text, dd/MM/yyyy, that may stay empty (unlike QDateEdit, which always holds a date).

Clerks type "7/5/79" or "07051979" as often as "07/05/1979": the text is read on leaving the field and
rewritten in full. A text that is not a date stays as typed, marked, with `problem()` saying why.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.ui.forms import register_widget
from equilibri_desktop.ui.i18n import tr

_SEPARATED = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date_text(text: str, today: date | None = None) -> date | None:
    """'07/05/1979', '7/5/79', '07051979', '1979-05-07' → date; '' → None; ValueError otherwise.

    A two-digit year is the most recent one not after today (birth dates are in the past).
    """
    text = "".join(text.split())
    if not text:
        return None
    today = today or office_today()
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := (_SEPARATED.fullmatch(text) or _DIGITS.fullmatch(text)):
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year += today.year // 100 * 100
            if year > today.year:
                year -= 100
    else:
        raise ValueError(tr("Scrivi la data come gg/mm/aaaa, per esempio 07/05/1979."))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(tr("Questa data non esiste: controlla giorno e mese.")) from None


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


@register_widget
class DateEdit(QLineEdit):
    """`date()` is the date typed (None when empty or not a date); `problem()` explains a wrong text."""

    dateChanged = Signal(object)  # date | None  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(tr("gg/mm/aaaa"))
        self.setMaxLength(10)
        self._date: date | None = None
        self._problem = ""
        self.textChanged.connect(self._read)
        self.editingFinished.connect(self._tidy)

    def date(self) -> date | None:
        return self._date

    def setDate(self, value: date | None) -> None:  # noqa: N802 - Qt naming
        self.setText(format_date(value))

    def problem(self) -> str:
        return self._problem

    def is_valid(self) -> bool:
        return not self._problem

    def _read(self, text: str) -> None:
        before = self._date
        try:
            self._date, self._problem = parse_date_text(text), ""
        except ValueError as error:
            # Half-typed dates are not wrong yet: the problem is shown once the clerk leaves the field.
            self._date, self._problem = None, str(error)
        if self._date != before:
            self.dateChanged.emit(self._date)

    def _tidy(self) -> None:
        if self._date is not None and self.text() != format_date(self._date):
            self.setText(format_date(self._date))
        self._mark(bool(self._problem))

    def _mark(self, wrong: bool) -> None:
        if bool(self.property("invalid")) != wrong:
            self.setProperty("invalid", wrong)
            self.style().unpolish(self)
            self.style().polish(self)
