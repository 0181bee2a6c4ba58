"""One demo user per role, with a published password, so a newcomer can try every role (demo data only)."""

from __future__ import annotations

from dataclasses import dataclass

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.access import user_admin
from equilibri_desktop.services.access.users import find_account
from equilibri_desktop.services.admin import maintenance
from equilibri_desktop.services.admin.database import Database


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    role: Role
    protected_data: bool

    @property
    def display_name(self) -> str:
        return _DISPLAY_NAMES[self.username]

    @property
    def label(self) -> str:
        extra = " + dati protetti" if self.protected_data else ""
        return f"{self.role.label}{extra}"


_DISPLAY_NAMES = {
    "demo.amministratore": "Alessandra Amato (demo)",
    "demo.responsabile": "Roberto Riva (demo)",
    "demo.operatore": "Olga Orsini (demo)",
    "demo.commissario": "Carlo Conti (demo)",
    "demo.commissaria": "Chiara Colombo (demo)",
    "demo.revisore": "Rita Ricci (demo)",
    "demo.agente_rete": "Andrea Agnelli (demo)",
}
# The responsible officer also sees protected people, so the difference "dati protetti" makes shows.
# Two commission members, so a call can be scored the way a real commission does.
DEMO_LOGINS = tuple(sorted((
    *(DemoLogin(username=f"demo.{role.value}", password=f"prova.{role.value}", role=role,
                protected_data=role is Role.RESPONSABILE) for role in Role),
    DemoLogin(username="demo.commissaria", password="prova.commissaria", role=Role.COMMISSARIO, protected_data=False),
), key=lambda login: list(Role).index(login.role)))  # stable: the two commission members side by side


def seed_demo_users(db: Database) -> tuple[DemoLogin, ...]:
    """Create the missing demo users; refused outside a demo database. Returns the logins to show."""
    if not maintenance.is_demo(db):
        raise DomainError(code="demo.users_outside_demo")
    with db.unit_of_work() as session:
        existing = {login.username for login in DEMO_LOGINS if find_account(session, login.username)}
    for login in DEMO_LOGINS:
        if login.username not in existing:
            user_admin.create_user(db, login.username, _DISPLAY_NAMES[login.username], [login.role],
                                   protected_data=login.protected_data, password=login.password,
                                   must_change_password=False)
    return DEMO_LOGINS


def demo_logins(db: Database) -> tuple[DemoLogin, ...]:
    """What the login screen lists in demo mode; nothing in a real database."""
    return DEMO_LOGINS if maintenance.is_demo(db) else ()
