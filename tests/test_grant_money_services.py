"""The money rules through the services: a scorrimento after a revocation with a paid advance never spends
more than the budget; the revocation procedure (notice, term, guard) and its interest (SQLite and, in CI,
PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from equilibri_desktop.domain.access import Actor, Role
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.codes import PaymentCheckKind as K
from equilibri_desktop.domain.grants.payment_firm import FirmInput
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.services.grants import ranking as grant_ranking
from equilibri_desktop.services.grants import revocation as grant_revocation
from equilibri_desktop.storage.models import (
    GrantApplication,
    GrantRanking,
    GrantRankingEntry,
    GrantRevocation,
    GrantTranche,
    Municipality,
)
from tests.grant_helpers import add_woman, fund_application, make_application, make_call

IBAN = "IT60X0542811101000000123456"

# The office's clock, frozen in 2026 (whose legal interest rates are in the dated data) after the call closed.
NOW = datetime(2026, 11, 20, 10, 0)  # naive: Rome time
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def office_clock():
    with use_clock(FixedClock(NOW)) as clock:
        yield clock


def _as_responsabile(db) -> None:
    db.actor = Actor(username="resp.test", display_name="Test", roles=frozenset({Role.RESPONSABILE}))


def _constitute_and_pay_advance(db, application, paid_on: date) -> None:
    with db.unit_of_work() as s:
        melegnano = s.scalar(select(Municipality.id).where(Municipality.name == "Melegnano"))
    firm = FirmInput(name="Piccoli Passi", vat_number="12345670124", constituted_on=paid_on - timedelta(5),
                     address="Via Roma 1", municipality_id=melegnano, cap="", iban=IBAN)
    advance = grant_payments.record_firm_constitution(db, application.uuid, firm).tranches[0]
    for kind in K:
        grant_payments.record_check(db, advance.uuid, kind, paid_on, True, f"rif. {kind.value}")
    grant_payments.pay_tranche(db, advance.uuid, "45/2026", paid_on, paid_on)


def _add_waiting(db, call, ranking_kind="definitiva"):
    """A third application, admitted but not funded, at the bottom of the final ranking."""
    application = make_application(db, call, add_woman(db, "Verdi", "Anna"), status=S.AMMESSA_NON_FINANZIATA.value)
    with db.unit_of_work() as s:
        ranking = s.scalar(select(GrantRanking).where(GrantRanking.call_id == call.id))
        code = s.get(GrantApplication, application.id).public_code
        s.add(GrantRankingEntry(ranking_id=ranking.id, application_id=application.id, position=3, public_code=code,
                                score=Decimal(70), outcome="ammessa_non_fin", eligible_cost_cents=15_000_00,
                                granted_cents=0))
        return application, ranking.uuid


def test_scorrimento_after_revoking_a_paid_advance_stays_within_the_budget(db):
    # Budget 24.000; each entitled to 80% of 15.000 = 12.000. A and B funded, C waiting.
    _as_responsabile(db)
    call = make_call(db, budget_cents=24_000_00, max_grant_cents=12_000_00)
    a = fund_application(db, call, add_woman(db), 12_000_00)
    fund_application(db, call, add_woman(db, "Neri", "Elena"), 12_000_00)
    c, ranking_uuid = _add_waiting(db, call)
    paid_on = TODAY - timedelta(days=40)
    _constitute_and_pay_advance(db, a, paid_on)  # 50% advance: 6.000 paid to A
    grant_revocation.revoke(db, a.uuid, TODAY, "Attività cessata dopo due mesi",
                            notice_on=paid_on + timedelta(days=5), notice_reference="812")
    slid = grant_ranking.slide_ranking(db, ranking_uuid, "Revoca della domanda A")
    by_uuid = {row.application_uuid: row for row in slid.rows}
    # 24.000 − 12.000 kept by B − 6.000 paid to A and not recovered = 6.000 for C (not 12.000).
    assert by_uuid[c.uuid].grant_cents == 6_000_00 and by_uuid[c.uuid].outcome == "finanziata_parz"
    with db.unit_of_work() as s:
        assert s.get(GrantApplication, c.id).status == S.FINANZIATA


def test_revocation_procedure_notice_term_guard_and_interest(db):
    _as_responsabile(db)
    call = make_call(db)
    a = fund_application(db, call, add_woman(db), 10_000_00)
    paid_on = date(2026, 7, 1)
    _constitute_and_pay_advance(db, a, paid_on)  # 5.000 on 01/07/2026
    notice = date(2026, 10, 1)
    with pytest.raises(ValidationError) as caught:  # the ten days for counter-arguments are not over
        grant_revocation.revoke(db, a.uuid, date(2026, 10, 11), "Attività cessata", notice_on=notice)
    assert [e.field for e in caught.value.errors] == ["decided_on"] and "11/10/2026" in caught.value.errors[0].message
    with pytest.raises(ValidationError) as caught:  # counter-arguments presented must be answered
        grant_revocation.revoke(db, a.uuid, date(2026, 10, 5), "Attività cessata", notice_on=notice,
                                counter_arguments="Ripresa dell'attività a gennaio")
    assert [e.field for e in caught.value.errors] == ["answer"]
    with pytest.raises(DomainError, match="costituzione"):  # an advance was paid on constitution
        grant_revocation.revoke(db, a.uuid, date(2026, 10, 12), "Impresa non costituita", notice_on=notice,
                                firm_not_constituted=True)
    row = grant_revocation.revoke(db, a.uuid, date(2026, 10, 12), "Attività cessata", notice_on=notice,
                                  notice_reference="812")
    # 5.000 from 01/07 to 12/10/2026: 103 days at 1,6% = 500.000 × 0,016 × 103/365 = 2.257,53 cents → 22,58.
    assert row.amount_to_recover_cents == 5_022_58
    with db.unit_of_work() as s:
        stored = s.scalar(select(GrantRevocation).where(GrantRevocation.application_id == a.id))
        assert (stored.principal_cents, stored.interest_cents, stored.notice_on) == (5_000_00, 22_58, notice)
        assert [t.status for t in s.scalars(select(GrantTranche).where(GrantTranche.application_id == a.id)
                                            .order_by(GrantTranche.position))] == ["pagata", "annullata"]


def test_tranche_withholding_leaves_capital_goods_out_of_the_base(db):
    from equilibri_desktop.storage.models import GrantCostItem

    _as_responsabile(db)
    call = make_call(db)
    a = fund_application(db, call, add_woman(db), 10_000_00)
    with db.unit_of_work() as s:
        s.query(GrantCostItem).filter(GrantCostItem.application_id == a.id).delete()
        s.add_all([GrantCostItem(application_id=a.id, position=0, description="Arredi e attrezzature",
                                 amount_cents=6_000_00, capital_good=True),
                   GrantCostItem(application_id=a.id, position=1, description="Affitto e utenze",
                                 amount_cents=9_000_00)])
    _constitute_and_pay_advance(db, a, TODAY)
    with db.unit_of_work() as s:
        advance = s.scalar(select(GrantTranche).where(GrantTranche.application_id == a.id,
                                                      GrantTranche.position == 1))
        # Advance 5.000; capital goods are 6.000 of 15.000 = 40% → 2.000 out; base 3.000 × 4% = 120,00.
        assert (advance.gross_cents, advance.withholding_base_cents, advance.withholding_cents) == (
            5_000_00, 3_000_00, 120_00)
