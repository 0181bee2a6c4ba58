"""Logging in, lockout, temporary passwords, account management and role enforcement in the services."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from equilibri_desktop.domain import passwords
from equilibri_desktop.domain.access import Permission, PermissionDeniedError, Role, unrestricted_actor
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.domain.users import AccountDisabledError, AccountLockedError, LoginError
from equilibri_desktop.services.access import audit, audit_reports, user_admin, users
from equilibri_desktop.services.admin import backups
from equilibri_desktop.services.admin import office_profile as organisation
from equilibri_desktop.storage.base import utcnow
from equilibri_desktop.storage.models.audit import AuditEntry
from equilibri_desktop.storage.models.users import UserAccount

ADMIN_PASSWORD = "cavallo batteria graffetta"
PASSWORD = "una frase abbastanza lunga"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch):
    """Cheap argon2 parameters: the rules under test do not depend on the cost."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def admin(db):
    return users.create_first_administrator(db, "Anna.Admin", "Anna Bianchi", ADMIN_PASSWORD)


def _add(db, username: str, *roles: Role, protected: bool = False) -> None:
    user_admin.create_user(db, username, username.title(), roles or [Role.OPERATORE], protected_data=protected,
                           password=PASSWORD, must_change_password=False)


def _entries(db, action: str) -> list[AuditEntry]:
    with db.unit_of_work() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


def test_first_administrator_only_on_an_empty_installation(db, admin):
    assert admin.username == "anna.admin" and admin.roles == (Role.AMMINISTRATORE,)
    assert users.has_users(db)
    with pytest.raises(DomainError, match="esiste già"):
        users.create_first_administrator(db, "altro.admin", "Altro", ADMIN_PASSWORD)


def test_login_gives_the_actor_with_roles_and_the_protected_grant(db, admin):
    _add(db, "rita.riva", Role.RESPONSABILE, protected=True)
    result = users.authenticate(db, " Rita.Riva ", PASSWORD)
    assert not result.must_change_password
    assert result.actor.roles == frozenset({Role.RESPONSABILE})
    assert result.actor.can(Permission.PROTECTED_DATA) and not result.actor.can(Permission.USERS_MANAGE)
    assert result.user.last_login_at is not None
    assert [e.username for e in _entries(db, "login_ok")] == ["rita.riva"]


def test_wrong_password_and_unknown_user_fail_alike_and_are_recorded(db, admin):
    with pytest.raises(LoginError) as wrong:
        users.authenticate(db, "anna.admin", "password sbagliata")
    with pytest.raises(LoginError) as unknown:
        users.authenticate(db, "la mia password segreta", "x" * 12)  # typed into the wrong box
    assert str(wrong.value) == str(unknown.value) == "Nome utente o password non corretti."
    failed = _entries(db, "login_failed")
    assert [e.username for e in failed] == ["anna.admin", "(sconosciuto)"]
    assert all("segreta" not in e.detail + e.username for e in failed)


def test_lockout_after_five_failures_and_unlock_after_fifteen_minutes(db, admin):
    start = utcnow()
    for attempt in range(4):
        with pytest.raises(LoginError) as refused:
            users.authenticate(db, "anna.admin", "non è questa", now=start + timedelta(seconds=attempt))
        assert type(refused.value) is LoginError
    with pytest.raises(AccountLockedError, match="15 minuti"):
        users.authenticate(db, "anna.admin", "non è questa", now=start + timedelta(seconds=5))
    with pytest.raises(AccountLockedError, match="bloccato"):  # even the right password, while locked
        users.authenticate(db, "anna.admin", ADMIN_PASSWORD, now=start + timedelta(minutes=14))
    result = users.authenticate(db, "anna.admin", ADMIN_PASSWORD, now=start + timedelta(minutes=16))
    assert result.actor.can(Permission.USERS_MANAGE)
    assert "bloccato per troppi tentativi" in _entries(db, "login_failed")[4].detail


def test_success_resets_the_failure_count(db, admin):
    for _ in range(4):
        with pytest.raises(LoginError):
            users.authenticate(db, "anna.admin", "non è questa")
    users.authenticate(db, "anna.admin", ADMIN_PASSWORD)
    with pytest.raises(LoginError) as refused:  # a fresh count: the fifth failure overall does not lock
        users.authenticate(db, "anna.admin", "non è questa")
    assert type(refused.value) is LoginError


def test_temporary_password_allows_nothing_until_changed(db, admin):
    created = user_admin.create_user(db, "olga.orsini", "Olga Orsini", [Role.OPERATORE])
    temporary = created.temporary_password
    assert created.user.must_change_password and len(temporary) == 14
    first = users.authenticate(db, "olga.orsini", temporary)
    assert first.must_change_password and first.actor.permissions == frozenset()
    db.actor = first.actor
    with pytest.raises(PermissionDeniedError):
        audit.record_history(db, created.user.uuid)
    with pytest.raises(ValidationError, match="diversa"):
        users.change_password(db, "olga.orsini", temporary, temporary)
    changed = users.change_password(db, "olga.orsini", temporary, PASSWORD)
    assert not changed.must_change_password and changed.actor.can(Permission.REGISTRY_WRITE)
    with pytest.raises(LoginError):
        users.authenticate(db, "olga.orsini", temporary)
    assert users.authenticate(db, "olga.orsini", PASSWORD).actor == changed.actor


def test_minimum_length_has_a_clear_italian_message(db, admin):
    with pytest.raises(ValidationError) as short:
        user_admin.create_user(db, "mario.rossi", "Mario Rossi", [Role.OPERATORE], password="corta123")
    assert short.value.for_field("password") == (
        "La password deve avere almeno 10 caratteri (ne ha 8). Una frase di qualche parola è facile da ricordare.")
    with pytest.raises(ValidationError, match="nome utente"):
        users.change_password(db, "anna.admin", ADMIN_PASSWORD, "xx-anna.admin-xx")
    passwords.validate_new_password("dieci car.")  # exactly ten is enough


def test_disabled_user_is_refused_only_after_the_right_password(db, admin):
    _add(db, "carlo.conti", Role.COMMISSARIO)
    user_admin.disable_user(db, "carlo.conti")
    with pytest.raises(LoginError) as wrong:
        users.authenticate(db, "carlo.conti", "password sbagliata")
    assert type(wrong.value) is LoginError  # a guesser does not learn the account state
    with pytest.raises(AccountDisabledError, match="disattivato"):
        users.authenticate(db, "carlo.conti", PASSWORD)
    user_admin.enable_user(db, "carlo.conti")
    assert users.authenticate(db, "carlo.conti", PASSWORD).actor.roles == frozenset({Role.COMMISSARIO})


def test_weak_hashes_are_upgraded_at_login(db, admin, monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=2, memory_cost=16, parallelism=1))
    users.authenticate(db, "anna.admin", ADMIN_PASSWORD)
    with db.unit_of_work() as s:
        stored = s.scalar(select(UserAccount.password_hash).where(UserAccount.username == "anna.admin"))
    assert "m=16,t=2" in stored
    assert users.authenticate(db, "anna.admin", ADMIN_PASSWORD).user.username == "anna.admin"


def test_unlocking_an_idle_session_checks_the_password(db, admin):
    assert users.verify_password_for_unlock(db, "anna.admin", ADMIN_PASSWORD)
    for _ in range(4):
        assert not users.verify_password_for_unlock(db, "anna.admin", "non è questa")
    with pytest.raises(AccountLockedError):
        users.verify_password_for_unlock(db, "anna.admin", "non è questa")


def test_reset_password_gives_a_temporary_one_and_lifts_the_lockout(db, admin):
    _add(db, "rita.ricci", Role.REVISORE)
    for _ in range(5):
        with pytest.raises(LoginError):
            users.authenticate(db, "rita.ricci", "non è questa")
    temporary = user_admin.reset_password(db, "rita.ricci")
    assert users.authenticate(db, "rita.ricci", temporary).must_change_password
    with pytest.raises(LoginError):
        users.authenticate(db, "rita.ricci", PASSWORD)


def test_an_active_administrator_always_remains(db, admin):
    with pytest.raises(DomainError, match="amministratore attivo"):
        user_admin.update_roles(db, "anna.admin", [Role.OPERATORE])
    with pytest.raises(DomainError, match="amministratore attivo"):
        user_admin.disable_user(db, "anna.admin")
    _add(db, "bruno.admin", Role.AMMINISTRATORE)
    updated = user_admin.update_roles(db, "anna.admin", [Role.OPERATORE, Role.REVISORE], protected_data=True)
    assert updated.roles == (Role.OPERATORE, Role.REVISORE) and updated.protected_data
    with pytest.raises(ValidationError, match="Esiste già"):
        _add(db, "bruno.admin")


def test_password_hashes_never_reach_the_audit_trail(db, admin):
    users.change_password(db, "anna.admin", ADMIN_PASSWORD, PASSWORD)
    with db.unit_of_work() as s:
        stored = s.scalar(select(UserAccount.password_hash))
        texts = [e.changes + e.detail for e in s.scalars(select(AuditEntry))]
    assert all(stored not in t and "argon2" not in t and PASSWORD not in t for t in texts)
    assert any('"password_hash":["***","***"]' in t for t in texts)


# Which service calls each role may make. Written out, not derived from ROLE_PERMISSIONS, so a wrong
# grant in the table fails here.
CALLS = {
    "users": lambda db, _me: user_admin.list_users(db),
    "settings": lambda db, _me: organisation.save_profile(db, OrganisationProfile(body_name="Comune di Dresano")),
    "backups": lambda db, _me: backups.get_backup_settings(db),
    "audit": lambda db, _me: audit.search_audit(db),
    "verify": lambda db, _me: audit_reports.verify_chain(db),
    "history": lambda db, me: audit.record_history(db, me),
}
ALLOWED = {
    Role.AMMINISTRATORE: {"users", "settings", "backups", "audit", "verify", "history"},
    Role.RESPONSABILE: {"audit", "verify", "history"},
    Role.OPERATORE: {"history"},
    Role.COMMISSARIO: set(),  # need to know: her scoring only, not the registry
    Role.REVISORE: {"audit", "verify", "history"},
    Role.AGENTE_RETE: {"history"},
}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_passes_only_its_own_service_calls(db, admin, role):
    _add(db, "collega.prova", role)
    session = users.authenticate(db, "collega.prova", PASSWORD)
    db.actor = session.actor
    for name, call in CALLS.items():
        if name in ALLOWED[role]:
            call(db, session.user.uuid)
        else:
            with pytest.raises(PermissionDeniedError, match="collega.prova"):
                call(db, session.user.uuid)
    for manage in (lambda: user_admin.create_user(db, "altro.utente", "Altro", [Role.OPERATORE]),
                   lambda: user_admin.reset_password(db, "anna.admin"),
                   lambda: user_admin.disable_user(db, "anna.admin")):
        if role is Role.AMMINISTRATORE:
            continue
        with pytest.raises(PermissionDeniedError):
            manage()
    db.actor = unrestricted_actor("operatore.test")


def test_demo_users_exist_only_in_a_demo_database(db):
    from equilibri_desktop.services.demo import users as demo_users
    from equilibri_desktop.storage.models import AppMeta

    with pytest.raises(DomainError, match="dimostrativi"):
        demo_users.seed_demo_users(db)
    assert demo_users.demo_logins(db) == ()
    with db.unit_of_work() as s:
        s.merge(AppMeta(key="demo", value="1"))
    logins = demo_users.seed_demo_users(db)
    assert demo_users.seed_demo_users(db) == logins == demo_users.demo_logins(db)  # idempotent
    assert {login.role for login in logins} == set(Role)
    for login in logins:
        session = users.authenticate(db, login.username, login.password)
        assert session.actor.roles == frozenset({login.role}) and not session.must_change_password
        assert session.actor.can(Permission.PROTECTED_DATA) == login.protected_data


def _cli(capsys, config, *argv: str) -> tuple[int, str, str]:
    from equilibri_desktop.cli.admin import main

    code = main(["--data-dir", str(config.data_dir), "--database-url", config.database_url, *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_manages_users(db, config, capsys, monkeypatch):
    import io

    code, _, err = _cli(capsys, config, "users", "add", "mario.rossi", "--name", "Mario Rossi", "--temporary",
                        "--role", "operatore")
    assert code == 1 and "primo utente deve essere un amministratore" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code, out, _ = _cli(capsys, config, "users", "add", "anna.admin", "--name", "Anna Bianchi",
                        "--role", "amministratore", "--password-stdin")
    assert code == 0 and "Amministratore" in out and "cambiata" not in out  # the admin's own password
    assert users.authenticate(db, "anna.admin", ADMIN_PASSWORD).actor.can(Permission.USERS_MANAGE)
    code, out, _ = _cli(capsys, config, "users", "add", "mario.rossi", "--name", "Mario Rossi", "--temporary",
                        "--role", "operatore", "--role", "revisore", "--protected")
    temporary = out.split("Password temporanea: ")[1].split()[0]
    assert code == 0 and "+ dati protetti" in out
    assert users.authenticate(db, "mario.rossi", temporary).must_change_password
    code, out, _ = _cli(capsys, config, "users", "reset-password", "mario.rossi")
    assert code == 0 and users.authenticate(db, "mario.rossi", out.split(": ")[1].split()[0]).must_change_password
    assert _cli(capsys, config, "users", "disable", "mario.rossi")[0] == 0
    code, out, _ = _cli(capsys, config, "users", "list")
    assert code == 0 and "mario.rossi" in out and "disattivato" in out
    code, _, err = _cli(capsys, config, "users", "disable", "anna.admin")
    assert code == 1 and "almeno un amministratore" in err
    code, _, err = _cli(capsys, config, "users", "disable", "nessuno")
    assert code == 1 and "non esiste" in err
    with db.unit_of_work() as s:  # the audit trail names the machine's administrator
        assert s.scalar(select(AuditEntry.username).where(AuditEntry.action == "create")).startswith("cli:")
