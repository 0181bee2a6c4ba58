"""Money rules of start-up grants with figures worked by hand: scorrimento with a paid advance, no award below
the minimum, the leftover to a cheaper application, withholding with capital goods, de minimis, legal
interest across a change of rate, and the revocation guard."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.application_parts import DECLARATION_LABELS
from equilibri_desktop.domain.grants.codes import LastGrantRule, TrancheCondition
from equilibri_desktop.domain.grants.codes import RankingOutcome as O
from equilibri_desktop.domain.grants.de_minimis import (
    check_de_minimis,
    period_start,
)
from equilibri_desktop.domain.grants.legal_figures import (
    de_minimis_ceiling,
    durc_validity_days,
    legal_interest_rate,
    tax_check_threshold,
)
from equilibri_desktop.domain.grants.ranking import (
    Candidate,
    RankingSettings,
    rank,
    slide,
    spent_by_withdrawn,
)
from equilibri_desktop.domain.grants.recovery import (
    PaidAmount,
    check_revocation_ground,
    recovery_due,
)
from equilibri_desktop.domain.grants.withholding import (
    CostShare,
    capital_goods_share,
    withholding_on,
)

D = Decimal
T0 = datetime(2026, 4, 10, 9, 0, tzinfo=UTC)


def cand(key, score, eligible=20_000_00, **fields) -> Candidate:
    return Candidate(key=key, public_code=f"P{key}", score=D(score), received_at=T0, birth_date=None,
                     eligible_cost_cents=eligible, protocol_number=key, **fields)


def settings(**changes) -> RankingSettings:
    values = dict(budget_cents=30_000_00, max_grant_cents=15_000_00, max_cost_share_pct=D(80), threshold=D(60))
    values.update(changes)
    return RankingSettings(**values)


def test_scorrimento_after_a_revocation_spends_only_the_money_not_already_paid():
    # Budget 30.000: A and B get 15.000 each (80% of 20.000 = 16.000, capped at 15.000), C nothing.
    call = settings()
    first = rank([cand(1, 90), cand(2, 80), cand(3, 70)], call)
    assert [e.grant_cents for e in first.entries] == [15_000_00, 15_000_00, 0]
    # A received a 7.500 advance, then was revoked and has repaid nothing: 30.000 − 15.000 − 7.500 = 7.500.
    slid = slide(first.entries, {1: O.REVOCATA}, call.budget_cents, call, sunk={1: 7_500_00})
    assert [(e.outcome, e.grant_cents) for e in slid.entries] == [
        (O.REVOCATA, 0), (O.FINANZIATA, 15_000_00), (O.FINANZIATA_PARZIALMENTE, 7_500_00)]
    assert spent_by_withdrawn(slid, {1: 7_500_00}) == 30_000_00  # never the 37.500 of the old rule
    # Once A repays the advance the whole 15.000 is free again.
    repaid = slide(first.entries, {1: O.REVOCATA}, call.budget_cents, call, sunk={1: 0})
    assert [e.grant_cents for e in repaid.entries] == [0, 15_000_00, 15_000_00]


def test_a_partial_grant_below_the_minimum_is_not_awarded():
    # Budget 30.000,01: after A and B one cent is left. Without a minimum C would get € 0,01.
    no_minimum = rank([cand(1, 90), cand(2, 80), cand(3, 70)], settings(budget_cents=30_000_01))
    assert (no_minimum.entries[2].outcome, no_minimum.entries[2].grant_cents) == (O.FINANZIATA_PARZIALMENTE, 1)
    ranked = rank([cand(1, 90), cand(2, 80), cand(3, 70)],
                  settings(budget_cents=30_000_01, min_partial_grant_cents=1_000_00))
    assert (ranked.entries[2].outcome, ranked.entries[2].grant_cents) == (O.AMMESSA_NON_FINANZIATA, 0)
    assert ranked.remaining_cents == 1
    # 1.000,00 left reaches the minimum exactly: funded in part.
    at_minimum = rank([cand(1, 90), cand(2, 80), cand(3, 70)],
                      settings(budget_cents=31_000_00, min_partial_grant_cents=1_000_00))
    assert (at_minimum.entries[2].outcome, at_minimum.entries[2].grant_cents) == (
        O.FINANZIATA_PARZIALMENTE, 1_000_00)


def test_the_leftover_goes_to_a_cheaper_application_only_when_the_call_says_so():
    # Budget 32.000: A, B 15.000; C needs 15.000 but 2.000 < minimum 5.000; D asks 80% of 2.000 = 1.600.
    apps = [cand(1, 90), cand(2, 85), cand(3, 80), cand(4, 70, eligible=2_000_00)]
    strict = rank(apps, settings(budget_cents=32_000_00, min_partial_grant_cents=5_000_00))
    assert [e.grant_cents for e in strict.entries] == [15_000_00, 15_000_00, 0, 0]
    lenient = rank(apps, settings(budget_cents=32_000_00, min_partial_grant_cents=5_000_00,
                                  leftover_to_later=True))
    assert [(e.outcome, e.grant_cents) for e in lenient.entries] == [
        (O.FINANZIATA, 15_000_00), (O.FINANZIATA, 15_000_00), (O.AMMESSA_NON_FINANZIATA, 0),
        (O.FINANZIATA, 1_600_00)]
    assert lenient.remaining_cents == 400_00
    nessuno = rank(apps, settings(budget_cents=32_000_00, last_grant_rule=LastGrantRule.NESSUNO,
                                  leftover_to_later=True))
    assert [e.grant_cents for e in nessuno.entries] == [15_000_00, 15_000_00, 0, 1_600_00]


def test_withholding_applies_only_to_the_part_not_for_capital_goods():
    # Eligible plan 20.000: 8.000 of equipment (capital goods) + 12.000 of running costs → 40% capital.
    plan = [CostShare(8_000_00, True), CostShare(12_000_00, False), CostShare(3_000_00, True, eligible=False)]
    share = capital_goods_share(plan)
    assert share == D("0.4")
    # A 7.500 advance: 3.000 for capital goods, base 4.500, 4% = 180,00, net 7.320,00.
    result = withholding_on(7_500_00, date(2026, 6, 1), share)
    assert (result.capital_goods_cents, result.base_cents, result.withholding_cents, result.net_cents) == (
        3_000_00, 4_500_00, 180_00, 7_320_00)
    assert "art. 28, comma 2" in result.reference
    exempt = withholding_on(7_500_00, date(2026, 6, 1), share, non_commercial=True)
    assert (exempt.withholding_cents, exempt.net_cents) == (0, 7_500_00) and "non commerciale" in exempt.exempt_reason
    assert withholding_on(7_500_00, date(2026, 6, 1)).withholding_cents == 300_00  # no capital goods: 4% of all


def test_de_minimis_ceiling_cuts_or_refuses_the_grant():
    on = date(2026, 6, 1)
    assert de_minimis_ceiling(on).value == 300_000_00 and "2023/2831" in de_minimis_ceiling(on).source
    assert de_minimis_ceiling(date(2023, 6, 1)).value == 200_000_00
    cut = check_de_minimis(15_000_00, 290_000_00, on)
    assert (cut.allowed_cents, cut.reduced) == (10_000_00, True) and "ridotto" in cut.reason
    refused = check_de_minimis(15_000_00, 300_000_00, on)
    assert refused.allowed_cents == 0 and "Non finanziabile" in refused.reason
    assert check_de_minimis(15_000_00, 285_000_00, on).reason == ""  # exactly at the ceiling
    assert period_start(date(2028, 2, 29)) == date(2025, 2, 28)
    text = DECLARATION_LABELS["de_minimis"]
    assert "periodo mobile di tre anni" in text and "2023/2831" in text and "esercizio" not in text
    # In the ranking: B declared 295.000 → 5.000; the 10.000 saved funds C in full.
    ranked = rank([cand(1, 90), cand(2, 80, de_minimis_declared_cents=295_000_00), cand(3, 70)],
                  settings(budget_cents=35_000_00, decided_on=on))
    assert [e.grant_cents for e in ranked.entries] == [15_000_00, 5_000_00, 15_000_00]
    assert "ridotto" in ranked.entries[1].note


def test_a_criterion_minimum_keeps_the_application_out():
    ranked = rank([cand(1, 90, failed_criteria=("C2",)), cand(2, 80)], settings())
    by_key = {e.key: e for e in ranked.entries}
    assert by_key[1].outcome is O.NON_AMMESSA and by_key[1].position is None and "C2" in by_key[1].note
    assert by_key[2].position == 1 and by_key[2].grant_cents == 15_000_00


def test_legal_interest_runs_day_by_day_at_each_years_rate():
    assert legal_interest_rate(date(2025, 12, 31)).value == D("2")
    assert legal_interest_rate(date(2026, 1, 1)).value == D("1.6")
    assert "10/12/2025" in legal_interest_rate(date(2026, 3, 1)).source
    # 7.500 paid on 01/07/2025, repaid 01/03/2026:
    #   2025: 183 days (02/07–31/12) × 2%   = 750.000 × 0,02 × 183/365  = 7.520,5479 cents
    #   2026:  60 days (01/01–01/03) × 1,6% = 750.000 × 0,016 × 60/365  = 1.972,6027 cents
    #   total 9.493,15 cents → € 94,93
    result = recovery_due([PaidAmount(date(2025, 7, 1), 7_500_00)], 0, date(2026, 3, 1))
    assert [(p.days, p.rate_pct) for p in result.periods] == [(183, D("2")), (60, D("1.6"))]
    assert (result.principal_cents, result.interest_cents, result.total_cents) == (7_500_00, 94_93, 7_594_93)


def test_partial_revocation_recovers_from_the_latest_payment():
    # Paid 7.500 on 01/07/2025 and 7.500 on 01/12/2025; still due 10.000 → 5.000 to recover, taken from the
    # December payment: 2025 30 days × 2% = 821,9178; 2026 60 days × 1,6% = 1.315,0685 → 2.136,99 → € 21,37.
    payments = [PaidAmount(date(2025, 7, 1), 7_500_00),
                PaidAmount(date(2025, 12, 1), 7_500_00, TrancheCondition.RENDICONTO_FINALE)]
    result = recovery_due(payments, 10_000_00, date(2026, 3, 1))
    assert (result.paid_cents, result.principal_cents, result.interest_cents) == (15_000_00, 5_000_00, 21_37)
    assert {p.start for p in result.periods} == {date(2025, 12, 1), date(2025, 12, 31)}
    nothing = recovery_due(payments, 15_000_00, date(2026, 3, 1))
    assert (nothing.principal_cents, nothing.interest_cents) == (0, 0)


def test_interest_before_the_first_recorded_rate_is_refused_not_guessed():
    with pytest.raises(DomainError, match="saggio degli interessi legali"):
        recovery_due([PaidAmount(date(2022, 6, 1), 1_000_00)], 0, date(2023, 3, 1))


def test_no_revocation_for_firm_not_constituted_after_an_advance_on_constitution():
    advance = [PaidAmount(date(2025, 7, 1), 7_500_00, TrancheCondition.IMPRESA_COSTITUITA)]
    with pytest.raises(DomainError, match="costituzione"):
        check_revocation_ground(True, advance)
    check_revocation_ground(False, advance)  # another ground stands
    check_revocation_ground(True, [])  # nothing paid: the ground is coherent


def test_check_figures_are_dated():
    assert durc_validity_days(date(2026, 1, 1)) == 120
    assert tax_check_threshold(date(2026, 1, 1)) == 5_000_00
    assert tax_check_threshold(date(2017, 6, 1)) == 10_000_00


def test_a_cost_plan_below_the_calls_minimum_spending_is_not_admitted():
    ranked = rank([cand(1, 90, eligible=4_999_99), cand(2, 80, eligible=5_000_00)],
                  settings(min_eligible_spending_cents=5_000_00))
    by_key = {e.key: e for e in ranked.entries}
    assert by_key[1].outcome is O.NON_AMMESSA and "Spesa ammissibile sotto il minimo" in by_key[1].note
    assert by_key[2].position == 1 and by_key[2].grant_cents == 4_000_00  # 80% of 5.000


def test_the_tax_arrears_check_expires_after_the_calls_days():
    from datetime import timedelta

    from equilibri_desktop.domain.grants.codes import PaymentCheckKind as K
    from equilibri_desktop.domain.grants.payments import (
        CheckRecord,
        TrancheSituation,
        missing_conditions,
    )

    pay = date(2026, 9, 15)
    checks = {kind: CheckRecord(kind, pay - timedelta(days=5), True) for kind in (K.DURC, K.DE_MINIMIS, K.RNA,
                                                                                   K.PUBBLICAZIONE)}
    def situation(age_days: int, max_age: int) -> TrancheSituation:
        own = {**checks, K.INADEMPIENZE: CheckRecord(K.INADEMPIENZE, pay - timedelta(days=age_days), True)}
        return TrancheSituation(TrancheCondition.IMPRESA_COSTITUITA, 7_500_00, pay, True, own, 15_000_00, True,
                                False, tax_check_max_age_days=max_age)
    assert missing_conditions(situation(60, 60)) == []
    stale = missing_conditions(situation(61, 60))
    assert [c.code for c in stale] == ["inadempienze"] and "più di 60 giorni" in stale[0].message
    assert missing_conditions(situation(61, 90)) == []  # another call allows older checks
