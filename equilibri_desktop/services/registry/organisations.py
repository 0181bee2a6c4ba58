"""Registering, editing, reading and deleting organisations of the registry."""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.duplicate_rules import DuplicateRecordError
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.organisation_rules import (
    CheckedOrganisation,
    OrganisationInput,
    validate_organisation,
)
from equilibri_desktop.services.admin.database import Database, check_version
from equilibri_desktop.services.registry.organisation_dto import (
    OrganisationDetail,
    OrganisationSaveResult,
)
from equilibri_desktop.services.registry.organisation_records import (
    apply_organisation,
    organisation_detail,
    sync_contacts,
)
from equilibri_desktop.services.registry.records import find_by_uuid, municipality_refs
from equilibri_desktop.storage.models.grant_payment import GrantFirm
from equilibri_desktop.storage.models.registry import Organisation, OrganisationContact

log = logging.getLogger(__name__)
_DUPLICATE = {
    "vat_number": "Questa partita IVA è già registrata per «{}»: apri la sua scheda invece di crearne una nuova.",
    "fiscal_code": "Questo codice fiscale è già registrato per «{}»: apri la sua scheda invece di crearne una nuova.",
}


def refuse_duplicate_codes(session: Session, vat_number: str, fiscal_code: str, exclude_id: int | None = None) -> None:
    """Same P.IVA or CF as a stored organisation (in either column: a firm's CF is often its P.IVA)."""
    for field, code in (("vat_number", vat_number), ("fiscal_code", fiscal_code)):
        if not code:
            continue
        query = select(Organisation.uuid, Organisation.name).where(
            or_(Organisation.vat_number == code, Organisation.fiscal_code == code))
        if exclude_id is not None:
            query = query.where(Organisation.id != exclude_id)
        existing = session.execute(query.limit(1)).first()
        if existing:
            raise DuplicateRecordError(field, _DUPLICATE[field].format(existing.name),
                                       existing.uuid, existing.name)


def _check(session: Session, data: OrganisationInput, exclude_id: int | None) -> CheckedOrganisation:
    checked = validate_organisation(data, municipality_refs(session))
    refuse_duplicate_codes(session, checked.value.vat_number, checked.value.fiscal_code, exclude_id)
    return checked


def create_organisation(db: Database, data: OrganisationInput) -> OrganisationSaveResult:
    db.require(Permission.REGISTRY_WRITE)
    with db.unit_of_work() as session:
        checked = _check(session, data, None)
        organisation = Organisation()
        apply_organisation(session, organisation, checked.value)
        session.add(organisation)
        session.flush()
        if checked.value.contacts:
            sync_contacts(session, organisation, checked.value.contacts)
            session.flush()
        log.info("organisation %s created", organisation.uuid)
        detail = organisation_detail(session, organisation, municipality_refs(session))
        return OrganisationSaveResult(detail, checked.warnings)


def update_organisation(db: Database, organisation_uuid: uuid.UUID, data: OrganisationInput,
                        expected_version: int) -> OrganisationSaveResult:
    """Save changes; `data.contacts` None leaves the contact people as they are."""
    db.require(Permission.REGISTRY_WRITE)
    with db.unit_of_work() as session:
        organisation = find_by_uuid(session, Organisation, organisation_uuid)
        check_version(organisation, expected_version)
        checked = _check(session, data, organisation.id)
        apply_organisation(session, organisation, checked.value)
        if checked.value.contacts is not None:
            sync_contacts(session, organisation, checked.value.contacts)
        session.flush()
        log.info("organisation %s updated to version %d", organisation.uuid, organisation.version)
        detail = organisation_detail(session, organisation, municipality_refs(session))
        return OrganisationSaveResult(detail, checked.warnings)


def get_organisation(db: Database, organisation_uuid: uuid.UUID) -> OrganisationDetail:
    db.require(Permission.REGISTRY_READ)
    with db.unit_of_work() as session:
        organisation = find_by_uuid(session, Organisation, organisation_uuid)
        return organisation_detail(session, organisation, municipality_refs(session))


def delete_organisation(db: Database, organisation_uuid: uuid.UUID, expected_version: int) -> None:
    """Delete an organisation and its contact links (the people stay in the registry)."""
    db.require(Permission.REGISTRY_WRITE)
    with db.unit_of_work() as session:
        organisation = find_by_uuid(session, Organisation, organisation_uuid)
        check_version(organisation, expected_version)
        firms = session.scalar(select(func.count()).select_from(GrantFirm)
                               .where(GrantFirm.organisation_id == organisation.id))
        if firms:
            raise DomainError(code="registry.body.funded_firm")
        for contact in session.scalars(select(OrganisationContact)
                                       .where(OrganisationContact.organisation_id == organisation.id)):
            session.delete(contact)
        session.delete(organisation)
        log.info("organisation %s deleted", organisation_uuid)
