"""All mapped classes; importing this package registers every table on `Base.metadata`."""

from equilibri_desktop.storage.models.audit import AuditEntry
from equilibri_desktop.storage.models.meta import AppMeta, Tombstone
from equilibri_desktop.storage.models.organisation_settings import OrganisationSettings
from equilibri_desktop.storage.models.reference import Municipality
from equilibri_desktop.storage.models.registry import (
    Consent,
    Organisation,
    OrganisationContact,
    Person,
    PrivacyAcknowledgement,
    RegistryMerge,
)
from equilibri_desktop.storage.models.users import UserAccount

__all__ = [
    "AppMeta", "AuditEntry", "Consent", "Municipality", "Organisation", "OrganisationContact",
    "OrganisationSettings", "Person", "PrivacyAcknowledgement", "RegistryMerge", "Tombstone", "UserAccount",
]
