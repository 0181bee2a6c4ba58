"""The settings of the privacy notice a call gives its applicants (art. 13 GDPR): the DPO's contact, the
version the registry records as acknowledged, and how many years the data are kept."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.grants.calls import find_call

RETENTION_MIN, RETENTION_MAX = 1, 30


@dataclass(frozen=True)
class PrivacySettings:
    dpo_contact: str = ""
    version: str = ""
    retention_years: int = 10


def load_privacy_settings(db: Database, call_uuid: uuid.UUID) -> PrivacySettings:
    db.require(Permission.GRANTS_READ)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        return PrivacySettings(call.dpo_contact, call.privacy_notice_version, call.retention_years)


def save_privacy_settings(db: Database, call_uuid: uuid.UUID, settings: PrivacySettings) -> PrivacySettings:
    db.require(Permission.GRANTS_CALLS)
    dpo, version = " ".join(settings.dpo_contact.split()), " ".join(settings.version.split())
    errors = []
    if len(dpo) > 200:
        errors.append(FieldError("dpo_contact", "Il contatto del DPO è troppo lungo: al massimo 200 caratteri."))
    if len(version) > 40:
        errors.append(FieldError("privacy_notice_version", "La versione è troppo lunga: al massimo 40 caratteri."))
    if not RETENTION_MIN <= settings.retention_years <= RETENTION_MAX:
        errors.append(FieldError("retention_years", f"La conservazione va da {RETENTION_MIN} a {RETENTION_MAX} anni."))
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        call = find_call(session, call_uuid)
        call.dpo_contact, call.privacy_notice_version, call.retention_years = dpo, version, settings.retention_years
        session.flush()
    return PrivacySettings(dpo, version, settings.retention_years)
