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


def _check_day(errors: list[FieldError], field: str, day: date | None, label: str) -> None:
    if day is None:
        errors.append(FieldError(field, f"Indica la data {label}."))
    elif day > office_today():
        errors.append(FieldError(field, f"La data {label} è nel futuro."))


def record_privacy_ack(db: Database, person_uuid: uuid.UUID, notice_version: str, acknowledged_on: date,
                       channel: str) -> PrivacyAckEntry:
    """Record that the person received and acknowledged `notice_version` of the privacy notice."""
    db.require(Permission.REGISTRY_WRITE)
    version = " ".join((notice_version or "").split())
    errors: list[FieldError] = []
    if not version:
        errors.append(FieldError("notice_version", "Indica la versione dell'informativa consegnata."))
    elif len(version) > NOTICE_VERSION_MAX:
        errors.append(FieldError("notice_version", f"La versione ha al massimo {NOTICE_VERSION_MAX} caratteri."))
    _check_day(errors, "acknowledged_on", acknowledged_on, "della presa visione")
    if PrivacyChannel.from_code(channel) is None:
        errors.append(FieldError("channel", "Scegli dove è stata consegnata l'informativa."))
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
        errors.append(FieldError("kind", "Scegli il tipo di consenso."))
    _check_day(errors, "given_on", given_on, "del consenso")
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        person = find_by_uuid(session, Person, person_uuid)
        active = session.scalar(select(Consent.id).where(Consent.person_id == person.id, Consent.kind == kind,
                                                         Consent.withdrawn_on.is_(None)))
        if active is not None:
            raise ValidationError.single("kind", "Questo consenso è già stato dato e non è stato revocato.")
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
    _check_day(errors, "withdrawn_on", withdrawn_on, "della revoca")
    if errors:
        raise ValidationError(errors)
    with db.unit_of_work() as session:
        consent = find_by_uuid(session, Consent, consent_uuid)
        check_version(consent, expected_version)
        if consent.withdrawn_on is not None:
            raise ValidationError.single("withdrawn_on", "Il consenso è già stato revocato.")
        if withdrawn_on < consent.given_on:
            raise ValidationError.single("withdrawn_on", "La revoca non può precedere il consenso.")
        consent.withdrawn_on = withdrawn_on
        session.flush()
        log.info("consent %s withdrawn", consent_uuid)
        return consent_entry(consent)
