"""Checking the hash chain of the audit trail one entry at a time, in id order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from equilibri_desktop.domain.audit import GENESIS_HASH, entry_hash


@dataclass(frozen=True)
class StoredEntry:
    """The hashed fields of one stored entry, as read back."""

    id: int
    at: datetime
    username: str
    action: str
    table_name: str
    record_uuid: uuid.UUID | None
    changes: str
    detail: str
    prev_hash: str
    entry_hash: str


class ChainChecker:
    """Feed entries in id order; `check` names the first problem, which is where the chain breaks."""

    def __init__(self) -> None:
        self.expected_id = 1
        self.last_hash = GENESIS_HASH

    def check(self, entry: StoredEntry) -> str | None:
        if entry.id != self.expected_id:
            if entry.id > self.expected_id:
                missing = (f"la voce n. {self.expected_id}" if entry.id == self.expected_id + 1
                           else f"le voci dalla n. {self.expected_id} alla n. {entry.id - 1}")
                return f"manca {missing}: è stata cancellata"
            return f"la numerazione è alterata (dopo la voce n. {self.expected_id - 1} viene la n. {entry.id})"
        recomputed = entry_hash(entry.id, entry.at, entry.username, entry.action, entry.table_name,
                                entry.record_uuid, entry.changes, entry.detail, entry.prev_hash)
        if recomputed != entry.entry_hash:
            return "il contenuto della voce è stato modificato dopo la registrazione"
        if entry.prev_hash != self.last_hash:
            return (f"la voce non è collegata alla precedente (n. {entry.id - 1}): la precedente è stata "
                    "modificata, sostituita o spostata" if entry.id > 1 else "la prima voce è stata sostituita")
        self.expected_id += 1
        self.last_hash = entry.entry_hash
        return None
