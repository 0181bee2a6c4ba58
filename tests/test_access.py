"""Roles grant permissions; a missing permission is refused with a readable message."""

from __future__ import annotations

import pytest

from equilibri_desktop.domain.access import Actor, Permission, PermissionDeniedError, Role, unrestricted_actor


def test_read_only_role_cannot_write():
    reviewer = Actor("revisore.uno", roles=frozenset({Role.REVISORE}))
    assert reviewer.can(Permission.REGISTRY_READ)
    with pytest.raises(PermissionDeniedError, match="revisore.uno"):
        reviewer.require(Permission.REGISTRY_WRITE)


def test_protected_data_is_a_separate_grant():
    operator = Actor("op", roles=frozenset({Role.OPERATORE}))
    assert not operator.can(Permission.PROTECTED_DATA)
    trusted = Actor("op", roles=frozenset({Role.OPERATORE}), extra=frozenset({Permission.PROTECTED_DATA}))
    assert trusted.can(Permission.PROTECTED_DATA)


# The per-role table as the README states it: a change here is a change of who sees what.
P = Permission
NETWORK = {P.NETWORK_READ, P.NETWORK_WRITE, P.NETWORK_CONTACTS}
EVENTS = {P.EVENTS_READ, P.EVENTS_WRITE, P.EVENTS_CERTIFY, P.EVENTS_FIELD}
WELFARE = {P.WELFARE_READ, P.WELFARE_WRITE}
FLEXWORK = {P.FLEXWORK_READ, P.FLEXWORK_WRITE, P.FLEXWORK_AGREEMENTS}
READS_OTHER_LINES = {P.NETWORK_READ, P.EVENTS_READ, P.WELFARE_READ, P.FLEXWORK_READ}
EXPECTED = {
    Role.AMMINISTRATORE: {P.REGISTRY_READ, P.GRANTS_READ, P.SETTINGS_MANAGE, P.USERS_MANAGE, P.BACKUPS_MANAGE,
                          P.AUDIT_READ, P.PERSONAL_DATA} | READS_OTHER_LINES,
    Role.RESPONSABILE: {P.REGISTRY_READ, P.GRANTS_READ, P.REGISTRY_WRITE, P.REGISTRY_MERGE, P.REGISTRY_EXPORT,
                        P.AUDIT_READ, P.GRANTS_WRITE, P.GRANTS_CALLS, P.GRANTS_DECIDE, P.PAYMENTS_WRITE,
                        P.PAYMENTS_APPROVE, P.PERSONAL_DATA} | NETWORK | EVENTS | WELFARE | FLEXWORK,
    Role.OPERATORE: {P.REGISTRY_READ, P.GRANTS_READ, P.REGISTRY_WRITE, P.REGISTRY_IMPORT, P.REGISTRY_MERGE,
                     P.REGISTRY_EXPORT, P.GRANTS_WRITE, P.PAYMENTS_WRITE, P.PERSONAL_DATA} | NETWORK | EVENTS | WELFARE
                    | FLEXWORK,
    # The commission sees only what it scores; the network agent firms and agreements, never grants or events,
    # and the firms' flexible-work pathways but not the workers' individual agreements.
    Role.COMMISSARIO: {P.GRANTS_SCORE},
    Role.REVISORE: {P.REGISTRY_READ, P.GRANTS_READ, P.AUDIT_READ} | READS_OTHER_LINES,
    Role.AGENTE_RETE: {P.REGISTRY_READ, P.REGISTRY_WRITE, P.FLEXWORK_READ, P.FLEXWORK_WRITE} | NETWORK,
}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_permission_table_per_role(role):
    assert Actor("x", roles=frozenset({role})).permissions == EXPECTED[role]


def test_need_to_know_per_role():
    def actor(role, *extra):
        return Actor("x", roles=frozenset({role}), extra=frozenset(extra))

    # Only the admin manages users; the commissioner reads neither the registry nor the applications.
    assert [r for r in Role if actor(r).can(Permission.USERS_MANAGE)] == [Role.AMMINISTRATORE]
    assert not actor(Role.COMMISSARIO).can(Permission.REGISTRY_READ)
    assert not actor(Role.COMMISSARIO).can(Permission.GRANTS_READ)
    # The auditor reads, masked unless she also holds "dati protetti".
    assert not actor(Role.REVISORE).sees_personal_data
    assert actor(Role.REVISORE, Permission.PROTECTED_DATA).sees_personal_data
    assert {r for r in Role if actor(r).sees_personal_data} == {Role.AMMINISTRATORE, Role.RESPONSABILE,
                                                                 Role.OPERATORE}
    # Whose work a person's card is: the registry clerks always, the grants clerks for applicants.
    assert actor(Role.OPERATORE).works_on_person(set())
    assert not actor(Role.REVISORE).works_on_person({"grants"})
    assert not actor(Role.AMMINISTRATORE).works_on_person({"grants"})
    assert Actor("x", extra=frozenset({Permission.GRANTS_WRITE})).works_on_person({"grants"})
    assert not Actor("x", extra=frozenset({Permission.GRANTS_WRITE})).works_on_person(set())


def test_installation_without_accounts_acts_with_every_permission(db):
    assert db.actor == unrestricted_actor("operatore.test")
    assert all(db.actor.can(p) for p in Permission)


def test_grant_permissions_per_role():
    def actor(role):
        return Actor(role.value, roles=frozenset({role}))

    # The network agent works with firms and agreements only: no grant data (tests/test_network_agreements.py).
    assert {r for r in Role if not actor(r).can(Permission.GRANTS_READ)} == {Role.COMMISSARIO, Role.AGENTE_RETE}
    assert [r for r in Role if actor(r).can(Permission.GRANTS_SCORE)] == [Role.COMMISSARIO]
    assert {r for r in Role if actor(r).can(Permission.GRANTS_WRITE)} == {Role.RESPONSABILE, Role.OPERATORE}
    for decisive in (Permission.GRANTS_CALLS, Permission.GRANTS_DECIDE, Permission.PAYMENTS_APPROVE):
        assert [r for r in Role if actor(r).can(decisive)] == [Role.RESPONSABILE]
    # The commission scores, it does not decide or pay; the reviewer only reads.
    assert not actor(Role.COMMISSARIO).can(Permission.GRANTS_DECIDE)
    assert not actor(Role.REVISORE).can(Permission.PAYMENTS_WRITE)
