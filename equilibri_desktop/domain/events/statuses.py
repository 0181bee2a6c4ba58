"""Participant statuses (after CiviEvent): which ones hold a place, and which changes are allowed.

A status that is "counted" occupies one of the event's places; the waiting list moves up when a counted
participant leaves (annullata/o).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from equilibri_desktop.domain.errors import DomainError


class ParticipantStatus(StrEnum):
    ISCRITTA = "iscritta"
    IN_ATTESA = "in_attesa"
    PRESENTE = "presente"
    ASSENTE = "assente"
    ANNULLATA = "annullata"

    @property
    def label(self) -> str:
        return STATUS_TABLE[self].label

    @property
    def counted(self) -> bool:
        return STATUS_TABLE[self].counted


@dataclass(frozen=True)
class StatusRule:
    label: str
    counted: bool  # holds one of the places
    attendance_allowed: bool  # a session's attendance may be recorded
    next_statuses: frozenset[ParticipantStatus]


S = ParticipantStatus
STATUS_TABLE: dict[ParticipantStatus, StatusRule] = {
    S.ISCRITTA: StatusRule("Iscritta/o", True, True, frozenset({S.PRESENTE, S.ASSENTE, S.ANNULLATA})),
    S.IN_ATTESA: StatusRule("In attesa", False, False, frozenset({S.ISCRITTA, S.ANNULLATA})),
    S.PRESENTE: StatusRule("Presente", True, True, frozenset({S.ASSENTE, S.ISCRITTA, S.ANNULLATA})),
    S.ASSENTE: StatusRule("Assente", True, True, frozenset({S.PRESENTE, S.ISCRITTA, S.ANNULLATA})),
    S.ANNULLATA: StatusRule("Annullata/o", False, False, frozenset({S.ISCRITTA, S.IN_ATTESA})),
}
COUNTED = frozenset(s for s, rule in STATUS_TABLE.items() if rule.counted)


class TransitionError(DomainError):
    pass


def allowed_next(status: ParticipantStatus | str) -> tuple[ParticipantStatus, ...]:
    """The statuses a participant may move to from `status`, in the table's order."""
    nxt = STATUS_TABLE[ParticipantStatus(status)].next_statuses
    return tuple(s for s in ParticipantStatus if s in nxt)


def check_transition(old: ParticipantStatus | str, new: ParticipantStatus | str) -> ParticipantStatus:
    old, new = ParticipantStatus(old), ParticipantStatus(new)
    if new not in STATUS_TABLE[old].next_statuses:
        raise TransitionError(code="events.statuses.move_refused", params={"old_label": old.label,
                              "new_label": new.label})
    return new


def check_attendance_allowed(status: ParticipantStatus | str) -> None:
    status = ParticipantStatus(status)
    if not STATUS_TABLE[status].attendance_allowed:
        raise TransitionError(code="events.statuses.attendance_refused", params={"status_label": status.label})


def status_on_entry(counted_now: int, capacity: int | None) -> ParticipantStatus:
    """Registered while places are left, on the waiting list otherwise."""
    if capacity is None or counted_now < capacity:
        return ParticipantStatus.ISCRITTA
    return ParticipantStatus.IN_ATTESA
