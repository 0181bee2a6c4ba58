"""Grant records hold on to the registry: their people and firms cannot be deleted, and merges carry them."""

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.registry import organisations, people
from equilibri_desktop.services.registry.organisation_merge import merge_organisations
from equilibri_desktop.storage.models import GrantFirm, Organisation, Person
from tests.grant_helpers import add_woman, fund_application, make_call


def _detail(db, ref):
    with db.unit_of_work() as s:
        return s.get(Person, ref.id).uuid, s.get(Person, ref.id).version


def test_an_applicant_cannot_be_deleted_but_a_person_without_applications_can(db):
    call = make_call(db)
    applicant, other = add_woman(db), add_woman(db, "Verdi", "Anna")
    fund_application(db, call, applicant)
    with pytest.raises(DomainError, match="domande di contributo"):
        people.delete_person(db, *_detail(db, applicant))
    people.delete_person(db, *_detail(db, other))
    with db.unit_of_work() as s:
        assert s.scalars(select(Person.id)).all() == [applicant.id]


def test_a_funded_firm_cannot_be_deleted_and_follows_a_merge(db):
    application = fund_application(db, make_call(db), add_woman(db))
    keep = organisations.create_organisation(db, OrganisationInput(name="Piccoli Passi di Rossi Maria",
                                                                   kind="impresa")).organisation
    drop = organisations.create_organisation(db, OrganisationInput(name="Piccoli Passi", kind="impresa",
                                                                   vat_number="01234560157")).organisation
    with db.unit_of_work() as s:
        drop_id = s.scalar(select(Organisation.id).where(Organisation.uuid == drop.uuid))
        s.add(GrantFirm(application_id=application.id, organisation_id=drop_id, name="Piccoli Passi",
                        vat_number="01234560157"))
    with pytest.raises(DomainError, match="impresa costituita"):
        organisations.delete_organisation(db, drop.uuid, drop.version)
    result = merge_organisations(db, keep.uuid, drop.uuid, {"vat_number": "drop"}, keep.version, drop.version)
    assert result.moved_links == 1
    with db.unit_of_work() as s:
        firm = s.scalars(select(GrantFirm)).one()
        assert s.get(Organisation, firm.organisation_id).uuid == keep.uuid
