"""Shared set-up for the flexible-work tests: an employer and workers in the registry, a pathway, agreements."""

from __future__ import annotations

from datetime import date, timedelta

from equilibri_desktop.domain.flexwork.agreement import AgreementInput
from equilibri_desktop.domain.flexwork.codes import Place, Sector
from equilibri_desktop.domain.flexwork.pathway import PathwayInput
from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.flexwork import pathways
from equilibri_desktop.services.registry.organisations import create_organisation
from tests.registry_helpers import add_person

NAMES = (("Ferri", "Chiara", "F"), ("Galli", "Marco", "M"), ("Costa", "Elena", "F"), ("Riva", "Paolo", "M"),
         ("Sala", "Giulia", "F"), ("Conti", "Luca", "M"), ("Villa", "Sara", "F"), ("Fumagalli", "Anna", "F"),
         ("Colombo", "Davide", "M"), ("Brambilla", "Marta", "F"))


def employer(db, name="Officine Lambro srl", kind="impresa", fiscal_code="01234560157"):
    return create_organisation(db, OrganisationInput(name=name, kind=kind, fiscal_code=fiscal_code,
                                                     address="Via Emilia 12", municipality_name="Melegnano",
                                                     cap="20077")).organisation


def pathway(db, org, sector=Sector.PRIVATE, contact_required=False, pat="12345678", tariff="6211",
            first_contact=None):
    return pathways.create_pathway(db, PathwayInput(org.uuid, sector, "Giulia Conti", "CCNL Metalmeccanici",
                                                    contact_required, pat, tariff), first_contact)


def worker(db, index: int, with_code: bool = True):
    surname, first, sex = NAMES[index % len(NAMES)]
    return add_person(db, surname, first, sex=sex, born=date(1980 + index, 1 + index % 12, 10 + index),
                      with_code=with_code, birth_place_code="F205", birth_place_name="Milano")


def agreement_input(person, start: date, **changes) -> AgreementInput:
    values = dict(person_uuid=person.uuid, signed_on=start - timedelta(days=7), start_on=start,
                  employment_start=date(2018, 9, 1), remote_days=2, office_days=3, places=(Place.HOME,),
                  tools="Portatile e telefono aziendali", contact_start="10:00", contact_end="12:00",
                  disconnection_start="19:00", disconnection_end="08:00", safety_notice_on=start - timedelta(days=7))
    values.update(changes)
    return AgreementInput(**values)
