"""One place where an application changes status: checked against the workflow, recorded with who and when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from equilibri_desktop.domain.grants.codes import ApplicationStatus
from equilibri_desktop.domain.grants.workflow import check_transition
from equilibri_desktop.storage.bulk_insert import insert_records, new_row, update_records
from equilibri_desktop.storage.models import GrantApplication, GrantStatusChange

Move = tuple[GrantApplication, ApplicationStatus | str, str]  # application, target, reason


def move_application(session: Session, application: GrantApplication, target: ApplicationStatus | str,
                     reason: str = "", reply_deadline: date | None = None) -> None:
    """Every service that changes a status calls this inside its unit of work (the flush hook stamps
    the author and time of the GrantStatusChange row)."""
    target = ApplicationStatus(target)
    check_transition(application.status, target, reason)
    session.add(GrantStatusChange(application_id=application.id, from_status=application.status,
                                  to_status=target.value, reason=reason.strip(), reply_deadline=reply_deadline))
    application.status = target.value


def move_applications(session: Session, moves: Sequence[Move]) -> None:
    """Many moves at once, in order (a ranking moves thousands of applications, some twice): each checked like
    `move_application` against the status the earlier moves left, every step recorded, each application's row
    updated once with its final status; written in a few statements instead of two per move."""
    status = {application.id: application.status for application, _target, _reason in moves}
    steps = []
    for application, target, reason in moves:
        target = ApplicationStatus(target)
        check_transition(status[application.id], target, reason)
        steps.append(new_row(GrantStatusChange, {
            "application_id": application.id, "from_status": status[application.id], "to_status": target.value,
            "reason": reason.strip()}))
        status[application.id] = target.value
    changed = {application.id: application for application, _target, _reason in moves
               if status[application.id] != application.status}
    update_records(session, GrantApplication, [(a, {"status": status[a.id]}) for a in changed.values()])
    insert_records(session, GrantStatusChange, steps)
