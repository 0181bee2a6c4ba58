"""Need-to-know access: the commissioner reaches only her scoring, the auditor reads people masked unless she
holds "dati protetti", and opening a person's card outside one's line of work is in the activity log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.access import PermissionDeniedError, Role
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.services.access.need_to_know import MASKED
from equilibri_desktop.services.grants import application_search, evaluation
from equilibri_desktop.services.registry import people, search
from equilibri_desktop.storage.models.audit import AuditEntry
from tests.grant_helpers import act_as, add_member, add_woman, make_application, make_call
from tests.registry_helpers import add_person


def _views(db) -> list[tuple[str, str]]:
    with db.unit_of_work() as s:
        return [(e.username, str(e.record_uuid)) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.VIEW_CARD.value).order_by(AuditEntry.id))]


@pytest.fixture
def rossi(db):
    return add_person(db, "Rossi", "Laura", phone="02 1234567", email="laura.rossi@example.it", address="Via Po 3")


def test_auditor_sees_people_masked(db, rossi):
    act_as(db, "rita.revisore", Role.REVISORE)
    row = search.search_people(db).items[0]
    assert (row.surname, row.first_name) == ("Rossi", "Laura")
    assert (row.fiscal_code, row.phone, row.email, row.address, row.birth_date) == (MASKED, MASKED, MASKED,
                                                                                    MASKED, None)
    card = people.get_person(db, rossi.uuid)
    assert card.display_name == "Rossi Laura"
    assert (card.fiscal_code, card.phone, card.email, card.address) == (MASKED, MASKED, MASKED, MASKED)
    assert card.birth_date is None and card.municipality_id is None and card.pec == ""
    assert not card.address_hidden  # masking must not make her look like a protected person


def test_auditor_with_protected_data_sees_them(db, rossi):
    act_as(db, "rita.revisore", Role.REVISORE, protected_data=True)
    row = search.search_people(db).items[0]
    assert row.fiscal_code == rossi.fiscal_code and row.phone == "02 1234567"
    assert people.get_person(db, rossi.uuid).email == "laura.rossi@example.it"


def test_opening_a_card_outside_ones_line_of_work_is_logged(db, rossi):
    act_as(db, "olga.operatrice", Role.OPERATORE)
    people.get_person(db, rossi.uuid)
    assert _views(db) == []  # the registry is her work
    act_as(db, "rita.revisore", Role.REVISORE)
    people.get_person(db, rossi.uuid)
    act_as(db, "ada.admin", Role.AMMINISTRATORE)
    people.get_person(db, rossi.uuid)
    assert _views(db) == [("rita.revisore", str(rossi.uuid)), ("ada.admin", str(rossi.uuid))]


def test_commissioner_reaches_only_the_applications_she_scores(db):
    call = make_call(db)
    woman = add_woman(db)
    make_application(db, call, woman, status="ammissibile")
    add_member(db, call, "anna.verdi")
    act_as(db, "anna.verdi", Role.COMMISSARIO)
    with pytest.raises(PermissionDeniedError):
        search.search_people(db)
    with pytest.raises(PermissionDeniedError):
        people.get_person(db, woman.uuid)
    with pytest.raises(PermissionDeniedError):
        application_search.count_applications(db)
    assert [c.title for c in evaluation.my_calls(db)] == ["Bando start-up donne 2026"]
    assert len(evaluation.applications_to_score(db, call.uuid)) == 1
