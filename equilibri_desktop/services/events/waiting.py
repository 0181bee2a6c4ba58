"""The waiting list: when a place frees (a cancellation, a larger capacity) the first in line gets it."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from equilibri_desktop.domain.events.statuses import ParticipantStatus
from equilibri_desktop.services.events import records
from equilibri_desktop.storage.models import Event


def promote_waiting(session: Session, event: Event) -> tuple[uuid.UUID, ...]:
    """Move people from the waiting list to registered while places are free; their UUIDs, in order."""
    if event.capacity is None:
        free = None
    else:
        free = event.capacity - records.counted(session, event.id)
    promoted = []
    for waiting in records.waiting_list(session, event.id):
        if free is not None and free <= 0:
            break
        waiting.status = ParticipantStatus.ISCRITTA.value
        promoted.append(waiting.uuid)
        if free is not None:
            free -= 1
    if promoted:
        session.flush()
    return tuple(promoted)
