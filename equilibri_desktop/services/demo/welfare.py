"""Demo company welfare consulting: an engagement with a firm at the plan stage (meetings, 24 answers, a plan
for this year) and one with a network of three firms still collecting its survey."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.money import to_cents
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.domain.welfare.catalogue import catalogue_measure
from equilibri_desktop.domain.welfare.engagement import Stage, UnionRepresentation
from equilibri_desktop.services.welfare.specimens import (
    EXAMPLE_MEASURES,
    example_answers,
)
from equilibri_desktop.services.welfare.survey import to_row
from equilibri_desktop.storage.models import (
    Organisation,
    WelfareEngagement,
    WelfareEngagementFirm,
    WelfareMeeting,
    WelfarePlan,
    WelfarePlanMeasure,
    WelfareSurveyResponse,
)

MEETINGS = (("Incontro di avvio con la direzione", "2"), ("Presentazione del questionario ai dipendenti", "1.5"),
            ("Restituzione dei risultati e prime misure", "2.5"))


def _engagement(session: Session, title: str, firms: list[Organisation], started: date, stage: Stage,
                network: str = "") -> WelfareEngagement:
    e = WelfareEngagement(title=title, network_name=network, ateco="25.62", employees_women=16, employees_men=18,
                          employees_permanent=30, employees_fixed_term=4, employees_part_time=6,
                          collective_agreement="CCNL Metalmeccanici industria",
                          union_representation=UnionRepresentation.RSU.value, consultant="Giulia Conti",
                          started_on=started, stage=stage.value,
                          next_steps="Condividere la bozza di regolamento con la RSU")
    session.add(e)
    session.flush()
    session.add_all(WelfareEngagementFirm(engagement_id=e.id, organisation_id=f.id) for f in firms)
    return e


def seed_demo_welfare(session: Session, rng: random.Random, bodies: list[Organisation],
                      today: date | None = None) -> None:
    today = today or office_today()
    firms = [b for b in bodies if b.kind == OrganisationKind.IMPRESA.value]
    if len(firms) < 4:
        return
    single = _engagement(session, "Welfare aziendale e conciliazione", firms[:1], today - timedelta(days=120),
                         Stage.PLAN)
    for offset, (topic, hours) in enumerate(MEETINGS):
        session.add(WelfareMeeting(engagement_id=single.id, held_on=single.started_on + timedelta(days=21 * offset),
                                   hours=Decimal(hours), topic=topic, participants="Titolare, RSU"))
    answers = example_answers(40)
    rng.shuffle(answers)
    session.add_all(WelfareSurveyResponse(engagement_id=single.id, source="carta", **to_row(a)) for a in answers[:24])
    plan = WelfarePlan(engagement_id=single.id, year=today.year, basis="regolamento",
                       labour_costs_cents=to_cents(Decimal(1100000)), workers_women=16, workers_men=18,
                       adopted_on=today - timedelta(days=20))
    session.add(plan)
    session.flush()
    for position, (code, amount, unit, workers) in enumerate(EXAMPLE_MEASURES, 1):
        item = catalogue_measure(code)
        session.add(WelfarePlanMeasure(plan_id=plan.id, position=position, code=code, label=item.label,
                                       tax_category=item.tax_category.value, need=item.need.value,
                                       amount_per_worker_cents=to_cents(Decimal(amount)),
                                       unit_value_cents=to_cents(Decimal(unit)) if unit else None, workers=workers))
    network = _engagement(session, "Rete per il welfare territoriale", firms[1:4], today - timedelta(days=30),
                          Stage.SURVEY, network="Rete imprese Sud Est")
    for index, answer in enumerate(answers[24:]):
        session.add(WelfareSurveyResponse(engagement_id=network.id, organisation_id=firms[1 + index % 3].id,
                                          source="import", import_file="modulo-online.xlsx", **to_row(answer)))
