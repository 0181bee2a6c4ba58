"""A partial grant not accepted within the call's term lapses and its money goes to the next in line at the
scorrimento (issue 11). Example call: budget € 40.000 = 15.000 + 15.000 + 10.000 (Verdi, in part); Neri waits."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.grants.procedure import partial_acceptance_end, partial_grant_lapsed
from equilibri_desktop.services.grants import documents as grant_documents
from equilibri_desktop.services.grants import ranking as grant_ranking
from equilibri_desktop.services.grants import registration
from equilibri_desktop.services.grants.acceptance import lapse_unaccepted_partial_grants
from equilibri_desktop.storage.models import GrantApplication, GrantCall
from tests.grant_document_helpers import ISSUED, build_scenario


def _at(day: date):
    return use_clock(FixedClock(datetime(day.year, day.month, day.day, 10, tzinfo=UTC)))


def test_the_term_runs_from_the_letter_sent_and_lapses_the_day_after_it_ends():
    sent = date(2026, 7, 12)
    assert partial_acceptance_end(sent, 15) == date(2026, 7, 27)
    assert not partial_grant_lapsed(sent, 15, None, date(2026, 7, 27))
    assert partial_grant_lapsed(sent, 15, None, date(2026, 7, 28))
    assert not partial_grant_lapsed(sent, 15, date(2026, 7, 20), date(2026, 8, 30))  # accepted in time
    assert not partial_grant_lapsed(None, 15, None, date(2026, 12, 31))  # letter never sent: no term running


@pytest.fixture
def sent(db):
    scenario = build_scenario(db)
    with db.unit_of_work() as s:
        s.get(GrantCall, scenario.call.id).partial_acceptance_days = 15
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    with _at(date(2026, 7, 12)):
        letter = grant_documents.generate_grant_communication(db, scenario.verdi.uuid, issued_on=ISSUED)
        registration.register_document(db, letter.uuid, "4410", date(2026, 7, 12))
        grant_documents.generate_grant_communication(db, scenario.ferri.uuid, issued_on=ISSUED)
    return scenario


def _status(db, ref) -> str:
    with db.unit_of_work() as s:
        return s.get(GrantApplication, ref.id).status


def test_partial_grant_not_accepted_lapses_and_funds_the_next_in_line(db, sent):
    with _at(date(2026, 7, 27)):
        assert lapse_unaccepted_partial_grants(db, sent.call.uuid) == ()
    with _at(date(2026, 7, 28)):
        assert lapse_unaccepted_partial_grants(db, sent.call.uuid) == (sent.verdi.uuid,)
        assert _status(db, sent.verdi) == "rinunciata"
        assert _status(db, sent.ferri) == "finanziata"  # a full grant never lapses this way
        slid = grant_ranking.slide_ranking(db, sent.ranking.uuid, "Decadenza del contributo parziale")
    by_application = {r.application_uuid: r for r in slid.rows}
    assert by_application[sent.verdi.uuid].grant_cents == 0
    assert by_application[sent.neri.uuid].grant_cents == 10_000_00  # the € 10.000 left by the lapsed grant
    assert _status(db, sent.neri) == "finanziata"


def test_an_accepted_partial_grant_does_not_lapse(db, sent):
    with db.unit_of_work() as s:
        s.scalar(select(GrantApplication).where(GrantApplication.id == sent.verdi.id)).accepted_on = date(2026, 7, 20)
    with _at(date(2026, 9, 1)):
        assert lapse_unaccepted_partial_grants(db, sent.call.uuid) == ()
    assert _status(db, sent.verdi) == "finanziata"


def test_the_office_date_applied_to_every_call_lapses_only_for_a_user_who_may_decide(db, sent):
    from equilibri_desktop.domain.access import Actor, Role
    from equilibri_desktop.services.grants.acceptance import apply_acceptance_terms

    decider = db.actor
    db.actor = Actor("operatore.ui", roles=frozenset({Role.OPERATORE}))
    with _at(date(2026, 7, 28)):
        assert apply_acceptance_terms(db) == ()  # not a decision this user may take: it waits for one who may
        assert _status(db, sent.verdi) == "finanziata"
        db.actor = decider
        assert [(g.application_uuid, g.call_uuid) for g in apply_acceptance_terms(db)] == [(sent.verdi.uuid,
                                                                                             sent.call.uuid)]
        assert apply_acceptance_terms(db) == ()  # once
    assert _status(db, sent.verdi) == "rinunciata"
