"""Errors the services raise for the user to read (messages in Italian).

An error may carry a `code` and `params` (domain/messages.py): the interface then words it in its own
language; without a code the Italian message is shown as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from equilibri_desktop.domain.messages import CodedText
from equilibri_desktop.domain.messages import message as coded_message


class DomainError(Exception):
    """An expected problem the user can understand and fix: shown as a plain message."""

    def __init__(self, message: str = "", *args: object, code: str = "", params: dict[str, Any] | None = None):
        if not code and isinstance(message, CodedText):  # a coded text keeps its code and parameters
            code, params = message.code, message.params
        self.code, self.params = code, dict(params or {})
        if code and not message:
            message = coded_message(code, self.params)
        super().__init__(message)
        self.message = message
        self.args_for_message = args

    def __str__(self) -> str:
        return self.message.format(*self.args_for_message) if self.args_for_message else self.message


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str
    code: str = ""  # domain/messages.py; "" for a message shown as written
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self):
        if not self.code and isinstance(self.message, CodedText):  # a coded text keeps its code and parameters
            object.__setattr__(self, "code", self.message.code)
            object.__setattr__(self, "params", dict(self.message.params))

    @classmethod
    def coded(cls, field_name: str, code: str, **params: Any) -> FieldError:
        return cls(field_name, coded_message(code, params), code, params)


class ValidationError(DomainError):
    """One or more fields are wrong; each message belongs next to its field."""

    def __init__(self, errors: list[FieldError] | FieldError):
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(e.message for e in self.errors))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls(FieldError(field, message))

    @classmethod
    def coded(cls, field_name: str, code: str, **params: Any) -> ValidationError:
        return cls(FieldError.coded(field_name, code, **params))

    def for_field(self, field: str) -> str | None:
        return next((e.message for e in self.errors if e.field == field), None)


class StaleRecordError(DomainError):
    """Someone else saved the record after it was loaded: never overwrite silently."""

    def __init__(self, updated_by: str | None, updated_at: datetime | None):
        self.updated_by = updated_by or "?"
        self.updated_at = updated_at
        when = updated_at.astimezone().strftime("%H:%M") if updated_at else "?"
        day = updated_at.astimezone().strftime("%d/%m/%Y") if updated_at else ""
        super().__init__(code="record.stale", params={"user": self.updated_by, "time": when, "day": day})


class NotFoundError(DomainError):
    pass


class DatabaseTooNewError(DomainError):
    pass


class InstanceAlreadyRunningError(DomainError):
    pass


class BackupError(DomainError):
    pass


class DatabaseUnavailableError(DomainError):
    pass


def field_problems(check, *args) -> tuple[object, list[FieldError]]:
    """Run a domain check while the clerk types: (its result, []) or (None, the fields it refused).

    For live hints next to the fields; the service runs the same check again when saving."""
    try:
        return check(*args), []
    except ValidationError as error:
        return None, list(error.errors)


class AccountDisabledError(DomainError):
    """The account was disabled while its session was open: the session ends, the window returns to login."""

    def __init__(self, username: str):
        self.username = username
        super().__init__(code="access.account_disabled_session", params={"username": username})


class DatabaseDamagedError(DomainError):
    """The SQLite file cannot be used; `latest_good` is the newest backup that passes the checks (if any)."""

    def __init__(self, message: str, latest_good: object = None):
        super().__init__(message)
        self.latest_good = latest_good
