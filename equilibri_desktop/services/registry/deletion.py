"""Deleting several records of the registry in one user action: each in its own transaction, so one refusal
(a person still a legal representative, an organisation that is a funded firm) does not stop the others."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.services.admin.database import Database


@dataclass(frozen=True)
class Deletion:
    deleted: int
    refused: tuple[tuple[str, str], ...]  # (the record's label, why it was not deleted)


def delete_several(db: Database, delete_one: Callable[[Database, uuid.UUID, int], None],
                   records: Iterable[tuple[uuid.UUID, int, str]]) -> Deletion:
    """`records` are (uuid, version, label); `delete_one` is people.delete_person or
    organisations.delete_organisation."""
    deleted, refused = 0, []
    for record_uuid, version, label in records:
        try:
            delete_one(db, record_uuid, version)
        except DomainError as error:  # told to the clerk with the others' outcome, not as a failure
            refused.append((label, str(error)))
        else:
            deleted += 1
    return Deletion(deleted, tuple(refused))
