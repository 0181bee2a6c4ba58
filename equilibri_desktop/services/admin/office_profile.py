"""Reading and saving the office's own profile (letterhead, project, signatory)."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.organisation import OrganisationProfile, validate_profile
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.storage.models import OrganisationSettings

_PROFILE_FIELDS = [f.name for f in fields(OrganisationProfile) if f.name != "version"]


def _to_profile(row: OrganisationSettings) -> OrganisationProfile:
    return OrganisationProfile(**{name: getattr(row, name) for name in _PROFILE_FIELDS}, version=row.version)


def load_profile(db: Database) -> OrganisationProfile:
    with db.unit_of_work() as session:
        row = session.scalar(select(OrganisationSettings).limit(1))
        return _to_profile(row) if row else OrganisationProfile()


def is_configured(db: Database) -> bool:
    return bool(load_profile(db).body_name)


def save_profile(db: Database, profile: OrganisationProfile) -> OrganisationProfile:
    """Validate and save; refuse if someone saved the profile after `profile` was loaded. Needs SETTINGS_MANAGE."""
    db.require(Permission.SETTINGS_MANAGE)
    clean = validate_profile(profile)
    values = {k: v for k, v in asdict(clean).items() if k != "version"}
    with db.unit_of_work() as session:
        row = session.scalar(select(OrganisationSettings).limit(1))
        if row is None:
            row = OrganisationSettings(**values)
            session.add(row)
        else:
            check_version(row, clean.version)
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        return _to_profile(row)

