"""Individual agile-work agreements: pick the worker from the registry, check the law next to the fields, save,
withdraw. Each start, change of period and withdrawal opens the communication the Ministry is owed."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.flexwork.agreement import AgreementInput, minimum_notice
from equilibri_desktop.domain.flexwork.codes import CommunicationType, Priority, Sector
from equilibri_desktop.domain.flexwork.documents import FlexworkDocumentKind
from equilibri_desktop.domain.flexwork.ministry import due_date
from equilibri_desktop.domain.search_keys import word_key
from equilibri_desktop.services.access.need_to_know import MASKED
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.flexwork.dto import AgreementDetail, AgreementRow, Ref
from equilibri_desktop.services.flexwork.records import (
    agreement_input,
    apply_agreement,
    find_agreement,
    find_pathway,
    find_person,
    person_name,
)
from equilibri_desktop.storage.models import (
    FlexworkAgreement,
    FlexworkCommunication,
    FlexworkPathway,
    GeneratedDocument,
    Person,
)

RECORD_TYPE = "flexwork_agreement"


def worker_choices(db: Database, text: str = "", limit: int = 50) -> tuple[Ref, ...]:
    db.require(Permission.FLEXWORK_AGREEMENTS)
    query = select(Person).order_by(Person.surname, Person.first_name).limit(limit)
    for word in (text or "").split():
        query = query.where(Person.search_name.like(f"%{word_key(word)}%"))
    show = db.actor.sees_personal_data
    with db.unit_of_work() as session:
        return tuple(Ref(p.uuid, person_name(p), (p.fiscal_code or "") if show else MASKED)
                     for p in session.scalars(query))


def _detail(session: Session, a: FlexworkAgreement, show: bool) -> AgreementDetail:
    person = session.get(Person, a.person_id)
    pathway = session.get(FlexworkPathway, a.pathway_id)
    worker = Ref(person.uuid, person_name(person), (person.fiscal_code or "") if show else MASKED)
    return AgreementDetail(a.uuid, a.version, pathway.uuid, worker, person.sex, agreement_input(a, person.uuid),
                           a.withdrawn_on)


def get_agreement(db: Database, agreement_uuid: uuid.UUID) -> AgreementDetail:
    db.require(Permission.FLEXWORK_AGREEMENTS)
    with db.unit_of_work() as session:
        return _detail(session, find_agreement(session, agreement_uuid), db.actor.sees_personal_data)


def list_agreements(db: Database, pathway_uuid: uuid.UUID) -> tuple[AgreementRow, ...]:
    db.require(Permission.FLEXWORK_AGREEMENTS)
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        printed = set(session.scalars(select(GeneratedDocument.record_uuid).where(
            GeneratedDocument.kind == FlexworkDocumentKind.AGREEMENT.value)))
        rows = session.execute(select(FlexworkAgreement, Person).join(Person, Person.id == FlexworkAgreement.person_id)
                               .where(FlexworkAgreement.pathway_id == p.id)
                               .order_by(Person.surname, Person.first_name)).all()
        return tuple(AgreementRow(a.uuid, person_name(person), a.start_on, a.end_on, a.remote_days,
                                  Priority(a.priority).label, a.withdrawn_on, a.uuid in printed)
                     for a, person in rows)


def _communicate(session: Session, a: FlexworkAgreement, kind: CommunicationType, event_on: date,
                 sector: Sector) -> None:
    session.add(FlexworkCommunication(agreement_id=a.id, kind=kind.value, event_on=event_on,
                                      due_on=due_date(event_on, sector)))


def save_agreement(db: Database, pathway_uuid: uuid.UUID, data: AgreementInput,
                   agreement_uuid: uuid.UUID | None = None, expected_version: int | None = None) -> AgreementDetail:
    db.require(Permission.FLEXWORK_AGREEMENTS)
    with db.unit_of_work() as session:
        p = find_pathway(session, pathway_uuid)
        data = data.validated(p.contact_band_required)
        person = find_person(session, data.person_uuid)
        sector = Sector(p.sector)
        if agreement_uuid is None:
            a = FlexworkAgreement(pathway_id=p.id)
            apply_agreement(a, data, person.id)
            session.add(a)
            session.flush()
            _communicate(session, a, CommunicationType.START, a.start_on, sector)
        else:
            a = find_agreement(session, agreement_uuid)
            check_version(a, expected_version or 0)
            if a.withdrawn_on is not None:
                raise DomainError(code="flexwork.agreements.withdrawn")
            period, terms = (a.start_on, a.end_on), _terms(a)
            apply_agreement(a, data, person.id)
            if (a.start_on, a.end_on) != period:
                _period_changed(session, a, sector)
            elif _terms(a) != terms:
                _terms_changed(session, a, sector)
        session.flush()
        return _detail(session, a, db.actor.sees_personal_data)


def _period_changed(session: Session, a: FlexworkAgreement, sector: Sector) -> None:
    """A start not yet sent is simply corrected; once sent, the Ministry is owed a 'modifica'."""
    unsent = session.scalar(select(FlexworkCommunication).where(
        FlexworkCommunication.agreement_id == a.id, FlexworkCommunication.kind == CommunicationType.START.value,
        FlexworkCommunication.sent_on.is_(None)))
    if unsent is not None:
        unsent.event_on, unsent.due_on = a.start_on, due_date(a.start_on, sector)
    else:
        _communicate(session, a, CommunicationType.CHANGE, office_today(), sector)


def _terms(a: FlexworkAgreement) -> tuple:
    """What the Ministry's file states besides the period: the places and the days of agile work."""
    return a.places, a.remote_days, a.office_days


def _terms_changed(session: Session, a: FlexworkAgreement, sector: Sector) -> None:
    """New places or days are owed to the Ministry as a 'modifica' (art. 23 c. 1 L. 81/2017, DM 149/2022) only
    once the start was sent: a file still to send is exported with the agreement as it is now, and so is a
    'modifica' already waiting."""
    waiting = session.scalar(select(FlexworkCommunication.id).where(
        FlexworkCommunication.agreement_id == a.id, FlexworkCommunication.sent_on.is_(None),
        FlexworkCommunication.kind.in_((CommunicationType.START.value, CommunicationType.CHANGE.value))).limit(1))
    if waiting is None:
        _communicate(session, a, CommunicationType.CHANGE, office_today(), sector)


def withdraw_agreement(db: Database, agreement_uuid: uuid.UUID, notice_given_on: date, by_employer: bool,
                       effective_on: date) -> AgreementDetail:
    """End an agreement by withdrawal: the notice must be the one the agreement (and the law) sets."""
    db.require(Permission.FLEXWORK_AGREEMENTS)
    with db.unit_of_work() as session:
        a = find_agreement(session, agreement_uuid)
        if a.withdrawn_on is not None:
            raise DomainError(code="flexwork.agreements.withdrawal_recorded")
        agreed = a.notice_days_employer if by_employer else a.notice_days_worker
        least, source = minimum_notice(by_employer, a.worker_disabled, notice_given_on)
        days = (effective_on - notice_given_on).days
        if effective_on < a.start_on:
            raise ValidationError.coded("effective_on", "flexwork.agreements.effective_on")
        if days < max(agreed, least if a.duration == "tempo_indeterminato" else 0):
            raise ValidationError.coded("effective_on", "flexwork.agreements.notice_short", days=days, agreed=agreed,
                                        least=least, source=source)
        a.withdrawn_on = effective_on
        a.end_on = effective_on
        _communicate(session, a, CommunicationType.WITHDRAWAL, effective_on,
                     Sector(session.get(FlexworkPathway, a.pathway_id).sector))
        session.flush()
        return _detail(session, a, db.actor.sees_personal_data)
