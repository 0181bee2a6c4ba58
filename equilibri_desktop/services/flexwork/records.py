"""Reading flexible-work rows inside a session: finders, row ↔ input conversions and the DTO builders."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.flexwork.agreement import AgreementInput
from equilibri_desktop.domain.flexwork.codes import (
    AgreementDuration,
    EmploymentType,
    Period,
    Place,
    Priority,
    Sector,
    Stage,
    ToolsProvider,
    WorkMode,
)
from equilibri_desktop.domain.flexwork.pathway import AssessmentInput
from equilibri_desktop.domain.flexwork.regulation import RegulationInput
from equilibri_desktop.services.flexwork.dto import PathwayDetail, Ref, StageRow
from equilibri_desktop.storage.models import (
    FlexworkAgreement,
    FlexworkAssessment,
    FlexworkPathway,
    FlexworkQuestionnaire,
    FlexworkRegulation,
    FlexworkStageEntry,
    Organisation,
    Person,
)

AGREEMENT_FIELDS = ("signed_on", "start_on", "end_on", "employment_start", "remote_days", "office_days", "tools",
                    "contact_start", "contact_end", "disconnection_start", "disconnection_end", "rest_times",
                    "directive_power", "safety_notice_on", "notice_days_worker", "notice_days_employer",
                    "justified_cause", "worker_disabled")
REGULATION_FIELDS = ("days", "contact_start", "contact_end", "disconnection_start", "disconnection_end", "tools",
                     "safety_notice", "trial_months", "piao_section", "adopted_on")
ASSESSMENT_FIELDS = ("assessed_on", "roles_total", "roles_remote", "workers_women", "workers_men",
                     "workers_children_12", "workers_caregivers", "workers_disabled", "tools", "data_security",
                     "current_practices")


def _find(session: Session, model, record_uuid: uuid.UUID, missing: str):  # missing: a message code
    row = session.scalar(select(model).where(model.uuid == record_uuid))
    if row is None:
        raise NotFoundError(code=missing)
    return row


def find_pathway(session: Session, pathway_uuid: uuid.UUID) -> FlexworkPathway:
    return _find(session, FlexworkPathway, pathway_uuid, "flexwork.records.pathway_gone")


def find_agreement(session: Session, agreement_uuid: uuid.UUID) -> FlexworkAgreement:
    return _find(session, FlexworkAgreement, agreement_uuid, "flexwork.records.agreement_gone")


def find_organisation(session: Session, organisation_uuid: uuid.UUID) -> Organisation:
    return _find(session, Organisation, organisation_uuid, "flexwork.records.organisation_gone")


def find_person(session: Session, person_uuid: uuid.UUID) -> Person:
    return _find(session, Person, person_uuid, "flexwork.records.person_gone")


def person_name(p: Person) -> str:
    return f"{p.surname} {p.first_name}"


def places_text(places) -> str:
    return ",".join(p.value for p in places)


def places_of(text: str) -> tuple[Place, ...]:
    return tuple(Place(code) for code in text.split(",") if code)


def agreement_input(a: FlexworkAgreement, person_uuid: uuid.UUID) -> AgreementInput:
    return AgreementInput(person_uuid=person_uuid, duration=AgreementDuration(a.duration),
                          employment_type=EmploymentType(a.employment_type), places=places_of(a.places),
                          priority=Priority(a.priority), **{f: getattr(a, f) for f in AGREEMENT_FIELDS})


def apply_agreement(a: FlexworkAgreement, data: AgreementInput, person_id: int) -> None:
    for name in AGREEMENT_FIELDS:
        value = getattr(data, name)
        setattr(a, name, value.strip() if isinstance(value, str) else value)
    a.person_id = person_id
    a.duration = data.duration.value
    a.employment_type = data.employment_type.value
    a.places = places_text(data.places)
    a.priority = data.priority.value
    if data.duration is AgreementDuration.OPEN:
        a.end_on = data.end_on  # an open-ended agreement may still state a first end (then it is not renewed)


def regulation_input(r: FlexworkRegulation) -> RegulationInput:
    return RegulationInput(work_mode=WorkMode(r.work_mode), period=Period(r.period),
                           tools_provider=ToolsProvider(r.tools_provider), places=places_of(r.places),
                           **{f: getattr(r, f) for f in REGULATION_FIELDS})


def assessment_input(a: FlexworkAssessment) -> AssessmentInput:
    return AssessmentInput(**{f: getattr(a, f) for f in ASSESSMENT_FIELDS})


def pathway_detail(session: Session, p: FlexworkPathway) -> PathwayDetail:
    org = session.get(Organisation, p.organisation_id)
    stages = tuple(StageRow(Stage(s.stage), s.reached_on, s.note, s.created_by) for s in session.scalars(
        select(FlexworkStageEntry).where(FlexworkStageEntry.pathway_id == p.id)
        .order_by(FlexworkStageEntry.reached_on, FlexworkStageEntry.id)))
    assessment = session.scalar(select(FlexworkAssessment).where(FlexworkAssessment.pathway_id == p.id))
    regulation = session.scalar(select(FlexworkRegulation).where(FlexworkRegulation.pathway_id == p.id))
    agreements = session.scalar(select(func.count()).select_from(FlexworkAgreement)
                                .where(FlexworkAgreement.pathway_id == p.id)) or 0
    answers = session.scalar(select(func.count()).select_from(FlexworkQuestionnaire)
                             .where(FlexworkQuestionnaire.pathway_id == p.id)) or 0
    return PathwayDetail(
        uuid=p.uuid, version=p.version, organisation=Ref(org.uuid, org.name, org.municipality_name),
        organisation_fiscal_code=org.fiscal_code or org.vat_number or "", sector=Sector(p.sector),
        stage=Stage(p.stage), consultant=p.consultant, collective_agreement=p.collective_agreement,
        contact_band_required=p.contact_band_required, inail_pat=p.inail_pat, inail_tariff=p.inail_tariff,
        notes=p.notes, stages=stages, assessment=assessment_input(assessment) if assessment else None,
        regulation=regulation_input(regulation) if regulation else None, agreements=agreements,
        questionnaires=answers)
