"""The payment rules of a start-up grant: tranche split, 4% withholding, balance, conditions of a tranche."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import PaymentCheckKind as K
from equilibri_desktop.domain.grants.codes import TrancheCondition as C
from equilibri_desktop.domain.grants.payment_expenses import validate_expense
from equilibri_desktop.domain.grants.payment_firm import FirmInput, validate_firm
from equilibri_desktop.domain.grants.payments import (
    CheckRecord,
    PlannedTranche,
    TrancheSituation,
    balance_after_report,
    durc_valid_until,
    effective_checks,
    missing_conditions,
    net_of_withholding,
    split_grant,
)

FIFTY_FIFTY = [PlannedTranche(0, "Anticipo", Decimal(50), C.IMPRESA_COSTITUITA),
               PlannedTranche(1, "Saldo", Decimal(50), C.RENDICONTO_FINALE)]
THIRDS = [PlannedTranche(0, "Prima", Decimal("33.33"), C.IMPRESA_COSTITUITA),
          PlannedTranche(1, "Seconda", Decimal("33.33"), C.IMPRESA_COSTITUITA),
          PlannedTranche(2, "Saldo", Decimal("33.34"), C.RENDICONTO_FINALE)]


@pytest.mark.parametrize("granted", [1, 99, 10_000_00, 12_345_67, 14_999_99, 1_000_000_01])
@pytest.mark.parametrize("plan", [FIFTY_FIFTY, THIRDS], ids=["50-50", "terzi"])
def test_tranches_add_up_to_the_grant_exactly(granted, plan):
    amounts = split_grant(granted, plan)
    assert sum(a.gross_cents for a in amounts) == granted
    assert [a.position for a in amounts] == [p.position for p in plan]
    assert all(a.gross_cents >= 0 for a in amounts)


def test_the_last_tranche_takes_the_rounding_remainder():
    assert [a.gross_cents for a in split_grant(12_345_67, FIFTY_FIFTY)] == [6_172_84, 6_172_83]
    # 33.33% of 100,00 € is 33,33 €; the balance takes 33,34 € so nothing is lost
    assert [a.gross_cents for a in split_grant(100_00, THIRDS)] == [33_33, 33_33, 33_34]
    assert [a.condition for a in split_grant(100_00, THIRDS)] == [C.IMPRESA_COSTITUITA, C.IMPRESA_COSTITUITA,
                                                                   C.RENDICONTO_FINALE]


def test_a_plan_not_adding_to_100_percent_is_refused():
    with pytest.raises(DomainError, match="90%"):
        split_grant(10_000_00, [replace(FIFTY_FIFTY[0], percent=Decimal(40)), FIFTY_FIFTY[1]])
    with pytest.raises(DomainError, match="piano"):
        split_grant(10_000_00, [])


@pytest.mark.parametrize("gross,withheld", [
    (5_000_00, 200_00),  # € 5.000,00 → € 200,00
    (7_500_00, 300_00),
    (12_37, 49),  # 4% of 12,37 € is 0,4948 €: 0,49
    (12_38, 50),  # 0,4952 € → 0,50
    (12_50, 50),
    (1_234_56, 49_38),  # 49,3824 → 49,38
    (1_234_63, 49_39),  # 49,3852 → 49,39
    (37_50, 1_50),
    (1, 0),  # 0,04 cents
    (13, 1),  # 0,52 cents: half up
    (12, 0),  # 0,48 cents
])
def test_four_percent_withholding_rounded_half_up_to_the_cent(gross, withheld):
    net = net_of_withholding(gross)
    assert (net.withholding_cents, net.net_cents) == (withheld, gross - withheld)


def test_withholding_rounds_to_the_nearest_cent():
    # 4% of whole cents is never exactly half a cent (gross × 4 ends in 50 only for fractional cents),
    # so half-up rounding means: to the nearest cent, never truncated.
    for gross in range(0, 10_000):
        withheld = net_of_withholding(gross).withholding_cents
        assert abs(withheld * 100 - gross * 4) <= 50


def test_withholding_only_for_firms():
    assert net_of_withholding(5_000_00, firm=False).withholding_cents == 0
    assert net_of_withholding(5_000_00, firm=False).net_cents == 5_000_00


def test_balance_from_eligible_spending():
    # granted 10.000, max 80% of eligible costs, 5.000 advance
    full = balance_after_report(10_000_00, 15_000_00, Decimal(80), 5_000_00)
    assert (full.due_cents, full.balance_cents, full.excess_cents) == (10_000_00, 5_000_00, 0)
    less = balance_after_report(10_000_00, 10_000_00, Decimal(80), 5_000_00)
    assert (less.due_cents, less.balance_cents) == (8_000_00, 3_000_00)
    odd = balance_after_report(10_000_00, 9_999_99, Decimal("80"), 5_000_00)
    assert odd.due_cents == 7_999_99  # 7.999,992 → 7.999,99
    half = balance_after_report(10_000_00, 1_23, Decimal(50), 0)
    assert half.due_cents == 62  # 61,5 cents half up


def test_balance_is_never_negative_and_the_excess_is_to_recover():
    low = balance_after_report(10_000_00, 4_000_00, Decimal(80), 5_000_00)
    assert (low.due_cents, low.balance_cents, low.excess_cents) == (3_200_00, 0, 1_800_00)
    nothing = balance_after_report(10_000_00, 0, Decimal(80), 5_000_00)
    assert (nothing.balance_cents, nothing.excess_cents) == (0, 5_000_00)


PAY_DAY = date(2026, 9, 15)


def _situation(**changes) -> TrancheSituation:
    checks = {K.DURC: CheckRecord(K.DURC, PAY_DAY - timedelta(days=30), True),
              K.DE_MINIMIS: CheckRecord(K.DE_MINIMIS, PAY_DAY - timedelta(days=5), True),
              K.RNA: CheckRecord(K.RNA, PAY_DAY - timedelta(days=60), True, "COR 123456"),
              K.PUBBLICAZIONE: CheckRecord(K.PUBBLICAZIONE, PAY_DAY - timedelta(days=10), True)}
    values = dict(condition=C.IMPRESA_COSTITUITA, gross_cents=5_000_00, payment_date=PAY_DAY, firm_constituted=True,
                  checks=checks, yearly_total_cents=10_000_00, first_payment=True, final_report_submitted=False)
    values.update(changes)
    return TrancheSituation(**values)


def _without(kind: K, **changes) -> TrancheSituation:
    situation = _situation(**changes)
    return replace(situation, checks={k: v for k, v in situation.checks.items() if k != kind})


def _missing_codes(situation: TrancheSituation) -> list[str]:
    return [c.code for c in missing_conditions(situation)]


def test_all_conditions_met():
    assert missing_conditions(_situation()) == []


def test_firm_must_be_constituted_for_any_tranche():
    missing = missing_conditions(_situation(firm_constituted=False))
    assert [c.code for c in missing] == ["impresa_costituita"]
    assert "non risulta ancora costituita" in missing[0].message


@pytest.mark.parametrize("days_before,valid", [(0, True), (119, True), (120, True), (121, False), (200, False)])
def test_durc_is_valid_for_120_days(days_before, valid):
    durc = CheckRecord(K.DURC, PAY_DAY - timedelta(days=days_before), True)
    situation = _situation()
    situation = replace(situation, checks={**situation.checks, K.DURC: durc})
    assert ("durc" not in _missing_codes(situation)) is valid
    assert durc_valid_until(date(2026, 1, 1)) == date(2026, 5, 1)
    if not valid:
        message = missing_conditions(situation)[0].message
        assert "scaduto" in message and f"{durc_valid_until(durc.checked_on):%d/%m/%Y}" in message


def test_durc_missing_negative_or_dated_after_the_payment():
    assert _missing_codes(_without(K.DURC)) == ["durc"]
    failed = _situation()
    failed = replace(failed, checks={**failed.checks, K.DURC: CheckRecord(K.DURC, PAY_DAY, False)})
    assert "esito negativo" in missing_conditions(failed)[0].message
    later = replace(failed, checks={**failed.checks, K.DURC: CheckRecord(K.DURC, PAY_DAY + timedelta(days=1), True)})
    assert "dopo la data del pagamento" in missing_conditions(later)[0].message


@pytest.mark.parametrize("gross,needed", [(4_999_99, False), (5_000_00, False), (5_000_01, True), (7_500_00, True)])
def test_tax_arrears_check_only_over_5000_euro(gross, needed):
    assert ("inadempienze" in _missing_codes(_situation(gross_cents=gross))) is needed
    ok = _situation(gross_cents=gross)
    ok = replace(ok, checks={**ok.checks, K.INADEMPIENZE: CheckRecord(K.INADEMPIENZE, PAY_DAY, True)})
    assert missing_conditions(ok) == []


@pytest.mark.parametrize("total,needed", [(999_99, False), (1_000_00, False), (1_000_01, True), (15_000_00, True)])
def test_publication_before_the_first_payment_over_1000_euro_a_year(total, needed):
    assert ("pubblicazione" in _missing_codes(_without(K.PUBBLICAZIONE, yearly_total_cents=total))) is needed


def test_publication_must_come_before_the_payment():
    late = _situation()
    late = replace(late, checks={**late.checks, K.PUBBLICAZIONE: CheckRecord(K.PUBBLICAZIONE,
                                                                             PAY_DAY + timedelta(days=2), True)})
    assert _missing_codes(late) == ["pubblicazione"]


def test_publication_still_owed_after_a_first_payment_made_without_it():
    assert _missing_codes(_without(K.PUBBLICAZIONE, first_payment=False)) == ["pubblicazione"]


def test_de_minimis_and_rna_are_needed():
    assert _missing_codes(_without(K.DE_MINIMIS)) == ["de_minimis"]
    assert _missing_codes(_without(K.RNA)) == ["rna"]


def test_balance_needs_the_final_report():
    missing = missing_conditions(_situation(condition=C.RENDICONTO_FINALE))
    assert [c.code for c in missing] == ["rendiconto_finale"] and "rendiconto" in missing[0].message
    assert missing_conditions(_situation(condition=C.RENDICONTO_FINALE, final_report_submitted=True)) == []


def test_rna_and_publication_count_from_another_tranche():
    own = [CheckRecord(K.DURC, PAY_DAY, True)]
    other = [CheckRecord(K.RNA, date(2026, 7, 1), True, "COR 1"), CheckRecord(K.DURC, date(2026, 1, 1), True),
             CheckRecord(K.PUBBLICAZIONE, date(2026, 7, 2), False),
             CheckRecord(K.PUBBLICAZIONE, date(2026, 7, 5), True)]
    counted = effective_checks(own, other)
    assert counted[K.DURC].checked_on == PAY_DAY  # the DURC is the tranche's own, never borrowed
    assert counted[K.RNA].reference == "COR 1"
    assert counted[K.PUBBLICAZIONE].passed and counted[K.PUBBLICAZIONE].checked_on == date(2026, 7, 5)


def test_every_missing_condition_has_an_italian_message():
    bare = _situation(firm_constituted=False, checks={}, condition=C.RENDICONTO_FINALE, gross_cents=6_000_00)
    missing = missing_conditions(bare)
    assert [c.code for c in missing] == ["impresa_costituita", "durc", "inadempienze", "de_minimis", "rna",
                                         "pubblicazione", "rendiconto_finale"]
    assert all(c.message and not c.met for c in missing)
    assert "Manca la verifica «DURC regolare (valido 120 giorni)»." in [c.message for c in missing]


MELEGNANO = MunicipalityRef(1, "Melegnano", "20077")
GOOD_FIRM = FirmInput("Piccoli Passi di Rossi Maria", "IT 12345670124", date(2026, 8, 1), "Via Roma 1", 1, "",
                      "IT60 X054 2811 1010 0000 0123 456")


def test_firm_input_is_cleaned():
    clean = validate_firm(GOOD_FIRM, {1: MELEGNANO}, today=date(2026, 9, 1))
    assert (clean.vat_number, clean.cap, clean.iban) == ("12345670124", "20077", "IT60X0542811101000000123456")


def test_firm_errors_are_all_reported_by_field():
    wrong = FirmInput("", "12345670125", date(2026, 9, 2), "", None, "2007", "IT61X0542811101000000123456")
    with pytest.raises(ValidationError) as caught:
        validate_firm(wrong, {1: MELEGNANO}, today=date(2026, 9, 1))
    fields = {e.field for e in caught.value.errors}
    assert fields == {"name", "vat_number", "constituted_on", "address", "municipality_id", "cap", "iban"}
    assert "cifra di controllo" in caught.value.for_field("vat_number")
    assert "controllo" in caught.value.for_field("iban")


def test_wrong_cin_of_an_iban_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_firm(replace(GOOD_FIRM, iban="IT64Y0542811101000000123456"), {1: MELEGNANO}, today=date(2026, 9, 1))
    assert "CIN" in caught.value.for_field("iban")


def test_an_ineligible_receipt_needs_a_reason_and_amounts_are_cents():
    with pytest.raises(ValidationError) as caught:
        validate_expense(date(2026, 9, 1), "Ikea", 1_200_00, "", "", "", False, " ", today=date(2026, 9, 2))
    assert caught.value.for_field("ineligible_reason")
    with pytest.raises(ValidationError) as caught:
        validate_expense(None, "", 0, "", "", "", True, "")
    assert {e.field for e in caught.value.errors} == {"spent_on", "supplier", "amount"}
    with pytest.raises(TypeError):
        validate_expense(date(2026, 9, 1), "Ikea", 12.5, "", "", "", True, "")
    kept = validate_expense(date(2026, 9, 1), " Ikea  Italia ", 1_200_00, "Arredi", "", "F 12", True, "ignored")
    assert (kept.supplier, kept.ineligible_reason) == ("Ikea Italia", "")
