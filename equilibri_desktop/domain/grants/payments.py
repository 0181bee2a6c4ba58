"""Paying a start-up grant: tranche amounts, the 4% withholding, the balance after the expense report and
the conditions a tranche must meet before it is paid. Amounts are integer cents throughout."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.codes import PaymentCheckKind as K
from equilibri_desktop.domain.grants.codes import TrancheCondition
from equilibri_desktop.domain.grants.legal_figures import durc_validity_days, tax_check_threshold
from equilibri_desktop.domain.money import format_euro, from_cents

# Art. 28 c.2 DPR 600/1973: 4% withheld on grants to firms (see withholding.py for the base; this is the
# flat figure the older callers use).
WITHHOLDING_RATE = Decimal("0.04")
# A DURC is valid for 120 days from the day it was issued (D.M. 30/01/2015 art. 7): dated in legal_figures.
DURC_VALIDITY_DAYS = 120
# Art. 48-bis DPR 602/1973: payments over € 5.000 wait for the tax-arrears check (dated in legal_figures).
TAX_CHECK_THRESHOLD_CENTS = 5_000_00
# How old a tax-arrears check may be on the payment date unless the call says otherwise [config].
DEFAULT_TAX_CHECK_MAX_AGE_DAYS = 60
# D.Lgs. 33/2013 art. 26 c.2-3: grants over € 1.000 a year to one beneficiary are published before payment.
PUBLICATION_THRESHOLD_CENTS = 1_000_00
# Checks valid for the whole grant, whichever tranche they were recorded on.
ONCE_PER_GRANT = frozenset({K.RNA, K.PUBBLICAZIONE})


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class PlannedTranche:
    position: int
    label: str
    percent: Decimal
    condition: TrancheCondition


@dataclass(frozen=True)
class TrancheAmount:
    position: int
    label: str
    condition: TrancheCondition
    gross_cents: int


def split_grant(granted_cents: int, plan: Sequence[PlannedTranche]) -> list[TrancheAmount]:
    """Each tranche is its percentage of the grant rounded to the cent; the last one takes what is left,
    so the tranches always add up to the grant exactly."""
    if not plan:
        raise DomainError("Il bando non ha un piano di erogazione: indica le tranche nel bando.")
    total = sum((item.percent for item in plan), Decimal(0))
    if total != 100:
        raise DomainError(f"Le tranche del bando sommano al {total.normalize():f}%: devono fare il 100%.")
    ordered = sorted(plan, key=lambda item: item.position)
    amounts, given = [], 0
    for index, item in enumerate(ordered):
        last = index == len(ordered) - 1
        cents = granted_cents - given if last else _half_up(Decimal(granted_cents) * item.percent / 100)
        given += cents
        amounts.append(TrancheAmount(item.position, item.label, TrancheCondition(item.condition), cents))
    return amounts


@dataclass(frozen=True)
class NetAmount:
    gross_cents: int
    withholding_cents: int
    net_cents: int


def net_of_withholding(gross_cents: int, firm: bool = True) -> NetAmount:
    """The 4% withholding, rounded half up to the cent; `firm=False` for a beneficiary it does not touch.
    Once the firm is constituted the beneficiary is always a firm, hence the default."""
    withheld = _half_up(Decimal(gross_cents) * WITHHOLDING_RATE) if firm else 0
    return NetAmount(gross_cents, withheld, gross_cents - withheld)


@dataclass(frozen=True)
class Balance:
    due_cents: int  # the grant actually due after the report
    other_tranches_cents: int  # the other tranches, paid or still to pay
    balance_cents: int  # the new amount of the balance tranche, never negative
    excess_cents: int  # already given beyond what is due: to recover


def balance_after_report(granted_cents: int, eligible_spending_cents: int, max_cost_share_pct: Decimal,
                         other_tranches_cents: int) -> Balance:
    """Grant due = min(granted, max cost share % × eligible spending, rounded half up); the balance tranche
    is what is due minus the other tranches (the advance), never below zero. The other tranches count
    whether paid yet or not, so the grant is never given twice; any excess is money to recover."""
    share = _half_up(Decimal(eligible_spending_cents) * Decimal(max_cost_share_pct) / 100)
    due = max(0, min(granted_cents, share))
    return Balance(due, other_tranches_cents, max(0, due - other_tranches_cents),
                   max(0, other_tranches_cents - due))


@dataclass(frozen=True)
class CheckRecord:
    kind: K
    checked_on: date
    passed: bool
    reference: str = ""


def effective_checks(own: Sequence[CheckRecord], whole_grant: Sequence[CheckRecord]) -> dict[K, CheckRecord]:
    """The checks that count for one tranche: its own, plus RNA and publication recorded on any tranche of
    the grant (a passed record wins over a failed one, then the most recent)."""
    found = {record.kind: record for record in own}
    for record in sorted(whole_grant, key=lambda r: (r.passed, r.checked_on)):
        if record.kind in ONCE_PER_GRANT and not (found.get(record.kind) and found[record.kind].passed):
            found[record.kind] = record
    return found


@dataclass(frozen=True)
class TrancheSituation:
    condition: TrancheCondition
    gross_cents: int
    payment_date: date
    firm_constituted: bool
    checks: Mapping[K, CheckRecord]
    yearly_total_cents: int  # what the beneficiary is granted in the solar year, this grant included
    first_payment: bool  # no other tranche of the grant paid yet
    final_report_submitted: bool
    tax_check_max_age_days: int = DEFAULT_TAX_CHECK_MAX_AGE_DAYS  # call setting


@dataclass(frozen=True)
class ConditionState:
    code: str  # "impresa_costituita", "rendiconto_finale" or a PaymentCheckKind value
    label: str
    met: bool
    message: str  # why it is not met, in Italian; "" when met


def _check_state(kind: K, record: CheckRecord | None, on: date, extra: str = "") -> ConditionState:
    if record is None:
        return ConditionState(kind.value, kind.label, False, f"Manca la verifica «{kind.label}»{extra}.")
    if not record.passed:
        return ConditionState(kind.value, kind.label, False,
                              f"La verifica «{kind.label}» del {record.checked_on:%d/%m/%Y} ha dato esito negativo.")
    if record.checked_on > on:
        return ConditionState(kind.value, kind.label, False, f"La verifica «{kind.label}» è datata "
                              f"{record.checked_on:%d/%m/%Y}, dopo la data del pagamento ({on:%d/%m/%Y}).")
    return ConditionState(kind.value, kind.label, True, "")


def durc_valid_until(checked_on: date) -> date:
    """The last day a DURC of `checked_on` covers a payment (the 120th day after it)."""
    return checked_on + timedelta(days=durc_validity_days(checked_on))


def tranche_conditions(s: TrancheSituation) -> list[ConditionState]:
    """Every condition that applies to paying this tranche on `s.payment_date`, met or not."""
    on = s.payment_date
    states = [ConditionState("impresa_costituita", "Impresa costituita", s.firm_constituted,
                             "" if s.firm_constituted else "L'impresa non risulta ancora costituita: registra "
                             "partita IVA, data di costituzione e IBAN.")]
    durc = _check_state(K.DURC, s.checks.get(K.DURC), on)
    record = s.checks.get(K.DURC)
    if durc.met and on > durc_valid_until(record.checked_on):
        durc = ConditionState(K.DURC.value, K.DURC.label, False, f"Il DURC del {record.checked_on:%d/%m/%Y} è "
                              f"scaduto il {durc_valid_until(record.checked_on):%d/%m/%Y}: richiedine uno nuovo.")
    states.append(durc)
    if s.gross_cents > tax_check_threshold(on):
        tax = _check_state(K.INADEMPIENZE, s.checks.get(K.INADEMPIENZE), on)
        record = s.checks.get(K.INADEMPIENZE)
        if tax.met and (on - record.checked_on).days > s.tax_check_max_age_days:
            tax = ConditionState(K.INADEMPIENZE.value, K.INADEMPIENZE.label, False,
                                 f"La verifica art. 48-bis del {record.checked_on:%d/%m/%Y} ha più di "
                                 f"{s.tax_check_max_age_days} giorni alla data del pagamento: ripetila.")
        states.append(tax)
    states.append(_check_state(K.DE_MINIMIS, s.checks.get(K.DE_MINIMIS), on))
    states.append(_check_state(K.RNA, s.checks.get(K.RNA), on))
    # Publication is a condition for the grant to take effect: before the first payment, and still owed
    # later if a first payment went out without it.
    publication = s.checks.get(K.PUBBLICAZIONE)
    if s.yearly_total_cents > PUBLICATION_THRESHOLD_CENTS and (s.first_payment or not (
            publication and publication.passed)):
        states.append(_check_state(K.PUBBLICAZIONE, publication, on, " (contributi oltre "
                                   f"{format_euro(from_cents(PUBLICATION_THRESHOLD_CENTS))} nell'anno, "
                                   "art. 26 D.Lgs. 33/2013)"))
    if s.condition == TrancheCondition.RENDICONTO_FINALE:
        label = TrancheCondition.RENDICONTO_FINALE.label
        states.append(ConditionState(TrancheCondition.RENDICONTO_FINALE.value, "Rendiconto finale presentato",
                                     s.final_report_submitted, "" if s.final_report_submitted else
                                     f"Il saldo si paga solo {label[0].lower()}{label[1:]}: manca il rendiconto."))
    return states


def missing_conditions(s: TrancheSituation) -> list[ConditionState]:
    return [state for state in tranche_conditions(s) if not state.met]
