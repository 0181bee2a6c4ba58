"""Print an engagement's documents into the register (PDF/A, numbered per kind and year): the survey report,
the welfare plan, the draft regulation and the consulting activity report."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.welfare.documents import WelfareDocumentKind as Kind
from equilibri_desktop.services.admin import office_profile
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.documents.dto import DocumentRef
from equilibri_desktop.services.documents.register import create_document
from equilibri_desktop.services.welfare import document_data as dd
from equilibri_desktop.services.welfare.engagements import get_engagement
from equilibri_desktop.services.welfare.plans import get_plan
from equilibri_desktop.services.welfare.survey import survey_results

RECORD_TYPE = "welfare_engagement"


def _issue(db: Database, engagement_uuid: uuid.UUID, kind: Kind, title: str, data, builder) -> DocumentRef:
    profile = office_profile.load_profile(db)

    def render(number, path: Path) -> None:
        builder(replace(data, header=dd.numbered(data.header, number.label, number.issued_on)), profile, path)

    return create_document(db, kind=kind.value, record_type=RECORD_TYPE, record_uuid=engagement_uuid,
                           title=title, render=render)


def print_survey_report(db: Database, engagement_uuid: uuid.UUID) -> DocumentRef:
    from equilibri_desktop.documents.welfare.survey_report import (
        build_survey_report_pdf,
    )

    db.require(Permission.WELFARE_WRITE)
    e = get_engagement(db, engagement_uuid)
    per_firm = tuple((f.name, survey_results(db, engagement_uuid, f.uuid)) for f in e.firms) if e.is_network else ()
    data = dd.survey_data(dd.header(e), survey_results(db, engagement_uuid), per_firm)
    return _issue(db, engagement_uuid, Kind.SURVEY_REPORT, f"{Kind.SURVEY_REPORT.label} – {e.display_name}", data,
                  build_survey_report_pdf)


def print_plan(db: Database, engagement_uuid: uuid.UUID, year: int) -> DocumentRef:
    from equilibri_desktop.documents.welfare.plan import build_plan_pdf

    db.require(Permission.WELFARE_WRITE)
    e = get_engagement(db, engagement_uuid)
    data = dd.plan_data(dd.header(e), get_plan(db, engagement_uuid, year))
    return _issue(db, engagement_uuid, Kind.PLAN, f"{Kind.PLAN.label} {year} – {e.display_name}", data,
                  build_plan_pdf)


def print_regulation(db: Database, engagement_uuid: uuid.UUID, year: int) -> DocumentRef:
    from equilibri_desktop.documents.welfare.regulation import build_regulation_pdf

    db.require(Permission.WELFARE_WRITE)
    e = get_engagement(db, engagement_uuid)
    data = dd.plan_data(dd.header(e), get_plan(db, engagement_uuid, year))
    return _issue(db, engagement_uuid, Kind.REGULATION, f"{Kind.REGULATION.label} {year} – {e.display_name}",
                  data, build_regulation_pdf)


def print_activity_report(db: Database, engagement_uuid: uuid.UUID) -> DocumentRef:
    from equilibri_desktop.documents.welfare.activity_report import (
        build_activity_report_pdf,
    )

    db.require(Permission.WELFARE_WRITE)
    e = get_engagement(db, engagement_uuid)
    data = dd.activity_data(dd.header(e), e)
    return _issue(db, engagement_uuid, Kind.ACTIVITY_REPORT, f"{Kind.ACTIVITY_REPORT.label} – {e.display_name}",
                  data, build_activity_report_pdf)
