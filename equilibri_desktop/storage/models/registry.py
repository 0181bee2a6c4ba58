"""The registry aggregates, importable from one place: people, privacy records, organisations, merges."""

from equilibri_desktop.storage.models.organisation import Organisation, OrganisationContact
from equilibri_desktop.storage.models.person import Person
from equilibri_desktop.storage.models.privacy import Consent, PrivacyAcknowledgement
from equilibri_desktop.storage.models.registry_merge import RegistryMerge

__all__ = ["Consent", "Organisation", "OrganisationContact", "Person", "PrivacyAcknowledgement", "RegistryMerge"]
