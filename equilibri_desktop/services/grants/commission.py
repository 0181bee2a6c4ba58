"""The evaluation commission of a call: users with the commissario role, appointed by GRANTS_CALLS."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission, Role
from equilibri_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from equilibri_desktop.domain.users import normalise_username, parse_roles
from equilibri_desktop.services.access.users import find_account
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.call_dto import (
    CommissionerChoice,
    CommissionMemberRow,
)
from equilibri_desktop.services.grants.call_records import member_rows
from equilibri_desktop.services.grants.calls import find_call
from equilibri_desktop.storage.models import GrantCommissionMember
from equilibri_desktop.storage.models.users import UserAccount

MEMBER_ROLES = {"presidente": "Presidente", "componente": "Componente"}


def list_commissioners(db: Database) -> tuple[CommissionerChoice, ...]:
    """Active users holding the commissario role, whom a commission may include."""
    db.require(Permission.GRANTS_CALLS)
    with db.unit_of_work() as session:
        accounts = session.scalars(select(UserAccount).where(UserAccount.active.is_(True))
                                   .order_by(UserAccount.username))
        return tuple(CommissionerChoice(a.username, a.display_name) for a in accounts
                     if Role.COMMISSARIO in parse_roles(a.roles))


def list_members(db: Database, call_uuid: uuid.UUID) -> tuple[CommissionMemberRow, ...]:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        return member_rows(session, find_call(session, call_uuid).id)


def add_member(db: Database, call_uuid: uuid.UUID, username: str, role: str = "componente") -> CommissionMemberRow:
    """Appoint a user with the commissario role; there is at most one president."""
    db.require(Permission.GRANTS_CALLS)
    name = normalise_username(username)
    if role not in MEMBER_ROLES:
        raise ValidationError.single("member_role", "Scegli il ruolo nella commissione.")
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        account = find_account(session, name) if name else None
        if account is None:
            raise ValidationError.single("member_username", f"L'utente «{username}» non esiste.")
        if not account.active:
            raise ValidationError.single("member_username", f"L'utente {name} è disattivato.")
        if Role.COMMISSARIO not in parse_roles(account.roles):
            raise ValidationError.single("member_username", f"L'utente {name} non ha il ruolo di commissario: "
                                                            "chiedi all'amministratore di assegnarglielo.")
        members = session.scalars(select(GrantCommissionMember).where(GrantCommissionMember.call_id == call.id)).all()
        if any(m.username == name for m in members):
            raise ValidationError.single("member_username", f"{name} fa già parte della commissione.")
        if role == "presidente" and any(m.role == "presidente" for m in members):
            raise ValidationError.single("member_role", "La commissione ha già un presidente.")
        session.add(GrantCommissionMember(call_id=call.id, username=name, display_name=account.display_name,
                                          role=role))
        session.flush()
        return next(row for row in member_rows(session, call.id) if row.username == name)


def remove_member(db: Database, call_uuid: uuid.UUID, member_uuid: uuid.UUID) -> None:
    """Refused once the member has scored or declared on an application: the minutes name them."""
    db.require(Permission.GRANTS_CALLS)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        member = session.scalar(select(GrantCommissionMember).where(GrantCommissionMember.uuid == member_uuid,
                                                                    GrantCommissionMember.call_id == call.id))
        if member is None:
            raise NotFoundError("Il componente non fa più parte della commissione.")
        row = next(r for r in member_rows(session, call.id) if r.uuid == member_uuid)
        if row.has_scored:
            raise DomainError(f"{member.username} ha già espresso punteggi o dichiarazioni su conflitti di "
                              "interesse: non può essere tolto dalla commissione.")
        session.delete(member)
