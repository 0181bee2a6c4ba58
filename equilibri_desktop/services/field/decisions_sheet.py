"""The clerk's decisions written in a dry run's report (columns «Scelta»), for merging from the command line."""

from __future__ import annotations

import uuid
from pathlib import Path

from equilibri_desktop.domain.field.conflicts import Choice
from equilibri_desktop.domain.field.errors import FieldPackageError
from equilibri_desktop.services.field.dto import Decisions
from equilibri_desktop.services.field.merge_report import CHOICE_CONFLICT, CHOICE_MATCH

_YES, _NO = {"sì", "si", "s", "yes"}, {"no", "n"}


def _rows(book, title: str, choice_header: str):
    if title not in book.sheetnames:
        return []
    rows = list(book[title].iter_rows(values_only=True))
    if not rows:
        return []
    header = [str(h or "") for h in rows[0]]
    if choice_header not in header:
        raise FieldPackageError(code="field.decisions_sheet.column_missing", params={"title": title,
                                "choice_header": choice_header})
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def read_decisions(path: Path) -> Decisions:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise FieldPackageError(code="field.decisions_sheet.unreadable", params={"path": path}) from exc
    conflicts, matches, rejected = {}, {}, set()
    try:
        for row in _rows(book, "Conflitti", CHOICE_CONFLICT):
            choice = str(row[CHOICE_CONFLICT] or "").strip().lower()
            if choice:
                if choice not in {c.value for c in Choice}:
                    raise FieldPackageError(code="field.decisions_sheet.conflict_choice", params={"choice": choice})
                conflicts[(uuid.UUID(row["UUID record"]), row["Codice campo"])] = Choice(choice)
        for row in _rows(book, "Corrispondenze", CHOICE_MATCH):
            choice = str(row[CHOICE_MATCH] or "").strip().lower()
            record = uuid.UUID(row["UUID record"])
            if choice in _YES:
                matches[record] = uuid.UUID(row["UUID persona"])
            elif choice in _NO:
                rejected.add(record)
            elif choice:
                raise FieldPackageError(code="field.decisions_sheet.match_choice", params={"choice": choice})
    finally:
        book.close()
    return Decisions({**{r: None for r in rejected}, **matches}, conflicts)
