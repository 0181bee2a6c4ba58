"""Possible duplicates while typing, and merging two records without losing a link."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role
from equilibri_desktop.domain.errors import StaleRecordError, ValidationError
from equilibri_desktop.domain.organisation_rules import ContactInput, OrganisationInput
from equilibri_desktop.domain.person_rules import PersonInput
from equilibri_desktop.services.registry import organisations, people, privacy
from equilibri_desktop.services.registry.duplicates import possible_duplicates, possible_organisation_duplicates
from equilibri_desktop.services.registry.organisation_merge import merge_organisations
from equilibri_desktop.services.registry.person_merge import default_choices, merge_people
from equilibri_desktop.storage.models import Tombstone
from equilibri_desktop.storage.models.registry import RegistryMerge
from tests.registry_helpers import add_person, cf

BORN = date(1985, 3, 12)


def test_possible_duplicates_while_typing(db):
    rossi = add_person(db, email="maria.rossi@example.org", phone="333 1234567")
    add_person(db, "Rossi", "Marta", born=date(1990, 1, 1))
    typed = lambda **f: possible_duplicates(db, PersonInput(**f))  # noqa: E731
    same_code = typed(surname="X", first_name="Y", fiscal_code=rossi.fiscal_code.lower())
    assert [(c.uuid, c.hard_stop) for c in same_code] == [(rossi.uuid, True)]
    similar = typed(surname="ROSSI", first_name="maría", birth_date=BORN)
    assert [(c.label, c.reasons, c.hard_stop) for c in similar] == [
        ("Rossi Maria", ("Stesso nome e stessa data di nascita",), False)]
    assert [c.reasons for c in typed(surname="Maria", first_name="Rossi", birth_date=BORN)] == [
        ("Nome e cognome invertiti, stessa data di nascita",)]
    assert [c.reasons for c in typed(surname="Bianchi", first_name="Anna", email="MARIA.ROSSI@example.org ",
                                     phone="+39 333 123 4567")] == [("Stessa e-mail", "Stesso telefono")]
    assert typed(surname="Rossi", first_name="Maria", birth_date=date(1985, 3, 13)) == []
    assert possible_duplicates(db, PersonInput(surname="Rossi", first_name="Maria", birth_date=BORN),
                               exclude_uuid=rossi.uuid) == []


def test_possible_organisation_duplicates(db):
    body = organisations.create_organisation(db, OrganisationInput(
        name="Cooperativa Il Girasole", kind="cooperativa", vat_number="01234560157", email="info@girasole.example.org"
    )).organisation
    found = possible_organisation_duplicates(db, OrganisationInput(name="COOPERATIVA IL GIRASOLE"))
    assert [(c.uuid, c.reasons, c.hard_stop) for c in found] == [(body.uuid, ("Stessa denominazione",), False)]
    found = possible_organisation_duplicates(db, OrganisationInput(name="Altro", fiscal_code="01234560157"))
    assert found[0].hard_stop


def _pair(db):
    keep = add_person(db, phone="333 1234567")
    drop = add_person(db, "Rossi", "Maria", born=BORN, with_code=False,
                      email="maria@example.org", address="Via Roma 1", municipality_name="Melegnano",
                      notes="Arrivata dallo sportello di Paullo")
    return keep, drop


def test_merge_keeps_every_link_and_records_the_merge(db):
    keep, drop = _pair(db)
    ack = privacy.record_privacy_ack(db, drop.uuid, "2023-01", date(2023, 2, 1), "cartaceo")
    consent = privacy.give_consent(db, drop.uuid, "newsletter", date(2023, 2, 1))
    firm = organisations.create_organisation(db, OrganisationInput(
        name="Rossi Servizi S.r.l.", kind="impresa", vat_number="01234560157", legal_representative_uuid=drop.uuid,
        contacts=(ContactInput(drop.uuid, "Titolare"), ContactInput(keep.uuid, "")))).organisation
    choices = default_choices(keep.to_input(), drop.to_input())
    assert (choices["email"], choices["residence"], choices["phone"], choices["fiscal_code"]) == (
        "drop", "drop", "keep", "keep")
    result = merge_people(db, keep.uuid, drop.uuid, {}, keep.version, drop.version)
    merged = result.person
    assert (merged.fiscal_code, merged.phone, merged.email, merged.address, merged.cap) == (
        keep.fiscal_code, "333 1234567", "maria@example.org", "Via Roma 1", "20077")
    assert [a.uuid for a in merged.privacy_acks] == [ack.uuid]
    assert [c.uuid for c in merged.consents] == [consent.uuid]
    assert {(o.relation, o.role) for o in merged.organisations} == {("legal_representative", "Legale rappresentante"),
                                                                     ("contact", "Titolare")}
    body = organisations.get_organisation(db, firm.uuid)
    assert body.legal_representative.uuid == keep.uuid and [c.person.uuid for c in body.contacts] == [keep.uuid]
    assert result.moved_links == 4
    entry = merged.merges[0]
    assert (entry.dropped_uuid, entry.merged_by, entry.moved_links) == (drop.uuid, "operatore.test", 4)
    assert set(entry.fields_from_dropped) >= {"email", "residence", "notes"}
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(RegistryMerge)) == 1
        assert ("person", drop.uuid) in {(t.table_name, t.record_uuid) for t in s.scalars(select(Tombstone))}
    with pytest.raises(Exception, match="non esiste più"):
        people.get_person(db, drop.uuid)


def test_merge_can_take_the_dropped_code(db):
    keep = add_person(db, with_code=False)
    drop = add_person(db, phone="02 1234567")
    merged = merge_people(db, keep.uuid, drop.uuid, {"fiscal_code": "drop", "email": "keep"},
                          keep.version, drop.version).person
    # Chosen: the dropped code; by default: the phone, blank in the kept record.
    assert merged.fiscal_code == cf("Rossi", "Maria", "F", BORN) and merged.phone == "02 1234567"


def test_merge_refuses_stale_copies_and_losing_protection(db):
    keep, drop = _pair(db)
    with pytest.raises(StaleRecordError):
        merge_people(db, keep.uuid, drop.uuid, {}, keep.version, drop.version + 1)
    protected = people.update_person(db, drop.uuid, PersonInput(
        **{**drop.to_input().__dict__, "protected": True, "protection_body": "CAV",
           "protection_date": date(2024, 1, 1)}), drop.version).person
    with pytest.raises(ValidationError, match="protetta"):
        merge_people(db, keep.uuid, drop.uuid, {"protection": "keep"}, keep.version, protected.version)
    db.actor = Actor("operatore.semplice", roles=frozenset({Role.OPERATORE}))
    with pytest.raises(PermissionDeniedError):
        merge_people(db, keep.uuid, drop.uuid, {}, keep.version, protected.version)
    db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    with pytest.raises(PermissionDeniedError):
        merge_people(db, keep.uuid, drop.uuid, {}, keep.version, protected.version)


def test_merge_organisations_moves_contacts(db):
    person = add_person(db)
    keep = organisations.create_organisation(db, OrganisationInput(name="Coop Il Seme",
                                                                   kind="cooperativa")).organisation
    drop = organisations.create_organisation(db, OrganisationInput(
        name="Cooperativa sociale Il Seme", kind="cooperativa", vat_number="01234560157",
        contacts=(ContactInput(person.uuid, "Referente"),))).organisation
    result = merge_organisations(db, keep.uuid, drop.uuid, {"name": "drop"}, keep.version, drop.version)
    merged = result.organisation
    assert (merged.name, merged.vat_number, result.moved_links) == ("Cooperativa sociale Il Seme", "01234560157", 1)
    assert [c.person.uuid for c in merged.contacts] == [person.uuid]
    assert merged.merges[0].dropped_uuid == drop.uuid


def test_merges_exports_imports_and_protected_views_reach_the_audit_trail(db, tmp_path):
    from equilibri_desktop.services.access.audit import AuditFilter, search_audit
    from equilibri_desktop.services.registry.export import export_people

    keep, drop = _pair(db)
    merge_people(db, keep.uuid, drop.uuid, {}, keep.version, drop.version)
    export_people(db, tmp_path / "persone.xlsx")
    secret = add_person(db, "Neri", "Sara", born=date(1990, 1, 1), protected=True, protection_body="CAV",
                        protection_date=date(2024, 1, 1))
    people.get_person(db, secret.uuid)
    entries = {row.action: row for row in search_audit(db, AuditFilter(), 0, 100).items
               if row.action in ("merge", "export", "view_protected")}
    assert entries["merge"].record_uuid == keep.uuid and str(drop.uuid) in entries["merge"].detail
    assert entries["export"].detail == "1 persone esportate in .xlsx"
    assert entries["view_protected"].record_uuid == secret.uuid
    assert not any("Rossi" in row.detail or "Neri" in row.detail for row in entries.values())
