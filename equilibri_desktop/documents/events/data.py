"""What the event documents print: plain frozen data, filled by services/events/documents.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class SignInRow:
    name: str
    organisation: str


@dataclass(frozen=True)
class SignInSheetData:
    number_label: str
    event_title: str
    event_kind_label: str
    place: str
    session_position: int
    session_count: int
    day: date
    starts: time
    ends: time
    hours_label: str
    trainer: str
    topic: str
    rows: tuple[SignInRow, ...]
    blank_rows: int = 5  # for people who turn up without registering


@dataclass(frozen=True)
class CertificateData:
    number_label: str
    certificate_title: str  # "Attestato di frequenza"
    full_name: str
    sex: str
    birth_date: date | None
    birth_place: str
    fiscal_code: str
    event_title: str
    event_kind_label: str
    organiser: str
    place: str
    first_day: date | None
    last_day: date | None
    attended_hours: str  # "12 h"
    total_hours: str
    attendance_percent: str  # "87,5"
    topics: tuple[str, ...]
    trainers: tuple[str, ...]
    signer_name: str
    signer_role: str
    issue_place: str
    issued_on: date

    def event_title_kind(self) -> str:
        """The kind as it reads after «il»: «corso di formazione», «laboratorio»…"""
        return self.event_kind_label.lower()
