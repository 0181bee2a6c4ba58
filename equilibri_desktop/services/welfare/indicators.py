"""The line's indicators for the funder: firms consulted, plans adopted, workers covered by sex, measures by
category, hours; and their .xlsx export."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.welfare.catalogue import TaxCategory
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.welfare.dto import Indicators
from equilibri_desktop.storage.models import (
    WelfareEngagement,
    WelfareEngagementFirm,
    WelfareMeeting,
    WelfarePlan,
    WelfarePlanMeasure,
    WelfareSurveyResponse,
)


def indicators(db: Database, year: int | None = None) -> Indicators:
    """Everything, or the engagements started, meetings held and plans adopted in `year`."""
    db.require(Permission.WELFARE_READ)
    engagements = select(WelfareEngagement.id)
    meetings = select(func.coalesce(func.sum(WelfareMeeting.hours), 0))
    adopted = select(WelfarePlan).where(WelfarePlan.adopted_on.is_not(None))
    if year is not None:
        engagements = engagements.where(func.extract("year", WelfareEngagement.started_on) == year)
        meetings = meetings.where(func.extract("year", WelfareMeeting.held_on) == year)
        adopted = adopted.where(WelfarePlan.year == year)
    with db.unit_of_work() as session:
        ids = list(session.scalars(engagements))
        firms = session.scalar(select(func.count(func.distinct(WelfareEngagementFirm.organisation_id)))
                               .where(WelfareEngagementFirm.engagement_id.in_(ids))) if ids else 0
        per_engagement = session.execute(select(WelfareEngagementFirm.engagement_id, func.count())
                                         .where(WelfareEngagementFirm.engagement_id.in_(ids))
                                         .group_by(WelfareEngagementFirm.engagement_id)).all() if ids else []
        responses = session.scalar(select(func.count()).select_from(WelfareSurveyResponse)
                                   .where(WelfareSurveyResponse.engagement_id.in_(ids))) if ids else 0
        plans = list(session.scalars(adopted))
        counts = dict(session.execute(
            select(WelfarePlanMeasure.tax_category, func.count())
            .where(WelfarePlanMeasure.plan_id.in_([p.id for p in plans]))
            .group_by(WelfarePlanMeasure.tax_category)).all()) if plans else {}
        return Indicators(
            year=year, firms_consulted=firms or 0, engagements=len(ids),
            networks=sum(1 for _e, n in per_engagement if n > 1), plans_adopted=len(plans),
            workers_covered_women=sum(p.workers_women for p in plans),
            workers_covered_men=sum(p.workers_men for p in plans),
            hours=Decimal(session.scalar(meetings) or 0), responses=responses or 0,
            measures_by_category=tuple((c.label, counts.get(c.value, 0)) for c in TaxCategory))


def export_indicators(db: Database, path: str | Path, year: int | None = None) -> Path:
    from equilibri_desktop.io.spreadsheet_writer import SheetSpec, write_workbook

    data = indicators(db, year)
    rows = [
        ("Periodo", str(year) if year else "Tutti gli anni"),
        ("Imprese seguite", data.firms_consulted), ("Incarichi di consulenza", data.engagements),
        ("di cui reti di imprese", data.networks), ("Ore di consulenza", data.hours),
        ("Risposte all'indagine", data.responses), ("Piani adottati", data.plans_adopted),
        ("Lavoratrici coperte", data.workers_covered_women), ("Lavoratori coperti", data.workers_covered_men),
    ]
    write_workbook(path, [SheetSpec("Indicatori", ("Indicatore", "Valore"), rows, (36, 16)),
                          SheetSpec("Misure per categoria", ("Categoria fiscale", "Misure nei piani adottati"),
                                    data.measures_by_category, (60, 24))])
    with db.unit_of_work() as session:
        audit.record(session, AuditAction.EXPORT, table_name="welfare_plan",
                     detail=f"indicatori welfare esportati ({year or 'tutti gli anni'})")
    return Path(path)
