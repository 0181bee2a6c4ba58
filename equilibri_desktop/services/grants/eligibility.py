"""The eligibility checklist of an application: computed by the rules, confirmed or overridden by the officer.

Computing needs GRANTS_WRITE; confirming what the rules found too; reversing a computed ok/ko needs
GRANTS_DECIDE and a written reason, and so does settling a line the rules could not verify (nd).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import CheckOutcome, EligibilityRule
from equilibri_desktop.domain.grants.eligibility import (
    ApplicantFacts,
    ApplicationFacts,
    CallTerms,
    evaluate,
    overall,
)
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.application_records import find_application
from equilibri_desktop.services.grants.call_records import occupation_codes
from equilibri_desktop.storage.base import utcnow
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCallMunicipality,
    GrantCostItem,
    GrantDeclaration,
    GrantEligibilityCheck,
    Municipality,
    Person,
)

DETAIL_LIMIT = 300  # the column's length


@dataclass(frozen=True)
class EligibilityRow:
    rule: str  # EligibilityRule code
    rule_label: str
    computed: str  # CheckOutcome code
    computed_label: str
    detail: str  # Italian, as the documents say it
    confirmed: str  # "" until the officer confirms
    confirmed_label: str
    override_reason: str
    confirmed_by: str
    confirmed_at: datetime | None
    # The detail as a code of domain/grants/eligibility_details.py with its parameters, for the interface to
    # word in its language; "" for a line stored as text only.
    detail_code: str = ""
    detail_params: tuple[tuple[str, str], ...] = ()

    @property
    def overridden(self) -> bool:
        return bool(self.confirmed) and self.confirmed != self.computed


@dataclass(frozen=True)
class Checklist:
    application_uuid: uuid.UUID
    rows: tuple[EligibilityRow, ...]
    all_confirmed: bool
    eligible: bool | None  # from the confirmed outcomes: None while any line is open

    @property
    def pending(self) -> tuple[str, ...]:
        return tuple(row.rule_label for row in self.rows if not row.confirmed)


def call_terms(session: Session, call: GrantCall) -> CallTerms:
    ids = session.scalars(select(GrantCallMunicipality.municipality_id).where(GrantCallMunicipality.call_id == call.id))
    return CallTerms(opens_at=call.opens_at, closes_at=call.closes_at, min_age=call.min_age, max_age=call.max_age,
                     municipality_ids=frozenset(ids), min_cofinancing_pct=call.min_cofinancing_pct,
                     allowed_occupations=frozenset(occupation_codes(call.allowed_occupations)),
                     women_share_above=call.women_share_above_pct, age_reference=call.age_reference)


def _facts(session: Session, application: GrantApplication) -> ApplicationFacts:
    person = session.get(Person, application.applicant_id)
    place = session.get(Municipality, person.municipality_id) if person.municipality_id else None
    applicant = ApplicantFacts(
        fiscal_code=person.fiscal_code or "", sex=person.sex, birth_date=person.birth_date,
        municipality_id=person.municipality_id, municipality_name=place.name if place else person.municipality_name,
        protected=person.protected)
    costs = session.scalar(select(func.coalesce(func.sum(GrantCostItem.amount_cents), 0))
                           .where(GrantCostItem.application_id == application.id))
    declarations = session.execute(select(GrantDeclaration.label, GrantDeclaration.given)
                                   .where(GrantDeclaration.application_id == application.id)
                                   .order_by(GrantDeclaration.id)).all()
    # The application records the status at the time of applying; the registry's is a fallback.
    occupation = application.occupational_status or person.occupational_status
    return ApplicationFacts(
        applicant=applicant, applicant_kind=application.applicant_kind, occupational_status=occupation,
        did_date=application.did_date or (person.did_date if occupation == person.occupational_status else None),
        received_at=application.received_at, total_costs_cents=int(costs),
        own_cofinancing_cents=application.own_cofinancing_cents, women_quota_pct=application.women_quota_pct,
        women_board_pct=application.women_board_pct, declarations=tuple((d.label, d.given) for d in declarations))


def _stored(session: Session, application_id: int) -> dict[str, GrantEligibilityCheck]:
    rows = session.scalars(select(GrantEligibilityCheck).where(GrantEligibilityCheck.application_id == application_id))
    return {row.rule: row for row in rows}


def _label(enum, code: str) -> str:
    try:
        return enum(code).label if code else ""
    except ValueError:
        return code


def _params(stored: str) -> tuple[tuple[str, str], ...]:
    try:
        values = json.loads(stored or "{}")
    except ValueError:
        return ()
    return tuple((str(k), str(v)) for k, v in values.items()) if isinstance(values, dict) else ()


def _checklist(session: Session, application: GrantApplication) -> Checklist:
    stored = _stored(session, application.id)
    rows = tuple(EligibilityRow(
        rule=r.rule, rule_label=_label(EligibilityRule, r.rule), computed=r.computed,
        computed_label=_label(CheckOutcome, r.computed), detail=r.detail, confirmed=r.confirmed,
        confirmed_label=_label(CheckOutcome, r.confirmed), override_reason=r.override_reason,
        confirmed_by=r.confirmed_by, confirmed_at=r.confirmed_at, detail_code=r.detail_code,
        detail_params=_params(r.detail_params))
        for rule in EligibilityRule if (r := stored.get(rule.value)) is not None)
    confirmed = [CheckOutcome(row.confirmed) if row.confirmed else None for row in rows]
    return Checklist(application.uuid, rows, bool(rows) and all(confirmed), overall(confirmed))


def compute_in_session(session: Session, application: GrantApplication) -> None:
    """Refresh the computed lines; a confirmation survives only while the computed outcome stays the same."""
    call = session.get(GrantCall, application.call_id)
    stored = _stored(session, application.id)
    for result in evaluate(call_terms(session, call), _facts(session, application)):
        detail = result.detail[:DETAIL_LIMIT]
        code, params = result.found.code, json.dumps(dict(result.found.params), ensure_ascii=False)
        row = stored.get(result.rule.value)
        if row is None:
            session.add(GrantEligibilityCheck(application_id=application.id, rule=result.rule.value,
                                              computed=result.outcome.value, detail=detail, detail_code=code,
                                              detail_params=params))
            continue
        if row.computed != result.outcome.value:
            row.computed = result.outcome.value
            row.confirmed, row.override_reason, row.confirmed_by, row.confirmed_at = "", "", "", None
        if (row.detail, row.detail_code, row.detail_params) != (detail, code, params):
            row.detail, row.detail_code, row.detail_params = detail, code, params
    session.flush()


def compute_eligibility(db: Database, application_uuid: uuid.UUID) -> Checklist:
    db.require(Permission.GRANTS_WRITE)
    with db.unit_of_work() as session:
        application = find_application(session, application_uuid)
        compute_in_session(session, application)
        return _checklist(session, application)


def get_checklist(db: Database, application_uuid: uuid.UUID) -> Checklist:
    """The stored checklist (empty rows until computed once)."""
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return _checklist(session, find_application(session, application_uuid))


def _confirm(db: Database, row: GrantEligibilityCheck, outcome: CheckOutcome, reason: str) -> None:
    if outcome is CheckOutcome.NON_VERIFICABILE:
        raise ValidationError.single("outcome", "Conferma la verifica come soddisfatta o non soddisfatta.")
    if outcome.value != row.computed:
        if row.computed != CheckOutcome.NON_VERIFICABILE.value:
            db.require(Permission.GRANTS_DECIDE)
        if len(reason.strip()) < 10:
            raise ValidationError.single("override_reason", "Scrivi il motivo per cui l'esito è diverso da quello "
                                                            "calcolato (almeno 10 caratteri).")
    row.confirmed = outcome.value
    row.override_reason = reason.strip() if outcome.value != row.computed else ""
    row.confirmed_by, row.confirmed_at = db.user, utcnow()


def confirm_check(db: Database, application_uuid: uuid.UUID, rule: EligibilityRule | str,
                  outcome: CheckOutcome | str, override_reason: str = "") -> Checklist:
    """Record the officer's outcome for one line; differing from the computed one needs `override_reason`."""
    db.require(Permission.GRANTS_WRITE)
    rule, outcome = EligibilityRule(rule), CheckOutcome(outcome)
    with db.unit_of_work() as session:
        application = find_application(session, application_uuid)
        row = _stored(session, application.id).get(rule.value)
        if row is None:
            raise DomainError("Calcola prima la verifica dei requisiti (Ricalcola).")
        _confirm(db, row, outcome, override_reason)
        session.flush()
        return _checklist(session, application)


def confirm_all(db: Database, application_uuid: uuid.UUID) -> Checklist:
    """Confirm every unconfirmed line the rules could decide (ok or ko); lines to verify stay open."""
    db.require(Permission.GRANTS_WRITE)
    with db.unit_of_work() as session:
        application = find_application(session, application_uuid)
        compute_in_session(session, application)
        for row in _stored(session, application.id).values():
            if not row.confirmed and row.computed != CheckOutcome.NON_VERIFICABILE.value:
                _confirm(db, row, CheckOutcome(row.computed), "")
        session.flush()
        return _checklist(session, application)
