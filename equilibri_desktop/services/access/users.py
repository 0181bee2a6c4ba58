"""Logging in: the first administrator, password checks with lockout, forced change of a temporary password.

After a successful login the caller sets `db.actor = result.actor`. Account management (USERS_MANAGE)
is in `user_admin.py`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain import passwords
from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.users import (
    AccountDisabledError,
    AccountLockedError,
    LoginError,
    actor_for,
    after_failure,
    format_roles,
    is_locked,
    normalise_username,
    parse_roles,
    password_change_actor,
    validate_display_name,
    validate_username,
)
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.base import utcnow
from equilibri_desktop.storage.models import AppMeta
from equilibri_desktop.storage.models.users import UserAccount
from equilibri_desktop.storage.session import USER_KEY

UNKNOWN_USER = "(sconosciuto)"  # never the typed name: people type their password in the wrong box


@dataclass(frozen=True)
class UserInfo:
    uuid: uuid.UUID
    username: str
    display_name: str
    roles: tuple[Role, ...]  # in Role's declaration order
    protected_data: bool  # holds the "dati protetti" permission
    active: bool
    must_change_password: bool
    locked_until: datetime | None  # UTC; in the past means no longer locked
    last_login_at: datetime | None
    version: int

    @property
    def role_labels(self) -> str:
        return ", ".join(role.label for role in self.roles)


@dataclass(frozen=True)
class LoginSession:
    """The outcome of a login: with a temporary password the actor has no permissions until it is changed."""

    user: UserInfo
    actor: Actor
    must_change_password: bool


def to_info(account: UserAccount) -> UserInfo:
    roles = parse_roles(account.roles)
    return UserInfo(uuid=account.uuid, username=account.username, display_name=account.display_name,
                    roles=tuple(role for role in Role if role in roles), protected_data=account.protected_data,
                    active=account.active, must_change_password=account.must_change_password,
                    locked_until=account.locked_until, last_login_at=account.last_login_at, version=account.version)


def _login_session(account: UserAccount) -> LoginSession:
    info = to_info(account)
    if account.must_change_password:
        actor = password_change_actor(account.username, account.display_name)
    else:
        actor = actor_for(account.username, account.display_name, frozenset(info.roles), account.protected_data)
    return LoginSession(user=info, actor=actor, must_change_password=account.must_change_password)


def find_account(session: Session, username: str) -> UserAccount | None:
    return session.scalar(select(UserAccount).where(UserAccount.username == normalise_username(username)))


def has_users(db: Database) -> bool:
    """False on a new installation: the first start asks to create the administrator."""
    with db.unit_of_work() as session:
        return bool(session.scalar(select(exists().where(UserAccount.id.is_not(None)))))


def create_first_administrator(db: Database, username: str, display_name: str, password: str) -> UserInfo:
    """Only while no user exists; needs no permission, because nobody can hold one yet."""
    name = validate_username(username)
    passwords.validate_new_password(password, name)
    display = validate_display_name(display_name)
    with db.unit_of_work() as session:
        if session.scalar(select(exists().where(UserAccount.id.is_not(None)))):
            raise DomainError(code="access.administrator_exists")
        # The primary key of this marker stops two simultaneous first starts from both succeeding.
        session.add(AppMeta(key="first_administrator", value=utcnow().isoformat()))
        account = UserAccount(username=name, display_name=display, password_hash=passwords.hash_password(password),
                              roles=format_roles({Role.AMMINISTRATORE}), password_changed_at=utcnow())
        session.add(account)
        session.flush()
        return to_info(account)


def _check_password(session: Session, account: UserAccount | None, password: str, now: datetime,
                    purpose: str) -> LoginError | None:
    """Check and record one attempt (failures count towards the lockout); the error to raise, if any."""
    if account is None:
        passwords.burn_verification_time(password)
        audit.record(session, AuditAction.LOGIN_FAILED, username=UNKNOWN_USER, detail=f"{purpose}: utente inesistente")
        return LoginError(code="access.login_failed")
    session.info[USER_KEY] = account.username
    where = {"table_name": UserAccount.__tablename__, "record_uuid": account.uuid}
    if is_locked(account.locked_until, now):
        audit.record(session, AuditAction.LOGIN_FAILED, detail=f"{purpose}: utente bloccato", **where)
        return AccountLockedError(account.locked_until, now)
    if not passwords.verify_password(account.password_hash, password):
        outcome = after_failure(account.failed_attempts, now)
        account.failed_attempts, account.locked_until = outcome.failed_attempts, outcome.locked_until
        locked = " (utente bloccato per troppi tentativi)" if outcome.locked_until else ""
        audit.record(session, AuditAction.LOGIN_FAILED, detail=f"{purpose}: password errata{locked}", **where)
        if outcome.locked_until:
            return AccountLockedError(outcome.locked_until, now)
        return LoginError(code="access.login_failed")
    if not account.active:
        audit.record(session, AuditAction.LOGIN_FAILED, detail=f"{purpose}: utente disattivato", **where)
        return AccountDisabledError()
    account.failed_attempts, account.locked_until = 0, None
    if passwords.needs_rehash(account.password_hash):
        account.password_hash = passwords.hash_password(password)
    return None


def authenticate(db: Database, username: str, password: str, now: datetime | None = None) -> LoginSession:
    """Log in, or raise LoginError / AccountLockedError / AccountDisabledError (all LoginError)."""
    now = now or utcnow()
    with db.unit_of_work() as session:
        account = find_account(session, username)
        error = _check_password(session, account, password, now, "accesso")
        if error is None:
            account.last_login_at = now
            temporary = " con password temporanea" if account.must_change_password else ""
            audit.record(session, AuditAction.LOGIN_OK, table_name=UserAccount.__tablename__,
                         record_uuid=account.uuid, detail=f"accesso{temporary}")
            result = _login_session(account)
    if error is not None:
        raise error  # after the commit: the failed attempt must stay recorded
    return result


def change_password(db: Database, username: str, old_password: str, new_password: str,
                    now: datetime | None = None) -> LoginSession:
    """The user's own change, proven by the current (or temporary) password; returns the full login."""
    now = now or utcnow()
    passwords.validate_new_password(new_password, normalise_username(username), old_password)
    with db.unit_of_work() as session:
        account = find_account(session, username)
        error = _check_password(session, account, old_password, now, "cambio password")
        if error is None:
            account.password_hash = passwords.hash_password(new_password)
            account.must_change_password = False
            account.password_changed_at = now
            result = _login_session(account)
    if error is not None:
        raise error
    return result


def verify_password_for_unlock(db: Database, username: str, password: str, now: datetime | None = None) -> bool:
    """Unlocking a session left idle: False for a wrong password (it counts towards the lockout);
    raises AccountLockedError or AccountDisabledError when the user must log in again instead."""
    with db.unit_of_work() as session:
        account = find_account(session, username)
        error = _check_password(session, account, password, now or utcnow(), "sblocco")
        if error is None:
            audit.record(session, AuditAction.LOGIN_OK, table_name=UserAccount.__tablename__,
                         record_uuid=account.uuid, detail="sblocco della sessione")
    if error is not None and type(error) is not LoginError:
        raise error
    return error is None


def record_logout(db: Database) -> None:
    with db.unit_of_work() as session:
        audit.record(session, AuditAction.LOGOUT, detail="uscita")
