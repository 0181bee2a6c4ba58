"""Builders for the events tests: a course with sessions and quick registrations."""

from __future__ import annotations

from datetime import date, time

from equilibri_desktop.domain.events.rules import (
    EventInput,
    ParticipantInput,
    SessionInput,
)
from equilibri_desktop.services.events import events, participants


def course_input(capacity: int | None = None, sessions: int = 4, **fields) -> EventInput:
    data = EventInput(kind="corso", title="Conciliare vita e lavoro: strumenti per la rete", line_of_work="rete",
                      place="Sala consiliare", organiser="A.S.S.E.MI.", target="professionisti", capacity=capacity,
                      topics="Lavoro agile (L. 81/2017)\nWelfare aziendale\nAccordi di rete",
                      signer_name="Dott.ssa Paola Ferri", signer_role="La Responsabile del procedimento",
                      sessions=tuple(SessionInput(date(2026, 10, 5 + 7 * i), time(9, 0), time(13, 0),
                                                  trainer="Laura Bianchi", topic=f"Modulo {i + 1}")
                                     for i in range(sessions)))
    return EventInput(**{**data.__dict__, **fields})


def make_course(db, capacity: int | None = None, sessions: int = 4, **fields):
    return events.create_event(db, course_input(capacity, sessions, **fields))


def register(db, event_uuid, surname: str, first_name: str = "Anna", **fields):
    return participants.register_participant(db, event_uuid, ParticipantInput(surname=surname, first_name=first_name,
                                                                              **fields))
