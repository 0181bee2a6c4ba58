"""Feedback questionnaires typed in from paper: scores 1–5 per item and a comment, averaged per event."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.events import records
from equilibri_desktop.storage.models import Event, EventFeedback

# The items of the office's standard questionnaire, in the order printed on paper.
FEEDBACK_ITEMS = (
    "Chiarezza dei contenuti",
    "Utilità per il proprio lavoro",
    "Competenza dei docenti",
    "Organizzazione (orari, sede, materiali)",
    "Valutazione complessiva",
)


@dataclass(frozen=True)
class FeedbackSummary:
    questionnaires: int
    averages: tuple[tuple[str, Decimal | None, int], ...]  # item, average, answers
    comments: tuple[str, ...]


def validate_scores(scores: tuple[int | None, ...]) -> tuple[int | None, ...]:
    if len(scores) != len(FEEDBACK_ITEMS):
        raise ValidationError.coded("scores", "events.feedback.scores", length=len(FEEDBACK_ITEMS))
    errors = [FieldError.coded(f"scores[{i}]", "events.feedback.score", item=FEEDBACK_ITEMS[i])
              for i, s in enumerate(scores) if s is not None and not 1 <= s <= 5]
    if errors:
        raise ValidationError(errors)
    return scores


def add_feedback(db: Database, event_uuid: uuid.UUID, scores: tuple[int | None, ...], comment: str = "") -> int:
    """Store one questionnaire; returns how many the event has now."""
    db.require(Permission.EVENTS_WRITE)
    clean = validate_scores(scores)
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        session.add(EventFeedback(event_id=event.id, scores=",".join("" if s is None else str(s) for s in clean),
                                  comment=comment.strip()))
        session.flush()
        return len(session.scalars(select(EventFeedback.id).where(EventFeedback.event_id == event.id)).all())


def feedback_summary(db: Database, event_uuid: uuid.UUID) -> FeedbackSummary:
    db.require(Permission.EVENTS_READ)
    with db.unit_of_work() as session:
        event = records.find(session, Event, event_uuid)
        rows = session.execute(select(EventFeedback.scores, EventFeedback.comment)
                               .where(EventFeedback.event_id == event.id).order_by(EventFeedback.id)).all()
    per_item: list[list[int]] = [[] for _ in FEEDBACK_ITEMS]
    for scores, _comment in rows:
        for i, value in enumerate(scores.split(",")[:len(FEEDBACK_ITEMS)]):
            if value:
                per_item[i].append(int(value))
    averages = tuple((item, (Decimal(sum(v)) / len(v)).quantize(Decimal("0.01"), ROUND_HALF_UP) if v else None,
                      len(v)) for item, v in zip(FEEDBACK_ITEMS, per_item, strict=True))
    return FeedbackSummary(len(rows), averages, tuple(c for _s, c in rows if c))
