"""The office's figures for the network's reminders: after how many days a signature still awaited is recalled
on the home page, and how far ahead an expiry is announced (the issue's N days and 60 days)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.network.rules import EXPIRY_WARNING_DAYS
from equilibri_desktop.services.access import audit
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.storage.models import NetworkSettings

PENDING_SIGNATURE_DAYS = 15  # until the office saves its own figure


@dataclass(frozen=True)
class NetworkSettingsData:
    pending_signature_days: int = PENDING_SIGNATURE_DAYS
    expiry_warning_days: int = EXPIRY_WARNING_DAYS


def read_settings(session) -> NetworkSettingsData:
    row = session.scalar(select(NetworkSettings).order_by(NetworkSettings.id).limit(1))
    if row is None:
        return NetworkSettingsData()
    return NetworkSettingsData(row.pending_signature_days, row.expiry_warning_days)


def get_settings(db: Database) -> NetworkSettingsData:
    db.require(Permission.NETWORK_READ)
    with db.unit_of_work() as session:
        return read_settings(session)


def save_settings(db: Database, data: NetworkSettingsData) -> NetworkSettingsData:
    db.require(Permission.NETWORK_WRITE)
    errors = []
    if not 1 <= data.pending_signature_days <= 365:
        errors.append(FieldError.coded("pending_signature_days", "network.settings.pending_signature_days"))
    if not 1 <= data.expiry_warning_days <= 365:
        errors.append(FieldError.coded("expiry_warning_days", "network.settings.expiry_warning_days"))
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        row = session.scalar(select(NetworkSettings).order_by(NetworkSettings.id).limit(1))
        if row is None:
            row = NetworkSettings()
            session.add(row)
        before = (row.pending_signature_days, row.expiry_warning_days)
        row.pending_signature_days, row.expiry_warning_days = data.pending_signature_days, data.expiry_warning_days
        audit.record(session, AuditAction.SETTINGS, table_name=NetworkSettings.__tablename__,
                     changes={"giorni_firma_in_attesa": (before[0], data.pending_signature_days),
                              "giorni_preavviso_scadenza": (before[1], data.expiry_warning_days)})
        return read_settings(session)
