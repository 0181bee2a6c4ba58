"""One place where an application changes status: checked against the workflow, recorded with who and when."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.grants.workflow import check_transition
from equilibri_desktop.storage.models import GrantApplication, GrantStatusChange


def move_application(session: Session, application: GrantApplication, target: ApplicationStatus | str,
                     reason: str = "", reply_deadline: date | None = None) -> None:
    """Every service that changes a status calls this inside its unit of work (the flush hook stamps
    the author and time of the GrantStatusChange row)."""
    target = ApplicationStatus(target)
    check_transition(application.status, target, reason)
    session.add(GrantStatusChange(application_id=application.id, from_status=application.status,
                                  to_status=target.value, reason=reason.strip(), reply_deadline=reply_deadline))
    application.status = target.value
