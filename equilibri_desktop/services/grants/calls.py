"""Calls for start-up grants: list, read, create, change (with a new edition once scoring began), open and close.

Writing needs GRANTS_CALLS, reading GRANTS_READ. The commission of a call is in `grant_commission.py`.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.grants.call_changes import (
    check_edition_reason,
    check_status_change,
    settings_json,
)
from equilibri_desktop.domain.grants.call_rules import (
    CallInput,
    check_ready_to_open,
    validate_call,
)
from equilibri_desktop.domain.grants.call_template import new_call_template
from equilibri_desktop.domain.grants.codes import CallStatus
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.grants.call_dto import (
    CallDetail,
    CallEditionRow,
    CallRow,
    MunicipalityChoice,
)
from equilibri_desktop.services.grants.call_records import (
    SCALAR_FIELDS,
    application_count,
    apply_call,
    call_detail,
    call_input,
    is_scored,
)
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCallEdition,
    Municipality,
)
from equilibri_desktop.storage.models.organisation_settings import OrganisationSettings

log = logging.getLogger(__name__)


def find_call(session: Session, call_uuid: uuid.UUID) -> GrantCall:
    call = session.scalar(select(GrantCall).where(GrantCall.uuid == call_uuid))
    if call is None:
        raise NotFoundError("Il bando non esiste più: forse è stato eliminato da un collega.")
    return call


def list_calls(db: Database, status: CallStatus | str | None = None) -> tuple[CallRow, ...]:
    """Every call (or those in `status`), the most recent opening first; a handful a year, so no paging."""
    db.require(Permission.GRANTS_READ)
    counts = (select(GrantApplication.call_id, func.count(GrantApplication.id).label("n"))
              .group_by(GrantApplication.call_id).subquery())
    query = (select(GrantCall, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.call_id == GrantCall.id)
             .order_by(GrantCall.opens_at.desc().nulls_first(), GrantCall.id.desc()))
    if status:
        query = query.where(GrantCall.status == CallStatus(status).value)
    with db.unit_of_work() as session:
        return tuple(CallRow(call.uuid, call.version, call.title, call.cup, call.status,
                             CallStatus(call.status).label, call.edition, call.budget_cents, call.max_grant_cents,
                             call.opens_at, call.closes_at, int(n)) for call, n in session.execute(query))


def get_call(db: Database, call_uuid: uuid.UUID) -> CallDetail:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return call_detail(session, find_call(session, call_uuid))


def new_call_defaults(db: Database) -> CallInput:
    """A new call's starting values: the project's CUP, the example grid, a 50/50 tranche plan."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        cup = session.scalar(select(OrganisationSettings.project_cup).limit(1)) or ""
    return new_call_template(cup=cup)


def municipality_choices(db: Database) -> tuple[MunicipalityChoice, ...]:
    """The reference municipalities by name, flagged when they belong to the Sud Est Milano district."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        rows = session.execute(select(Municipality.id, Municipality.name, Municipality.district,
                                      Municipality.sud_est_milano).order_by(Municipality.name))
        return tuple(MunicipalityChoice(r.id, r.name, r.district, bool(r.sud_est_milano)) for r in rows)


def create_call(db: Database, data: CallInput) -> CallDetail:
    """A new call in preparation (bozza), edition 1."""
    db.require(Permission.GRANTS_CALLS)
    clean = validate_call(data)
    with db.unit_of_work() as session:
        call = GrantCall(**{name: getattr(clean, name) for name in SCALAR_FIELDS}, status=CallStatus.BOZZA.value,
                         edition=1, allowed_occupations=",".join(clean.allowed_occupations))
        session.add(call)
        session.flush()
        apply_call(session, call, clean)
        session.flush()
        log.info("grant call %s created", call.uuid)
        return call_detail(session, call)


def update_call(db: Database, call_uuid: uuid.UUID, expected_version: int, data: CallInput,
                reason: str = "") -> CallDetail:
    """Save changes made on the copy loaded at `expected_version` (StaleRecordError otherwise).

    Once any application is scored, a change that could alter the ranking raises NewEditionRequired
    unless `reason` is given: then the old settings are kept in a GrantCallEdition and the edition grows.
    """
    db.require(Permission.GRANTS_CALLS)
    clean = validate_call(data)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        check_version(call, expected_version)
        if call.status != CallStatus.BOZZA.value:
            check_ready_to_open(clean)
        before = call_input(session, call)
        if check_edition_reason(before, clean, is_scored(session, call.id), reason):
            call.edition += 1
            session.add(GrantCallEdition(call_id=call.id, edition=call.edition, reason=reason.strip(),
                                         previous_settings=settings_json(before)))
            log.info("grant call %s: edition %d", call.uuid, call.edition)
        apply_call(session, call, clean)
        session.flush()
        return call_detail(session, call)


def set_call_status(db: Database, call_uuid: uuid.UUID, expected_version: int,
                    status: CallStatus | str) -> CallDetail:
    """Open, close or conclude a call; opening needs dates and eligible municipalities."""
    db.require(Permission.GRANTS_CALLS)
    target = CallStatus(status)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        check_version(call, expected_version)
        check_status_change(call.status, target, application_count(session, call.id))
        if target is CallStatus.APERTO:
            check_ready_to_open(call_input(session, call))
        call.status = target.value
        session.flush()
        return call_detail(session, call)


def list_editions(db: Database, call_uuid: uuid.UUID) -> tuple[CallEditionRow, ...]:
    """The changes made after scoring began, newest first, each with the settings it replaced."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        rows = session.scalars(select(GrantCallEdition).where(GrantCallEdition.call_id == call.id)
                               .order_by(GrantCallEdition.edition.desc()))
        return tuple(CallEditionRow(r.edition, r.reason, r.previous_settings, r.created_by, r.created_at)
                     for r in rows)
