"""Ranking rules: order and tie-breaks, grant amounts, budget exhaustion, the last-grant rule, scorrimento."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from equilibri_desktop.domain.grants.codes import LastGrantRule, TieBreak
from equilibri_desktop.domain.grants.codes import RankingOutcome as O
from equilibri_desktop.domain.grants.ranking import (
    Candidate,
    RankingSettings,
    entitlement_cents,
    newly_funded,
    rank,
    slide,
)

D = Decimal
T0 = datetime(2026, 4, 10, 9, 0, tzinfo=UTC)
SETTINGS = RankingSettings(budget_cents=50_000_00, max_grant_cents=15_000_00, max_cost_share_pct=D(80),
                           threshold=D(60))


def cand(key, score, *, minutes=0, born=date(1985, 1, 1), eligible=20_000_00, **fields) -> Candidate:
    return Candidate(key=key, public_code=f"P{key}", score=D(score), received_at=T0 + timedelta(minutes=minutes),
                     birth_date=born, eligible_cost_cents=eligible, **fields)


def settings(**changes) -> RankingSettings:
    values = dict(SETTINGS.__dict__)
    values.update(changes)
    return RankingSettings(**values)


def keys(ranking):
    return [e.key for e in ranking.entries]


def test_higher_score_first_and_positions_from_one():
    ranking = rank([cand(1, 70), cand(2, 90), cand(3, 80)], SETTINGS)
    assert keys(ranking) == [2, 3, 1]
    assert [e.position for e in ranking.entries] == [1, 2, 3]


def test_tie_break_by_protocol_puts_the_earlier_application_first():
    tied = [cand(1, 75, minutes=30, born=date(1995, 1, 1)), cand(2, 75, minutes=5, born=date(1970, 1, 1))]
    assert keys(rank(tied, settings(tie_break=TieBreak.PROTOCOLLO))) == [2, 1]


def test_tie_break_by_age_puts_the_younger_applicant_first_then_protocol():
    tied = [cand(1, 75, minutes=30, born=date(1995, 6, 1)), cand(2, 75, minutes=5, born=date(1970, 1, 1)),
            cand(3, 75, minutes=40, born=date(1995, 6, 1)), cand(4, 75, minutes=1, born=None)]
    # 1 and 3 are the same age: the earlier protocol (1) wins; an unknown birth date cannot claim precedence.
    assert keys(rank(tied, settings(tie_break=TieBreak.PIU_GIOVANE))) == [1, 3, 2, 4]
    # The tie-break never beats a higher score.
    assert keys(rank([cand(1, "75.01", born=date(1960, 1, 1)), cand(2, 75, born=date(2000, 1, 1))],
                     settings(tie_break=TieBreak.PIU_GIOVANE))) == [1, 2]


def test_same_protocol_minute_is_settled_by_protocol_number():
    tied = [cand(1, 70, protocol_number=8), cand(2, 70, protocol_number=3)]
    assert keys(rank(tied, SETTINGS)) == [2, 1]


def test_grant_is_the_least_of_max_grant_share_of_eligible_costs_and_what_is_left():
    # 80% of 10.000,00 = 8.000,00 (< max 15.000); 80% of 30.000,00 = 24.000 → capped at 15.000.
    ranking = rank([cand(1, 90, eligible=10_000_00), cand(2, 80, eligible=30_000_00)], SETTINGS)
    assert [e.grant_cents for e in ranking.entries] == [8_000_00, 15_000_00]
    assert all(e.outcome is O.FINANZIATA for e in ranking.entries)
    assert ranking.granted_cents == 23_000_00 and ranking.remaining_cents == 27_000_00
    assert [e.remaining_after_cents for e in ranking.entries] == [42_000_00, 27_000_00]


def test_share_of_costs_is_rounded_half_up_to_the_cent_and_stays_int():
    # 33,33% of 1.000,05 = 333,316665 → 333,32; 12,5% of 0,04 = 0,005 → 0,01 (half up, not to even: 0,00).
    assert entitlement_cents(1_000_05, settings(max_cost_share_pct=D("33.33"))) == 333_32
    assert entitlement_cents(4, settings(max_cost_share_pct=D("12.5"))) == 1
    assert entitlement_cents(12, settings(max_cost_share_pct=D("12.5"))) == 2  # 1,5 cents → 2
    assert entitlement_cents(10_000_00, SETTINGS, requested_cents=5_000_00) == 5_000_00


def test_budget_exhaustion_with_partial_last_grant():
    apps = [cand(i, 90 - i, eligible=20_000_00) for i in range(1, 6)]  # each entitled to 15.000,00
    ranking = rank(apps, settings(last_grant_rule=LastGrantRule.PARZIALE))
    assert [(e.outcome, e.grant_cents) for e in ranking.entries] == [
        (O.FINANZIATA, 15_000_00), (O.FINANZIATA, 15_000_00), (O.FINANZIATA, 15_000_00),
        (O.FINANZIATA_PARZIALMENTE, 5_000_00), (O.AMMESSA_NON_FINANZIATA, 0)]
    assert ranking.granted_cents == ranking.budget_cents and ranking.remaining_cents == 0


def test_budget_exhaustion_without_partial_grants_funds_nobody_below():
    # The 4th does not fit in the 5.000,00 left; the 5th would (4.000,00) but may not jump ahead of the 4th.
    apps = [cand(i, 90 - i, eligible=20_000_00) for i in range(1, 5)] + [cand(5, 80, eligible=5_000_00)]
    ranking = rank(apps, settings(last_grant_rule=LastGrantRule.NESSUNO))
    assert [(e.outcome, e.grant_cents) for e in ranking.entries] == [
        (O.FINANZIATA, 15_000_00), (O.FINANZIATA, 15_000_00), (O.FINANZIATA, 15_000_00),
        (O.AMMESSA_NON_FINANZIATA, 0), (O.AMMESSA_NON_FINANZIATA, 0)]
    assert ranking.remaining_cents == 5_000_00


def test_below_threshold_is_not_admitted_and_has_no_position():
    ranking = rank([cand(1, "59.99"), cand(2, 60), cand(3, 30)], SETTINGS)
    assert [(e.key, e.position, e.outcome) for e in ranking.entries] == [
        (2, 1, O.FINANZIATA), (1, None, O.NON_AMMESSA), (3, None, O.NON_AMMESSA)]
    assert ranking.entries[1].grant_cents == 0


def test_money_is_never_float():
    ranking = rank([cand(1, 90, eligible=12_345_67), cand(2, 80)], settings(max_cost_share_pct=D("77.7")))
    for entry in ranking.entries:
        assert type(entry.grant_cents) is int and type(entry.entitled_cents) is int
        assert type(entry.remaining_after_cents) is int and isinstance(entry.score, Decimal)
    assert type(ranking.granted_cents) is int
    with pytest.raises(TypeError):
        rank([cand(1, 90, eligible=1000.0)], SETTINGS)
    with pytest.raises(TypeError):
        rank([cand(1, 90)], settings(budget_cents=50_000.0))


def test_scorrimento_gives_the_freed_grant_to_the_next_in_line():
    apps = [cand(i, 90 - i, eligible=20_000_00) for i in range(1, 6)]
    first = rank(apps, settings(last_grant_rule=LastGrantRule.PARZIALE))
    slid = slide(first.entries, {2: O.RINUNCIATA}, SETTINGS.budget_cents,
                 settings(last_grant_rule=LastGrantRule.PARZIALE))
    assert [(e.key, e.outcome, e.grant_cents) for e in slid.entries] == [
        (1, O.FINANZIATA, 15_000_00), (2, O.RINUNCIATA, 0), (3, O.FINANZIATA, 15_000_00),
        (4, O.FINANZIATA, 15_000_00),  # topped up from 5.000,00 first
        (5, O.FINANZIATA_PARZIALMENTE, 5_000_00)]
    assert [e.position for e in slid.entries] == [1, 2, 3, 4, 5]  # positions are never renumbered
    assert [e.key for e in newly_funded(first.entries, slid)] == [5]


def test_scorrimento_without_partial_grants_and_with_added_budget():
    apps = [cand(i, 90 - i, eligible=20_000_00) for i in range(1, 5)]
    first = rank(apps, settings(budget_cents=40_000_00, last_grant_rule=LastGrantRule.NESSUNO))
    assert [e.grant_cents for e in first.entries] == [15_000_00, 15_000_00, 0, 0]
    # A revocation frees 15.000 (+10.000 left): the 3rd is funded; the 4th cannot be in full, so nothing.
    slid = slide(first.entries, {1: O.REVOCATA}, 40_000_00, settings(last_grant_rule=LastGrantRule.NESSUNO))
    assert [(e.outcome, e.grant_cents) for e in slid.entries] == [
        (O.REVOCATA, 0), (O.FINANZIATA, 15_000_00), (O.FINANZIATA, 15_000_00), (O.AMMESSA_NON_FINANZIATA, 0)]
    # More budget added to the call later funds the 4th too; the grants already awarded never change.
    more = slide(slid.entries, {}, 55_000_00, settings(last_grant_rule=LastGrantRule.NESSUNO))
    assert [e.grant_cents for e in more.entries] == [0, 15_000_00, 15_000_00, 15_000_00]
