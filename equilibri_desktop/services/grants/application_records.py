"""Session helpers of the application services: building the detail snapshot and storing an input.

Children (cost items, co-applicants, municipalities, declarations) are updated in place, row by row, so
a save that changes one cost item leaves one change in the audit trail, not a deletion and a re-creation
of the whole plan.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.grants.application_parts import (
    DECLARATION_LABELS,
    DECLARATIONS,
    EDITABLE_STATUSES,
    ApplicantFacts,
    CostItemInput,
)
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.grants.workflow import allowed_next
from equilibri_desktop.services.grants import procedure
from equilibri_desktop.services.grants.application_dto import (
    ApplicationDetail,
    CoApplicantEntry,
    DeclarationEntry,
    PersonSummary,
    StatusChangeEntry,
)
from equilibri_desktop.services.registry.person_dto import HIDDEN_ADDRESS
from equilibri_desktop.services.registry.records import (
    municipality_refs,
    place_label,
    stamp_of,
)
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCoApplicant,
    GrantCostItem,
    GrantDeclaration,
    GrantServedMunicipality,
    GrantStatusChange,
    Person,
)

SCALAR_FIELDS = ("applicant_kind", "occupational_status", "did_date", "business_name", "service_kind",
                 "service_description", "target_users", "planned_legal_form", "ateco_code", "own_cofinancing_cents",
                 "women_quota_pct", "women_board_pct", "vulnerability_route", "notes", "de_minimis_received_cents")
# Statuses in which the applicant has a deadline to answer (the last change into them set it).
_WAITING_FOR_REPLY = {ApplicationStatus.PREAVVISO_RIGETTO.value, ApplicationStatus.INTEGRAZIONE_RICHIESTA.value}


def find_application(session: Session, application_uuid: uuid.UUID, *, lock: bool = False) -> GrantApplication:
    query = select(GrantApplication).where(GrantApplication.uuid == application_uuid)
    if lock:
        query = query.with_for_update()
    application = session.scalar(query)
    if application is None:
        raise NotFoundError("La domanda non esiste più: forse è stata eliminata. Ricarica l'elenco.")
    return application


def find_person(session: Session, person_uuid: uuid.UUID) -> Person:
    person = session.scalar(select(Person).where(Person.uuid == person_uuid))
    if person is None:
        raise NotFoundError("La persona scelta non è più in anagrafica: forse è stata unita a un'altra. "
                            "Scegli di nuovo.")
    return person


def applicant_facts(person: Person) -> ApplicantFacts:
    return ApplicantFacts(fiscal_code=person.fiscal_code or "", sex=person.sex)


def person_summary(session: Session, person: Person, can_see_protected: bool) -> PersonSummary:
    hidden = person.protected and not can_see_protected
    place = place_label(person.municipality_id, person.municipality_name, municipality_refs(session))
    return PersonSummary(uuid=person.uuid, display_name=person.display_name, fiscal_code=person.fiscal_code or "",
                         sex=person.sex, birth_date=person.birth_date, municipality="" if hidden else place,
                         address=HIDDEN_ADDRESS if hidden else person.address, address_hidden=hidden,
                         occupational_status=person.occupational_status, did_date=person.did_date)


# --- storing ------------------------------------------------------------------------------------------
def apply_input(session: Session, application: GrantApplication, value: ApplicationInput,
                person_ids: dict[uuid.UUID, int]) -> None:
    """Write a validated input over the application and its children (`application.id` must exist)."""
    for name in SCALAR_FIELDS:
        setattr(application, name, getattr(value, name))
    _store_costs(session, application.id, value.cost_items)
    _store_co_applicants(session, application.id, {person_ids[c.person_uuid]: c.role for c in value.co_applicants})
    _store_municipalities(session, application.id, set(value.served_municipality_ids))
    _store_declarations(session, application.id, value.declarations)


def _children(session: Session, model, application_id: int) -> list:
    return list(session.scalars(select(model).where(model.application_id == application_id).order_by(model.id)))


def _store_costs(session: Session, application_id: int, items: tuple[CostItemInput, ...]) -> None:
    stored = sorted(_children(session, GrantCostItem, application_id), key=lambda row: (row.position, row.id))
    for position, item in enumerate(items):
        row = stored[position] if position < len(stored) else GrantCostItem(application_id=application_id)
        row.position, row.description, row.category = position, item.description, item.category
        row.amount_cents, row.eligible, row.capital_good = item.amount_cents, item.eligible, item.capital_good
        session.add(row)
    for row in stored[len(items):]:
        session.delete(row)


def _store_co_applicants(session: Session, application_id: int, roles: dict[int, str]) -> None:
    stored = {row.person_id: row for row in _children(session, GrantCoApplicant, application_id)}
    for person_id, row in stored.items():
        if person_id in roles:
            row.role = roles[person_id]
        else:
            session.delete(row)
    session.add_all(GrantCoApplicant(application_id=application_id, person_id=person_id, role=role)
                    for person_id, role in roles.items() if person_id not in stored)


def _store_municipalities(session: Session, application_id: int, wanted: set[int]) -> None:
    stored = {row.municipality_id: row for row in _children(session, GrantServedMunicipality, application_id)}
    for municipality_id, row in stored.items():
        if municipality_id not in wanted:
            session.delete(row)
    session.add_all(GrantServedMunicipality(application_id=application_id, municipality_id=m)
                    for m in sorted(wanted - set(stored)))


def _store_declarations(session: Session, application_id: int, given: frozenset[str]) -> None:
    stored = {row.code: row for row in _children(session, GrantDeclaration, application_id)}
    for code, label in DECLARATIONS:
        row = stored.get(code) or GrantDeclaration(application_id=application_id, code=code, label=label)
        row.given = code in given
        session.add(row)


# --- reading ------------------------------------------------------------------------------------------
def history_entries(session: Session, application_id: int) -> tuple[StatusChangeEntry, ...]:
    rows = session.scalars(select(GrantStatusChange).where(GrantStatusChange.application_id == application_id)
                           .order_by(GrantStatusChange.created_at, GrantStatusChange.id))
    return tuple(StatusChangeEntry(r.from_status, _status_label(r.from_status), r.to_status,
                                   _status_label(r.to_status), r.reason, r.reply_deadline, r.created_by,
                                   r.created_at) for r in rows)


def _status_label(code: str) -> str:
    try:
        return ApplicationStatus(code).label
    except ValueError:
        return code


def _declarations(session: Session, application_id: int) -> tuple[DeclarationEntry, ...]:
    stored = {row.code: row for row in _children(session, GrantDeclaration, application_id)}
    order = [code for code, _label in DECLARATIONS] + sorted(set(stored) - set(DECLARATION_LABELS))
    return tuple(DeclarationEntry(code, stored[code].label if code in stored else DECLARATION_LABELS[code],
                                  bool(stored.get(code) and stored[code].given)) for code in order)


def application_detail(session: Session, application: GrantApplication, can_see_protected: bool) -> ApplicationDetail:
    """The full snapshot, built inside the session; people's addresses masked as the user requires."""
    app_id = application.id
    call = session.get(GrantCall, application.call_id)
    applicant = session.get(Person, application.applicant_id)
    costs = sorted(_children(session, GrantCostItem, app_id), key=lambda row: (row.position, row.id))
    co_rows = session.execute(select(GrantCoApplicant.role, Person)
                              .join(Person, Person.id == GrantCoApplicant.person_id)
                              .where(GrantCoApplicant.application_id == app_id)
                              .order_by(Person.search_name, Person.id)).all()
    refs = municipality_refs(session)
    served = sorted(((row.municipality_id, refs[row.municipality_id].name if row.municipality_id in refs else "?")
                     for row in _children(session, GrantServedMunicipality, app_id)), key=lambda pair: pair[1])
    history = history_entries(session, app_id)
    status = ApplicationStatus(application.status)
    deadline = history[-1].reply_deadline if history and application.status in _WAITING_FOR_REPLY else None
    return ApplicationDetail(
        uuid=application.uuid, version=application.version, call_uuid=call.uuid, call_title=call.title,
        status=status.value, status_label=status.label,
        allowed_next=tuple(sorted(s.value for s in allowed_next(status))), editable=status in EDITABLE_STATUSES,
        protocol_year=application.protocol_year, protocol_number=application.protocol_number,
        received_at=application.received_at, public_code=application.public_code,
        applicant=person_summary(session, applicant, can_see_protected),
        **{name: getattr(application, name) for name in SCALAR_FIELDS},
        cost_items=tuple(CostItemInput(r.description, r.amount_cents, r.eligible, r.category, r.capital_good)
                         for r in costs),
        co_applicants=tuple(CoApplicantEntry(person_summary(session, person, can_see_protected), role)
                            for role, person in co_rows),
        served_municipalities=tuple(served), declarations=_declarations(session, app_id), history=history,
        reply_deadline=deadline, stamp=stamp_of(application),
        blocked=procedure.application_gates(session, application, call), accepted_on=application.accepted_on)
