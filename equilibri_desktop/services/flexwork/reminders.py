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
from equilibri_desktop.services.flexwork.dto import CommunicationReminder
from equilibri_desktop.storage.models import (
    FlexworkAgreement,
    FlexworkCommunication,
    FlexworkPathway,
    Organisation,
    Person,
)


def flexwork_reminders(db: Database, warning_days: int = WARNING_DAYS) -> tuple[CommunicationReminder, ...]:
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
    return tuple(CommunicationReminder(CommunicationType(kind), due_on, due_on < today, org, f"{surname} {first}",
                                       "flexwork_pathway", pathway_uuid)
                 for kind, due_on, pathway_uuid, org, surname, first in rows)
