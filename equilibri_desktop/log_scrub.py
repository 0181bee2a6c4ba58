"""Personal data out of the log, whatever an error message quotes.

Libraries put values into their messages: PostgreSQL's `DETAIL: Key (fiscal_code)=(…) already exists`,
SQLAlchemy's `[parameters: (…)]`, openpyxl's `… cannot be used in worksheets`. The log formatter passes
every record (message and traceback) through `scrub`, which masks those values, fiscal codes, IBANs and
e-mail addresses. Record ids (UUIDs) and counts stay readable: they are what the log is for.
"""

from __future__ import annotations

import logging
import re

MASK = "***"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # PostgreSQL: "DETAIL:  Key (fiscal_code)=(RSSMRA85…) already exists." and "Failing row contains (…)."
    (re.compile(r"(Key \([^)]*\)=\().*?(\)\s+(?:already exists|is not present|is still referenced))"),
     rf"\g<1>{MASK}\g<2>"),
    (re.compile(r"(Failing row contains \().*?(\)\.?)$", re.MULTILINE), rf"\g<1>{MASK}\g<2>"),
    # SQLAlchemy appends the statement's parameters to every database error.
    (re.compile(r"\[parameters: .*?\](?=\s*(?:\n|$|\(Background))", re.DOTALL), f"[parameters: {MASK}]"),
    # openpyxl quotes the whole cell value it refuses.
    (re.compile(r"^(\S*IllegalCharacterError: ).*?( cannot be used in worksheets)", re.MULTILINE),
     rf"\g<1>{MASK}\g<2>"),
    # Values quoted in the message line of an exception ("ValueError: invalid literal … 'Rossi'").
    (re.compile(r"^([\w.]*(?:Error|Exception|Warning)\b[^:\n]*: .*)$", re.MULTILINE), None),
    (re.compile(r"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b",
                re.IGNORECASE), f"{MASK}CF"),
    (re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\b"), f"{MASK}IBAN"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), f"{MASK}@{MASK}"),
)
_QUOTED = re.compile(r"""'[^'\n]{1,200}'|"[^"\n]{1,200}"|«[^»\n]{1,200}»""")


def _mask_quotes(match: re.Match[str]) -> str:
    return _QUOTED.sub(MASK, match.group(1))


def scrub(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement if replacement is not None else _mask_quotes, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """The log file's formatter: the whole formatted record, traceback included, goes through `scrub`."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))
