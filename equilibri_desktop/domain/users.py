"""User accounts: username rules, roles as stored, lockout after repeated failures, login errors."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from equilibri_desktop.domain.access import Actor, Permission, Role
from equilibri_desktop.domain.errors import DomainError, ValidationError

# Kept as constants for now; they may move to the organisation settings later.
MAX_FAILED_ATTEMPTS = 5
LOCKOUT_MINUTES = 15

USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{2,39}$")
GENERIC_LOGIN_FAILURE = "Nome utente o password non corretti."


class LoginError(DomainError):
    """The login (or unlock) was refused; the message can be shown as it is."""


class AccountLockedError(LoginError):
    def __init__(self, locked_until: datetime, now: datetime):
        self.locked_until = locked_until
        minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
        super().__init__(code="access.account_locked_one" if minutes == 1 else "access.account_locked",
                         params={"minutes": minutes})


class AccountDisabledError(LoginError):
    def __init__(self) -> None:
        super().__init__(code="access.account_disabled")


def normalise_username(username: str) -> str:
    return username.strip().lower()


def validate_username(username: str) -> str:
    name = normalise_username(username)
    if not USERNAME_PATTERN.match(name):
        raise ValidationError.coded("username", "access.username_invalid")
    return name


def validate_display_name(display_name: str) -> str:
    name = " ".join(display_name.split())
    if not name:
        raise ValidationError.coded("display_name", "access.display_name_missing")
    if len(name) > 120:
        raise ValidationError.coded("display_name", "access.display_name_too_long")
    return name


def validate_roles(roles: Iterable[Role | str]) -> frozenset[Role]:
    try:
        chosen = frozenset(Role(r) for r in roles)
    except ValueError as exc:
        raise ValidationError.coded("roles", "access.role_unknown", role=str(exc)) from exc
    if not chosen:
        raise ValidationError.coded("roles", "access.role_missing")
    return chosen


def format_roles(roles: Iterable[Role]) -> str:
    """The stored form: role codes in a fixed order, comma-separated."""
    return ",".join(role.value for role in Role if role in set(roles))


def parse_roles(stored: str) -> frozenset[Role]:
    return frozenset(Role(code) for code in stored.split(",") if code)


def actor_for(username: str, display_name: str, roles: frozenset[Role], protected_data: bool) -> Actor:
    return Actor(username=username, display_name=display_name, roles=roles,
                 extra=frozenset({Permission.PROTECTED_DATA}) if protected_data else frozenset())


def password_change_actor(username: str, display_name: str) -> Actor:
    """Who a user is while a temporary password still has to be changed: allowed to do nothing else."""
    return Actor(username=username, display_name=display_name)


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until


@dataclass(frozen=True)
class FailureOutcome:
    failed_attempts: int
    locked_until: datetime | None


def after_failure(failed_attempts: int, now: datetime) -> FailureOutcome:
    """Count a failed password; the fifth in a row locks the account and restarts the count."""
    attempts = failed_attempts + 1
    if attempts >= MAX_FAILED_ATTEMPTS:
        return FailureOutcome(failed_attempts=0, locked_until=now + timedelta(minutes=LOCKOUT_MINUTES))
    return FailureOutcome(failed_attempts=attempts, locked_until=None)


def ensure_an_administrator_remains(active_administrators_after: int) -> None:
    """Nobody could manage users, settings or backups any more: refuse (next to the roles, where it is fixed)."""
    if active_administrators_after < 1:
        raise ValidationError.coded("roles", "access.last_administrator")
