"""What the flexible-work documents print: plain frozen values the services fill (documents never read the DB)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class EmployerBlock:
    name: str
    fiscal_code: str
    address: str
    public: bool
    collective_agreement: str


@dataclass(frozen=True)
class RegulationDocData:
    number_label: str  # "3/2026" in the document register, "ESEMPIO" for specimens
    issued_on: date
    employer: EmployerBlock
    work_mode: str
    remote_mode: bool  # public bodies' "lavoro da remoto": bound to the office timetable
    days: int
    period: str
    contact_band: str  # "" when none
    disconnection_band: str
    tools: str
    tools_provider: str
    places: tuple[str, ...]
    safety_notice: str
    trial_months: int
    piao_section: str
    adopted_on: date | None
    notice_days: int
    notice_days_disabled: int
    notice_source: str
    rest_hours: int
    rest_source: str


@dataclass(frozen=True)
class AgreementDocData:
    number_label: str
    issued_on: date
    employer: EmployerBlock
    worker_name: str
    worker_fiscal_code: str
    worker_birth: str  # "nato/a a … il …"
    duration: str
    open_ended: bool
    signed_on: date
    start_on: date
    end_on: date | None
    employment_start: date
    employment_type: str
    remote_days: int
    office_days: int
    places: tuple[str, ...]
    tools: str
    contact_band: str
    disconnection_band: str
    rest_times: str
    directive_power: str
    safety_notice_on: date
    notice_days_worker: int
    notice_days_employer: int
    justified_cause: str
    priority: str  # "" when none
    retention_years: int
    retention_source: str
    regulation_adopted_on: date | None
