"""The order of a call's procedure, written once: each step says whether it may run now and, when not,
what is missing and what to do. Services refuse with these words; DTOs carry them to the screens, which
disable the action and show the reason as its tooltip (they never work the rule out themselves).

The order (L. 241/1990 and the call's own rules): the formal check starts once the call has closed (at
once for a call "a sportello", which assesses applications as they arrive); scoring once the commission
is appointed and every formal check is concluded; the final ranking once the provisional one has stayed
published for the call's period for observations (earlier only with a recorded reason); the grant
decision only from a final ranking; payments once the decision is registered and the beneficiary has
accepted the grant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.messages import CodedText

DEFAULT_OBSERVATION_DAYS = 10  # a call setting; ten days mirror L. 241/1990 art. 10-bis's term for observations
MAX_OBSERVATION_DAYS = 90


@dataclass(frozen=True)
class Gate:
    """Whether a step may run now; `why_not` says what is missing and what to do."""

    why_not: str = ""

    @property
    def allowed(self) -> bool:
        return not self.why_not

    def enforce(self) -> None:
        if isinstance(self.why_not, CodedText):
            raise DomainError(str(self.why_not), code=self.why_not.code, params=self.why_not.params)
        if self.why_not:
            raise DomainError(self.why_not)


OPEN = Gate()


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def formal_check_gate(closes_at: datetime | None, a_sportello: bool, now: datetime) -> Gate:
    """The formal check compares every application on the same terms: it starts when the call has closed."""
    if a_sportello or (closes_at is not None and now >= closes_at):
        return OPEN
    if closes_at is None:
        return Gate(CodedText("procedure.no_closing"))
    return Gate(CodedText("procedure.call_open", day=_day(closes_at.date())))


def admission_gate(checks: int, pending: int, failed: Sequence[str]) -> Gate:
    """Admission needs every eligibility check computed and confirmed, none failed."""
    if not checks:
        return Gate(CodedText("procedure.no_checks"))
    if pending:
        return Gate(CodedText("procedure.checks_pending", pending=pending))
    if failed:  # the requirements' labels, joined by "; " (the interface translates each)
        return Gate(CodedText("procedure.checks_failed", failed="; ".join(failed)))
    return OPEN


def scoring_gate(commission_members: int, under_check: int) -> Gate:
    """Scores are given once the commission exists and no application of the call is still being checked."""
    if not commission_members:
        return Gate(CodedText("procedure.no_commission"))
    if under_check == 1:
        return Gate(CodedText("procedure.under_check_one"))
    if under_check:
        return Gate(CodedText("procedure.under_check", count=under_check))
    return OPEN


def observations_end(published_on: date, observation_days: int) -> date:
    """The last day to submit observations on a provisional ranking published on `published_on`."""
    return published_on + timedelta(days=observation_days)


def final_ranking_gate(provisional_published_on: date | None, observation_days: int, today: date,
                       early_reason: str = "") -> Gate:
    """The final ranking follows a published provisional one once the period for observations has run."""
    if provisional_published_on is None:
        return Gate(CodedText("procedure.no_provisional"))
    last = observations_end(provisional_published_on, observation_days)
    if today > last or early_reason.strip():
        return OPEN
    return Gate(CodedText("procedure.observations_open", day=_day(last)))


def decision_gate(final: bool) -> Gate:
    if final:
        return OPEN
    return Gate(CodedText("procedure.decision_needs_final"))


def acceptance_gate(decision_registered: bool) -> Gate:
    if decision_registered:
        return OPEN
    return Gate(CodedText("procedure.no_decision"))


def payment_gate(decision_registered: bool, accepted_on: date | None) -> Gate:
    """Nothing is paid before the grant is decided and accepted by the beneficiary."""
    if not decision_registered:
        return acceptance_gate(False)
    if accepted_on is None:
        return Gate(CodedText("procedure.not_accepted"))
    return OPEN



def partial_acceptance_end(sent_on: date, acceptance_days: int) -> date:
    """The last day a partly funded beneficiary may confirm she accepts the reduced grant. The letter counts the
    days from receipt; the office counts them from the official protocol date of the letter sent by PEC (received
    the day it is sent), never from the date the draft was printed."""
    return sent_on + timedelta(days=acceptance_days)


def partial_grant_lapsed(sent_on: date | None, acceptance_days: int, accepted_on: date | None, today: date) -> bool:
    """A partial grant not accepted by the end of its term lapses, and the next in line is considered."""
    return sent_on is not None and accepted_on is None and today > partial_acceptance_end(sent_on, acceptance_days)
