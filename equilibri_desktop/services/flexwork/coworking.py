"""The register of coworking spaces and satellite centres, their agreements (kept in the network's agreements
module: an agreement one of whose parties is the space's operator) and the placements or vouchers funded."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import NotFoundError
from equilibri_desktop.domain.flexwork.codes import PlacementKind, SpaceKind
from equilibri_desktop.domain.flexwork.coworking import PlacementInput, SpaceInput
from equilibri_desktop.domain.money import from_cents, to_cents
from equilibri_desktop.domain.network.codes import AgreementStatus
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.flexwork.dto import PlacementRow, Ref, SpaceRow
from equilibri_desktop.services.flexwork.records import find_organisation, find_person, person_name
from equilibri_desktop.storage.models import (
    FlexworkPlacement,
    FlexworkSpace,
    NetworkAgreement,
    NetworkParty,
    Organisation,
    Person,
)

SPACE_FIELDS = ("name", "address", "municipality", "seats", "services", "childcare", "prices", "accessible", "notes")
ENDED = (AgreementStatus.SCADUTO.value, AgreementStatus.RECEDUTO.value, AgreementStatus.SOSTITUITO.value)


def _find_space(session: Session, space_uuid: uuid.UUID) -> FlexworkSpace:
    row = session.scalar(select(FlexworkSpace).where(FlexworkSpace.uuid == space_uuid))
    if row is None:
        raise NotFoundError(code="flexwork.coworking.space_gone")
    return row


def _space_row(session: Session, s: FlexworkSpace) -> SpaceRow:
    operator, agreements = None, ()
    if s.operator_id is not None:
        org = session.get(Organisation, s.operator_id)
        operator = Ref(org.uuid, org.name, org.municipality_name)
        agreements = tuple(f"{code} ({AgreementStatus(status).label.lower()})" for code, status in session.execute(
            select(NetworkAgreement.code, NetworkAgreement.status)
            .join(NetworkParty, NetworkParty.agreement_id == NetworkAgreement.id)
            .where(NetworkParty.organisation_id == s.operator_id, NetworkAgreement.status.not_in(ENDED))
            .order_by(NetworkAgreement.code)))
    placements = session.scalar(select(func.count()).select_from(FlexworkPlacement)
                                .where(FlexworkPlacement.space_id == s.id)) or 0
    data = SpaceInput(kind=SpaceKind(s.kind), operator_uuid=operator.uuid if operator else None,
                      **{f: getattr(s, f) for f in SPACE_FIELDS})
    return SpaceRow(s.uuid, s.version, data, operator, placements, agreements)


def list_spaces(db: Database, municipality: str = "", childcare_only: bool = False) -> tuple[SpaceRow, ...]:
    db.require(Permission.FLEXWORK_READ)
    query = select(FlexworkSpace).order_by(FlexworkSpace.municipality, FlexworkSpace.name)
    if municipality.strip():
        query = query.where(func.lower(FlexworkSpace.municipality).like(f"%{municipality.strip().lower()}%"))
    if childcare_only:
        query = query.where(FlexworkSpace.childcare.is_(True))
    with db.unit_of_work() as session:
        return tuple(_space_row(session, s) for s in session.scalars(query))


def save_space(db: Database, data: SpaceInput, space_uuid: uuid.UUID | None = None,
               expected_version: int | None = None) -> SpaceRow:
    db.require(Permission.FLEXWORK_WRITE)
    data = data.validated()
    with db.unit_of_work() as session:
        if space_uuid is None:
            s = FlexworkSpace()
            session.add(s)
        else:
            s = _find_space(session, space_uuid)
            check_version(s, expected_version or 0)
        for name in SPACE_FIELDS:
            value = getattr(data, name)
            setattr(s, name, value.strip() if isinstance(value, str) else value)
        s.kind = data.kind.value
        s.operator_id = find_organisation(session, data.operator_uuid).id if data.operator_uuid else None
        session.flush()
        return _space_row(session, s)


def list_placements(db: Database, space_uuid: uuid.UUID) -> tuple[PlacementRow, ...]:
    db.require(Permission.FLEXWORK_AGREEMENTS)
    with db.unit_of_work() as session:
        s = _find_space(session, space_uuid)
        rows = session.execute(select(FlexworkPlacement, Person).join(Person, Person.id == FlexworkPlacement.person_id)
                               .where(FlexworkPlacement.space_id == s.id).order_by(FlexworkPlacement.start_on)).all()
        return tuple(PlacementRow(p.uuid, person_name(person), PlacementKind(p.kind).label, p.start_on, p.end_on,
                                  from_cents(p.amount_cents), person.uuid, p.kind, p.version) for p, person in rows)


def add_placement(db: Database, space_uuid: uuid.UUID, data: PlacementInput) -> tuple[PlacementRow, ...]:
    db.require(Permission.FLEXWORK_AGREEMENTS)
    data = data.validated()
    with db.unit_of_work() as session:
        s = _find_space(session, space_uuid)
        person = find_person(session, data.person_uuid)
        session.add(FlexworkPlacement(space_id=s.id, person_id=person.id, kind=data.kind.value,
                                      start_on=data.start_on, end_on=data.end_on,
                                      amount_cents=to_cents(data.amount)))
    return list_placements(db, space_uuid)


def _find_placement(session: Session, placement_uuid: uuid.UUID) -> FlexworkPlacement:
    row = session.scalar(select(FlexworkPlacement).where(FlexworkPlacement.uuid == placement_uuid))
    if row is None:
        raise NotFoundError(code="flexwork.coworking.placement_gone")
    return row


def update_placement(db: Database, placement_uuid: uuid.UUID, data: PlacementInput,
                     expected_version: int) -> tuple[PlacementRow, ...]:
    """Correct a seat or voucher (person, form, dates, amount); the space's list comes back."""
    db.require(Permission.FLEXWORK_AGREEMENTS)
    data = data.validated()
    with db.unit_of_work() as session:
        row = _find_placement(session, placement_uuid)
        check_version(row, expected_version)
        row.person_id = find_person(session, data.person_uuid).id
        row.kind, row.start_on, row.end_on = data.kind.value, data.start_on, data.end_on
        row.amount_cents = to_cents(data.amount)
        space_uuid = session.get(FlexworkSpace, row.space_id).uuid
    return list_placements(db, space_uuid)


def delete_placement(db: Database, placement_uuid: uuid.UUID) -> tuple[PlacementRow, ...]:
    """A seat or voucher registered by mistake leaves the space (the audit trail keeps what it was)."""
    db.require(Permission.FLEXWORK_AGREEMENTS)
    with db.unit_of_work() as session:
        row = _find_placement(session, placement_uuid)
        space_uuid = session.get(FlexworkSpace, row.space_id).uuid
        session.delete(row)
    return list_placements(db, space_uuid)


def operator_choices(db: Database) -> tuple[Ref, ...]:
    db.require(Permission.FLEXWORK_READ)
    with db.unit_of_work() as session:
        return tuple(Ref(o.uuid, o.name, o.municipality_name)
                     for o in session.scalars(select(Organisation).order_by(Organisation.name).limit(500)))
