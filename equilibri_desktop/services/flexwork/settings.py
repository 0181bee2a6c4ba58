"""The office's setting for how long agile-work agreements are kept: the law's 5 years from signature
(DM 149/2022) unless the office keeps them longer."""

from __future__ import annotations

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import ValidationError
from equilibri_desktop.domain.flexwork.legal import RETENTION_YEARS, figure
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.models import AppMeta

KEY = "flexwork.retention_years"


def retention_years(db: Database) -> int:
    least = figure(RETENTION_YEARS, office_today())
    with db.unit_of_work() as session:
        stored = session.scalar(select(AppMeta.value).where(AppMeta.key == KEY))
    return max(least, int(stored)) if stored and stored.isdigit() else least


def set_retention_years(db: Database, years: int) -> int:
    db.require(Permission.SETTINGS_MANAGE)
    least = figure(RETENTION_YEARS, office_today())
    if not least <= years <= 50:
        raise ValidationError.coded("retention_years", "flexwork.settings.retention_years", least=least)
    with db.unit_of_work() as session:
        session.merge(AppMeta(key=KEY, value=str(years)))
    return years
