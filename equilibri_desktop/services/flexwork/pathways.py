"""Pathways per organisation: open one for a firm or public body of the registry, move it through its stages
(each dated, with who recorded it), and record the aggregate assessment and the regulation's choices."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, or_, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.flexwork.codes import Stage
from equilibri_desktop.domain.flexwork.pathway import (
    AssessmentInput,
    PathwayInput,
    StageInput,
)
from equilibri_desktop.domain.flexwork.regulation import RegulationInput
from equilibri_desktop.domain.registry_kinds import OrganisationKind as K
from equilibri_desktop.domain.search_keys import organisation_name_key
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.flexwork.dto import PathwayDetail, PathwayRow, Ref
from equilibri_desktop.services.flexwork.records import (
    ASSESSMENT_FIELDS,
    REGULATION_FIELDS,
    find_organisation,
    find_pathway,
    pathway_detail,
    places_text,
)
from equilibri_desktop.storage.models import (
    FlexworkAgreement,
    FlexworkAssessment,
    FlexworkCommunication,
    FlexworkPathway,
    FlexworkRegulation,
    FlexworkStageEntry,
    Organisation,
)

EMPLOYER_KINDS = (K.IMPRESA, K.COOPERATIVA, K.IMPRESA_SOCIALE, K.COMUNE, K.ASSOCIAZIONE, K.ALTRO)


def employer_choices(db: Database, text: str = "", limit: int = 200) -> tuple[Ref, ...]:
    db.require(Permission.FLEXWORK_READ)
    query = select(Organisation).where(Organisation.kind.in_([k.value for k in EMPLOYER_KINDS]))
    key = organisation_name_key(text)
    if key:
        query = query.where(Organisation.search_name.like(f"%{key}%"))
    with db.unit_of_work() as session:
        return tuple(Ref(o.uuid, o.name, o.municipality_name)
                     for o in session.scalars(query.order_by(Organisation.name).limit(limit)))


def search_pathways(db: Database, text: str = "", stage: Stage | None = None) -> tuple[PathwayRow, ...]:
    db.require(Permission.FLEXWORK_READ)
    agreements = (select(FlexworkAgreement.pathway_id, func.count().label("n"))
                  .group_by(FlexworkAgreement.pathway_id).subquery())
    pending = (select(FlexworkAgreement.pathway_id, func.count().label("n")).join(FlexworkCommunication)
               .where(FlexworkCommunication.sent_on.is_(None)).group_by(FlexworkAgreement.pathway_id).subquery())
    query = (select(FlexworkPathway, Organisation.name, agreements.c.n, pending.c.n)
             .join(Organisation, Organisation.id == FlexworkPathway.organisation_id)
             .outerjoin(agreements, agreements.c.pathway_id == FlexworkPathway.id)
             .outerjoin(pending, pending.c.pathway_id == FlexworkPathway.id))
    if stage is not None:
        query = query.where(FlexworkPathway.stage == stage.value)
    if text.strip():
        query = query.where(or_(Organisation.search_name.like(f"%{organisation_name_key(text)}%"),
                                func.lower(FlexworkPathway.consultant).like(f"%{text.strip().lower()}%")))
    with db.unit_of_work() as session:
        rows = session.execute(query.order_by(Organisation.name)).all()
        return tuple(PathwayRow(p.uuid, name, p.sector, Stage(p.stage), p.consultant, n or 0, waiting or 0)
                     for p, name, n, waiting in rows)


def get_pathway(db: Database, pathway_uuid: uuid.UUID) -> PathwayDetail:
    db.require(Permission.FLEXWORK_READ)
    with db.unit_of_work() as session:
        return pathway_detail(session, find_pathway(session, pathway_uuid))


def _apply(p: FlexworkPathway, data: PathwayInput) -> None:
    p.sector = data.sector.value
    p.consultant = data.consultant.strip()
    p.collective_agreement = data.collective_agreement.strip()
    p.contact_band_required = data.contact_band_required
    p.inail_pat, p.inail_tariff = data.inail_pat.strip(), data.inail_tariff.strip()
    p.notes = data.notes.strip()


def create_pathway(db: Database, data: PathwayInput, first_contact_on: date | None = None) -> PathwayDetail:
    db.require(Permission.FLEXWORK_WRITE)
    data = data.validated()
    with db.unit_of_work() as session:
        org = find_organisation(session, data.organisation_uuid)
        if session.scalar(select(FlexworkPathway.id).where(FlexworkPathway.organisation_id == org.id)):
            raise ValidationError.coded("organisation", "flexwork.pathways.pathway_exists", name=org.name)
        p = FlexworkPathway(organisation_id=org.id, stage=Stage.FIRST_CONTACT.value)
        _apply(p, data)
        session.add(p)
        session.flush()
        session.add(FlexworkStageEntry(pathway_id=p.id, stage=Stage.FIRST_CONTACT.value,
                                       reached_on=first_contact_on or office_today()))
        session.flush()
        return pathway_detail(session, p)


def update_pathway(db: Database, pathway_uuid: uuid.UUID, data: PathwayInput, expected_version: int) -> PathwayDetail:
    db.require(Permission.FLEXWORK_WRITE)
    data = data.validated()
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        check_version(p, expected_version)
        _apply(p, data)
        session.flush()
        return pathway_detail(session, p)


def move_stage(db: Database, pathway_uuid: uuid.UUID, data: StageInput) -> PathwayDetail:
    """Record the stage reached and when; moving back is allowed (a pilot may be repeated) and recorded too."""
    db.require(Permission.FLEXWORK_WRITE)
    data = data.validated()
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        first = session.scalar(select(func.min(FlexworkStageEntry.reached_on))
                               .where(FlexworkStageEntry.pathway_id == p.id))
        if first is not None and data.on < first:
            raise ValidationError.coded("stage_on", "flexwork.pathways.before_first_contact", first=first)
        if data.on > office_today():
            raise ValidationError.coded("stage_on", "flexwork.pathways.in_future")
        p.stage = data.stage.value
        session.add(FlexworkStageEntry(pathway_id=p.id, stage=data.stage.value, reached_on=data.on,
                                       note=data.note.strip()))
        session.flush()
        return pathway_detail(session, p)


def save_assessment(db: Database, pathway_uuid: uuid.UUID, data: AssessmentInput) -> PathwayDetail:
    db.require(Permission.FLEXWORK_WRITE)
    data = data.validated()
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        row = session.scalar(select(FlexworkAssessment).where(FlexworkAssessment.pathway_id == p.id))
        if row is None:
            row = FlexworkAssessment(pathway_id=p.id)
            session.add(row)
        for name in ASSESSMENT_FIELDS:
            value = getattr(data, name)
            setattr(row, name, value.strip() if isinstance(value, str) else value)
        session.flush()
        return pathway_detail(session, p)


def save_regulation(db: Database, pathway_uuid: uuid.UUID, data: RegulationInput) -> PathwayDetail:
    db.require(Permission.FLEXWORK_WRITE)
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        data = data.validated(p.contact_band_required, office_today())
        row = session.scalar(select(FlexworkRegulation).where(FlexworkRegulation.pathway_id == p.id))
        if row is None:
            row = FlexworkRegulation(pathway_id=p.id)
            session.add(row)
        for name in REGULATION_FIELDS:
            value = getattr(data, name)
            setattr(row, name, value.strip() if isinstance(value, str) else value)
        row.work_mode, row.period = data.work_mode.value, data.period.value
        row.tools_provider, row.places = data.tools_provider.value, places_text(data.places)
        session.flush()
        return pathway_detail(session, p)
