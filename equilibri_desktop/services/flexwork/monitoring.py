"""Monitoring questionnaires: type the anonymous answers of a pathway's workers before and after the pilot, and
read them aggregated per organisation or overall (groups under five people withheld)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.flexwork.codes import Phase, Priority
from equilibri_desktop.domain.flexwork.monitoring import (
    MonitoringResults,
    QuestionnaireInput,
    summarise,
)
from equilibri_desktop.domain.office_time import OFFICE_TZ
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.flexwork.dto import QuestionnaireEntry
from equilibri_desktop.services.flexwork.records import find_pathway
from equilibri_desktop.storage.models import FlexworkPathway, FlexworkQuestionnaire

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


def list_questionnaires(db: Database, pathway_uuid: uuid.UUID) -> tuple[QuestionnaireEntry, ...]:
    """The pathway's questionnaires in the order typed, without their answers."""
    db.require(Permission.FLEXWORK_READ)
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        rows = session.scalars(select(FlexworkQuestionnaire).where(FlexworkQuestionnaire.pathway_id == p.id)
                               .order_by(FlexworkQuestionnaire.created_at, FlexworkQuestionnaire.id)).all()
        return tuple(QuestionnaireEntry(q.uuid, number, Phase(q.phase), q.created_at.astimezone(OFFICE_TZ),
                                        q.created_by) for number, q in enumerate(rows, start=1))


def delete_questionnaire(db: Database, questionnaire_uuid: uuid.UUID) -> MonitoringResults:
    """A questionnaire typed twice or by mistake leaves the averages (the audit trail keeps the deletion)."""
    db.require(Permission.FLEXWORK_WRITE)
    with db.unit_of_work() as session:
        row = session.scalar(select(FlexworkQuestionnaire).where(FlexworkQuestionnaire.uuid == questionnaire_uuid))
        if row is None:
            raise NotFoundError(code="flexwork.monitoring.questionnaire_gone")
        pathway_uuid = _pathway_uuid(session, row.pathway_id)
        session.delete(row)
    return monitoring_results(db, pathway_uuid)


def _pathway_uuid(session, pathway_id: int) -> uuid.UUID:
    return session.scalar(select(FlexworkPathway.uuid).where(FlexworkPathway.id == pathway_id))
