"""Demo events: a finished course with attendance (certificates can be issued at once), an information
meeting with a full house and a waiting list, an outreach stand. Called once from `seed.py`."""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from equilibri_desktop.domain.clock import office_today, utc_now
from equilibri_desktop.domain.events.statuses import ParticipantStatus as S
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.domain.search_keys import person_name_key
from equilibri_desktop.storage.models import (
    Event,
    EventAttendance,
    EventParticipant,
    EventPartner,
    EventSession,
    Organisation,
    Person,
)


def _participant(event: Event, person: Person, status: S, org: Organisation | None, kind: str, n: int):
    return EventParticipant(
        event=event, person_id=person.id, surname=person.surname, first_name=person.first_name,
        search_name=person_name_key(person.surname, person.first_name), sex=person.sex, birth_date=person.birth_date,
        municipality_id=person.municipality_id, fiscal_code=person.fiscal_code or "", email=person.email,
        phone=person.phone, organisation_id=org.id if org else None, organisation_name=org.name if org else "",
        participant_kind=kind, status=status.value, registered_at=utc_now() + timedelta(seconds=n),
        privacy_notice_version="2026.1", privacy_on=event.first_day, consent_on=event.first_day,
        consent_photos=n % 3 == 0, consent_news=n % 2 == 0, consent_collected_by="demo.operatore")


def _event(session: Session, sessions: list[tuple[date, time, time, str]], **values) -> tuple[Event, list]:
    event = Event(first_day=min(s[0] for s in sessions), **values)
    session.add(event)
    rows = [EventSession(event=event, position=i, day=d, starts=a, ends=b, trainer=t,
                         minutes=(b.hour * 60 + b.minute) - (a.hour * 60 + a.minute))
            for i, (d, a, b, t) in enumerate(sessions)]
    session.add_all(rows)
    return event, rows


def seed_demo_events(session: Session, persons: list[Person], bodies: list[Organisation],
                     profile: OrganisationProfile, seed: int = 15) -> None:
    rng = random.Random(seed)
    today = office_today()
    start = today - timedelta(days=40)
    course, course_sessions = _event(
        session, [(start + timedelta(days=7 * i), time(9, 0), time(13, 0), "Laura Bianchi") for i in range(4)],
        kind="corso", title="Conciliare vita e lavoro: strumenti per la rete", line_of_work="rete",
        place="Sala consiliare", organiser=profile.body_name, target="professionisti", capacity=25,
        registration_open=False, min_attendance_pct=Decimal(75), certificate_kind="frequenza",
        topics="Il lavoro agile (L. 81/2017)\nIl welfare aziendale\nGli accordi di rete tra enti e imprese",
        signer_name=profile.signatory_name, signer_role=profile.signatory_role)
    for body in bodies[:2]:
        session.add(EventPartner(event=course, organisation_id=body.id))
    people = rng.sample(persons, min(18, len(persons)))
    for n, person in enumerate(people):
        p = _participant(course, person, S.PRESENTE if n < 15 else S.ASSENTE, rng.choice(bodies) if bodies else None,
                         "professionisti", n)
        session.add(p)
        attended = course_sessions if n < 10 else course_sessions[:2] if n < 15 else []
        session.add_all(EventAttendance(participant=p, session=s, present=True) for s in attended)
    meeting, _ = _event(session, [(today + timedelta(days=10), time(18, 0), time(20, 0), "Sportello conciliazione")],
                        kind="informativo", title="Lavoro agile: diritti e accordi individuali",
                        line_of_work="lavoro_agile", place="Biblioteca civica", organiser=profile.body_name,
                        target="cittadini", capacity=8, registration_open=True, certificate_kind="partecipazione")
    for n, person in enumerate(rng.sample(persons, min(11, len(persons)))):
        session.add(_participant(meeting, person, S.ISCRITTA if n < 8 else S.IN_ATTESA, None, "cittadini", n))
    _event(session, [(today + timedelta(days=20), time(8, 30), time(12, 30), "")], kind="sportello",
           title="Stand al mercato: servizi di conciliazione", line_of_work="startup", place="Piazza del mercato",
           organiser=profile.body_name, target="cittadini", registration_open=True, certificate_kind="partecipazione")
    session.flush()
