"""An organisation's whole history with the network, for its registry card: the agreements it is party to (with
its role), the network agent's contacts and its good practices. A user who does not work on the network gets
empty sections instead of an error, so the card can always ask."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.services.admin.database import Database
from equilibri_desktop.services.network.contacts import ContactRow, PracticeRow, list_contacts, search_practices
from equilibri_desktop.services.network.overview import Membership, network_of_organisation


@dataclass(frozen=True)
class NetworkHistory:
    agreements: tuple[Membership, ...]  # every version it is party to, any status
    contacts: tuple[ContactRow, ...]  # newest first
    practices: tuple[PracticeRow, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.agreements or self.contacts or self.practices)


def network_history(db: Database, organisation_uuid: uuid.UUID) -> NetworkHistory:
    if not db.actor.can(Permission.NETWORK_READ):
        return NetworkHistory((), (), ())
    return NetworkHistory(network_of_organisation(db, organisation_uuid),
                          list_contacts(db, organisation_uuid=organisation_uuid),
                          search_practices(db, organisation_uuid=organisation_uuid))
