"""The anonymous needs survey of an engagement: answers typed from paper, their results per firm or for the
whole network (small groups withheld by the domain's `summarise`)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.welfare.catalogue import NeedCategory
from equilibri_desktop.domain.welfare.results import SurveyResults, summarise
from equilibri_desktop.domain.welfare.survey import SurveyAnswer, parse_answer
from equilibri_desktop.domain.welfare.survey_codes import (
    CHILD_BANDS,
    AgeBand,
    BonusToWelfare,
    CommuteMode,
    CommuteTime,
    Contract,
    Household,
    Sex,
    TimePreference,
)
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.welfare.records import (
    find_engagement,
    find_organisation,
)
from equilibri_desktop.storage.models import (
    WelfareEngagementFirm,
    WelfareSurveyResponse,
)


def _numbers(values) -> str:
    return ",".join("" if v is None else str(v) for v in values)


def _parse_numbers(text: str, size: int) -> tuple:
    parts = text.split(",") if text else []
    parts += [""] * (size - len(parts))
    return tuple(int(p) if p else None for p in parts[:size])


def to_row(answer: SurveyAnswer) -> dict[str, object]:
    return {"sex": answer.sex.value, "age_band": answer.age_band.value, "contract": answer.contract.value,
                "part_time": answer.part_time, "household": answer.household.value,
                "children": _numbers(answer.children),
                "dependants": answer.dependants,
                "commute_time": answer.commute_time.value if answer.commute_time else "",
                "commute_mode": answer.commute_mode.value if answer.commute_mode else "",
                "interests": _numbers(answer.interests),
                "time_preference": answer.time_preference.value if answer.time_preference else "",
                "bonus_to_welfare": answer.bonus_to_welfare.value if answer.bonus_to_welfare else ""}


def to_answer(row: WelfareSurveyResponse) -> SurveyAnswer:
    return SurveyAnswer(
        sex=Sex(row.sex), age_band=AgeBand(row.age_band), contract=Contract(row.contract), part_time=row.part_time,
        household=Household(row.household),
        children=tuple(v or 0 for v in _parse_numbers(row.children, len(CHILD_BANDS))), dependants=row.dependants,
        commute_time=CommuteTime(row.commute_time) if row.commute_time else None,
        commute_mode=CommuteMode(row.commute_mode) if row.commute_mode else None,
        interests=_parse_numbers(row.interests, len(NeedCategory)),
        time_preference=TimePreference(row.time_preference) if row.time_preference else None,
        bonus_to_welfare=BonusToWelfare(row.bonus_to_welfare) if row.bonus_to_welfare else None)


def member_firm_id(session: Session, engagement_id: int, organisation_uuid: uuid.UUID | None) -> int | None:
    """The firm of the network the answer comes from; it must be one of the engagement's firms."""
    if organisation_uuid is None:
        return None
    org = find_organisation(session, organisation_uuid)
    linked = session.scalar(select(WelfareEngagementFirm.id).where(WelfareEngagementFirm.engagement_id
                                                                   == engagement_id,
                                                                   WelfareEngagementFirm.organisation_id == org.id))
    if linked is None:
        raise ValidationError.coded("organisation", "welfare.survey.organisation")
    return org.id


def add_response(db: Database, engagement_uuid: uuid.UUID, raw: Mapping[str, object],
                 organisation_uuid: uuid.UUID | None = None) -> int:
    """Store one paper questionnaire; returns how many answers the engagement now has."""
    db.require(Permission.WELFARE_WRITE)
    answer = parse_answer(raw)
    with db.unit_of_work() as session:
        e = find_engagement(session, engagement_uuid)
        session.add(WelfareSurveyResponse(engagement_id=e.id, source="carta",
                                          organisation_id=member_firm_id(session, e.id, organisation_uuid),
                                          **to_row(answer)))
        session.flush()
        return len(_answers(session, e.id, None))


def _answers(session: Session, engagement_id: int, organisation_id: int | None) -> list[SurveyAnswer]:
    query = select(WelfareSurveyResponse).where(WelfareSurveyResponse.engagement_id == engagement_id)
    if organisation_id is not None:
        query = query.where(WelfareSurveyResponse.organisation_id == organisation_id)
    return [to_answer(r) for r in session.scalars(query.order_by(WelfareSurveyResponse.id))]


def survey_results(db: Database, engagement_uuid: uuid.UUID,
                   organisation_uuid: uuid.UUID | None = None) -> SurveyResults:
    """Results of the whole engagement (a network's firms together) or of one of its firms."""
    db.require(Permission.WELFARE_READ)
    with db.unit_of_work() as session:
        e = find_engagement(session, engagement_uuid)
        org_id = find_organisation(session, organisation_uuid).id if organisation_uuid else None
        return summarise(_answers(session, e.id, org_id))


def clear_responses(db: Database, engagement_uuid: uuid.UUID) -> int:
    """Remove every answer (e.g. a survey entered into the wrong engagement); returns how many."""
    db.require(Permission.WELFARE_WRITE)
    with db.unit_of_work() as session:
        e = find_engagement(session, engagement_uuid)
        count = len(_answers(session, e.id, None))
        session.execute(delete(WelfareSurveyResponse).where(WelfareSurveyResponse.engagement_id == e.id))
        audit.record(session, AuditAction.DELETE, table_name="welfare_survey_response", record_uuid=e.uuid,
                     detail=f"{count} risposte all'indagine eliminate")
        return count
