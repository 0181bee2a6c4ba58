"""Turn the services' DTOs into the values the flexible-work documents print."""

from __future__ import annotations

from datetime import date

from equilibri_desktop.documents.flexwork.data import (
    AgreementDocData,
    EmployerBlock,
    RegulationDocData,
)
from equilibri_desktop.domain.flexwork.agreement import AgreementInput
from equilibri_desktop.domain.flexwork.bands import parse_band
from equilibri_desktop.domain.flexwork.codes import AgreementDuration, Priority, Sector, WorkMode
from equilibri_desktop.domain.flexwork.legal import (
    DAILY_REST_HOURS,
    RETENTION_YEARS,
    WITHDRAWAL_NOTICE_DAYS,
    WITHDRAWAL_NOTICE_DISABLED_EMPLOYER_DAYS,
    figure,
    source,
)
from equilibri_desktop.domain.flexwork.regulation import RegulationInput
from equilibri_desktop.services.flexwork.dto import PathwayDetail


def _band(start: str, end: str) -> str:
    band, _problems = parse_band(start, end, "", "")
    return f"dalle {band.start:%H:%M} alle {band.end:%H:%M}" if band else ""


def employer(p: PathwayDetail, address: str) -> EmployerBlock:
    return EmployerBlock(p.organisation.name, p.organisation_fiscal_code, address, p.sector is Sector.PUBLIC,
                         p.collective_agreement)


def regulation_data(p: PathwayDetail, r: RegulationInput, address: str, number_label: str,
                    issued_on: date) -> RegulationDocData:
    on = r.adopted_on or issued_on
    return RegulationDocData(
        number_label=number_label, issued_on=issued_on, employer=employer(p, address), work_mode=r.work_mode.label,
        remote_mode=r.work_mode is WorkMode.REMOTE, days=r.days, period=r.period.label,
        contact_band=_band(r.contact_start, r.contact_end),
        disconnection_band=_band(r.disconnection_start, r.disconnection_end), tools=r.tools.rstrip("."),
        tools_provider=r.tools_provider.label, places=tuple(pl.label for pl in r.places),
        safety_notice=r.safety_notice.rstrip("."), trial_months=r.trial_months, piao_section=r.piao_section,
        adopted_on=r.adopted_on, notice_days=figure(WITHDRAWAL_NOTICE_DAYS, on),
        notice_days_disabled=figure(WITHDRAWAL_NOTICE_DISABLED_EMPLOYER_DAYS, on),
        notice_source=source(WITHDRAWAL_NOTICE_DAYS, on), rest_hours=figure(DAILY_REST_HOURS, on),
        rest_source=source(DAILY_REST_HOURS, on))


def agreement_data(p: PathwayDetail, a: AgreementInput, address: str, worker_name: str, worker_fiscal_code: str,
                   worker_birth: str, retention_years: int, number_label: str, issued_on: date) -> AgreementDocData:
    return AgreementDocData(
        number_label=number_label, issued_on=issued_on, employer=employer(p, address), worker_name=worker_name,
        worker_fiscal_code=worker_fiscal_code, worker_birth=worker_birth, duration=a.duration.label,
        open_ended=a.duration is AgreementDuration.OPEN, signed_on=a.signed_on, start_on=a.start_on,
        end_on=a.end_on, employment_start=a.employment_start, employment_type=a.employment_type.label,
        remote_days=a.remote_days, office_days=a.office_days, places=tuple(pl.label for pl in a.places),
        tools=a.tools, contact_band=_band(a.contact_start, a.contact_end),
        disconnection_band=_band(a.disconnection_start, a.disconnection_end), rest_times=a.rest_times,
        directive_power=a.directive_power, safety_notice_on=a.safety_notice_on,
        notice_days_worker=a.notice_days_worker, notice_days_employer=a.notice_days_employer,
        justified_cause=a.justified_cause, priority="" if a.priority is Priority.NONE else a.priority.label,
        retention_years=retention_years, retention_source=source(RETENTION_YEARS, a.signed_on),
        regulation_adopted_on=p.regulation.adopted_on if p.regulation else None)
