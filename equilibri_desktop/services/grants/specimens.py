"""Specimens of every grant document, for an office to review its templates before real use.

The call's own settings (texts, grid, tranche plan, commission) come from the database when it holds a
call; applicants are always fictitious, so a specimen never carries a real person's data out of the program.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from equilibri_desktop.documents.grants.data import (
    CallReference,
    CommissionMemberLine,
    CriterionLine,
    SittingLine,
)
from equilibri_desktop.domain.grants.codes import TrancheCondition
from equilibri_desktop.domain.grants.payments import PlannedTranche
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.document_common import (
    act_text,
    call_reference,
    tranche_plan,
)
from equilibri_desktop.services.grants.document_data import payment_terms
from equilibri_desktop.services.grants.minutes_data import sittings
from equilibri_desktop.storage.models import (
    GrantCall,
    GrantCommissionMember,
    GrantCriterion,
)


@dataclass(frozen=True)
class SpecimenCall:
    """What the specimens take from a call: its references, texts, grid, plan and commission."""

    call: CallReference
    threshold: Decimal
    max_grant_cents: int
    officer: str
    plan: tuple[PlannedTranche, ...]
    criteria: tuple[CriterionLine, ...]
    members: tuple[CommissionMemberLine, ...]
    premises_text: str = ""
    legal_references_text: str = ""
    payment_terms_text: str = ""
    obligations_text: str = ""
    revocation_text: str = ""
    constitution_deadline: date | None = None
    report_deadline: date | None = None
    from_database: bool = False
    # Who adopts the decision and its premises (issue 11): the call's settings, or example values.
    officer_role: str = ""  # empty: the letterhead's signatory role, or "Il Responsabile del Servizio"
    officer_appointment: str = "decreto del Direttore n. ____ del ____ (esempio)"
    procedure_officer: str = "Nome del responsabile del procedimento (esempio)"
    funding_act: str = "D.g.r. X/5969 del 12/12/2016"
    territorial_plan: str = "2017–2018 e successive proroghe"
    commission_act: str = "determinazione n. ____ del ____ (esempio)"
    commission_secretary: str = "Sonia Segre (esempio)"
    commission_place: str = ""
    sittings: tuple[SittingLine, ...] = ()
    dpo_contact: str = "dpo@esempio.it (esempio)"
    privacy_notice_version: str = "1/2026 (esempio)"
    retention_years: int = 10
    observation_days: int = 10
    acceptance_days: int = 15
    maintenance_months: int = 24
    budget_chapter: str = ""
    budget_year: int | None = None
    budget_commitment: str = ""


def demo_call(today: date) -> SpecimenCall:
    return SpecimenCall(
        call=CallReference(title="Avviso pubblico «Start-up al femminile» per servizi di conciliazione (esempio)",
                           act_number=act_text("45"), act_date=today - timedelta(days=120), cup="E11H17000120002",
                           rna_code="98765", budget_cents=40_000_00),  # 15.000 + 15.000 + 10.000 in part
        threshold=Decimal(60), max_grant_cents=15_000_00, officer="",
        plan=(PlannedTranche(0, "Anticipo", Decimal(50), TrancheCondition.IMPRESA_COSTITUITA),
              PlannedTranche(1, "Saldo", Decimal(50), TrancheCondition.RENDICONTO_FINALE)),
        criteria=tuple(CriterionLine(code, label, Decimal(points)) for code, label, points in (
            ("C1", "Rispondenza ai bisogni di conciliazione del territorio", 25),
            ("C2", "Innovatività del servizio", 15),
            ("C3", "Sostenibilità economica del progetto", 20), ("C4", "Competenze della compagine", 15),
            ("C5", "Impatto sul territorio e reti attivate", 15))) + (
            # Its points reveal vulnerability: only in the minutes' restricted annex.
            CriterionLine("C6", "Priorità sociali", Decimal(10), restricted=True),),
        members=(CommissionMemberLine("Carlo Conti (esempio)", "Presidente"),
                 CommissionMemberLine("Chiara Colombo (esempio)", "Componente")),
        constitution_deadline=today + timedelta(days=180), report_deadline=today + timedelta(days=540),
        officer_role="La Responsabile del Servizio")


def call_from_database(db: Database) -> SpecimenCall | None:
    """The most recent call of the database, or None when there is none."""
    with db.unit_of_work() as session:
        call = session.scalar(select(GrantCall).order_by(GrantCall.id.desc()).limit(1))
        if call is None:
            return None
        criteria = session.scalars(select(GrantCriterion).where(GrantCriterion.call_id == call.id)
                                   .order_by(GrantCriterion.position)).all()
        members = session.scalars(select(GrantCommissionMember).where(GrantCommissionMember.call_id == call.id)
                                  .order_by(GrantCommissionMember.id)).all()
        return SpecimenCall(
            call=call_reference(call), threshold=call.admission_threshold,
            max_grant_cents=call.max_grant_cents or 15_000_00, officer=call.deciding_officer,
            plan=tuple(tranche_plan(session, call)),
            criteria=tuple(CriterionLine(c.code, c.label, c.max_points, c.restricted) for c in criteria),
            members=tuple(CommissionMemberLine(m.display_name or m.username, m.role.capitalize()) for m in members),
            premises_text=call.premises_text, legal_references_text=call.legal_references_text,
            payment_terms_text=payment_terms(session, call), obligations_text=call.obligations_text,
            revocation_text=call.revocation_text, constitution_deadline=call.constitution_deadline,
            report_deadline=call.report_deadline, from_database=True,
            officer_role=call.deciding_officer_role,
            officer_appointment=call.deciding_officer_appointment, procedure_officer=call.procedure_officer,
            funding_act=call.funding_act, territorial_plan=call.territorial_plan, commission_act=call.commission_act,
            commission_secretary=call.commission_secretary, commission_place=call.commission_place,
            sittings=sittings(session, call), dpo_contact=call.dpo_contact,
            privacy_notice_version=call.privacy_notice_version, retention_years=call.retention_years,
            observation_days=call.observation_days, acceptance_days=call.partial_acceptance_days,
            maintenance_months=call.maintenance_months, budget_chapter=call.budget_chapter,
            budget_year=call.budget_year, budget_commitment=call.budget_commitment)
