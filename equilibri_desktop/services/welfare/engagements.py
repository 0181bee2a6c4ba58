"""Consulting engagements: create and edit them, move them through their stages, log meetings and hours,
and pick the firms (or the network's firms) from the registry."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.registry_kinds import OrganisationKind as K
from equilibri_desktop.domain.search_keys import organisation_name_key
from equilibri_desktop.domain.welfare.engagement import (
    EngagementInput,
    MeetingInput,
    Stage,
)
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.welfare.dto import (
    EngagementDetail,
    EngagementRow,
    FirmRef,
)
from equilibri_desktop.services.welfare.records import (
    engagement_detail,
    find_engagement,
    find_organisation,
    firm_ref,
)
from equilibri_desktop.storage.models import (
    Organisation,
    WelfareEngagement,
    WelfareEngagementFirm,
    WelfareMeeting,
    WelfareSurveyResponse,
)

FIRM_KINDS = (K.IMPRESA, K.COOPERATIVA, K.IMPRESA_SOCIALE, K.ALTRO)
# Local services offered as plan measures come from municipalities and the third sector.
PROVIDER_KINDS = (K.COMUNE, K.ASSOCIAZIONE, K.COOPERATIVA, K.IMPRESA_SOCIALE)


def _organisations(db: Database, kinds, text: str, limit: int) -> tuple[FirmRef, ...]:
    db.require(Permission.WELFARE_READ)
    query = select(Organisation).where(Organisation.kind.in_([k.value for k in kinds]))
    key = organisation_name_key(text)
    if key:
        query = query.where(Organisation.search_name.like(f"%{key}%"))
    with db.unit_of_work() as session:
        return tuple(firm_ref(o) for o in session.scalars(query.order_by(Organisation.name).limit(limit)))


def firm_choices(db: Database, text: str = "", limit: int = 200) -> tuple[FirmRef, ...]:
    return _organisations(db, FIRM_KINDS, text, limit)


def provider_choices(db: Database, text: str = "", limit: int = 200) -> tuple[FirmRef, ...]:
    return _organisations(db, PROVIDER_KINDS, text, limit)


def search_engagements(db: Database, text: str = "", stage: Stage | None = None) -> tuple[EngagementRow, ...]:
    db.require(Permission.WELFARE_READ)
    hours = (select(WelfareMeeting.engagement_id, func.sum(WelfareMeeting.hours).label("hours"))
             .group_by(WelfareMeeting.engagement_id).subquery())
    answers = (select(WelfareSurveyResponse.engagement_id, func.count().label("n"))
               .group_by(WelfareSurveyResponse.engagement_id).subquery())
    query = (select(WelfareEngagement, hours.c.hours, answers.c.n)
             .outerjoin(hours, hours.c.engagement_id == WelfareEngagement.id)
             .outerjoin(answers, answers.c.engagement_id == WelfareEngagement.id))
    if stage is not None:
        query = query.where(WelfareEngagement.stage == stage.value)
    if text.strip():
        pattern = f"%{text.strip().lower()}%"
        firms = (select(WelfareEngagementFirm.engagement_id).join(Organisation)
                 .where(Organisation.search_name.like(f"%{organisation_name_key(text)}%")))
        query = query.where(or_(func.lower(WelfareEngagement.title).like(pattern),
                                func.lower(WelfareEngagement.network_name).like(pattern),
                                WelfareEngagement.id.in_(firms)))
    with db.unit_of_work() as session:
        rows = session.execute(query.order_by(WelfareEngagement.started_on.desc(), WelfareEngagement.id)).all()
        names = _firm_names(session, [e.id for e, _h, _n in rows])
        return tuple(EngagementRow(e.uuid, e.title, _firms_text(e, names.get(e.id, [])), Stage(e.stage),
                                   e.consultant, e.started_on, Decimal(h or 0), n or 0) for e, h, n in rows)


def _firm_names(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    if ids:
        for engagement_id, name in session.execute(
                select(WelfareEngagementFirm.engagement_id, Organisation.name).join(Organisation)
                .where(WelfareEngagementFirm.engagement_id.in_(ids)).order_by(Organisation.name)):
            names.setdefault(engagement_id, []).append(name)
    return names


def _firms_text(e: WelfareEngagement, names: list[str]) -> str:
    if len(names) > 1:
        return f"{e.network_name} ({len(names)} imprese)"
    return names[0] if names else ""


def get_engagement(db: Database, engagement_uuid: uuid.UUID) -> EngagementDetail:
    db.require(Permission.WELFARE_READ)
    with db.unit_of_work() as session:
        return engagement_detail(session, find_engagement(session, engagement_uuid))


def _apply(session: Session, e: WelfareEngagement, data: EngagementInput) -> None:
    for name in ("ateco", "employees_women", "employees_men", "employees_permanent", "employees_fixed_term",
                 "employees_part_time", "started_on", "next_steps", "notes"):
        setattr(e, name, getattr(data, name))
    e.title = data.title.strip()
    e.network_name = data.network_name.strip() if len(data.organisation_uuids) > 1 else ""
    e.collective_agreement = data.collective_agreement.strip()
    e.consultant = data.consultant.strip()
    e.union_representation = data.union_representation.value
    e.stage = data.stage.value
    wanted = {find_organisation(session, u).id for u in data.organisation_uuids}
    current = {f.organisation_id: f for f in session.scalars(
        select(WelfareEngagementFirm).where(WelfareEngagementFirm.engagement_id == e.id))}
    for organisation_id, link in current.items():
        if organisation_id not in wanted:
            session.delete(link)
    for organisation_id in wanted - current.keys():
        session.add(WelfareEngagementFirm(engagement_id=e.id, organisation_id=organisation_id))
    session.flush()


def create_engagement(db: Database, data: EngagementInput) -> EngagementDetail:
    db.require(Permission.WELFARE_WRITE)
    data = data.validated()
    with db.unit_of_work() as session:
        e = WelfareEngagement(title=data.title.strip(), started_on=data.started_on)
        session.add(e)
        session.flush()
        _apply(session, e, data)
        return engagement_detail(session, e)


def update_engagement(db: Database, engagement_uuid: uuid.UUID, data: EngagementInput,
                      expected_version: int) -> EngagementDetail:
    db.require(Permission.WELFARE_WRITE)
    data = data.validated()
    with db.unit_of_work() as session:
        e = find_engagement(session, engagement_uuid)
        check_version(e, expected_version)
        _apply(session, e, data)
        return engagement_detail(session, e)


def add_meeting(db: Database, engagement_uuid: uuid.UUID, data: MeetingInput) -> EngagementDetail:
    db.require(Permission.WELFARE_WRITE)
    data = data.validated()
    with db.unit_of_work() as session:
        e = find_engagement(session, engagement_uuid)
        session.add(WelfareMeeting(engagement_id=e.id, held_on=data.held_on, hours=data.hours,
                                   topic=data.topic.strip(), participants=data.participants.strip(),
                                   next_steps=data.next_steps.strip()))
        session.flush()
        return engagement_detail(session, e)


def delete_meeting(db: Database, engagement_uuid: uuid.UUID, meeting_uuid: uuid.UUID) -> EngagementDetail:
    db.require(Permission.WELFARE_WRITE)
    with db.unit_of_work() as session:
        e = find_engagement(session, engagement_uuid)
        meeting = session.scalar(select(WelfareMeeting).where(WelfareMeeting.uuid == meeting_uuid,
                                                              WelfareMeeting.engagement_id == e.id))
        if meeting is None:
            raise NotFoundError(code="welfare.engagements.meeting_gone")
        session.delete(meeting)
        session.flush()
        return engagement_detail(session, e)
