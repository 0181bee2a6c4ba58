"""Monitoring questionnaires: type the anonymous answers of a pathway's workers before and after the pilot, and
read them aggregated per organisation or overall (groups under five people withheld)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.flexwork.codes import Phase, Priority
from equilibri_desktop.domain.flexwork.monitoring import (
    MonitoringResults,
    QuestionnaireInput,
    summarise,
)
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.flexwork.records import find_pathway
from equilibri_desktop.storage.models import FlexworkQuestionnaire

FIELDS = ("sex", "wellbeing", "balance", "organisation", "remote_days_month", "commute_minutes_saved_week",
          "commute_km_saved_week")


def add_questionnaires(db: Database, pathway_uuid: uuid.UUID,
                       answers: tuple[QuestionnaireInput, ...]) -> MonitoringResults:
    """Store a batch of answers at once (all or none): typing a pile of paper questionnaires."""
    db.require(Permission.FLEXWORK_WRITE)
    answers = tuple(a.validated() for a in answers)
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        for a in answers:
            session.add(FlexworkQuestionnaire(pathway_id=p.id, phase=a.phase.value, priority=a.priority.value,
                                              **{f: getattr(a, f) for f in FIELDS}))
    return monitoring_results(db, pathway_uuid)


def stored_answers(session, pathway_id: int | None = None) -> list[QuestionnaireInput]:
    query = select(FlexworkQuestionnaire)
    if pathway_id is not None:
        query = query.where(FlexworkQuestionnaire.pathway_id == pathway_id)
    return [QuestionnaireInput(phase=Phase(q.phase), priority=Priority(q.priority),
                               **{f: getattr(q, f) for f in FIELDS}) for q in session.scalars(query)]


def monitoring_results(db: Database, pathway_uuid: uuid.UUID | None = None) -> MonitoringResults:
    db.require(Permission.FLEXWORK_READ)
    with db.unit_of_work() as session:
        pathway_id = find_pathway(session, pathway_uuid).id if pathway_uuid else None
        return summarise(stored_answers(session, pathway_id))
