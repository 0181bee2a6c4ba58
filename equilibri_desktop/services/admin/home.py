"""Figures and recent activity for the home page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, literal, select, union_all

from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.models import Municipality, Organisation, Person, RowCount

RECENT_LIMIT = 12


@dataclass(frozen=True)
class RecentItem:
    kind: str  # "person" | "organisation"
    label: str
    updated_by: str
    updated_at: datetime
    is_new: bool


@dataclass(frozen=True)
class HomeSummary:
    people: int
    organisations: int
    municipalities: int
    recent: list[RecentItem]


def home_summary(db: Database, limit: int = RECENT_LIMIT) -> HomeSummary:
    """Counts kept by the database's triggers on SQLite (no table is counted there) and the latest changes, read
    by index."""
    with db.unit_of_work() as session:
        if db.config.is_sqlite:
            kept = {name: total for name, total in session.execute(select(RowCount.table_name, RowCount.row_total))}
            people = kept.get(Person.__tablename__, 0)
            organisations = kept.get(Organisation.__tablename__, 0)
        else:  # no shared counter row on the server (migration 0018): its parallel index-only count instead
            people = session.scalar(select(func.count()).select_from(Person)) or 0
            organisations = session.scalar(select(func.count()).select_from(Organisation)) or 0
        municipalities = session.scalar(select(func.count()).select_from(Municipality)) or 0  # a few thousand
        # Each side reads the newest `limit` entries of its own updated_at index.
        recent_people = (
            select(
                literal("person").label("kind"),
                (Person.surname + " " + Person.first_name).label("label"),
                Person.updated_by, Person.updated_at, (Person.version == 1).label("is_new"),
            ).order_by(Person.updated_at.desc()).limit(limit)
        )
        recent_orgs = (
            select(
                literal("organisation").label("kind"),
                Organisation.name.label("label"),
                Organisation.updated_by, Organisation.updated_at, (Organisation.version == 1).label("is_new"),
            ).order_by(Organisation.updated_at.desc()).limit(limit)
        )
        both = union_all(recent_people.subquery().select(), recent_orgs.subquery().select()).subquery()
        rows = session.execute(select(both).order_by(both.c.updated_at.desc()).limit(limit)).all()
    recent = [
        RecentItem(kind=r.kind, label=r.label, updated_by=r.updated_by,
                   updated_at=r.updated_at, is_new=bool(r.is_new))
        for r in rows
    ]
    return HomeSummary(people=people, organisations=organisations, municipalities=municipalities, recent=recent)

