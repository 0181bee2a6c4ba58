"""The ranking of a call: order by score and tie-break, assign grants while the budget lasts, slide it later.

Money is integer cents throughout. An application's entitlement is
min(max grant, max share % × eligible costs rounded half-up to the cent, the amount asked if any);
what it gets is the entitlement while the budget covers it. When the budget left does not cover the next
entitlement, the call's LastGrantRule decides: PARZIALE gives that application what is left — but only when
that reaches the call's minimum grant (no € 0,01 awards) —, NESSUNO funds it not at all. An application passed
over this way keeps lower-ranked ones from being funded ahead of it, unless the call lets the leftover go to a
cheaper application further down (funded only in full). Otherwise the leftover waits for a scorrimento.

Before the ranking is final the de minimis ceiling (declared aid + this grant) may cut or refuse a grant, and
a score below a criterion's minimum keeps an application out of the ranking; both carry their reason in
`note`. A scorrimento spends only what is truly available: the budget minus the grants kept minus what was
paid to revoked beneficiaries and not recovered (a € 30.000 budget never needs more than € 30.000 in cash).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from equilibri_desktop.domain.grants.codes import (
    LastGrantRule,
    RankingOutcome,
    TieBreak,
)
from equilibri_desktop.domain.grants.de_minimis import check_de_minimis

FUNDED = frozenset({RankingOutcome.FINANZIATA, RankingOutcome.FINANZIATA_PARZIALMENTE})
WITHDRAWN = frozenset({RankingOutcome.RINUNCIATA, RankingOutcome.REVOCATA})


@dataclass(frozen=True)
class Candidate:
    key: Hashable  # the application's id: the caller's handle on each entry
    public_code: str
    score: Decimal
    received_at: datetime  # protocol date-time
    birth_date: date | None  # the applicant's
    eligible_cost_cents: int
    requested_cents: int | None = None  # the grant asked for, when the application states one
    protocol_number: int = 0  # last tie-break when two protocols share the same minute
    de_minimis_declared_cents: int | None = None  # aid declared for the last three years; None = not checked
    failed_criteria: tuple[str, ...] = ()  # codes of criteria scored below their minimum


@dataclass(frozen=True)
class RankingSettings:
    budget_cents: int
    max_grant_cents: int
    max_cost_share_pct: Decimal
    threshold: Decimal
    tie_break: TieBreak = TieBreak.PROTOCOLLO
    last_grant_rule: LastGrantRule = LastGrantRule.PARZIALE
    min_partial_grant_cents: int = 0  # a partial grant below this is not awarded
    leftover_to_later: bool = False  # the leftover may fund in full a cheaper application further down
    decided_on: date | None = None  # the date the de minimis ceiling is read at
    min_eligible_spending_cents: int = 0  # a smaller eligible cost plan is not admitted


@dataclass(frozen=True)
class RankedEntry:
    key: Hashable
    public_code: str
    score: Decimal
    position: int | None  # None below the threshold
    outcome: RankingOutcome
    entitled_cents: int  # the grant the application would get with budget to spare
    grant_cents: int
    eligible_cost_cents: int
    remaining_after_cents: int  # budget left once this entry was served
    note: str = ""  # why a grant was cut or refused beyond the budget (de minimis, criterion minimum)


@dataclass(frozen=True)
class Ranking:
    entries: tuple[RankedEntry, ...]
    budget_cents: int

    @property
    def granted_cents(self) -> int:
        return sum(e.grant_cents for e in self.entries)

    @property
    def remaining_cents(self) -> int:
        return self.budget_cents - self.granted_cents


def _cents(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} va espresso in centesimi interi, non {type(value).__name__}")
    return value


def entitlement_cents(eligible_cost_cents: int, settings: RankingSettings, requested_cents: int | None = None) -> int:
    share = (Decimal(_cents(eligible_cost_cents, "eligible_cost_cents")) * settings.max_cost_share_pct / 100)
    amounts = [_cents(settings.max_grant_cents, "max_grant_cents"),
               int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP))]
    if requested_cents is not None:
        amounts.append(_cents(requested_cents, "requested_cents"))
    return max(0, min(amounts))


def order_key(candidate: Candidate, tie_break: TieBreak):
    """Higher score first; then the tie-break; the protocol always settles what is still even."""
    protocol = (candidate.received_at, candidate.protocol_number, candidate.public_code)
    if TieBreak(tie_break) is TieBreak.PIU_GIOVANE:
        # Younger = born later. An unknown birth date cannot claim the precedence: it goes after.
        born = -candidate.birth_date.toordinal() if candidate.birth_date else 1
        return (-candidate.score, born, *protocol)
    return (-candidate.score, *protocol)


def _serve(remaining: int, already: int, entitled: int, settings: RankingSettings,
           passed_over: bool) -> tuple[RankingOutcome, int, bool]:
    """Outcome and grant of one admitted application, given what it already has; `passed_over` means a
    higher application was left without its full grant, so only the call's leftover rule may fund more."""
    need = entitled - already
    if need <= 0:
        outcome = RankingOutcome.FINANZIATA if entitled else RankingOutcome.AMMESSA_NON_FINANZIATA
        return outcome, already, passed_over
    if need <= remaining and (not passed_over or settings.leftover_to_later):
        return RankingOutcome.FINANZIATA, entitled, passed_over
    partial_allowed = LastGrantRule(settings.last_grant_rule) is LastGrantRule.PARZIALE
    if (not passed_over and partial_allowed and remaining > 0
            and already + remaining >= max(1, settings.min_partial_grant_cents)):
        return RankingOutcome.FINANZIATA_PARZIALMENTE, already + remaining, passed_over
    if already:
        return RankingOutcome.FINANZIATA_PARZIALMENTE, already, True
    return RankingOutcome.AMMESSA_NON_FINANZIATA, 0, True


def _allocate(entries: Sequence[RankedEntry], budget_cents: int, settings: RankingSettings,
              already: Mapping[Hashable, int], sunk_cents: int = 0) -> tuple[RankedEntry, ...]:
    remaining = budget_cents - sum(already.values()) - sunk_cents
    passed_over, result = False, []
    for entry in entries:
        if entry.outcome in WITHDRAWN or entry.position is None:
            result.append(replace(entry, grant_cents=0, remaining_after_cents=remaining))
            continue
        held = already.get(entry.key, 0)
        outcome, grant, passed_over = _serve(remaining, held, entry.entitled_cents, settings, passed_over)
        remaining -= grant - held
        result.append(replace(entry, outcome=outcome, grant_cents=grant, remaining_after_cents=remaining))
    return tuple(result)


def rank(candidates: Iterable[Candidate], settings: RankingSettings) -> Ranking:
    """Admitted applications (score ≥ threshold) get a position; the others follow as NON_AMMESSA."""
    ordered = sorted(candidates, key=lambda c: order_key(c, settings.tie_break))
    admitted = [c for c in ordered if not _excluded(c, settings)]
    below = [c for c in ordered if _excluded(c, settings)]
    entries = [_admitted(c, position, settings) for position, c in enumerate(admitted, start=1)]
    entries += [RankedEntry(c.key, c.public_code, c.score, None, RankingOutcome.NON_AMMESSA, 0, 0,
                            c.eligible_cost_cents, 0, _below_note(c, settings)) for c in below]
    budget = _cents(settings.budget_cents, "budget_cents")
    return Ranking(_allocate(entries, budget, settings, {}), budget)


def _admitted(c: Candidate, position: int, settings: RankingSettings) -> RankedEntry:
    entitled, note = entitlement_cents(c.eligible_cost_cents, settings, c.requested_cents), ""
    if c.de_minimis_declared_cents is not None and settings.decided_on is not None:
        checked = check_de_minimis(entitled, c.de_minimis_declared_cents, settings.decided_on)
        entitled, note = checked.allowed_cents, checked.reason
    return RankedEntry(c.key, c.public_code, c.score, position, RankingOutcome.AMMESSA_NON_FINANZIATA, entitled, 0,
                       c.eligible_cost_cents, 0, note)


def _excluded(c: Candidate, settings: RankingSettings) -> bool:
    return (c.score < settings.threshold or bool(c.failed_criteria)
            or c.eligible_cost_cents < settings.min_eligible_spending_cents)


def _below_note(c: Candidate, settings: RankingSettings) -> str:
    notes = []
    if c.failed_criteria:
        notes.append("Punteggio sotto il minimo nel criterio " + ", ".join(c.failed_criteria) + ".")
    if c.eligible_cost_cents < settings.min_eligible_spending_cents:
        notes.append("Spesa ammissibile sotto il minimo del bando.")
    return " ".join(notes)


def slide(previous: Sequence[RankedEntry], withdrawn: Mapping[Hashable, RankingOutcome], budget_cents: int,
          settings: RankingSettings, sunk: Mapping[Hashable, int] | None = None) -> Ranking:
    """Scorrimento of a published ranking: the grants of withdrawn/revoked applications (and any budget
    added since) go down the same order. Grants already awarded are kept, never reduced; a partially
    funded application is topped up first, since it comes before those not funded. `sunk` holds, per
    withdrawn application, what was paid to it and not recovered: that money is gone from the budget."""
    entries, already = [], {}
    for entry in previous:
        gone = withdrawn.get(entry.key)
        if gone is not None:
            entries.append(replace(entry, outcome=RankingOutcome(gone)))
            continue
        entries.append(entry)
        if entry.outcome in FUNDED:
            already[entry.key] = entry.grant_cents
    budget = _cents(budget_cents, "budget_cents")
    lost = sum(max(0, _cents(cents, "sunk")) for key, cents in (sunk or {}).items() if key in withdrawn)
    return Ranking(_allocate(entries, budget, settings, already, lost), budget)


def spent_by_withdrawn(ranking: Ranking, sunk: Mapping[Hashable, int]) -> int:
    """Cash the call needs for a ranking: grants kept plus what withdrawn beneficiaries kept unrecovered."""
    return ranking.granted_cents + sum(max(0, sunk.get(e.key, 0)) for e in ranking.entries
                                       if e.outcome in WITHDRAWN)


def newly_funded(previous: Sequence[RankedEntry], current: Ranking) -> list[RankedEntry]:
    """Entries that had no grant before and have one now: the applications a scorrimento funds."""
    before = {e.key: e for e in previous}
    return [e for e in current.entries if e.outcome in FUNDED and before[e.key].outcome not in FUNDED]
