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


def test_every_role_can_read_and_only_admins_manage_users():
    for role in Role:
        actor = Actor("x", roles=frozenset({role}))
        assert actor.can(Permission.REGISTRY_READ)
        assert actor.can(Permission.USERS_MANAGE) == (role is Role.AMMINISTRATORE)


def test_installation_without_accounts_acts_with_every_permission(db):
    assert db.actor == unrestricted_actor("operatore.test")
    assert all(db.actor.can(p) for p in Permission)


def test_grant_permissions_per_role():
    def actor(role):
        return Actor(role.value, roles=frozenset({role}))

    # The network agent works with firms and agreements only: no grant data (tests/test_network_agreements.py).
    assert all(actor(role).can(Permission.GRANTS_READ) for role in Role if role is not Role.AGENTE_RETE)
    assert [r for r in Role if actor(r).can(Permission.GRANTS_SCORE)] == [Role.COMMISSARIO]
    assert {r for r in Role if actor(r).can(Permission.GRANTS_WRITE)} == {Role.RESPONSABILE, Role.OPERATORE}
    for decisive in (Permission.GRANTS_CALLS, Permission.GRANTS_DECIDE, Permission.PAYMENTS_APPROVE):
        assert [r for r in Role if actor(r).can(decisive)] == [Role.RESPONSABILE]
    # The commission scores, it does not decide or pay; the reviewer only reads.
    assert not actor(Role.COMMISSARIO).can(Permission.GRANTS_DECIDE)
    assert not actor(Role.REVISORE).can(Permission.PAYMENTS_WRITE)
