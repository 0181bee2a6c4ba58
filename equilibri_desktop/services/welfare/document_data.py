"""Turn the services' DTOs into the values the welfare documents print (documents never read the DB)."""

from __future__ import annotations

from dataclasses import replace

from equilibri_desktop.documents.welfare.data import (
    ActivityReportData,
    EngagementHeader,
    MeetingLine,
    PlanData,
    PlanMeasureLine,
    SurveyReportData,
)
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.welfare.catalogue import NeedCategory
from equilibri_desktop.domain.welfare.plan_rules import PlanBasis
from equilibri_desktop.domain.welfare.results import SurveyResults
from equilibri_desktop.services.welfare.dto import EngagementDetail, PlanDetail


def header(e: EngagementDetail, number_label: str = "") -> EngagementHeader:
    return EngagementHeader(
        number_label=number_label, issued_on=office_today(), engagement_title=e.title, firm_name=e.display_name,
        firm_names=tuple(f.name for f in e.firms), consultant=e.consultant, ateco=e.ateco,
        employees_women=e.employees_women, employees_men=e.employees_men,
        collective_agreement=e.collective_agreement, union_representation=e.union_representation.label)


def numbered(h: EngagementHeader, number_label: str, issued_on) -> EngagementHeader:
    return replace(h, number_label=number_label, issued_on=issued_on)


def survey_data(h: EngagementHeader, results: SurveyResults,
                per_firm: tuple[tuple[str, SurveyResults], ...] = ()) -> SurveyReportData:
    return SurveyReportData(h, results, per_firm, tuple(n.label for n in NeedCategory))


def plan_data(h: EngagementHeader, plan: PlanDetail) -> PlanData:
    lines = tuple(PlanMeasureLine(
        label=m.label, category=m.treatment.category.label, amount_per_worker=m.amount_per_worker,
        unit_value=m.unit_value, workers=m.workers, total=m.total, exempt=m.treatment.exempt, rule=m.treatment.rule,
        source=m.treatment.source, warnings=m.treatment.warnings, provider=m.provider.name if m.provider else "",
        worker_gain=m.estimate.worker_gain, firm_saving=m.estimate.firm_saving) for m in plan.measures)
    d = plan.deductibility
    return PlanData(
        header=h, year=plan.year, basis=plan.basis.label, binding=plan.basis is not PlanBasis.VOLUNTARY,
        labour_costs=plan.labour_costs, workers_women=plan.workers_women, workers_men=plan.workers_men,
        adopted_on=plan.adopted_on, measures=lines, total_cost=plan.total_cost, deductible_rule=d.rule,
        deductible_consequence=d.consequence, deductible_source=d.source,
        employer_contributions=plan.settings.employer_contributions,
        employee_contributions=plan.settings.employee_contributions, income_tax=plan.settings.income_tax,
        worker_gain=plan.worker_gain, firm_saving=plan.firm_saving, notes=plan.notes,
        productivity_note=plan.productivity_note)


def activity_data(h: EngagementHeader, e: EngagementDetail) -> ActivityReportData:
    return ActivityReportData(
        header=h, stage=e.stage.label, started_on=e.started_on,
        meetings=tuple(MeetingLine(m.held_on, m.hours, m.topic, m.participants, m.next_steps) for m in e.meetings),
        responses=e.responses, plan_years=e.plan_years, next_steps=e.next_steps)
