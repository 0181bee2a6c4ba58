"""Registering and editing applications to start-up grant calls: drafts, protocol on receipt, changes."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import office_today, utc_now
from equilibri_desktop.domain.errors import DomainError, NotFoundError
from equilibri_desktop.domain.grants.application_parts import EDITABLE_STATUSES
from equilibri_desktop.domain.grants.application_rules import (
    ApplicationInput,
    applicant_problem,
    missing_parts,
    validate_application,
)
from equilibri_desktop.domain.grants.codes import ApplicationStatus, CallStatus
from equilibri_desktop.domain.grants.eligibility import ApplicantFacts, ApplicationFacts, requirement_warnings
from equilibri_desktop.domain.grants.protocol import new_public_code
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.grants.application_dto import (
    ApplicationDetail,
    ApplicationSaveResult,
    CallChoice,
    PersonSummary,
)
from equilibri_desktop.services.grants.application_records import (
    applicant_facts,
    application_detail,
    apply_input,
    find_application,
    find_person,
    person_summary,
)
from equilibri_desktop.services.grants.eligibility import call_terms
from equilibri_desktop.services.grants.protocol import assign_protocol, retry_on_clash
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCoApplicant,
    Person,
)

log = logging.getLogger(__name__)


def _can_see(db: Database) -> bool:
    return db.actor.can(Permission.PROTECTED_DATA)


def _checked(session: Session, data: ApplicationInput):
    call = session.scalar(select(GrantCall).where(GrantCall.uuid == data.call_uuid)) if data.call_uuid else None
    if data.call_uuid is not None and call is None:
        raise NotFoundError("Il bando scelto non esiste più. Scegli di nuovo.")
    if call is not None and call.status == CallStatus.BOZZA.value:
        raise DomainError(f"Il bando «{call.title}» è ancora in preparazione: le domande si registrano dopo "
                          "la sua apertura.")
    applicant = find_person(session, data.applicant_uuid) if data.applicant_uuid else None
    checked = validate_application(data, applicant_facts(applicant) if applicant else None,
                                   office_today())
    people = {c.person_uuid: find_person(session, c.person_uuid).id for c in checked.value.co_applicants}
    warnings = checked.warnings + (_requirement_warnings(session, call, checked.value) if call else ())
    return call, applicant, checked, people, warnings


def _requirement_warnings(session: Session, call: GrantCall, data: ApplicationInput) -> tuple:
    facts = ApplicationFacts(applicant=ApplicantFacts(), applicant_kind=data.applicant_kind,
                             occupational_status=data.occupational_status, did_date=data.did_date,
                             women_quota_pct=data.women_quota_pct, women_board_pct=data.women_board_pct)
    return requirement_warnings(call_terms(session, call), facts)


def _new_application(session: Session, data: ApplicationInput) -> tuple[GrantApplication, tuple]:
    call, applicant, checked, people, warnings = _checked(session, data)
    application = GrantApplication(call_id=call.id, applicant_id=applicant.id, public_code=new_public_code(),
                                   status=ApplicationStatus.BOZZA.value)
    session.add(application)
    session.flush()
    apply_input(session, application, checked.value, people)
    return application, warnings


def _result(session: Session, db: Database, application: GrantApplication, warnings) -> ApplicationSaveResult:
    session.flush()
    return ApplicationSaveResult(application_detail(session, application, _can_see(db)), tuple(warnings))


def create_draft(db: Database, data: ApplicationInput) -> ApplicationSaveResult:
    """A draft (bozza): no protocol yet; the public code is given now and never changes."""
    db.require(Permission.GRANTS_WRITE)

    def work() -> ApplicationSaveResult:
        with db.unit_of_work() as session:
            application, warnings = _new_application(session, data)
            return _result(session, db, application, warnings)
    return retry_on_clash(work)


def register_new_application(db: Database, data: ApplicationInput,
                             received_at: datetime | None = None) -> ApplicationSaveResult:
    """Store and protocol at once an application received now (or at `received_at`, UTC-aware)."""
    db.require(Permission.GRANTS_WRITE)

    def work() -> ApplicationSaveResult:
        with db.unit_of_work() as session:
            application, warnings = _new_application(session, data)
            assign_protocol(session, application, received_at)
            detail = application_detail(session, application, _can_see(db))
            return ApplicationSaveResult(detail, tuple(warnings) + tuple(missing_parts(detail.to_input())))
    return retry_on_clash(work)


def register_application(db: Database, application_uuid: uuid.UUID, expected_version: int,
                         received_at: datetime | None = None) -> ApplicationSaveResult:
    """Protocol a draft: number of the year of receipt (Rome time), date-time, status «presentata».
    What the application still lacks comes back as warnings: it is received anyway."""
    db.require(Permission.GRANTS_WRITE)

    def work() -> ApplicationSaveResult:
        with db.unit_of_work() as session:
            application = find_application(session, application_uuid, lock=True)
            check_version(application, expected_version)
            assign_protocol(session, application, received_at)
            detail = application_detail(session, application, _can_see(db))
            return ApplicationSaveResult(detail, tuple(missing_parts(detail.to_input())))
    return retry_on_clash(work)


def update_application(db: Database, application_uuid: uuid.UUID, expected_version: int,
                       data: ApplicationInput) -> ApplicationSaveResult:
    """Save changes made on the copy loaded at `expected_version` (StaleRecordError if someone saved since)."""
    db.require(Permission.GRANTS_WRITE)
    with db.unit_of_work() as session:
        application = find_application(session, application_uuid, lock=True)
        check_version(application, expected_version)
        status = ApplicationStatus(application.status)
        if status not in EDITABLE_STATUSES:
            raise DomainError(f"Una domanda «{status.label}» non si modifica più: la valutazione si è basata "
                              "su questi dati.")
        call, applicant, checked, people, warnings = _checked(session, data)
        if status is not ApplicationStatus.BOZZA and (call.id, applicant.id) != (application.call_id,
                                                                                 application.applicant_id):
            raise DomainError("Bando e richiedente di una domanda protocollata non si cambiano.")
        application.call_id, application.applicant_id = call.id, applicant.id
        apply_input(session, application, checked.value, people)
        _bump(application)
        return _result(session, db, application, warnings)


def _bump(application: GrantApplication) -> None:
    """Touch the row so its version moves on every save, children-only changes included: a colleague
    holding the old copy is then refused instead of overwriting the cost plan."""
    application.updated_at = utc_now()


def get_application(db: Database, application_uuid: uuid.UUID) -> ApplicationDetail:
    """The full application; opening one whose applicant is protected is written to the audit trail."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        application = find_application(session, application_uuid)
        detail = application_detail(session, application, _can_see(db))
        protected = session.scalars(select(Person.uuid).where(Person.protected.is_(True), Person.id.in_(
            select(GrantCoApplicant.person_id).where(GrantCoApplicant.application_id == application.id)
            .union(select(GrantApplication.applicant_id).where(GrantApplication.id == application.id))))).all()
        if _can_see(db):
            for person_uuid in protected:
                audit.record(session, AuditAction.VIEW_PROTECTED, table_name=Person.__tablename__,
                             record_uuid=person_uuid, detail=f"domanda {application.uuid}")
        return detail


def describe_person(db: Database, person_uuid: uuid.UUID) -> tuple[PersonSummary, str]:
    """A person picked in the form, as the application shows her, and why she could not apply ('' if she can)."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        person = find_person(session, person_uuid)
        return person_summary(session, person, _can_see(db)), applicant_problem(applicant_facts(person))


def list_calls(db: Database) -> tuple[CallChoice, ...]:
    """The calls, newest first, with whether they take applications (not while in preparation)."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        rows = session.execute(select(GrantCall.uuid, GrantCall.title, GrantCall.status)
                               .order_by(GrantCall.opens_at.desc(), GrantCall.id.desc())).all()
    return tuple(CallChoice(r.uuid, r.title, r.status, r.status != CallStatus.BOZZA.value) for r in rows)
