"""Events services: events and sessions, registrations, waiting list, duplicates, attendance, bad input."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from equilibri_desktop.domain.errors import (
    DomainError,
    StaleRecordError,
    ValidationError,
)
from equilibri_desktop.domain.events.rules import ParticipantInput, SessionInput
from equilibri_desktop.domain.events.statuses import TransitionError
from equilibri_desktop.services.events import (
    attendance,
    duplicates,
    events,
    participants,
)
from equilibri_desktop.services.events.dto import Consents, EventFilter
from equilibri_desktop.storage.models import (
    EventAttendance,
    EventParticipant,
    EventSession,
)
from tests.event_helpers import make_course, register
from tests.registry_helpers import add_person, cf, municipality_id


def test_course_hours_are_the_sum_of_sessions(db):
    course = make_course(db, sessions=3)
    assert course.total_minutes == 3 * 240
    rows = events.list_events(db, EventFilter(text="conciliare"))
    assert [r.uuid for r in rows] == [course.uuid] and rows[0].hours == 12 and rows[0].sessions == 3
    assert events.list_events(db, EventFilter(kind="sportello")) == ()


def test_session_ending_before_start_writes_nothing(db):
    course = make_course(db)
    bad = events.event_input(course)
    bad = bad.__class__(**{**bad.__dict__, "title": "Nuovo titolo",
                           "sessions": bad.sessions + (SessionInput(date(2026, 11, 1), time(11), time(9)),)})
    with pytest.raises(ValidationError):
        events.update_event(db, course.uuid, course.version, bad)
    again = events.get_event(db, course.uuid)
    assert again.title == course.title and len(again.sessions) == 4


def test_capacity_below_registered_is_refused(db):
    course = make_course(db, capacity=5)
    for name in ("Alfa", "Beta", "Gamma"):
        register(db, course.uuid, name)
    course = events.get_event(db, course.uuid)
    data = events.event_input(course)
    with pytest.raises(ValidationError) as err:
        events.update_event(db, course.uuid, course.version, data.__class__(**{**data.__dict__, "capacity": 2}))
    assert "già 3" in err.value.for_field("capacity")
    with pytest.raises(StaleRecordError):
        events.update_event(db, course.uuid, course.version - 1, data)


def test_waiting_list_moves_up_when_a_place_frees(db):
    course = make_course(db, capacity=2)
    first = register(db, course.uuid, "Primo").participant
    register(db, course.uuid, "Secondo")
    third = register(db, course.uuid, "Terzo").participant
    fourth = register(db, course.uuid, "Quarto").participant
    assert (third.status, third.waiting_position, fourth.waiting_position) == ("in_attesa", 1, 2)
    row, promoted = participants.change_status(db, first.uuid, "annullata")
    assert row.status == "annullata" and promoted == (third.uuid,)
    by_name = {p.surname: p for p in participants.list_participants(db, course.uuid)}
    assert by_name["Terzo"].status == "iscritta" and by_name["Quarto"].waiting_position == 1
    with pytest.raises(DomainError, match="posti liberi"):
        participants.change_status(db, first.uuid, "iscritta")
    # a larger capacity gives the next place too
    course = events.get_event(db, course.uuid)
    data = events.event_input(course)
    events.update_event(db, course.uuid, course.version, data.__class__(**{**data.__dict__, "capacity": 3}))
    assert participants.list_participants(db, course.uuid, status="in_attesa") == ()


def test_transition_not_in_table_is_refused(db):
    course = make_course(db, capacity=1)
    register(db, course.uuid, "Uno")
    waiting = register(db, course.uuid, "Due").participant
    with pytest.raises(TransitionError):
        participants.change_status(db, waiting.uuid, "presente")


def test_registry_person_and_new_person_and_consents(db):
    person = add_person(db, "Verdi", "Giulia", municipality_id=municipality_id(db, "Melegnano"))
    course = make_course(db)
    reg = participants.register_participant(
        db, course.uuid, ParticipantInput(person_uuid=person.uuid, organisation_name="Comune di Melegnano"),
        Consents(privacy_notice_version="2026.1", photos=True, news=False, on=date(2026, 10, 1)))
    p = reg.participant
    assert (p.surname, p.first_name, p.fiscal_code, p.in_registry) == ("Verdi", "Giulia", person.fiscal_code, True)
    assert p.privacy_notice_version == "2026.1" and p.consent_photos and not p.consent_news
    new = register(db, course.uuid, "Neri", "Sara", phone="333 1234567").participant
    assert not new.in_registry and new.phone == "333 1234567"
    with db.unit_of_work() as s:
        row = s.scalar(select(EventParticipant).where(EventParticipant.uuid == p.uuid))
        assert row.consent_collected_by == "operatore.test" and row.consent_on == date(2026, 10, 1)
        assert row.created_by == "operatore.test" and row.uuid and row.created_at


def test_typed_twice_is_merged_at_registration(db):
    course = make_course(db)
    melegnano = municipality_id(db, "Melegnano")
    first = register(db, course.uuid, "Rossi", "Maria", birth_date=date(1985, 3, 12), municipality_id=melegnano)
    again = register(db, course.uuid, "ROSSI", "maria", birth_date=date(1985, 3, 12), municipality_id=melegnano,
                     email="maria@example.org")
    assert not first.merged and again.merged and again.participant.uuid == first.participant.uuid
    assert again.participant.email == "maria@example.org"
    code = cf("Bruni", "Carla", "F", date(1990, 1, 1))
    register(db, course.uuid, "Bruni", "Carla", fiscal_code=code)
    assert register(db, course.uuid, "Bruni", "Carlotta", fiscal_code=code.lower()).merged
    assert len(participants.list_participants(db, course.uuid)) == 2


def test_duplicates_found_later_are_merged_with_attendance(db):
    course = make_course(db)
    s1, s2 = course.sessions[:2]
    a = register(db, course.uuid, "Galli", "Rita").participant
    b = register(db, course.uuid, "Galli", "Rita", birth_date=date(1970, 5, 5),
                 municipality_id=municipality_id(db, "Carpiano")).participant  # no key in common yet
    code = cf("Galli", "Rita", "F", date(1970, 5, 5))
    participants.update_participant(db, a.uuid, ParticipantInput(surname="Galli", first_name="Rita", fiscal_code=code))
    participants.update_participant(db, b.uuid, ParticipantInput(surname="Galli", first_name="Rita", fiscal_code=code,
                                                                 birth_date=date(1970, 5, 5)))
    attendance.mark_attendance(db, s1.uuid, a.uuid)
    attendance.mark_attendance(db, s2.uuid, b.uuid)
    groups = duplicates.duplicate_groups(db, course.uuid)
    assert [{p.uuid for p in g} for g in groups] == [{a.uuid, b.uuid}]
    merged = duplicates.merge_participants(db, a.uuid, b.uuid)
    assert merged.attended_minutes == 480 and merged.birth_date == date(1970, 5, 5)
    assert duplicates.duplicate_groups(db, course.uuid) == ()
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(EventParticipant)) == 1
        assert s.scalar(select(func.count()).select_from(EventAttendance)) == 2


def test_attendance_marks_present_and_refuses_cancelled(db):
    course = make_course(db)
    session = course.sessions[0]
    p = register(db, course.uuid, "Costa").participant
    gone = register(db, course.uuid, "Longo").participant
    participants.change_status(db, gone.uuid, "annullata")
    row = attendance.mark_attendance(db, session.uuid, p.uuid)
    assert row.present and row.status_label == "Presente"
    with pytest.raises(TransitionError, match="presenza"):
        attendance.mark_attendance(db, session.uuid, gone.uuid)
    rows = {r.name: r for r in attendance.session_attendance(db, session.uuid)}
    assert rows["Costa Anna"].present and not rows["Longo Anna"].can_attend
    attendance.mark_attendance(db, session.uuid, p.uuid, present=False)
    assert not {r.name: r for r in attendance.session_attendance(db, session.uuid)}["Costa Anna"].present


def test_closed_registrations_refuse_new_people(db):
    course = make_course(db)
    events.set_registration_open(db, course.uuid, False)
    with pytest.raises(DomainError, match="chiuse"):
        register(db, course.uuid, "Tardi")


def test_read_only_role_cannot_register(db):
    from equilibri_desktop.domain.access import Actor, PermissionDeniedError, Role

    course = make_course(db)
    db.actor = Actor("revisore", roles=frozenset({Role.REVISORE}))
    assert events.get_event(db, course.uuid).title
    with pytest.raises(PermissionDeniedError):
        register(db, course.uuid, "Nessuno")


def test_removing_a_session_removes_its_attendance(db):
    course = make_course(db, sessions=2)
    p = register(db, course.uuid, "Sala").participant
    attendance.mark_attendance(db, course.sessions[1].uuid, p.uuid)
    data = events.event_input(course)
    events.update_event(db, course.uuid, course.version, data.__class__(**{**data.__dict__,
                                                                          "sessions": data.sessions[:1]}))
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(EventSession)) == 1
        assert s.scalar(select(func.count()).select_from(EventAttendance)) == 0
