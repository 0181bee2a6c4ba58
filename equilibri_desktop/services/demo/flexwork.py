"""Demo flexible work: a firm in regular use (assessment, adopted regulation, ten agreements with their
communications, some sent, one due soon; before/after questionnaires), a public body at the pilot stage, and a
coworking space and a satellite centre with a placement."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.flexwork.codes import (
    CommunicationType,
    Phase,
    Place,
    PlacementKind,
    Priority,
    Sector,
    SpaceKind,
    Stage,
)
from equilibri_desktop.domain.flexwork.ministry import due_date
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.flexwork.records import apply_agreement, places_text
from equilibri_desktop.services.flexwork.specimens import example_agreement, example_regulation
from equilibri_desktop.storage.models import (
    FlexworkAgreement,
    FlexworkAssessment,
    FlexworkCommunication,
    FlexworkPathway,
    FlexworkPlacement,
    FlexworkQuestionnaire,
    FlexworkRegulation,
    FlexworkSpace,
    FlexworkStageEntry,
    Organisation,
    Person,
)

STAGES = (Stage.FIRST_CONTACT, Stage.ASSESSMENT, Stage.POLICY, Stage.PILOT, Stage.REGULAR)


def _pathway(session: Session, org: Organisation, sector: Sector, stages, started: date) -> FlexworkPathway:
    p = FlexworkPathway(organisation_id=org.id, sector=sector.value, stage=stages[-1].value, consultant="Giulia Conti",
                        collective_agreement="CCNL Metalmeccanici industria" if sector is Sector.PRIVATE else
                        "CCNL Funzioni locali", contact_band_required=True,
                        inail_pat="12345678" if sector is Sector.PRIVATE else "99990001",
                        inail_tariff="6211" if sector is Sector.PRIVATE else "0000")
    session.add(p)
    session.flush()
    session.add_all(FlexworkStageEntry(pathway_id=p.id, stage=s.value, reached_on=started + timedelta(days=30 * i))
                    for i, s in enumerate(stages))
    return p


def _regulation(session: Session, p: FlexworkPathway, adopted_on: date) -> None:
    r = example_regulation(adopted_on)
    session.add(FlexworkRegulation(pathway_id=p.id, work_mode=r.work_mode.value, days=r.days, period=r.period.value,
                                   contact_start=r.contact_start, contact_end=r.contact_end,
                                   disconnection_start=r.disconnection_start, disconnection_end=r.disconnection_end,
                                   tools=r.tools, tools_provider=r.tools_provider.value, places=places_text(r.places),
                                   safety_notice=r.safety_notice, trial_months=r.trial_months, adopted_on=adopted_on))


def seed_demo_flexwork(session: Session, rng: random.Random, persons: list[Person], bodies: list[Organisation],
                       today: date | None = None) -> None:
    today = today or office_today()
    firms = [b for b in bodies if b.kind == OrganisationKind.IMPRESA.value]
    public = [b for b in bodies if b.kind == OrganisationKind.COMUNE.value]
    workers = [p for p in persons if p.fiscal_code and p.birth_date and not p.protected]
    if len(firms) < 5 or not public or len(workers) < 14:
        return
    firm = _pathway(session, firms[4], Sector.PRIVATE, STAGES, today - timedelta(days=150))
    session.add(FlexworkAssessment(pathway_id=firm.id, assessed_on=today - timedelta(days=120), roles_total=12,
                                   roles_remote=8, workers_women=18, workers_men=16, workers_children_12=9,
                                   workers_caregivers=3, workers_disabled=1, tools="Portatili per 20 persone",
                                   data_security="VPN attiva da marzo", current_practices="Lavoro da casa occasionale"))
    _regulation(session, firm, today - timedelta(days=90))
    chosen = rng.sample(workers, 14)
    for index, person in enumerate(chosen[:10]):
        start = today - timedelta(days=60) if index < 9 else today - timedelta(days=3)  # the last one is due soon
        data = replace(example_agreement(today), start_on=start, signed_on=start - timedelta(days=10),
                       safety_notice_on=start - timedelta(days=10),
                       priority=Priority.PARENT_CHILD_12 if index % 3 == 0 else Priority.NONE,
                       places=(Place.HOME,) if index % 2 else (Place.HOME, Place.COWORKING))
        a = FlexworkAgreement(pathway_id=firm.id)
        apply_agreement(a, data, person.id)
        session.add(a)
        session.flush()
        sent = index < 9
        session.add(FlexworkCommunication(agreement_id=a.id, kind=CommunicationType.START.value, event_on=start,
                                          due_on=due_date(start, Sector.PRIVATE),
                                          exported_on=start + timedelta(days=2) if sent else None,
                                          sent_on=start + timedelta(days=3) if sent else None,
                                          receipt=f"LA-{start:%Y}-{1000 + index}" if sent else ""))
    for index in range(24):
        after = index >= 12
        session.add(FlexworkQuestionnaire(
            pathway_id=firm.id, phase=(Phase.AFTER if after else Phase.BEFORE).value, sex="F" if index % 2 else "M",
            priority=(Priority.PARENT_CHILD_12 if index % 3 == 0 else Priority.NONE).value,
            wellbeing=4 if after else 2 + index % 2, balance=4 + index % 2 if after else 2, organisation=3 + after,
            remote_days_month=8 if after else 0, commute_minutes_saved_week=90 + 10 * (index % 4) if after else 0,
            commute_km_saved_week=20 + 5 * (index % 3) if after else 0))
    _pathway(session, public[0], Sector.PUBLIC, STAGES[:4], today - timedelta(days=100))
    _pathway(session, firms[5 % len(firms)], Sector.PRIVATE, STAGES[:1], today - timedelta(days=10))
    cowork = FlexworkSpace(name="Spazio Lambro coworking", kind=SpaceKind.COWORKING.value, address="Via Roma 21",
                           municipality="Melegnano", seats=18, services="Sala riunioni, stampante, cucina",
                           childcare=True, prices="€ 12 al giorno, € 150 al mese", accessible=True,
                           operator_id=firms[0].id)
    satellite = FlexworkSpace(name="Centro satellite comunale", kind=SpaceKind.SATELLITE.value,
                              address="Piazza della Vittoria 1",
                              municipality=public[0].municipality_name or "Melegnano", seats=8,
                              services="Postazioni attrezzate, rete sicura", accessible=True,
                              operator_id=public[0].id)
    session.add_all([cowork, satellite])
    session.flush()
    for person, kind in ((chosen[10], PlacementKind.SEAT), (chosen[11], PlacementKind.VOUCHER)):
        session.add(FlexworkPlacement(space_id=cowork.id, person_id=person.id, kind=kind.value,
                                      start_on=today - timedelta(days=40), end_on=today + timedelta(days=50),
                                      amount_cents=15000 if kind is PlacementKind.SEAT else 25000))
