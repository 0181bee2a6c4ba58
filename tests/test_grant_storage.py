"""The grant tables accept a full call and application and keep protocol numbers unique per year."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from equilibri_desktop.storage.models import GrantApplication, GrantCall
from tests.grant_helpers import add_woman, make_application, make_call


def test_call_and_applications_round_trip(db):
    call_id = make_call(db)
    maria = add_woman(db)
    first = make_application(db, call_id, maria)
    second = make_application(db, call_id, add_woman(db, "Verdi", "Anna"))
    with db.unit_of_work() as s:
        numbers = s.scalars(select(GrantApplication.protocol_number).order_by(GrantApplication.id)).all()
        call = s.get(GrantCall, call_id.id)
        assert call.budget_cents == 50_000_00 and str(call.max_cost_share_pct) in ("80", "80.00")
    assert numbers == [1, 2] and first != second


def test_protocol_number_is_unique_within_a_year_but_restarts_the_next(db):
    call_id = make_call(db)
    woman = add_woman(db)
    make_application(db, call_id, woman, protocol_number=7)
    make_application(db, call_id, woman, protocol_number=7,
                     received_at=datetime(2027, 1, 2, 9, 0, tzinfo=UTC))
    with pytest.raises(IntegrityError):
        make_application(db, call_id, woman, protocol_number=7)
