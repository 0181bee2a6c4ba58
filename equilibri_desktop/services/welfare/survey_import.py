"""Import the answers an online form exported (.xlsx or .csv), all or nothing: when any row or column is
wrong nothing is stored and the report names each problem by row and column, like the registry's import."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.search_keys import organisation_name_key
from equilibri_desktop.domain.welfare.survey import (
    FIELDS,
    REQUIRED,
    SurveyAnswer,
    parse_answer,
)
from equilibri_desktop.io.spreadsheet_reader import open_sheet
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.welfare.dto import ImportProblem, SurveyImportReport
from equilibri_desktop.services.welfare.records import (
    engagement_firms,
    find_engagement,
    find_organisation,
)
from equilibri_desktop.services.welfare.survey import to_row
from equilibri_desktop.storage.models import WelfareSurveyResponse

FIRM_COLUMN = "impresa"  # for a network: which firm the worker belongs to (name or P.IVA)
# Columns online forms add by themselves; they hold nothing the survey keeps.
IGNORED_COLUMNS = {"timestamp", "informazioni_cronologiche", "data", "id", "id_risposta"}
MAX_ROWS = 5000


def column_key(header: str) -> str:
    return re.sub(r"[^a-z0-9_+]+", "_", header.strip().lower()).strip("_")


def _firm_lookup(session, engagement_id: int) -> dict[str, int]:
    lookup: dict[str, int] = {}
    for ref in engagement_firms(session, engagement_id):
        org = find_organisation(session, ref.uuid)
        lookup[organisation_name_key(org.name)] = org.id
        if org.vat_number:
            lookup[org.vat_number] = org.id
    return lookup


def import_survey(db: Database, engagement_uuid: uuid.UUID, path: str | Path,
                  dry_run: bool = False) -> SurveyImportReport:
    db.require(Permission.WELFARE_WRITE)
    path = Path(path)
    problems: list[ImportProblem] = []
    parsed: list[tuple[int, SurveyAnswer | None, str]] = []
    with open_sheet(path) as sheet:
        keys = [column_key(h or "") for h in sheet.headers]
        unknown = tuple(h for h, k in zip(sheet.headers, keys, strict=True)
                        if k and k not in FIELDS and k != FIRM_COLUMN and k not in IGNORED_COLUMNS)
        if unknown:
            problems.append(ImportProblem(0, ", ".join(unknown), CodedText(
                "welfare.import.unknown_columns", columns=", ".join(f"«{u}»" for u in unknown))))
        missing = [f for f in REQUIRED if f not in keys]
        if missing:
            problems.append(ImportProblem(0, ", ".join(missing), CodedText("welfare.import.missing_columns",
                                                                           columns=", ".join(missing))))
        rows_read = 0
        for row in sheet.rows:
            rows_read += 1
            if rows_read > MAX_ROWS:
                problems.append(ImportProblem(row.number, "", CodedText("welfare.import.too_many", maximum=MAX_ROWS)))
                break
            raw = {k: row.get(i) for i, k in enumerate(keys) if k}
            try:
                parsed.append((row.number, parse_answer(raw), str(raw.get(FIRM_COLUMN) or "").strip()))
            except ValidationError as error:
                problems.extend(ImportProblem(row.number, e.field,
                                              CodedText(e.code, **e.params) if e.code else e.message)
                                for e in error.errors)
                parsed.append((row.number, None, ""))
    with db.unit_of_work() as session:
        e = find_engagement(session, engagement_uuid)
        firms = _firm_lookup(session, e.id)
        firm_ids: list[int | None] = []
        for number, _answer, firm in parsed:
            firm_id = (firms.get(firm.replace(" ", "")) or firms.get(organisation_name_key(firm))) if firm else None
            if firm and firm_id is None:
                problems.append(ImportProblem(number, FIRM_COLUMN,
                                              CodedText("welfare.import.firm_unknown", firm=firm)))
            firm_ids.append(firm_id)
        if not rows_read and not problems:
            problems.append(ImportProblem(0, "", CodedText("welfare.import.empty")))
        problems.sort(key=lambda p: (p.row, p.field))
        if problems or dry_run:
            return SurveyImportReport(path.name, rows_read, 0, tuple(problems), unknown, dry_run)
        for (_number, answer, _firm), firm_id in zip(parsed, firm_ids, strict=True):
            session.add(WelfareSurveyResponse(engagement_id=e.id, organisation_id=firm_id, source="import",
                                              import_file=path.name[:200], **to_row(answer)))
        audit.record(session, AuditAction.IMPORT, table_name="welfare_survey_response", record_uuid=e.uuid,
                     detail=f"{len(parsed)} risposte all'indagine importate")
        return SurveyImportReport(path.name, rows_read, len(parsed), (), unknown, dry_run)
