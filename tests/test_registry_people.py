"""People: identifiers at service level, warnings, duplicates, stale saves, deletion, privacy, protection."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from codicefiscale import codicefiscale
from sqlalchemy import select

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError
from equilibri_desktop.domain.errors import DomainError, StaleRecordError, ValidationError
from equilibri_desktop.domain.person_rules import PersonInput
from equilibri_desktop.services.registry import people, privacy
from equilibri_desktop.services.registry.person_dto import HIDDEN_ADDRESS
from equilibri_desktop.storage.models import Tombstone
from equilibri_desktop.storage.models.registry import Consent, PrivacyAcknowledgement
from tests.registry_helpers import add_person, cf, municipality_id

BORN = date(1985, 3, 12)
CODE = cf("Rossi", "Maria", "F", BORN)


def _input(**changes) -> PersonInput:
    return replace(PersonInput(surname="Rossi", first_name="Maria"), **changes)


def test_valid_code_fills_sex_birth_and_birthplace(db):
    saved = people.create_person(db, _input(fiscal_code=CODE))
    person = saved.person
    assert saved.warnings == ()
    assert (person.sex, person.birth_date, person.birth_place_code, person.birth_place_name) == (
        "F", BORN, "F205", "Milano (MI)")
    assert people.get_person(db, person.uuid).fiscal_code == CODE


def test_lower_case_with_spaces_is_normalised(db):
    typed = " ".join(CODE[i:i + 4] for i in range(0, 16, 4)).lower()
    assert people.create_person(db, _input(fiscal_code=f"  {typed} ")).person.fiscal_code == CODE


def test_omocode_is_accepted_and_decoded(db):
    omocode = codicefiscale.decode(CODE)["omocodes"][3]
    assert omocode != CODE
    person = people.create_person(db, _input(fiscal_code=omocode)).person
    assert (person.fiscal_code, person.birth_date, person.birth_place_code) == (omocode, BORN, "F205")


@pytest.mark.parametrize("code, message", [
    (CODE[:15] + ("A" if CODE[15] != "A" else "B"), "carattere di controllo"),
    (CODE[:15], "16 caratteri"),
    (CODE + "X", "16 caratteri"),
])
def test_wrong_codes_are_refused_on_the_field(db, code, message):
    with pytest.raises(ValidationError) as refused:
        people.create_person(db, _input(fiscal_code=code))
    assert message in refused.value.for_field("fiscal_code")


def test_typed_data_disagreeing_with_the_code_warns_but_saves(db):
    saved = people.create_person(db, _input(surname="Bianchi", fiscal_code=CODE, sex="M",
                                            birth_date=date(1985, 3, 13)))
    fields = {w.field for w in saved.warnings}
    assert fields == {"surname", "sex", "birth_date"}
    assert saved.person.sex == "M"  # what the clerk typed is kept
    assert people.get_person(db, saved.person.uuid).surname == "Bianchi"


def test_all_field_errors_come_at_once(db):
    with pytest.raises(ValidationError) as refused:
        people.create_person(db, PersonInput(email="non-valida", cap="123", did_date=date(2020, 1, 1),
                                             preferred_contact="pec"))
    assert {e.field for e in refused.value.errors} >= {"surname", "first_name", "email", "cap", "did_date",
                                                       "preferred_contact"}


def test_reference_municipality_by_name_and_its_cap(db):
    person = people.create_person(db, _input(address="Via Roma 1", municipality_name="MELEGNANO")).person
    assert (person.municipality_id, person.municipality_label, person.cap) == (
        municipality_id(db, "Melegnano"), "Melegnano", "20077")
    with pytest.raises(ValidationError) as refused:
        people.create_person(db, _input(first_name="Anna", municipality_name="Melegnano", cap="20098"))
    assert "non appartiene" in refused.value.for_field("cap")
    other = people.create_person(db, _input(first_name="Sara", municipality_name="bergamo", cap="24121")).person
    assert (other.municipality_id, other.municipality_label) == (None, "Bergamo")


def test_duplicate_code_is_refused_with_the_existing_person(db):
    first = people.create_person(db, _input(fiscal_code=CODE)).person
    with pytest.raises(DuplicateRecordError) as refused:
        people.create_person(db, _input(first_name="Mariella", fiscal_code=CODE.lower()))
    assert refused.value.existing_uuid == first.uuid
    assert refused.value.for_field("fiscal_code") and "Rossi Maria" in refused.value.existing_label
    second = people.create_person(db, _input(first_name="Anna")).person
    with pytest.raises(DuplicateRecordError):
        people.update_person(db, second.uuid, _input(first_name="Anna", fiscal_code=CODE), second.version)
    # Saving the same person again with her own code is not a duplicate.
    assert people.update_person(db, first.uuid, _input(fiscal_code=CODE, phone="333 1234567"),
                                first.version).person.version == 2


def test_stale_update_is_refused_with_who_and_when(db):
    person = add_person(db)
    db.user = "giulia.verdi"
    people.update_person(db, person.uuid, replace(person.to_input(), phone="02 9876543"), person.version)
    db.user = "operatore.test"
    with pytest.raises(StaleRecordError) as refused:
        people.update_person(db, person.uuid, replace(person.to_input(), phone="02 1111111"), person.version)
    assert "giulia.verdi" in str(refused.value)
    assert people.get_person(db, person.uuid).phone == "02 9876543"


def test_delete_leaves_tombstones_for_the_person_and_her_privacy_records(db):
    person = add_person(db)
    ack = privacy.record_privacy_ack(db, person.uuid, "2024-01", date(2024, 2, 1), "ufficio")
    consent = privacy.give_consent(db, person.uuid, "newsletter", date(2024, 2, 1))
    people.delete_person(db, person.uuid, person.version)
    with db.unit_of_work() as s:
        stones = {(t.table_name, t.record_uuid) for t in s.scalars(select(Tombstone))}
        assert s.scalars(select(PrivacyAcknowledgement)).all() == [] and s.scalars(select(Consent)).all() == []
    assert {("person", person.uuid), ("privacy_acknowledgement", ack.uuid), ("consent", consent.uuid)} <= stones
    with pytest.raises(DomainError, match="non esiste più"):
        people.get_person(db, person.uuid)


def test_privacy_acknowledgements_and_consents(db):
    person = add_person(db)
    assert people.get_person(db, person.uuid).missing_privacy_ack
    privacy.record_privacy_ack(db, person.uuid, "2023-01", date(2023, 5, 2), "evento")
    given = privacy.give_consent(db, person.uuid, "foto", date(2023, 5, 2))
    with pytest.raises(ValidationError, match="già stato dato"):
        privacy.give_consent(db, person.uuid, "foto", date(2023, 6, 1))
    withdrawn = privacy.withdraw_consent(db, given.uuid, date(2024, 1, 10), given.version)
    assert not withdrawn.active and withdrawn.withdrawn_on == date(2024, 1, 10)
    detail = people.get_person(db, person.uuid)
    assert not detail.missing_privacy_ack
    assert [(a.notice_version, a.channel_label) for a in detail.privacy_acks] == [("2023-01", "A un evento")]
    assert [(c.kind_label, c.active) for c in detail.consents] == [("Foto e riprese", False)]
    with pytest.raises(ValidationError) as refused:
        privacy.record_privacy_ack(db, person.uuid, "", date(2999, 1, 1), "telefono")
    assert {e.field for e in refused.value.errors} == {"notice_version", "acknowledged_on", "channel"}


def test_reviewer_may_read_but_not_write(db):
    person = add_person(db)
    db.actor = Actor("revisore.test", roles=frozenset({Role.REVISORE}))
    assert people.get_person(db, person.uuid).surname == "Rossi"
    with pytest.raises(PermissionDeniedError):
        people.create_person(db, _input(first_name="Anna"))
    with pytest.raises(PermissionDeniedError):
        people.update_person(db, person.uuid, person.to_input(), person.version)
    with pytest.raises(PermissionDeniedError):
        privacy.record_privacy_ack(db, person.uuid, "2024-01", date(2024, 1, 1), "ufficio")


def _protected(db):
    return add_person(db, address="Via Nascosta 3", municipality_name="Melegnano", protected=True,
                      protection_body="Centro antiviolenza", protection_date=date(2024, 1, 15))


def test_protected_address_is_hidden_without_the_permission(db):
    person = _protected(db)
    db.actor = Actor("operatore.semplice", roles=frozenset({Role.OPERATORE}))
    seen = people.get_person(db, person.uuid)
    assert (seen.address, seen.address_hidden, seen.municipality_label, seen.cap) == (HIDDEN_ADDRESS, True, "", "")
    assert (seen.protected, seen.protection_body, seen.protection_date) == (None, "", None)
    # Saving what the form shows changes the phone, and leaves the hidden address and the flag alone.
    saved = people.update_person(db, person.uuid, replace(seen.to_input(), phone="333 7654321"), seen.version)
    assert saved.person.address_hidden
    db.actor = Actor("responsabile", roles=frozenset({Role.OPERATORE}), extra=frozenset({"protected.data"}))
    full = people.get_person(db, person.uuid)
    assert (full.address, full.cap, full.protected, full.protection_body, full.phone) == (
        "Via Nascosta 3", "20077", True, "Centro antiviolenza", "333 7654321")


def test_only_the_permission_sets_the_flag(db):
    db.actor = Actor("operatore.semplice", roles=frozenset({Role.OPERATORE}))
    flagged = _input(protected=True, protection_body="CAV", protection_date=date(2024, 1, 1))
    with pytest.raises(PermissionDeniedError, match="dati protetti"):
        people.create_person(db, flagged)
    person = people.create_person(db, _input()).person
    with pytest.raises(PermissionDeniedError):
        people.update_person(db, person.uuid, flagged, person.version)


def test_protection_needs_body_and_date_and_keeps_nothing_else(db):
    with pytest.raises(ValidationError) as refused:
        people.create_person(db, _input(protected=True))
    assert {e.field for e in refused.value.errors} == {"protection_body", "protection_date"}
    person = people.create_person(db, _input(protection_body="ignorato")).person
    assert (person.protected, person.protection_body) == (False, "")


def test_a_legal_representative_cannot_be_deleted(db):
    from equilibri_desktop.domain.organisation_rules import OrganisationInput
    from equilibri_desktop.services.registry import organisations

    person = add_person(db)
    organisations.create_organisation(db, OrganisationInput(name="Coop Il Seme", kind="cooperativa",
                                                            legal_representative_uuid=person.uuid))
    with pytest.raises(DomainError, match="Unisci"):
        people.delete_person(db, person.uuid, person.version)
    assert [o.relation for o in people.get_person(db, person.uuid).organisations] == ["legal_representative"]


def test_municipality_picker_lists_the_territory(db):
    from equilibri_desktop.services.registry.municipalities import list_municipalities

    towns = list_municipalities(db)
    assert len(towns) == 53 and [t.name for t in towns] == sorted(t.name for t in towns)
    melegnano = next(t for t in towns if t.name == "Melegnano")
    assert (melegnano.cap, melegnano.belfiore_code) == ("20077", "F100")


def test_demo_registry_is_valid_and_linked(db):
    from equilibri_desktop.domain.person_rules import validate_person
    from equilibri_desktop.services.demo.seed import seed_demo_data
    from equilibri_desktop.services.registry.person_records import stored_input
    from equilibri_desktop.services.registry.records import municipality_refs
    from equilibri_desktop.services.registry.search import PersonFilter, count_people
    from equilibri_desktop.storage.models.registry import Organisation, Person

    seed_demo_data(db)
    with db.unit_of_work() as s:
        refs = municipality_refs(s)
        for person in s.scalars(select(Person)):
            assert validate_person(stored_input(person), refs).warnings == ()
        representatives = s.scalars(select(Organisation.legal_representative_id)
                                    .where(Organisation.legal_representative_id.is_not(None))).all()
    assert count_people(db, PersonFilter(protected=True)) == 2
    assert 0 < count_people(db, PersonFilter(privacy_ack_missing=True)) < 40
    assert count_people(db, PersonFilter(occupational_status="disoccupata")) > 10
    assert len(representatives) > 5
