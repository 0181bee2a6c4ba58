"""All mapped classes; importing this package registers every table on `Base.metadata`."""

from equilibri_desktop.storage.models.meta import AppMeta, Tombstone
from equilibri_desktop.storage.models.organisation_settings import OrganisationSettings
from equilibri_desktop.storage.models.reference import Municipality
from equilibri_desktop.storage.models.registry import Organisation, Person

__all__ = ["AppMeta", "Tombstone", "OrganisationSettings", "Municipality", "Organisation", "Person"]
