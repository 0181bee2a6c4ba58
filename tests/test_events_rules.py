"""Events domain: the status table, transitions, the attendance threshold, identity keys, validation."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.events.attendance import qualification
from equilibri_desktop.domain.events.matching import age_band, identity_keys
from equilibri_desktop.domain.events.rules import (
    EventInput,
    SessionInput,
    validate_event,
)
from equilibri_desktop.domain.events.statuses import (
    COUNTED,
    TransitionError,
    allowed_next,
    check_attendance_allowed,
    check_transition,
    status_on_entry,
)
from equilibri_desktop.domain.events.statuses import (
    ParticipantStatus as S,
)


def test_counted_statuses_hold_a_place():
    assert COUNTED == {S.ISCRITTA, S.PRESENTE, S.ASSENTE}
    assert not S.IN_ATTESA.counted and not S.ANNULLATA.counted


@pytest.mark.parametrize("old,new", [(S.ISCRITTA, S.PRESENTE), (S.IN_ATTESA, S.ISCRITTA), (S.ANNULLATA, S.ISCRITTA),
                                     (S.PRESENTE, S.ASSENTE), (S.ISCRITTA, S.ANNULLATA)])
def test_allowed_transitions(old, new):
    assert check_transition(old, new) == new
    assert new in allowed_next(old)


@pytest.mark.parametrize("old,new", [(S.IN_ATTESA, S.PRESENTE), (S.ANNULLATA, S.PRESENTE), (S.ISCRITTA, S.IN_ATTESA),
                                     (S.PRESENTE, S.IN_ATTESA)])
def test_refused_transitions(old, new):
    with pytest.raises(TransitionError):
        check_transition(old, new)


def test_attendance_refused_for_cancelled_and_waiting():
    for status in (S.ANNULLATA, S.IN_ATTESA):
        with pytest.raises(TransitionError, match="presenza"):
            check_attendance_allowed(status)
    check_attendance_allowed(S.ISCRITTA)


def test_status_on_entry_fills_places_then_waits():
    assert status_on_entry(1, 2) == S.ISCRITTA
    assert status_on_entry(2, 2) == S.IN_ATTESA
    assert status_on_entry(500, None) == S.ISCRITTA


def test_threshold_is_exact_at_the_minimum():
    assert qualification(S.PRESENTE, 720, 960, Decimal(75)).qualifies  # exactly 75%
    below = qualification(S.PRESENTE, 719, 960, Decimal(75))
    assert not below.qualifies and "sotto il minimo del 75%" in below.reason
    assert qualification(S.ANNULLATA, 960, 960, Decimal(75)).reason == "iscrizione annullata/o"
    assert qualification(S.ISCRITTA, 0, 960, Decimal(75)).reason == "nessuna presenza registrata"


def test_identity_keys_match_spellings_and_codes():
    a = identity_keys("D'Angelo", "Maria", "", date(1980, 1, 2), 7)
    b = identity_keys("d angelo", "MARIA", "", date(1980, 1, 2), 7)
    assert a == b
    assert identity_keys("X", "Y", "rssmra80a41f205x", None, None) == (("cf", "RSSMRA80A41F205X"),)
    assert identity_keys("X", "Y", "", date(1980, 1, 2), None) == ()


def test_age_bands():
    assert age_band(date(1990, 6, 1), date(2026, 5, 31)) == "30-39"
    assert age_band(date(1990, 6, 1), date(2026, 6, 1)) == "30-39"
    assert age_band(None, date(2026, 1, 1)) == "non indicata"


def test_session_ending_before_start_and_capacity_below_registered():
    bad = EventInput(title="Corso", sessions=(SessionInput(date(2026, 1, 1), time(12, 0), time(10, 0)),),
                     capacity=3)
    with pytest.raises(ValidationError) as err:
        validate_event(bad, registered=5)
    assert "prima di cominciare" in err.value.for_field("sessions[0]")
    assert "già 5" in err.value.for_field("capacity")
