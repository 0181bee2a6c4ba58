"""Turn spreadsheet cells (Excel values or text typed any old way) into dates, text, phones and integers."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from equilibri_desktop.domain.clock import office_today

# Excel counts days from 31/12/1899 and believes 1900 was a leap year (a Lotus 1-2-3 bug kept for
# compatibility): from serial 61 (01/03/1900) on, counting from 30/12/1899 gives the right date.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_FAKE_LEAP_DAY = 60
_EXCEL_LAST_SERIAL = 2958465  # 31/12/9999
_DAY_FIRST = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})", re.ASCII)
_YEAR_FIRST = re.compile(r"(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})", re.ASCII)
_TIME_PART = re.compile(r"(?:\s+|T)\d{1,2}[:.]\d{2}\S*$", re.ASCII)  # "… 00:00:00" from exports
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+", re.ASCII)
_WHOLE_WITH_ZERO_DECIMALS = re.compile(r"([+-]?\d+)[.,]0+", re.ASCII)
_INTEGER = re.compile(r"[+-]?\d+", re.ASCII)
_HOW_TO_WRITE = "scrivi la data come gg/mm/aaaa, per esempio 12/03/1985"


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _from_excel_serial(serial: float) -> date:
    if not 1 <= serial < _EXCEL_LAST_SERIAL + 1 or int(serial) == _EXCEL_FAKE_LEAP_DAY:
        number = f"{serial:g}".replace(".", ",")
        raise ValueError(f"Il numero {number} non è una data di Excel: {_HOW_TO_WRITE}.")
    whole = int(serial)
    if 1900 <= whole <= 2100 and serial == whole:
        raise ValueError(f"La cella contiene solo l'anno ({whole}): {_HOW_TO_WRITE}.")
    if whole < _EXCEL_FAKE_LEAP_DAY:
        return _EXCEL_EPOCH + timedelta(days=whole + 1)
    return _EXCEL_EPOCH + timedelta(days=whole)


def _full_year(two_digits: int, day: int, month: int, not_after: date) -> int:
    """'85' is 1985 and '07' is 2007: the latest century that does not put the date after not_after."""
    year = not_after.year // 100 * 100 + two_digits
    try:
        if date(year, month, day) > not_after:
            year -= 100
    except ValueError:  # 29/02 of a year that is not a leap year: let the caller report it
        pass
    return year


def parse_date_cell(value: object, *, not_after: date | None = None) -> date | None:
    """A date from an Excel date or serial number, or from text: dd/mm/yyyy, d/m/yy, dd-mm-yyyy,
    dd.mm.yyyy, yyyy-mm-dd. None for an empty cell; ValueError with an Italian message otherwise.

    Two-digit years fall in the latest century that keeps the date on or before not_after (today by
    default), so that a birth date is never in the future.
    """
    if _is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or isinstance(value, (time, timedelta)):
        raise ValueError(f"La cella non contiene una data: {_HOW_TO_WRITE}.")
    if isinstance(value, (int, float)):
        return _from_excel_serial(value)
    text = _TIME_PART.sub("", " ".join(str(value).split()))
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year_text = int(match[1]), int(match[3]), match[4]
        year = int(year_text)
        if len(year_text) == 2:
            year = _full_year(year, day, month, not_after or office_today())
    elif match := _YEAR_FIRST.fullmatch(text):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    else:
        raise ValueError(f"«{str(value).strip()}» non è una data: {_HOW_TO_WRITE}.")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"La data «{text}» non esiste: controlla giorno e mese.") from None


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def parse_text_cell(value: object) -> str:
    """Trimmed text with runs of spaces collapsed; '' for an empty cell; dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() == time(0):
        value = value.date()
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float):
        return _number_text(value)
    return " ".join(str(value).split())


def parse_phone_cell(value: object) -> str:
    """A phone number as text; Excel stores digits-only numbers as floats, which must not gain '.0'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = parse_text_cell(value)
    if match := re.fullmatch(r"(\+?[0-9]+)\.0+", text):  # a float written into a .csv by another program
        return match[1]
    return text


def parse_int_cell(value: object) -> int | None:
    """An integer (e.g. number of employees); None for an empty cell; '1.250' is read as 1250."""
    if _is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError("La cella contiene vero/falso, non un numero.")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(f"{_number_text(value).replace('.', ',')} non è un numero intero.")
    text = "".join(str(value).split())
    if _THOUSANDS.fullmatch(text):
        text = text.replace(".", "")
    elif match := _WHOLE_WITH_ZERO_DECIMALS.fullmatch(text):
        text = match[1]
    if not _INTEGER.fullmatch(text):
        raise ValueError(f"«{str(value).strip()}» non è un numero intero.")
    return int(text)
