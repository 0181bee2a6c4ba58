"""What the commission's minutes record besides the scores: who takes the minutes (the secretary, who does not
score), where the commission meets, and each sitting's day with its start and end times."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import delete, select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.calls import find_call
from equilibri_desktop.storage.models import GrantCommissionSitting

TEXT_MAX = 200


@dataclass(frozen=True)
class Sitting:
    held_on: date
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = ""  # empty: the commission's usual place


@dataclass(frozen=True)
class CommissionDetails:
    secretary: str = ""
    place: str = ""
    sittings: tuple[Sitting, ...] = ()


def _checked(details: CommissionDetails) -> CommissionDetails:
    errors: list[FieldError] = []
    secretary, place = " ".join(details.secretary.split()), " ".join(details.place.split())
    for field, value, label in (("commission_secretary", secretary, "Il nome del segretario"),
                                ("commission_place", place, "Il luogo")):
        if len(value) > TEXT_MAX:
            errors.append(FieldError(field, f"{label} è troppo lungo: al massimo {TEXT_MAX} caratteri."))
    days = [s.held_on for s in details.sittings]
    if len(set(days)) != len(days):
        errors.append(FieldError("sittings", "Una seduta per giorno: due righe hanno la stessa data."))
    for s in details.sittings:
        if s.starts_at and s.ends_at and s.ends_at <= s.starts_at:
            errors.append(FieldError("sittings", f"La seduta del {s.held_on:%d/%m/%Y} finisce prima di iniziare."))
            break
    if errors:
        raise ValidationError(errors)
    sittings = tuple(sorted((Sitting(s.held_on, s.starts_at, s.ends_at, " ".join(s.place.split())[:TEXT_MAX])
                             for s in details.sittings), key=lambda s: s.held_on))
    return CommissionDetails(secretary, place, sittings)


def load_commission_details(db: Database, call_uuid: uuid.UUID) -> CommissionDetails:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        rows = session.scalars(select(GrantCommissionSitting).where(GrantCommissionSitting.call_id == call.id)
                               .order_by(GrantCommissionSitting.held_on))
        return CommissionDetails(call.commission_secretary, call.commission_place,
                                 tuple(Sitting(r.held_on, r.starts_at, r.ends_at, r.place) for r in rows))


def save_commission_details(db: Database, call_uuid: uuid.UUID, details: CommissionDetails) -> CommissionDetails:
    """Replace the secretary, the place and the list of sittings of the call's commission."""
    db.require(Permission.GRANTS_CALLS)
    details = _checked(details)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        call.commission_secretary, call.commission_place = details.secretary, details.place
        session.execute(delete(GrantCommissionSitting).where(GrantCommissionSitting.call_id == call.id))
        session.add_all(GrantCommissionSitting(call_id=call.id, held_on=s.held_on, starts_at=s.starts_at,
                                               ends_at=s.ends_at, place=s.place) for s in details.sittings)
        session.flush()
    return details
