"""Roles, permissions and who is acting: the rules services check before doing anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from equilibri_desktop.domain.errors import DomainError


class Role(StrEnum):
    AMMINISTRATORE = "amministratore"
    RESPONSABILE = "responsabile"  # responsabile del procedimento
    OPERATORE = "operatore"
    COMMISSARIO = "commissario"
    REVISORE = "revisore"  # sola lettura

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.AMMINISTRATORE: "Amministratore",
    Role.RESPONSABILE: "Responsabile del procedimento",
    Role.OPERATORE: "Operatore",
    Role.COMMISSARIO: "Commissario",
    Role.REVISORE: "Sola lettura / revisore",
}


class Permission(StrEnum):
    REGISTRY_READ = "registry.read"
    REGISTRY_WRITE = "registry.write"
    REGISTRY_MERGE = "registry.merge"
    REGISTRY_IMPORT = "registry.import"
    REGISTRY_EXPORT = "registry.export"
    PROTECTED_DATA = "protected.data"  # "dati protetti": see protected people's address and flag
    SETTINGS_MANAGE = "settings.manage"
    USERS_MANAGE = "users.manage"
    BACKUPS_MANAGE = "backups.manage"
    AUDIT_READ = "audit.read"
    GRANTS_READ = "grants.read"
    GRANTS_WRITE = "grants.write"  # register and edit applications, attachments, eligibility checks
    GRANTS_CALLS = "grants.calls"  # define calls, their grid and commission
    GRANTS_SCORE = "grants.score"  # commission members score (after declaring no conflict)
    GRANTS_DECIDE = "grants.decide"  # exclusions, overrides, rankings, decisions, publication
    PAYMENTS_WRITE = "payments.write"  # firm constitution, checks, expense reports
    PAYMENTS_APPROVE = "payments.approve"  # pay a tranche, override a missing condition, revoke
    WELFARE_READ = "welfare.read"  # company welfare consulting: engagements, survey results, plans
    WELFARE_WRITE = "welfare.write"  # run engagements, type and import surveys, draft plans and documents


_READ = {Permission.REGISTRY_READ, Permission.GRANTS_READ}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AMMINISTRATORE: frozenset(_READ | {Permission.SETTINGS_MANAGE, Permission.USERS_MANAGE,
                                            Permission.BACKUPS_MANAGE, Permission.AUDIT_READ}),
    Role.RESPONSABILE: frozenset(_READ | {Permission.REGISTRY_WRITE, Permission.REGISTRY_MERGE,
                                          Permission.REGISTRY_EXPORT, Permission.AUDIT_READ,
                                          Permission.GRANTS_WRITE, Permission.GRANTS_CALLS,
                                          Permission.GRANTS_DECIDE, Permission.PAYMENTS_WRITE,
                                          Permission.PAYMENTS_APPROVE}),
    Role.OPERATORE: frozenset(_READ | {Permission.REGISTRY_WRITE, Permission.REGISTRY_IMPORT,
                                       Permission.REGISTRY_MERGE, Permission.REGISTRY_EXPORT,
                                       Permission.GRANTS_WRITE, Permission.PAYMENTS_WRITE}),
    Role.COMMISSARIO: frozenset(_READ | {Permission.GRANTS_SCORE}),
    Role.REVISORE: frozenset(_READ | {Permission.AUDIT_READ}),
}

# Company welfare consulting: consultants work as operatori or responsabili; administrators and auditors read.
_WELFARE = {
    Role.AMMINISTRATORE: {Permission.WELFARE_READ},
    Role.RESPONSABILE: {Permission.WELFARE_READ, Permission.WELFARE_WRITE},
    Role.OPERATORE: {Permission.WELFARE_READ, Permission.WELFARE_WRITE},
    Role.REVISORE: {Permission.WELFARE_READ},
}
for _role, _granted in _WELFARE.items():
    ROLE_PERMISSIONS[_role] = ROLE_PERMISSIONS[_role] | _granted


class PermissionDeniedError(DomainError):
    pass


@dataclass(frozen=True)
class Actor:
    """Who performs a service call. `extra` holds permissions granted one by one (e.g. dati protetti)."""

    username: str
    display_name: str = ""
    roles: frozenset[Role] = frozenset()
    extra: frozenset[Permission] = field(default_factory=frozenset)

    @property
    def permissions(self) -> frozenset[Permission]:
        granted = set(self.extra)
        for role in self.roles:
            granted |= ROLE_PERMISSIONS[role]
        return frozenset(granted)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDeniedError(
                f"L'utente {self.username} non ha il permesso per questa operazione ({permission.value})."
            )


def unrestricted_actor(username: str) -> Actor:
    """The single local user of an installation without accounts (before users exist): every role."""
    return Actor(username=username, display_name=username, roles=frozenset(Role),
                 extra=frozenset({Permission.PROTECTED_DATA}))
