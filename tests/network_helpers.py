"""Builders for the network tests: organisations with their legal representative, and agreement inputs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from equilibri_desktop.domain.organisation_rules import OrganisationInput
from equilibri_desktop.services.network.dto import (
    AgreementInput,
    CommitteeMemberInput,
    PartyInput,
)
from equilibri_desktop.services.registry import organisations
from tests.registry_helpers import add_person, municipality_id


@dataclass(frozen=True)
class Body:
    uuid: object
    name: str
    rep_uuid: object
    rep_name: str  # "First Surname"
    rep_fiscal_code: str


_FIRST_NAMES = ("Marco", "Giulia", "Paolo", "Elena", "Luca", "Sara", "Andrea", "Chiara", "Davide", "Marta",
                "Stefano", "Irene", "Fabio", "Laura")
_SURNAMES = ("Bianchi", "Galli", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Conti", "Costa",
             "Fontana", "Rinaldi", "Moretti", "Lombardi")


def make_body(db, index: int, kind: str = "impresa", municipality: str = "Melegnano") -> Body:
    first, surname = _FIRST_NAMES[index % 14], _SURNAMES[index % 14]
    rep = add_person(db, surname, first, sex="F" if first.endswith("a") else "M",
                     born=date(1970 + index, 1 + index % 12, 1 + index))
    name = f"{'Comune di ' if kind == 'comune' else ''}{surname} {'' if kind == 'comune' else 'Servizi srl'}".strip()
    data = OrganisationInput(name=name, kind=kind, municipality_id=municipality_id(db, municipality),
                             legal_form="" if kind == "comune" else "S.r.l.",
                             address=f"Via Roma {index + 1}", legal_representative_uuid=rep.uuid)
    org = organisations.create_organisation(db, data).organisation
    return Body(org.uuid, org.name, rep.uuid, f"{first} {surname}", rep.fiscal_code)


def party(body: Body, role: str = "partner", **fields) -> PartyInput:
    values = dict(organisation_uuid=body.uuid, role=role, signatory_uuid=body.rep_uuid,
                  obligations="mettere a disposizione personale e spazi per le attività del progetto;\n"
                              "partecipare al comitato di indirizzo.",
                  cash=Decimal("1500.00"), in_kind_hours=Decimal("40"), in_kind_rate=Decimal("25.50"))
    values.update(fields)
    return PartyInput(**values)


def agreement_input(bodies, kind: str = "partenariato", **fields) -> AgreementInput:
    parties = tuple(party(b, "capofila" if i == 0 else "partner") for i, b in enumerate(bodies))
    values = dict(kind=kind, title="Alleanza locale di conciliazione Sud Est Milano",
                  subject="realizzare le azioni del progetto «Governare gli equilibri»",
                  start_date=date(2026, 1, 1), end_date=date(2027, 12, 31), withdrawal_notice_days=60,
                  cup="E11H17000120002", parties=parties, privacy_role="contitolari",
                  privacy_arrangement="Il capofila fornisce l'informativa e risponde alle richieste degli interessati.",
                  committee=(CommitteeMemberInput("Paola Ferri", "presidente", bodies[0].uuid),))
    values.update(fields)
    return AgreementInput(**values)
