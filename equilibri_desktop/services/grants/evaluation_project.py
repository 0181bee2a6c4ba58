"""The project a commissioner scores, read for the scoring sheet: its text, cost plan and attachments."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from equilibri_desktop.services.grants.evaluation_dto import (
    ProjectAttachment,
    ProjectCost,
    ScoringProject,
)
from equilibri_desktop.storage.models import GrantApplication, GrantAttachment, GrantCostItem


def project_of(session: Session, application: GrantApplication) -> ScoringProject:
    costs = session.scalars(select(GrantCostItem).where(GrantCostItem.application_id == application.id)
                            .order_by(GrantCostItem.position, GrantCostItem.id))
    files = session.scalars(select(GrantAttachment).where(GrantAttachment.application_id == application.id)
                            .order_by(GrantAttachment.created_at, GrantAttachment.id))
    return ScoringProject(
        application.service_description, application.target_users, application.planned_legal_form,
        tuple(ProjectCost(c.description, c.category, c.amount_cents, c.eligible) for c in costs),
        application.own_cofinancing_cents,
        tuple(ProjectAttachment(f.uuid, f.kind, f.original_name) for f in files))
