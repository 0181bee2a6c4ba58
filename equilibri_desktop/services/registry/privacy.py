"""Privacy-notice acknowledgements and optional consents of a person."""

from __future__ import annotations

import logging
import uuid
from datetime import date

from sqlalchemy import select

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.person_kinds import ConsentKind, PrivacyChannel
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.registry.person_dto import ConsentEntry, PrivacyAckEntry
from equilibri_desktop.services.registry.person_records import consent_entry, privacy_entries
from equilibri_desktop.services.registry.records import find_by_uuid
from equilibri_desktop.storage.models.registry import Consent, Person, PrivacyAcknowledgement

log = logging.getLogger(__name__)
NOTICE_VERSION_MAX = 40


def _check_day(errors: list[FieldError], field: str, day: date | None, which: str) -> None:
    """`which`: the day of what ("registry.privacy.<which>_day_missing" / "_day_future")."""
    if day is None:
        errors.append(FieldError.coded(field, f"registry.privacy.{which}_day_missing"))
    elif day > office_today():
        errors.append(FieldError.coded(field, f"registry.privacy.{which}_day_future"))


def record_privacy_ack(db: Database, person_uuid: uuid.UUID, notice_version: str, acknowledged_on: date,
                       channel: str) -> PrivacyAckEntry:
    """Record that the person received and acknowledged `notice_version` of the privacy notice."""
    db.require(Permission.REGISTRY_WRITE)
    version = " ".join((notice_version or "").split())
    errors: list[FieldError] = []
    if not version:
        errors.append(FieldError.coded("notice_version", "registry.privacy.version_missing"))
    elif len(version) > NOTICE_VERSION_MAX:
        errors.append(FieldError.coded("notice_version", "registry.privacy.version_too_long",
                                        maximum=NOTICE_VERSION_MAX))
    _check_day(errors, "acknowledged_on", acknowledged_on, "ack")
    if PrivacyChannel.from_code(channel) is None:
        errors.append(FieldError.coded("channel", "registry.privacy.channel"))
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        person = find_by_uuid(session, Person, person_uuid)
        session.add(PrivacyAcknowledgement(person_id=person.id, notice_version=version,
                                           acknowledged_on=acknowledged_on, channel=channel))
        session.flush()
        log.info("privacy acknowledgement recorded for person %s", person_uuid)
        return privacy_entries(session, person.id)[0]


def remove_privacy_ack(db: Database, ack_uuid: uuid.UUID) -> None:
    """Remove an acknowledgement recorded by mistake (a tombstone keeps track of it)."""
    db.require(Permission.REGISTRY_WRITE)
    with db.unit_of_work() as session:
        session.delete(find_by_uuid(session, PrivacyAcknowledgement, ack_uuid))


def give_consent(db: Database, person_uuid: uuid.UUID, kind: str, given_on: date) -> ConsentEntry:
    """Record an optional consent; refused while the same consent is already in force."""
    db.require(Permission.REGISTRY_WRITE)
    errors: list[FieldError] = []
    if ConsentKind.from_code(kind) is None:
        errors.append(FieldError.coded("kind", "registry.privacy.consent_kind"))
    _check_day(errors, "given_on", given_on, "consent")
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        person = find_by_uuid(session, Person, person_uuid)
        active = session.scalar(select(Consent.id).where(Consent.person_id == person.id, Consent.kind == kind,
                                                         Consent.withdrawn_on.is_(None)))
        if active is not None:
            raise ValidationError.coded("kind", "registry.privacy.consent_active")
        consent = Consent(person_id=person.id, kind=kind, given_on=given_on)
        session.add(consent)
        session.flush()
        log.info("consent %s given by person %s", kind, person_uuid)
        return consent_entry(consent)


def withdraw_consent(db: Database, consent_uuid: uuid.UUID, withdrawn_on: date,
                     expected_version: int) -> ConsentEntry:
    """Record the withdrawal; the consent stays in the history with both dates."""
    db.require(Permission.REGISTRY_WRITE)
    errors: list[FieldError] = []
    _check_day(errors, "withdrawn_on", withdrawn_on, "withdrawal")
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        consent = find_by_uuid(session, Consent, consent_uuid)
        check_version(consent, expected_version)
        if consent.withdrawn_on is not None:
            raise ValidationError.coded("withdrawn_on", "registry.privacy.already_withdrawn")
        if withdrawn_on < consent.given_on:
            raise ValidationError.coded("withdrawn_on", "registry.privacy.withdrawal_before_consent")
        consent.withdrawn_on = withdrawn_on
        session.flush()
        log.info("consent %s withdrawn", consent_uuid)
        return consent_entry(consent)
