"""Reading welfare rows inside a session: finders and the DTO builders the services share."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.welfare.engagement import Stage, UnionRepresentation
from equilibri_desktop.services.welfare.dto import EngagementDetail, FirmRef, MeetingRow
from equilibri_desktop.storage.models import (
    Organisation,
    WelfareEngagement,
    WelfareEngagementFirm,
    WelfareMeeting,
    WelfarePlan,
    WelfareSurveyResponse,
)


def find_engagement(session: Session, engagement_uuid: uuid.UUID) -> WelfareEngagement:
    row = session.scalar(select(WelfareEngagement).where(WelfareEngagement.uuid == engagement_uuid))
    if row is None:
        raise NotFoundError(code="welfare.records.engagement_gone")
    return row


def find_organisation(session: Session, organisation_uuid: uuid.UUID) -> Organisation:
    row = session.scalar(select(Organisation).where(Organisation.uuid == organisation_uuid))
    if row is None:
        raise NotFoundError(code="welfare.records.organisation_gone")
    return row


def firm_ref(org: Organisation) -> FirmRef:
    return FirmRef(org.uuid, org.name, org.kind, org.ateco, org.municipality_name)


def engagement_firms(session: Session, engagement_id: int) -> tuple[FirmRef, ...]:
    rows = session.scalars(select(Organisation).join(WelfareEngagementFirm,
                                                     WelfareEngagementFirm.organisation_id == Organisation.id)
                           .where(WelfareEngagementFirm.engagement_id == engagement_id)
                           .order_by(Organisation.name))
    return tuple(firm_ref(o) for o in rows)


def meeting_rows(session: Session, engagement_id: int) -> tuple[MeetingRow, ...]:
    rows = session.scalars(select(WelfareMeeting).where(WelfareMeeting.engagement_id == engagement_id)
                           .order_by(WelfareMeeting.held_on, WelfareMeeting.id))
    return tuple(MeetingRow(m.uuid, m.held_on, Decimal(m.hours), m.topic, m.participants, m.next_steps)
                 for m in rows)


def response_count(session: Session, engagement_id: int) -> int:
    return session.scalar(select(func.count()).select_from(WelfareSurveyResponse)
                          .where(WelfareSurveyResponse.engagement_id == engagement_id)) or 0


def engagement_detail(session: Session, e: WelfareEngagement) -> EngagementDetail:
    years = session.scalars(select(WelfarePlan.year).where(WelfarePlan.engagement_id == e.id)
                            .order_by(WelfarePlan.year))
    return EngagementDetail(
        uuid=e.uuid, version=e.version, title=e.title, firms=engagement_firms(session, e.id),
        network_name=e.network_name, ateco=e.ateco, employees_women=e.employees_women,
        employees_men=e.employees_men, employees_permanent=e.employees_permanent,
        employees_fixed_term=e.employees_fixed_term, employees_part_time=e.employees_part_time,
        collective_agreement=e.collective_agreement,
        union_representation=UnionRepresentation(e.union_representation), consultant=e.consultant,
        started_on=e.started_on, stage=Stage(e.stage), next_steps=e.next_steps, notes=e.notes,
        meetings=meeting_rows(session, e.id), responses=response_count(session, e.id), plan_years=tuple(years))
