"""The beneficiary's acceptance of her grant: one date on the application, recorded once the grant
decision is registered; payments wait for it (domain.grants.procedure.payment_gate)."""

from __future__ import annotations

import uuid
from datetime import date

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import DomainError, ValidationError
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.domain.grants.procedure import acceptance_gate
from equilibri_desktop.domain.grants.workflow import AWARDED
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants import procedure
from equilibri_desktop.services.grants.payment_dto import PaymentFile
from equilibri_desktop.services.grants.payments import payment_file_of
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models import GrantApplication


def record_acceptance(db: Database, application_uuid: uuid.UUID, accepted_on: date | None) -> PaymentFile:
    """Record the day the beneficiary accepted the grant (her signed acceptance, received by the office)."""
    db.require(Permission.GRANTS_WRITE)
    if accepted_on is None:
        raise ValidationError.single("accepted_on", "Scrivi la data dell'accettazione.")
    if accepted_on > office_today():
        raise ValidationError.single("accepted_on", "L'accettazione non può avere una data futura.")
    with db.unit_of_work() as session:
        application = find_by_uuid(session, GrantApplication, application_uuid, lock=True)
        if S(application.status) not in AWARDED:
            raise DomainError(f"Una domanda «{S(application.status).label}» non ha un contributo da accettare.")
        acceptance_gate(procedure.decision_registered(session, application.id)).enforce()
        application.accepted_on = accepted_on
        session.flush()
        return payment_file_of(session, application, None)
