"""Demo and benchmark data: seeds a separate demo database with fictitious people and organisations."""

from __future__ import annotations

import logging
import random
import time
import uuid
from dataclasses import asdict, dataclass

from sqlalchemy import exists, func, insert, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation import OrganisationProfile, validate_profile
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.demo.events import seed_demo_events
from equilibri_desktop.services.demo.flexwork import seed_demo_flexwork
from equilibri_desktop.services.demo.grants import seed_demo_grants
from equilibri_desktop.services.demo.network import seed_demo_network
from equilibri_desktop.services.demo.organisations import PUBLIC_BODY_DIGITS, organisation_rows
from equilibri_desktop.services.demo.people import (
    Place,
    checked_fiscal_code,
    fast_fiscal_code,
    numeric_code,
    person_values,
    random_identity,
)
from equilibri_desktop.services.demo.registry import (
    PROTECTED_SHARE,
    bulk_privacy,
    link_demo_records,
    protection_values,
)
from equilibri_desktop.services.demo.users import seed_demo_users
from equilibri_desktop.services.demo.welfare import seed_demo_welfare
from equilibri_desktop.storage.base import utcnow
from equilibri_desktop.storage.models import AppMeta, Municipality, Organisation, OrganisationSettings, Person

log = logging.getLogger(__name__)

DEMO_KEY = "demo"
BULK_CHUNK = 5_000
# Benchmark registries also hold contacts met at events, who never gave a fiscal code.
BULK_WITHOUT_FISCAL_CODE = 0.05
ASSEMI_NAME = "A.S.S.E.MI. – Azienda Sociale Sud Est Milano"


@dataclass(frozen=True)
class DemoSeedResult:
    people: int
    organisations: int
    already_seeded: bool  # True: the demo data was there already and nothing was written


class RealDataError(DomainError):
    """Demo data must never mix with an office's real records."""


def demo_profile(seed: int = 7) -> OrganisationProfile:
    """A plausible but fictitious letterhead for the lead body (the address and codes are invented)."""
    rng = random.Random(seed)
    taken: set[str] = set()
    return OrganisationProfile(
        body_name=ASSEMI_NAME,
        address="Via Giuseppe Di Vittorio 4, 20098 San Giuliano Milanese (MI)",
        fiscal_code=numeric_code(rng, PUBLIC_BODY_DIGITS, taken),
        vat_number=numeric_code(rng, (1_000_000, 2_999_999), taken),
        pec="protocollo@pec.assemi.example.org",
        email="segreteria@assemi.example.org",
        phone="02 9820 4100",
        project_title="Governare gli equilibri: una rete territoriale per promuovere la conciliazione",
        project_cup="E11H17000120002",
        signatory_name="Dott.ssa Paola Ferri",
        signatory_role="Responsabile del procedimento",
    )


def _places(session: Session) -> list[Place]:
    rows = session.execute(
        select(Municipality.id, Municipality.name, Municipality.cap, Municipality.sud_est_milano)
        .order_by(Municipality.istat_code)
    ).all()
    if not rows:
        raise DomainError(code="demo.no_municipalities")
    return [Place(row.id, row.name, row.cap, bool(row.sud_est_milano)) for row in rows]


def _is_demo(session: Session) -> bool:
    return session.scalar(select(AppMeta.value).where(AppMeta.key == DEMO_KEY)) == "1"


def _refuse_real_data(session: Session) -> None:
    """Any person, organisation or saved letterhead in a non-demo database is an office's real data."""
    holds = session.scalar(
        select(exists(select(Person.id)) | exists(select(Organisation.id)) | exists(select(OrganisationSettings.id)))
    )
    if holds:
        raise RealDataError(code="demo.real_data")


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def seed_demo_data(db: Database, people: int = 120, organisations: int = 40, seed: int = 7) -> DemoSeedResult:
    """Fill an empty database with demo data and one user per role, once; a second call changes nothing.

    Raises RealDataError if the database already holds real (non-demo) records.
    """
    result = _seed_registry(db, people, organisations, seed)
    seed_demo_users(db)  # idempotent; needs the demo flag committed above
    return result


def _seed_registry(db: Database, people: int, organisations: int, seed: int) -> DemoSeedResult:
    started = time.perf_counter()
    with db.unit_of_work() as session:
        if _is_demo(session):
            return DemoSeedResult(_count(session, Person), _count(session, Organisation), already_seeded=True)
        _refuse_real_data(session)
        places = _places(session)
        sud_est = [p for p in places if p.sud_est]
        rng = random.Random(seed)
        taken: set[str] = set()
        persons: list[Person] = []
        for _ in range(people):
            while True:
                who = random_identity(rng)
                code = checked_fiscal_code(who)
                if code not in taken:  # two identical identities would share a CF
                    taken.add(code)
                    break
            persons.append(Person(fiscal_code=code, **person_values(rng, who, places, sud_est)))
        bodies = [Organisation(**values) for values in organisation_rows(rng, places, organisations)]
        session.add_all(persons + bodies)
        session.flush()  # the links below need the ids
        link_demo_records(session, rng, persons, bodies)
        profile = validate_profile(demo_profile(seed))
        seed_demo_grants(session, rng, persons, profile)
        seed_demo_network(session, rng)
        seed_demo_events(session, persons, bodies, profile)
        seed_demo_welfare(session, rng, bodies)
        seed_demo_flexwork(session, rng, persons, bodies)
        session.add(OrganisationSettings(**{k: v for k, v in asdict(profile).items() if k != "version"}))
        session.add(AppMeta(key=DEMO_KEY, value="1"))
    log.info("demo data seeded: %d people, %d organisations in %.2f s", people, organisations,
             time.perf_counter() - started)
    return DemoSeedResult(people, organisations, already_seeded=False)


def generate_people(db: Database, count: int, seed: int = 11) -> int:
    """Bulk-insert `count` fictitious people for benchmarks; marks the database as a demo one.

    Fiscal codes are derived from each identity and kept unique (also against people already
    stored); about 5% are left empty on purpose. Most people get a privacy acknowledgement and some
    a consent; about 0.2% are protected. Returns the number of people inserted.
    """
    started = time.perf_counter()
    rng = random.Random(seed)
    with db.unit_of_work() as session:
        if not _is_demo(session):
            _refuse_real_data(session)
            session.add(AppMeta(key=DEMO_KEY, value="1"))
        places = _places(session)
        sud_est = [p for p in places if p.sud_est]
        taken = set(session.scalars(select(Person.fiscal_code).where(Person.fiscal_code.is_not(None))))
        now, user = utcnow(), db.user
        # Bulk INSERT bypasses the flush hooks that stamp identity and authorship: fill them here.
        stamps = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user, "version": 1}
        inserted = 0
        while inserted < count:
            rows = []
            for _ in range(min(BULK_CHUNK, count - inserted)):
                who, code = random_identity(rng), None
                if rng.random() >= BULK_WITHOUT_FISCAL_CODE:
                    code = fast_fiscal_code(who)
                    if code in taken:
                        code = None  # a homonym born the same day in the same place: leave it empty
                    else:
                        taken.add(code)
                protection = protection_values(rng) if rng.random() < PROTECTED_SHARE else {}
                rows.append({"uuid": uuid.uuid4(), **stamps, "fiscal_code": code,
                             **person_values(rng, who, places, sud_est), **protection})
            session.execute(insert(Person), rows)
            # INSERT … RETURNING over thousands of rows is slow in SQLAlchemy: look the ids up by uuid.
            ids = dict(session.execute(select(Person.uuid, Person.id)
                                       .where(Person.uuid.in_([row["uuid"] for row in rows]))).all())
            bulk_privacy(session, rng, [ids[row["uuid"]] for row in rows], stamps)
            inserted += len(rows)
    log.info("generated %d people in %.2f s", inserted, time.perf_counter() - started)
    return inserted
