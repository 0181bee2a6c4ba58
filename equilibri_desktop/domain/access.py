"""Roles, permissions and who is acting: the rules services check before doing anything.

Need to know (DOMAIN.md §5): each role gets what its work needs. A commissioner sees only the applications
of the commissions she sits on, through the evaluation (GRANTS_SCORE), never the registry or the other
applications. A read-only auditor reads everything but sees people's identifying and contact data masked
unless she also holds "dati protetti". A person's full card belongs to the registry clerks and to the lines
of work the person is in; anyone else who opens it leaves an entry in the activity log.
"""

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
    AGENTE_RETE = "agente_rete"  # network agent: firms and agreements, never the grants' people

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.AMMINISTRATORE: "Amministratore",
    Role.RESPONSABILE: "Responsabile del procedimento",
    Role.OPERATORE: "Operatore",
    Role.COMMISSARIO: "Commissario",
    Role.REVISORE: "Sola lettura / revisore",
    Role.AGENTE_RETE: "Agente di rete",
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
    PERSONAL_DATA = "personal.data"  # see codice fiscale, birth date, addresses, phones, e-mails unmasked
    NETWORK_READ = "network.read"  # agreements, the network per organisation and municipality
    NETWORK_WRITE = "network.write"  # draft agreements, record signatures, attach signed copies
    NETWORK_CONTACTS = "network.contacts"  # the network agent's contacts with firms and good practices
    EVENTS_READ = "events.read"
    EVENTS_WRITE = "events.write"  # events, sessions, registrations, attendance, feedback
    EVENTS_CERTIFY = "events.certify"  # issue attendance certificates
    EVENTS_FIELD = "events.field"  # field kits for laptops at outreach events, and merging their return packages
    WELFARE_READ = "welfare.read"  # company welfare consulting: engagements, survey results, plans
    WELFARE_WRITE = "welfare.write"  # run engagements, type and import surveys, draft plans and documents
    FLEXWORK_READ = "flexwork.read"  # flexible-work pathways, regulations, coworking, aggregate monitoring
    FLEXWORK_WRITE = "flexwork.write"  # follow pathways, assessments, regulations, spaces, questionnaires
    FLEXWORK_AGREEMENTS = "flexwork.agreements"  # workers' agreements, the Ministry's file, placements of people


P = Permission
_READ = {P.REGISTRY_READ, P.GRANTS_READ}
_NETWORK = {P.NETWORK_READ, P.NETWORK_WRITE, P.NETWORK_CONTACTS}
_EVENTS = {P.EVENTS_READ, P.EVENTS_WRITE, P.EVENTS_CERTIFY, P.EVENTS_FIELD}
_WELFARE = {P.WELFARE_READ, P.WELFARE_WRITE}
_FLEXWORK = {P.FLEXWORK_READ, P.FLEXWORK_WRITE, P.FLEXWORK_AGREEMENTS}
_READS_OTHER_LINES = {P.NETWORK_READ, P.EVENTS_READ, P.WELFARE_READ, P.FLEXWORK_READ}
# One table, one line per role (tests/test_access.py states it again, so a change is a deliberate one).
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AMMINISTRATORE: frozenset(_READ | _READS_OTHER_LINES | {
        P.SETTINGS_MANAGE, P.USERS_MANAGE, P.BACKUPS_MANAGE, P.AUDIT_READ, P.PERSONAL_DATA}),
    Role.RESPONSABILE: frozenset(_READ | _NETWORK | _EVENTS | _WELFARE | _FLEXWORK | {
        P.REGISTRY_WRITE, P.REGISTRY_MERGE, P.REGISTRY_EXPORT, P.AUDIT_READ, P.GRANTS_WRITE, P.GRANTS_CALLS,
        P.GRANTS_DECIDE, P.PAYMENTS_WRITE, P.PAYMENTS_APPROVE, P.PERSONAL_DATA}),
    Role.OPERATORE: frozenset(_READ | _NETWORK | _EVENTS | _WELFARE | _FLEXWORK | {
        P.REGISTRY_WRITE, P.REGISTRY_IMPORT, P.REGISTRY_MERGE, P.REGISTRY_EXPORT, P.GRANTS_WRITE,
        P.PAYMENTS_WRITE, P.PERSONAL_DATA}),
    # Only the applications she scores, through the evaluation: not the registry, not the other applications,
    # not the events' participants.
    Role.COMMISSARIO: frozenset({P.GRANTS_SCORE}),
    # Reads everything, people's identifying and contact data masked (unless also "dati protetti").
    Role.REVISORE: frozenset(_READ | _READS_OTHER_LINES | {P.AUDIT_READ}),
    # Firms and bodies of the registry, agreements and contacts; no grant or event data: the grants'
    # applicants and the events' participants (often vulnerable people) stay out of reach. The agent follows
    # firms' flexible-work pathways, but not the workers' agreements (disability, caregiving).
    Role.AGENTE_RETE: frozenset({P.REGISTRY_READ, P.REGISTRY_WRITE, P.FLEXWORK_READ, P.FLEXWORK_WRITE} | _NETWORK),
}

# The lines of work a person can be in, and the permission that makes a user work on that line's people.
# The registry clerks (REGISTRY_WRITE) work on every person; see `works_on_person`.
LINE_OF_WORK_PERMISSIONS: dict[str, Permission] = {
    "grants": P.GRANTS_WRITE,  # start-up grants: applicants and co-applicants
    "events": P.EVENTS_WRITE,  # participants in events and courses
}


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

    @property
    def sees_personal_data(self) -> bool:
        """Codice fiscale, birth date, addresses and contacts unmasked: the working roles, or "dati protetti"."""
        return self.can(Permission.PERSONAL_DATA) or self.can(Permission.PROTECTED_DATA)

    def works_on_person(self, lines: frozenset[str] | set[str]) -> bool:
        """True when opening the card of a person in `lines` (e.g. {"grants"}) is part of this user's work."""
        if self.can(Permission.REGISTRY_WRITE):
            return True
        return any(self.can(LINE_OF_WORK_PERMISSIONS[line]) for line in lines if line in LINE_OF_WORK_PERMISSIONS)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDeniedError(code="access.permission_denied",
                                        params={"user": self.username, "permission": permission.value})


def unrestricted_actor(username: str) -> Actor:
    """The single local user of an installation without accounts (before users exist): every role."""
    return Actor(username=username, display_name=username, roles=frozenset(Role),
                 extra=frozenset({Permission.PROTECTED_DATA}))
