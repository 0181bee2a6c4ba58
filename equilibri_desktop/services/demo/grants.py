"""Demo start-up grant call: an open call with its grid, commission and some applications already received,
and a dozen unemployed women of the district a clerk can register applications for."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.grants.application_parts import DECLARATIONS
from equilibri_desktop.domain.grants.codes import (
    ApplicationStatus,
    CallStatus,
    LastGrantRule,
    ServiceKind,
    TieBreak,
    TrancheCondition,
)
from equilibri_desktop.domain.grants.protocol import (
    PUBLIC_CODE_ALPHABET,
    PUBLIC_CODE_LENGTH,
)
from equilibri_desktop.domain.office_time import OFFICE_TZ
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantCall,
    GrantCallMunicipality,
    GrantCommissionMember,
    GrantCostItem,
    GrantCriterion,
    GrantDeclaration,
    GrantStatusChange,
    GrantTranchePlan,
    Municipality,
    Person,
)

DEMO_GRID = (
    ("C1", "Rispondenza ai bisogni di conciliazione del territorio", 25),
    ("C2", "Innovatività del servizio", 15),
    ("C3", "Sostenibilità economica del progetto", 20),
    ("C4", "Competenze ed esperienza della compagine", 15),
    ("C5", "Impatto sul territorio e reti attivate", 15),
    ("C6", "Priorità sociali (es. donne in uscita da percorsi di violenza)", 10),
)
DEMO_COMMISSION = (("demo.commissario", "Carlo Conti (demo)", "presidente"),
                   ("demo.commissaria", "Chiara Colombo (demo)", "componente"))
PREMISES = (
    "il progetto «Governare gli equilibri», finanziato da Regione Lombardia, prevede all'Azione 1 contributi "
    "per l'avvio di imprese femminili che offrono servizi di conciliazione vita-lavoro;\n"
    "con l'avviso pubblico in oggetto sono stati definiti requisiti, criteri di valutazione e modalità di "
    "erogazione dei contributi;"
)
BUSINESSES = (
    ("Piccoli Passi", ServiceKind.NIDO, "Micronido aziendale e interaziendale per 12 bambini"),
    ("Tempo Ritrovato", ServiceKind.SALVATEMPO, "Servizi salvatempo: ritiro e consegna spesa, lavanderia"),
    ("Dopo la Campanella", ServiceKind.DOPOSCUOLA, "Doposcuola e centro estivo per la scuola primaria"),
)
# Women the clerk can register applications for: unemployed with a DID, resident in the district.
APPLICANT_POOL = 12
APPLICATIONS_RECEIVED = 3


def _public_code(rng: random.Random) -> str:
    # Seeded rather than secrets-based like real codes: the demo is the same on every machine.
    return "".join(rng.choice(PUBLIC_CODE_ALPHABET) for _ in range(PUBLIC_CODE_LENGTH))


def _rome(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), OFFICE_TZ)


def _open_call(session: Session, profile: OrganisationProfile, today: date) -> GrantCall:
    opens = today - timedelta(days=60)
    closes = today + timedelta(days=30)
    call = GrantCall(
        title="Avviso pubblico «Start-up al femminile» per servizi di conciliazione", act_number="45",
        act_date=opens - timedelta(days=10), cup=profile.project_cup, budget_cents=60_000_00,
        max_grant_cents=15_000_00, max_cost_share_pct=Decimal(80), min_cofinancing_pct=Decimal(20), min_age=18,
        opens_at=_rome(opens, 9), closes_at=_rome(closes, 12), admission_threshold=Decimal(60),
        tie_break=TieBreak.PROTOCOLLO.value, last_grant_rule=LastGrantRule.PARZIALE.value,
        constitution_deadline=closes + timedelta(days=180), report_deadline=closes + timedelta(days=540),
        status=CallStatus.APERTO.value, deciding_officer=profile.signatory_name, premises_text=PREMISES,
    )
    session.add(call)
    session.flush()  # the call's collections are lazy="raise": children are added by id
    for position, (code, label, points) in enumerate(DEMO_GRID):
        session.add(GrantCriterion(call_id=call.id, position=position, code=code, label=label,
                                   max_points=Decimal(points)))
    district = session.scalars(select(Municipality.id).where(Municipality.sud_est_milano.is_(True))).all()
    session.add_all(GrantCallMunicipality(call_id=call.id, municipality_id=m) for m in district)
    session.add(GrantTranchePlan(call_id=call.id, position=0, label="Anticipo", percent=Decimal(50),
                                 condition=TrancheCondition.IMPRESA_COSTITUITA.value))
    session.add(GrantTranchePlan(call_id=call.id, position=1, label="Saldo", percent=Decimal(50),
                                 condition=TrancheCondition.RENDICONTO_FINALE.value))
    session.add_all(GrantCommissionMember(call_id=call.id, username=u, display_name=n, role=r)
                    for u, n, r in DEMO_COMMISSION)
    return call


def _applicant_pool(session: Session, rng: random.Random, people: list[Person], today: date) -> list[Person]:
    district = dict(session.execute(select(Municipality.id, Municipality.cap)
                                    .where(Municipality.sud_est_milano.is_(True))).all())
    women = [p for p in people if p.sex == "F" and not p.protected and p.birth_date
             and 1966 <= p.birth_date.year <= today.year - 20]
    pool = rng.sample(women, min(APPLICANT_POOL, len(women)))
    for person in pool:
        if person.municipality_id not in district:
            person.municipality_id = rng.choice(sorted(district))
            person.cap = district[person.municipality_id]
        person.occupational_status = "disoccupata"
        person.did_date = today - timedelta(days=rng.randint(60, 500))
    return pool


def _received(session: Session, rng: random.Random, call: GrantCall, women: list[Person],
              today: date) -> None:
    for number, (person, (name, kind, description)) in enumerate(zip(women, BUSINESSES, strict=False), start=1):
        received = _rome(today - timedelta(days=30 - 7 * number), 9 + number, 15)
        application = GrantApplication(
            call_id=call.id, protocol_year=received.year, protocol_number=number, received_at=received,
            public_code=_public_code(rng), applicant_id=person.id, status=ApplicationStatus.PRESENTATA.value,
            occupational_status=person.occupational_status, did_date=person.did_date, business_name=name,
            service_kind=kind.value, service_description=description, target_users="Famiglie del distretto",
            planned_legal_form="Impresa individuale", ateco_code="88.91.00",
            own_cofinancing_cents=rng.choice((3_000_00, 4_000_00, 5_000_00)))
        session.add(application)
        session.flush()
        costs = (("Arredi e attrezzature", rng.randint(8, 14) * 1_000_00, True),
                 ("Adeguamento dei locali", rng.randint(3, 6) * 1_000_00, True),
                 ("Spese notarili di costituzione", 900_00, False))
        session.add_all(GrantCostItem(application_id=application.id, position=i, description=d, amount_cents=c,
                                      eligible=e) for i, (d, c, e) in enumerate(costs))
        session.add_all(GrantDeclaration(application_id=application.id, code=code, label=label, given=True)
                        for code, label in DECLARATIONS)
        session.add(GrantStatusChange(application_id=application.id, from_status=ApplicationStatus.BOZZA.value,
                                      to_status=ApplicationStatus.PRESENTATA.value,
                                      reason="Domanda pervenuta via PEC"))


def seed_demo_grants(session: Session, rng: random.Random, people: list[Person], profile: OrganisationProfile,
                     today: date | None = None) -> None:
    today = today or office_today()
    call = _open_call(session, profile, today)
    pool = _applicant_pool(session, rng, people, today)
    _received(session, rng, call, pool[:APPLICATIONS_RECEIVED], today)
