"""What the home page reminds about flexible work: Ministry communications not yet sent whose deadline is
near or past. One small indexed query, kept apart so the home page only calls it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.flexwork.codes import CommunicationType
from equilibri_desktop.domain.flexwork.ministry import WARNING_DAYS
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.network.reminders import Reminder
from equilibri_desktop.storage.models import (
    FlexworkAgreement,
    FlexworkCommunication,
    FlexworkPathway,
    Organisation,
    Person,
)


def flexwork_reminders(db: Database, warning_days: int = WARNING_DAYS) -> tuple[Reminder, ...]:
    """Communications due within `warning_days` (or overdue), most urgent first; nothing for a user who
    does not handle agreements."""
    if not db.actor.can(Permission.FLEXWORK_AGREEMENTS):
        return ()
    today = office_today()
    with db.unit_of_work() as session:
        rows = session.execute(
            select(FlexworkCommunication.kind, FlexworkCommunication.due_on, FlexworkPathway.uuid, Organisation.name,
                   Person.surname, Person.first_name)
            .join(FlexworkAgreement, FlexworkAgreement.id == FlexworkCommunication.agreement_id)
            .join(FlexworkPathway, FlexworkPathway.id == FlexworkAgreement.pathway_id)
            .join(Organisation, Organisation.id == FlexworkPathway.organisation_id)
            .join(Person, Person.id == FlexworkAgreement.person_id)
            .where(FlexworkCommunication.sent_on.is_(None),
                   FlexworkCommunication.due_on <= today + timedelta(days=warning_days))
            .order_by(FlexworkCommunication.due_on)).all()
    out = []
    for kind, due_on, pathway_uuid, org, surname, first in rows:
        label = CommunicationType(kind).label.lower()
        when = f"scaduta il {due_on:%d/%m/%Y}" if due_on < today else f"entro il {due_on:%d/%m/%Y}"
        out.append(Reminder("ministero", "flexwork_pathway", pathway_uuid,
                            f"{org}: comunicazione di {label} per {surname} {first} {when}", due_on))
    return tuple(out)
