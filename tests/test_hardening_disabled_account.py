"""Issue 13 point 11 (service part): an account disabled while its session is open is refused at its
next service call."""

from __future__ import annotations

import pytest

from equilibri_desktop.domain.access import Role
from equilibri_desktop.domain.errors import AccountDisabledError
from equilibri_desktop.services.access import user_admin, users
from equilibri_desktop.services.admin.database import connect
from equilibri_desktop.services.registry.search import PersonFilter, search_people
from tests.registry_helpers import add_person

PASSWORD = "una frase abbastanza lunga"


def test_a_disabled_account_is_refused_at_its_next_call(db):
    user_admin.create_user(db, "olga.orsini", "Olga Orsini", [Role.OPERATORE], password=PASSWORD,
                           must_change_password=False)
    office = connect(db.config, "olga")
    try:
        office.actor = users.authenticate(office, "olga.orsini", PASSWORD).actor
        add_person(office, "Rossi", "Maria")  # working normally
        assert search_people(office, PersonFilter()).items
        user_admin.disable_user(db, "olga.orsini")  # the administrator, from another PC
        with pytest.raises(AccountDisabledError, match="disattivato"):
            search_people(office, PersonFilter())
        with pytest.raises(AccountDisabledError):
            add_person(office, "Verdi", "Carla")
        user_admin.enable_user(db, "olga.orsini")
        assert search_people(office, PersonFilter()).items
    finally:
        office.dispose()
