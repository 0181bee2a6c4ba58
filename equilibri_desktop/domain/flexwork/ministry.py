"""The Ministry of Labour's communication of an agile period (art. 23 c. 1 L. 81/2017, DM 149/2022): its
deadline, its fields in the order of the Ministry's model, and what blocks an export.

The Ministry's bulk upload uses one spreadsheet template per communication type (LA-InizioPeriodo,
LA-ModificaPeriodo, LA-AnnullamentoPeriodo, LA-RecessoPeriodo, published 9/12/2022) with the sections of the
DM 149/2022 model: employer, worker, employment, agile-work agreement. The column headings below follow those
sections and field names (the Ministry's services name the birth place by its cadastral code, as the codice
fiscale does, and give each communication a code: the receipt recorded here); the consultant pastes the rows
into the template downloaded that day."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from equilibri_desktop.domain.flexwork.codes import CommunicationType, Sector
from equilibri_desktop.domain.flexwork.legal import (
    COMMUNICATION_DAYS,
    PUBLIC_COMMUNICATION_DAY_OF_NEXT_MONTH,
    figure,
)

TEMPLATES = {CommunicationType.START: "LA-InizioPeriodo", CommunicationType.CHANGE: "LA-ModificaPeriodo",
             CommunicationType.CANCEL: "LA-AnnullamentoPeriodo", CommunicationType.WITHDRAWAL: "LA-RecessoPeriodo"}
WARNING_DAYS = 2  # the home page warns this many days before the deadline (and every day after it)


def due_date(event_on: date, sector: Sector) -> date:
    """The last day to notify: 5 days from the event; public bodies by the 20th of the following month."""
    if sector is Sector.PUBLIC and event_on >= PUBLIC_COMMUNICATION_DAY_OF_NEXT_MONTH[0].valid_from:
        year, month = (event_on.year + 1, 1) if event_on.month == 12 else (event_on.year, event_on.month + 1)
        day = min(figure(PUBLIC_COMMUNICATION_DAY_OF_NEXT_MONTH, event_on), monthrange(year, month)[1])
        return date(year, month, day)
    return event_on + timedelta(days=figure(COMMUNICATION_DAYS, event_on))


def is_near(due_on: date, today: date) -> bool:
    return due_on - today <= timedelta(days=WARNING_DAYS)


@dataclass(frozen=True)
class MinistryRow:
    """One communication as the Ministry's model asks for it. Dates are dd/mm/yyyy in the file."""

    communication_type: CommunicationType
    employer_fiscal_code: str
    worker_fiscal_code: str
    worker_surname: str
    worker_name: str
    worker_birth_date: date | None
    worker_birth_place: str  # cadastral code of the municipality or foreign State of birth (F205, Z404)
    employment_start: date | None
    employment_type: str  # EmploymentType label
    inail_pat: str
    inail_tariff: str
    agreement_type: str  # AgreementDuration label
    signed_on: date | None
    period_start: date | None
    period_end: date | None
    record: str  # who the row is, for the refusal message (worker's name and the agreement)
    fixed_term: bool = False


COLUMNS: tuple[tuple[str, str], ...] = (
    ("Tipo comunicazione", "communication_type"),
    ("Codice fiscale datore di lavoro", "employer_fiscal_code"),
    ("Codice fiscale lavoratore", "worker_fiscal_code"),
    ("Cognome lavoratore", "worker_surname"),
    ("Nome lavoratore", "worker_name"),
    ("Data di nascita", "worker_birth_date"),
    ("Comune o Stato estero di nascita", "worker_birth_place"),
    ("Data inizio rapporto di lavoro", "employment_start"),
    ("Tipologia rapporto di lavoro", "employment_type"),
    ("PAT INAIL", "inail_pat"),
    ("Voce di tariffa INAIL", "inail_tariff"),
    ("Tipologia accordo", "agreement_type"),
    ("Data sottoscrizione accordo", "signed_on"),
    ("Data inizio periodo lavoro agile", "period_start"),
    ("Data fine periodo lavoro agile", "period_end"),
)
_REQUIRED = {"employer_fiscal_code": "codice fiscale del datore", "worker_fiscal_code": "codice fiscale del "
             "lavoratore", "worker_surname": "cognome", "worker_name": "nome", "worker_birth_date": "data di nascita",
             "worker_birth_place": "codice del comune o Stato di nascita", "employment_start": "inizio del rapporto",
             "inail_pat": "PAT INAIL", "inail_tariff": "voce di tariffa INAIL", "signed_on": "data di "
             "sottoscrizione", "period_start": "inizio del periodo"}


def missing_fields(row: MinistryRow) -> list[str]:
    """What the Ministry would refuse: every required field that is empty (the end is required only for
    fixed-term agreements, and for a withdrawal, whose end is the withdrawal date)."""
    missing = [label for name, label in _REQUIRED.items() if not getattr(row, name)]
    if row.period_end is None and (row.fixed_term
                                   or row.communication_type is CommunicationType.WITHDRAWAL):
        missing.append("fine del periodo")
    return missing


def cell(row: MinistryRow, name: str) -> str:
    value = getattr(row, name)
    if isinstance(value, CommunicationType):
        return value.label.upper()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)
