"""Organisations: codes and duplicates, size class, contacts and representative, IBAN, deletion."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError
from equilibri_desktop.domain.errors import StaleRecordError, ValidationError
from equilibri_desktop.domain.organisation_rules import ContactInput, OrganisationInput, guess_kind, size_class
from equilibri_desktop.services.registry import organisations, people
from equilibri_desktop.storage.models import Tombstone
from tests.registry_helpers import add_person, municipality_id

VAT = "01234560157"  # valid Luhn, office 015
OTHER_VAT = "01234570156"
IBAN = "IT60X0542811101000000123456"


def _wrong_cin(iban: str) -> str:
    """Same account with another CIN letter, and IBAN check digits recomputed so only the CIN is wrong."""
    bban = ("A" if iban[4] != "A" else "B") + iban[5:]
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "IT00")) % 97
    return f"IT{check:02d}{bban}"


def _firm(**changes) -> OrganisationInput:
    return replace(OrganisationInput(name="Logistica Lambro S.r.l.", kind="impresa", vat_number=VAT), **changes)


def test_size_class_rule():
    assert [size_class("impresa", n) for n in (0, 9, 10, 49, 50, 249, 250)] == [
        "micro", "micro", "piccola", "piccola", "media", "media", "grande"]
    assert size_class("comune", 300) is None and size_class("impresa", None) is None
    assert size_class("cooperativa", 12) == "piccola"


def test_kind_guessed_from_name_and_form():
    assert guess_kind("Comune di Melegnano") == "comune"
    assert guess_kind("Il Girasole", "Società cooperativa sociale") == "cooperativa"
    assert guess_kind("Tempo per Te Impresa Sociale S.r.l.") == "impresa_sociale"
    assert guess_kind("Banca del Tempo", "APS") == "associazione"
    assert guess_kind("Rossi Meccanica S.n.c.") == "impresa"
    assert guess_kind("Gruppo di lettura") == "altro"


def test_create_with_everything(db):
    rep = add_person(db)
    contact = add_person(db, "Bianchi", "Laura", born=date(1979, 1, 2))
    saved = organisations.create_organisation(db, _firm(
        vat_number=f"IT {VAT}", fiscal_code=VAT, address="Via Emilia 4", municipality_name="San Donato Milanese",
        pec="LOGISTICA@PEC.EXAMPLE.ORG", ateco="4941", employees_women=6, employees_men=10,
        legal_representative_uuid=rep.uuid, alliance_role="aderente", partner_since=date(2018, 1, 1),
        iban=IBAN.lower(), contacts=(ContactInput(contact.uuid, "Responsabile del personale"),)))
    org = saved.organisation
    assert saved.warnings == ()
    assert (org.vat_number, org.fiscal_code, org.pec, org.ateco, org.iban) == (
        VAT, VAT, "logistica@pec.example.org", "49.41", IBAN)
    assert (org.employees, org.size_class, org.size_class_label) == (16, "piccola", "Piccola impresa")
    assert (org.municipality_id, org.cap) == (municipality_id(db, "San Donato Milanese"), "20097")
    assert org.legal_representative.display_name == "Rossi Maria"
    assert [(c.person.display_name, c.role) for c in org.contacts] == [("Bianchi Laura",
                                                                       "Responsabile del personale")]
    assert {(link.organisation_name, link.relation) for link in people.get_person(db, contact.uuid).organisations} \
        == {("Logistica Lambro S.r.l.", "contact")}


@pytest.mark.parametrize("field, value, message", [
    ("vat_number", "01234560158", "cifra di controllo"),
    ("vat_number", "0123456015", "11 cifre"),
    ("iban", _wrong_cin(IBAN), "CIN"),
    ("ateco", "889", "ATECO"),
    ("employees", 20, "somma"),
])
def test_wrong_values_are_refused_on_their_field(db, field, value, message):
    with pytest.raises(ValidationError) as refused:
        organisations.create_organisation(db, _firm(**{field: value}, employees_women=1, employees_men=2))
    assert message in refused.value.for_field(field)


def test_duplicate_vat_or_code_is_refused_with_the_existing_body(db):
    first = organisations.create_organisation(db, _firm()).organisation
    with pytest.raises(DuplicateRecordError) as refused:
        organisations.create_organisation(db, _firm(name="Altro nome"))
    assert (refused.value.field, refused.value.existing_uuid) == ("vat_number", first.uuid)
    # The P.IVA of one typed as the codice fiscale of another is the same firm.
    with pytest.raises(DuplicateRecordError) as refused:
        organisations.create_organisation(db, _firm(vat_number=OTHER_VAT, fiscal_code=VAT))
    assert refused.value.field == "fiscal_code"


def test_enterprise_without_vat_is_only_a_warning(db):
    saved = organisations.create_organisation(db, _firm(vat_number=""))
    assert [w.field for w in saved.warnings] == ["vat_number"]


def test_contacts_are_synced_and_kept_when_none(db):
    a, b = add_person(db), add_person(db, "Verdi", "Anna", born=date(1990, 4, 4))
    org = organisations.create_organisation(db, _firm(contacts=(ContactInput(a.uuid, "Referente"),))).organisation
    org = organisations.update_organisation(db, org.uuid, replace(org.to_input(), phone="02 1234567", contacts=None),
                                            org.version).organisation
    assert [c.person.uuid for c in org.contacts] == [a.uuid]
    org = organisations.update_organisation(
        db, org.uuid, replace(org.to_input(), contacts=(ContactInput(b.uuid, "Segreteria"),)), org.version
    ).organisation
    assert [(c.person.uuid, c.role) for c in org.contacts] == [(b.uuid, "Segreteria")]
    with pytest.raises(StaleRecordError):
        organisations.update_organisation(db, org.uuid, org.to_input(), org.version - 1)


def test_delete_removes_contact_links_with_tombstones(db):
    a = add_person(db)
    org = organisations.create_organisation(db, _firm(contacts=(ContactInput(a.uuid, "Referente"),))).organisation
    organisations.delete_organisation(db, org.uuid, org.version)
    with db.unit_of_work() as s:
        tables = {t.table_name for t in s.scalars(select(Tombstone))}
    assert tables == {"organisation", "organisation_contact"}
    assert people.get_person(db, a.uuid).organisations == ()
