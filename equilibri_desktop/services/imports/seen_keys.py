"""The identity keys of the rows an import has read so far, to catch the same person or body twice in one file.

Kept in a private temporary SQLite file, not in memory: a 200,000-row file would otherwise hold some 600,000
keys until the end. The adapter loads the keys of a batch's candidates in one query (`load`), checks and adds
them as it decides the rows, and the batch's new keys are written when the next batch is loaded.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

_PARAMETERS = 500  # keys per lookup query: well under SQLite's limit of bound parameters


def _digest(key: tuple) -> bytes:
    return hashlib.blake2b(repr(key).encode("utf-8"), digest_size=16).digest()


class SeenKeys:
    """A mapping key → first row number, read as `key in seen`, `seen[key]`, `seen.setdefault(key, row)`."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("")  # "": a private temporary file, deleted when closed
        self._db.execute("CREATE TABLE seen (key BLOB PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID")
        self._known: dict[bytes, int] = {}  # stored keys of the current batch
        self._new: dict[bytes, int] = {}  # keys first met in the current batch
        self._digests: dict[tuple, bytes] = {}  # the current batch's keys, each hashed once

    def load(self, keys: Iterable[tuple]) -> None:
        """Write the previous batch's keys, then read which of these keys earlier rows had."""
        if self._new:
            self._db.executemany("INSERT INTO seen (key, row) VALUES (?, ?)", self._new.items())
            self._new = {}
        self._digests = {key: _digest(key) for key in keys}
        wanted = list(set(self._digests.values()))
        self._known = {}
        for start in range(0, len(wanted), _PARAMETERS):
            chunk = wanted[start:start + _PARAMETERS]
            marks = ",".join("?" * len(chunk))
            self._known.update(self._db.execute(f"SELECT key, row FROM seen WHERE key IN ({marks})", chunk))

    def _key_digest(self, key: tuple) -> bytes:
        digest = self._digests.get(key)
        return _digest(key) if digest is None else digest

    def _find(self, key: tuple) -> int | None:
        digest = self._key_digest(key)
        found = self._new.get(digest)
        return found if found is not None else self._known.get(digest)

    def __contains__(self, key: tuple) -> bool:
        return self._find(key) is not None

    def __getitem__(self, key: tuple) -> int:
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return found

    def setdefault(self, key: tuple, row: int) -> int:
        found = self._find(key)
        if found is None:
            self._new[self._key_digest(key)] = found = row
        return found

    def close(self) -> None:
        self._db.close()
