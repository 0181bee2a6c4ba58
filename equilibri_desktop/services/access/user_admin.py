"""Managing accounts (USERS_MANAGE): create, change roles, disable, enable, reset passwords, unlock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain import passwords
from equilibri_desktop.domain.access import Permission, Role
from equilibri_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from equilibri_desktop.domain.users import (
    ensure_an_administrator_remains,
    format_roles,
    parse_roles,
    validate_display_name,
    validate_roles,
    validate_username,
)
from equilibri_desktop.services.access.users import UserInfo, find_account, to_info
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.base import utcnow
from equilibri_desktop.storage.models.users import UserAccount


@dataclass(frozen=True)
class CreatedUser:
    user: UserInfo
    temporary_password: str | None  # shown once to the administrator; None when a password was given


def _account(session: Session, username: str) -> UserAccount:
    account = find_account(session, username)
    if account is None:
        raise NotFoundError(f"L'utente {username} non esiste.")
    return account


def _active_administrators(session: Session, without: UserAccount | None = None) -> int:
    accounts = session.scalars(select(UserAccount).where(UserAccount.active.is_(True))).all()
    return sum(1 for a in accounts if a is not without and Role.AMMINISTRATORE in parse_roles(a.roles))


def list_users(db: Database) -> tuple[UserInfo, ...]:
    db.require(Permission.USERS_MANAGE)
    with db.unit_of_work() as session:
        return tuple(to_info(a) for a in session.scalars(select(UserAccount).order_by(UserAccount.username)))


def create_user(db: Database, username: str, display_name: str, roles: Iterable[Role | str], *,
                protected_data: bool = False, password: str | None = None,
                must_change_password: bool = True) -> CreatedUser:
    """Without `password` a temporary one is generated (and always has to be changed at first login)."""
    db.require(Permission.USERS_MANAGE)
    name = validate_username(username)
    display = validate_display_name(display_name)
    chosen = validate_roles(roles)
    temporary = None
    if password is None:
        password = temporary = passwords.generate_temporary_password()
        must_change_password = True
    else:
        passwords.validate_new_password(password, name)
    with db.unit_of_work() as session:
        if find_account(session, name) is not None:
            raise ValidationError.single("username", f"Esiste già un utente {name}: scegli un altro nome.")
        account = UserAccount(username=name, display_name=display, password_hash=passwords.hash_password(password),
                              roles=format_roles(chosen), protected_data=protected_data,
                              must_change_password=must_change_password, password_changed_at=utcnow())
        session.add(account)
        session.flush()
        return CreatedUser(user=to_info(account), temporary_password=temporary)


def update_roles(db: Database, username: str, roles: Iterable[Role | str],
                 protected_data: bool | None = None) -> UserInfo:
    """Replace the roles (and, if given, the "dati protetti" grant); effective at the user's next login."""
    db.require(Permission.USERS_MANAGE)
    chosen = validate_roles(roles)
    with db.unit_of_work() as session:
        account = _account(session, username)
        if account.active and Role.AMMINISTRATORE not in chosen:
            ensure_an_administrator_remains(_active_administrators(session, without=account))
        account.roles = format_roles(chosen)
        if protected_data is not None:
            account.protected_data = protected_data
        session.flush()
        return to_info(account)


def rename_user(db: Database, username: str, display_name: str) -> UserInfo:
    db.require(Permission.USERS_MANAGE)
    display = validate_display_name(display_name)
    with db.unit_of_work() as session:
        account = _account(session, username)
        account.display_name = display
        session.flush()
        return to_info(account)


def disable_user(db: Database, username: str) -> UserInfo:
    """The account stays (the audit trail names it) but can no longer log in."""
    db.require(Permission.USERS_MANAGE)
    with db.unit_of_work() as session:
        account = _account(session, username)
        if account.username == db.user:
            raise DomainError("Non puoi disattivare il tuo stesso utente.")
        if Role.AMMINISTRATORE in parse_roles(account.roles):
            ensure_an_administrator_remains(_active_administrators(session, without=account))
        account.active = False
        session.flush()
        return to_info(account)


def enable_user(db: Database, username: str) -> UserInfo:
    db.require(Permission.USERS_MANAGE)
    with db.unit_of_work() as session:
        account = _account(session, username)
        account.active = True
        session.flush()
        return to_info(account)


def reset_password(db: Database, username: str) -> str:
    """A new temporary password (to hand over in person); it also lifts a lockout."""
    db.require(Permission.USERS_MANAGE)
    temporary = passwords.generate_temporary_password()
    with db.unit_of_work() as session:
        account = _account(session, username)
        account.password_hash = passwords.hash_password(temporary)
        account.must_change_password = True
        account.password_changed_at = utcnow()
        account.failed_attempts, account.locked_until = 0, None
    return temporary


def unlock_user(db: Database, username: str) -> UserInfo:
    db.require(Permission.USERS_MANAGE)
    with db.unit_of_work() as session:
        account = _account(session, username)
        account.failed_attempts, account.locked_until = 0, None
        session.flush()
        return to_info(account)
