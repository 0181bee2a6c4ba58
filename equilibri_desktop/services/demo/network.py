"""Demo data of the network: an alliance agreement in force, an art. 15 agreement waiting for signatures, a
protocol signed by all that comes into force on a stated date, a draft network agreement with firms, the demo
network agent's contacts (one follow-up due) and good practices."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.network.codes import AgreementKind
from equilibri_desktop.domain.network.rules import agreement_code
from equilibri_desktop.domain.network.templates import (
    DEFAULT_PREMISES,
    default_articles,
)
from equilibri_desktop.storage.models import (
    NetworkAgreement,
    NetworkContact,
    NetworkParty,
    NetworkPractice,
    Organisation,
    Person,
)

DEMO_AGENT = "demo.agente_rete"


def _agreement(session: Session, kind: AgreementKind, number: int, title: str, bodies: list[Organisation],
               status: str, signed_days_ago: int | None, sent_days_ago: int | None,
               in_force_in_days: int | None = None) -> None:
    today = office_today()
    agreement = NetworkAgreement(
        code=agreement_code(kind, today.year, number), kind=kind.value, title=title, status=status,
        subject="realizzare le azioni del progetto «Governare gli equilibri» sul territorio",
        lead_organisation_id=bodies[0].id, start_date=today.replace(month=1, day=1),
        end_date=today.replace(year=today.year + 1, month=12, day=31), tacit_renewal=kind == AgreementKind.RETE,
        privacy_role="contitolari", privacy_arrangement="Il capofila fornisce l'informativa agli interessati.",
        cup="E11H17000120002", premises_text=DEFAULT_PREMISES[kind], articles_text=default_articles(kind),
        sent_on=today - timedelta(days=sent_days_ago) if sent_days_ago is not None else None)
    signed_on = today - timedelta(days=signed_days_ago) if signed_days_ago is not None else None
    if in_force_in_days is not None:  # signed by all, in force from a stated date still ahead
        agreement.in_force_from = today + timedelta(days=in_force_in_days)
    else:
        agreement.in_force_on = signed_on
    session.add(agreement)
    session.flush()
    for position, body in enumerate(bodies, start=1):
        signed = signed_days_ago is not None
        session.add(NetworkParty(
            agreement_id=agreement.id, organisation_id=body.id, position=position,
            role="capofila" if position == 1 else "partner", signatory_person_id=body.legal_representative_id,
            signatory_capacity="legale_rappresentante",
            obligations="partecipare al comitato di indirizzo;\npromuovere i servizi di conciliazione",
            cash_cents=100_000 * (position % 3), in_kind_hours=20 * position, in_kind_rate_cents=2_750,
            signature_status="firmato" if signed else ("inviato" if sent_days_ago is not None else "da_inviare"),
            signature_method="carta" if signed else "",
            signed_on=signed_on,
            sent_on=agreement.sent_on))


def seed_demo_network(session: Session, rng: random.Random) -> None:
    # The demo registry leaves the towns without a mayor: the two towns of the art. 15 agreement get one.
    towns = list(session.scalars(select(Organisation).where(Organisation.kind == "comune",
                                                             Organisation.name.like("Comune di %"))
                                 .order_by(Organisation.id).limit(2)))
    adults = list(session.scalars(select(Person.id).where(Person.protected.is_(False),
                                                          Person.birth_date < date(1990, 1, 1)).order_by(Person.id)))
    for town in towns:
        if town.legal_representative_id is None and adults:
            town.legal_representative_id = rng.choice(adults)
    session.flush()
    with_rep = list(session.scalars(select(Organisation).where(Organisation.legal_representative_id.is_not(None))
                                    .order_by(Organisation.id)))
    towns = [o for o in with_rep if o.kind == "comune"]
    firms = [o for o in with_rep if o.kind in ("impresa", "cooperativa", "impresa_sociale")]
    if len(with_rep) < 5 or len(towns) < 2 or len(firms) < 3:
        return  # a registry too small for a meaningful network
    alliance = [towns[0], *rng.sample([o for o in with_rep if o is not towns[0]], 4)]
    _agreement(session, AgreementKind.PARTENARIATO, 1, "Alleanza locale di conciliazione Sud Est Milano", alliance,
               "in_vigore", signed_days_ago=40, sent_days_ago=60)
    _agreement(session, AgreementKind.TRA_PA, 1, "Sportello unico di conciliazione tra Comuni", towns[:2],
               "in_firma", signed_days_ago=None, sent_days_ago=20)
    _agreement(session, AgreementKind.RETE, 1, "Rete delle imprese per il welfare territoriale", firms[:3],
               "bozza", signed_days_ago=None, sent_days_ago=None)
    _agreement(session, AgreementKind.PROTOCOLLO, 1, "Protocollo d'intesa per i servizi estivi", [towns[0], firms[0]],
               "in_firma", signed_days_ago=3, sent_days_ago=10, in_force_in_days=12)
    today = office_today()
    for days, firm, kind, outcome, step in (
            (30, firms[0], "primo_contatto", "Interessata al welfare aziendale", ""),
            (12, firms[1], "visita", "Valuta l'orario flessibile per 12 dipendenti", "Inviare esempio di regolamento"),
            (5, firms[2], "incontro", "Disponibile ad aderire alla rete", "Inviare la bozza di accordo")):
        due = today + timedelta(days=2) if step else None
        session.add(NetworkContact(organisation_id=firm.id, contact_on=today - timedelta(days=days), agent=DEMO_AGENT,
                                   kind=kind, topics="welfare,accordo", outcome=outcome, next_step=step,
                                   next_step_due=due))
    session.add(NetworkPractice(organisation_id=firms[0].id, measure="Orario flessibile in entrata",
                                description="Fascia di ingresso 8–10 per tutto il personale",
                                results="Meno permessi brevi richiesti", recorded_on=today - timedelta(days=20)))
    session.add(NetworkPractice(organisation_id=firms[1].id, measure="Voucher per centri estivi",
                                description="Contributo per i figli fino a 14 anni", results="18 famiglie",
                                recorded_on=today - timedelta(days=10)))
