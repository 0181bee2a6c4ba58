"""Welfare plans: one per engagement and tax year, its measures from the catalogue (or local services of the
registry's municipalities and third sector), each with the tax treatment of the plan's year, the plan's
deductibility and the labelled estimate."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from equilibri_desktop.domain.money import from_cents, to_cents
from equilibri_desktop.domain.welfare.catalogue import (
    LOCAL_SERVICE_CATEGORY,
    LOCAL_SERVICE_CODE,
    NeedCategory,
    TaxCategory,
    catalogue_measure,
)
from equilibri_desktop.domain.welfare.plan_rules import (
    EstimateSettings,
    PlanBasis,
    art_100_measure,
    deductibility,
    estimate,
    productivity_note,
)
from equilibri_desktop.domain.welfare.treatment import MeasureAmounts, tax_treatment
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.welfare.dto import (
    MeasureInput,
    MeasureRow,
    PlanDetail,
    PlanInput,
)
from equilibri_desktop.services.welfare.records import (
    engagement_detail,
    find_engagement,
    find_organisation,
    firm_ref,
)
from equilibri_desktop.storage.models import (
    Organisation,
    WelfareEngagement,
    WelfarePlan,
    WelfarePlanMeasure,
)

YEARS = range(2020, 2041)


def _checked_measure(index: int, m: MeasureInput) -> tuple[str, TaxCategory, NeedCategory]:
    errors = []
    if m.code == LOCAL_SERVICE_CODE:
        need = NeedCategory(m.need) if m.need in NeedCategory.__members__.values() else None
        if need is None:
            errors.append(FieldError.coded(f"measure_{index}", "welfare.plans.need_missing"))
        if m.provider_uuid is None:
            errors.append(FieldError.coded(f"measure_{index}", "welfare.plans.provider_missing"))
        if not m.label.strip():
            errors.append(FieldError.coded(f"measure_{index}", "welfare.plans.description_missing"))
        if errors:
            raise ValidationError(errors)
        return m.label.strip(), LOCAL_SERVICE_CATEGORY[need], need
    item = catalogue_measure(m.code)
    if item is None:
        raise ValidationError.coded(f"measure_{index}", "welfare.plans.measure_unknown", m_code=m.code)
    if m.amount_per_worker < 0 or m.workers < 0:
        raise ValidationError.coded(f"measure_{index}", "welfare.plans.negative")
    return (m.label.strip() or item.label), item.tax_category, item.need


def _check_plan(data: PlanInput) -> None:
    errors = []
    if data.year not in YEARS:
        errors.append(FieldError.coded("year", "welfare.plans.year", first=YEARS.start, last=YEARS.stop - 1))
    if data.labour_costs < 0:
        errors.append(FieldError.coded("labour_costs", "welfare.plans.labour_costs"))
    if data.basis is PlanBasis.VOLUNTARY and data.labour_costs <= 0 and any(
            (c := catalogue_measure(m.code)) and art_100_measure(c.tax_category) for m in data.measures):
        errors.append(FieldError.coded("labour_costs", "welfare.plans.labour_costs_needed"))
    if errors:
        raise ValidationError(errors)
    data.settings.validated()


def _measure_row(session: Session, plan: WelfarePlan, m: WelfarePlanMeasure, settings: EstimateSettings,
                 providers: dict[int, Organisation]) -> MeasureRow:
    category = TaxCategory(m.tax_category)
    amount = from_cents(m.amount_per_worker_cents)
    unit = from_cents(m.unit_value_cents) if m.unit_value_cents is not None else None
    treatment = tax_treatment(MeasureAmounts(category, amount, unit, m.with_children), plan.year)
    provider = providers.get(m.provider_id) if m.provider_id else None
    return MeasureRow(m.position, m.code, m.label, m.need, amount, unit, m.workers, m.with_children,
                      firm_ref(provider) if provider else None, treatment,
                      estimate(amount, treatment.exempt, settings))


def plan_detail(session: Session, plan: WelfarePlan) -> PlanDetail:
    e = find_engagement_by_id(session, plan.engagement_id)
    settings = EstimateSettings(Decimal(plan.employer_contributions), Decimal(plan.employee_contributions),
                                Decimal(plan.income_tax))
    measures = list(session.scalars(select(WelfarePlanMeasure).where(WelfarePlanMeasure.plan_id == plan.id)
                                    .order_by(WelfarePlanMeasure.position)))
    ids = {m.provider_id for m in measures if m.provider_id}
    providers = {o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(ids)))} if ids else {}
    rows = tuple(_measure_row(session, plan, m, settings, providers) for m in measures)
    art_100_cost = sum((r.total for r in rows if art_100_measure(r.treatment.category)), Decimal(0))
    labour = from_cents(plan.labour_costs_cents)
    detail = engagement_detail(session, e)
    return PlanDetail(plan.uuid, plan.version, e.uuid, e.title, detail.display_name, plan.year,
                      PlanBasis(plan.basis), labour, plan.workers_women, plan.workers_men, plan.adopted_on,
                      settings, rows, deductibility(PlanBasis(plan.basis), art_100_cost, labour, plan.year),
                      plan.notes, productivity_note(plan.year))


def find_engagement_by_id(session: Session, engagement_id: int) -> WelfareEngagement:
    return session.get(WelfareEngagement, engagement_id)


def _find_plan(session: Session, engagement_id: int, year: int) -> WelfarePlan | None:
    return session.scalar(select(WelfarePlan).where(WelfarePlan.engagement_id == engagement_id,
                                                    WelfarePlan.year == year))


def get_plan(db: Database, engagement_uuid: uuid.UUID, year: int) -> PlanDetail:
    db.require(Permission.WELFARE_READ)
    with db.unit_of_work() as session:
        plan = _find_plan(session, find_engagement(session, engagement_uuid).id, year)
        if plan is None:
            raise NotFoundError(code="welfare.plans.no_plan", params={"year": year})
        return plan_detail(session, plan)


def save_plan(db: Database, engagement_uuid: uuid.UUID, data: PlanInput,
              expected_version: int | None = None) -> PlanDetail:
    """Create the plan of `data.year` or replace its contents (measures included)."""
    db.require(Permission.WELFARE_WRITE)
    _check_plan(data)
    checked = [_checked_measure(i, m) for i, m in enumerate(data.measures)]
    with db.unit_of_work() as session:
        e = find_engagement(session, engagement_uuid)
        plan = _find_plan(session, e.id, data.year)
        if plan is None:
            plan = WelfarePlan(engagement_id=e.id, year=data.year)
            session.add(plan)
        elif expected_version is not None:
            check_version(plan, expected_version)
        plan.basis = data.basis.value
        plan.labour_costs_cents = to_cents(data.labour_costs)
        plan.workers_women, plan.workers_men = data.workers_women, data.workers_men
        plan.adopted_on = data.adopted_on
        plan.employer_contributions = data.settings.employer_contributions
        plan.employee_contributions = data.settings.employee_contributions
        plan.income_tax = data.settings.income_tax
        plan.notes = data.notes.strip()
        session.flush()
        for old in session.scalars(select(WelfarePlanMeasure).where(WelfarePlanMeasure.plan_id == plan.id)):
            session.delete(old)  # one by one, so the audit trail records each
        session.flush()
        for position, (m, (label, category, need)) in enumerate(zip(data.measures, checked, strict=True), 1):
            provider = find_organisation(session, m.provider_uuid).id if m.provider_uuid else None
            session.add(WelfarePlanMeasure(
                plan_id=plan.id, position=position, code=m.code, label=label[:200], tax_category=category.value,
                need=need.value, amount_per_worker_cents=to_cents(m.amount_per_worker),
                unit_value_cents=to_cents(m.unit_value) if m.unit_value is not None else None,
                workers=m.workers, with_children=m.with_children, provider_id=provider))
        session.flush()
        return plan_detail(session, plan)
