"""The history the registry cards show: a person's events, an organisation's people trained and events,
its agreements, contacts, good practices and welfare consulting — paged and sorted in SQL, and only for the
roles whose work it is."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from equilibri_desktop.domain.access import PermissionDeniedError, Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.events.rules import ParticipantInput
from equilibri_desktop.domain.welfare.engagement import MeetingInput
from equilibri_desktop.services.events import attendance, documents, history, participants
from equilibri_desktop.services.network import agreements, contacts, organisation_history
from equilibri_desktop.services.network.contacts import ContactInput
from equilibri_desktop.services.welfare.engagements import add_meeting
from tests.event_helpers import make_course
from tests.grant_helpers import act_as
from tests.network_helpers import agreement_input, make_body
from tests.registry_helpers import add_person
from tests.welfare_helpers import engagement

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    with use_clock(FixedClock(NOW)):
        yield


def _register(db, course, person=None, org=None, surname="Nuova"):
    data = ParticipantInput(person_uuid=person.uuid if person else None, organisation_uuid=org.uuid if org else None,
                            surname="" if person else surname, first_name="" if person else "Anna")
    return participants.register_participant(db, course.uuid, data).participant


def test_a_persons_events_with_hours_and_certificate_sorted_and_paged(db, clock):
    person = add_person(db, "Sala", "Irene")
    first = make_course(db, sessions=2, title="Accordi di rete")
    second = make_course(db, sessions=1, title="Welfare aziendale per le PMI")
    third = make_course(db, sessions=1, title="Conciliare vita e lavoro")
    regs = [_register(db, course, person) for course in (first, second, third)]
    attendance.mark_attendance(db, first.sessions[0].uuid, regs[0].uuid)
    attendance.mark_attendance(db, third.sessions[0].uuid, regs[2].uuid)
    documents.issue_certificates(db, third.uuid)
    page = history.person_trainings(db, person.uuid, sort="event_title", descending=False)
    assert page.total == 3
    assert [(r.event_title, r.attended_hours, r.total_minutes, r.has_certificate, r.person_uuid)
            for r in page.items] == [("Accordi di rete", "4 h", 480, False, person.uuid),
                                     ("Conciliare vita e lavoro", "4 h", 240, True, person.uuid),
                                     ("Welfare aziendale per le PMI", "0 h", 240, False, person.uuid)]
    by_hours = history.person_trainings(db, person.uuid, sort="attended_hours", descending=True, limit=2)
    assert by_hours.total == 3 and [r.attended_minutes for r in by_hours.items] == [240, 240]
    rest = history.person_trainings(db, person.uuid, sort="attended_hours", descending=True, offset=2, limit=2)
    assert [r.event_title for r in rest.items] == ["Welfare aziendale per le PMI"]
    assert history.person_trainings(db, person.uuid, limit=0) == history.CardPage((), 3)


def test_an_organisations_people_trained_and_its_events_as_organiser_or_partner(db, clock):
    org = make_body(db, 0)
    other = make_body(db, 1)
    organised = make_course(db, sessions=1, title="Organizzato dall'ente", organiser=f"  {org.name.upper()} ")
    joined = make_course(db, sessions=1, title="Con l'ente partner", partner_uuids=(org.uuid,))
    make_course(db, sessions=1, title="Di un altro ente", organiser=other.name, partner_uuids=(other.uuid,))
    for surname in ("Bruni", "Amati"):
        _register(db, joined, org=org, surname=surname)
    _register(db, organised, org=other, surname="Esterna")
    trained = history.organisation_trainings(db, org.uuid, sort="person_name", descending=False)
    assert [(r.person_name, r.person_uuid) for r in trained.items] == [("Amati Anna", None), ("Bruni Anna", None)]
    roles = history.organisation_events(db, org.uuid, sort="title", descending=False)
    assert [(r.title, r.roles, r.people) for r in roles.items] == [
        ("Con l'ente partner", (False, True), 2), ("Organizzato dall'ente", (True, False), 0)]
    assert history.organisation_events(db, org.uuid, sort="people", descending=True).items[0].uuid == joined.uuid


def test_the_firms_network_history(db, clock):
    firm, partner = make_body(db, 0), make_body(db, 1)
    bystander = make_body(db, 2)
    agreement = agreements.create_agreement(db, agreement_input([firm, partner]))
    agreements.create_agreement(db, agreement_input([partner, bystander], title="Senza l'impresa"))
    contacts.record_contact(db, ContactInput(firm.uuid, date(2026, 10, 1), "visita", ("welfare",),
                                             outcome="Interessata", next_step="Bozza di accordo",
                                             next_step_due=date(2026, 12, 1)))
    contacts.record_contact(db, ContactInput(firm.uuid, date(2026, 11, 2), "telefonata", outcome="Richiamare"))
    contacts.record_contact(db, ContactInput(partner.uuid, date(2026, 11, 3), "visita", outcome="Altro ente"))
    contacts.record_practice(db, firm.uuid, "Orario flessibile in entrata", "Fascia 8-10", "Assenze -20%")
    welfare = engagement(db, firm, partner, title="Welfare di rete")
    add_meeting(db, welfare.uuid, MeetingInput(held_on=date(2026, 3, 2), hours=Decimal("2.5"), topic="Avvio"))

    agreements_page = organisation_history.organisation_agreements(db, firm.uuid)
    assert [(a.uuid, a.role_label, a.signature_label) for a in agreements_page.items] == [
        (agreement.uuid, "Capofila", "Da inviare")]
    seen = organisation_history.organisation_contacts(db, firm.uuid)
    assert [(c.kind_label, c.outcome, c.topic_labels) for c in seen.items] == [
        ("Telefonata", "Richiamare", ()), ("Visita", "Interessata", ("Welfare aziendale",))]
    oldest_first = organisation_history.organisation_contacts(db, firm.uuid, sort="contact_on", descending=False)
    assert oldest_first.items[0].outcome == "Interessata" and oldest_first.total == 2
    practices = organisation_history.organisation_practices(db, firm.uuid)
    assert [(p.measure, p.results) for p in practices.items] == [("Orario flessibile in entrata", "Assenze -20%")]
    consulting = organisation_history.organisation_welfare(db, firm.uuid)
    assert [(w.title, w.network_name, str(w.hours)) for w in consulting.items] == [
        ("Welfare di rete", "Rete Sud Est", "2.50")]


def test_each_history_is_for_the_roles_whose_work_it_is(db, clock):
    person = add_person(db, "Sala", "Irene")
    firm = make_body(db, 0)
    act_as(db, "nina.agente", Role.AGENTE_RETE)
    # The network agent works with firms, not with the events' participants (often vulnerable people).
    for call in (lambda: history.person_trainings(db, person.uuid),
                 lambda: history.organisation_trainings(db, firm.uuid),
                 lambda: history.organisation_events(db, firm.uuid),
                 lambda: organisation_history.organisation_welfare(db, firm.uuid)):
        with pytest.raises(PermissionDeniedError):
            call()
    assert organisation_history.organisation_contacts(db, firm.uuid).total == 0
    act_as(db, "rita.revisore", Role.REVISORE)
    assert history.person_trainings(db, person.uuid).total == 0
    assert organisation_history.organisation_agreements(db, firm.uuid).total == 0


def test_a_participants_card_is_part_of_the_events_work(db, clock):
    """Opening a person's card outside one's lines of work is logged; an events participant's card is part of the
    work of whoever runs events (EVENTS_WRITE), even without the registry clerks' permission."""
    from sqlalchemy import select

    from equilibri_desktop.domain.access import Actor, Permission
    from equilibri_desktop.domain.audit import AuditAction
    from equilibri_desktop.services.registry import people
    from equilibri_desktop.storage.models.audit import AuditEntry

    participant, other = add_person(db, "Sala", "Irene"), add_person(db, "Neri", "Giulia")
    _register(db, make_course(db, sessions=1), participant)
    db.actor = Actor("eva.eventi", extra=frozenset({Permission.REGISTRY_READ, Permission.EVENTS_READ,
                                                    Permission.EVENTS_WRITE}))
    people.get_person(db, participant.uuid)
    people.get_person(db, other.uuid)
    with db.unit_of_work() as s:
        logged = [e.record_uuid for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.VIEW_CARD.value))]
    assert [str(u) for u in logged] == [str(other.uuid)]
