"""Anchors of the audit trail kept outside its database, and what comparing the chain with them tells.

An anchor is the number and hash of the latest entry at some moment (a backup, a generated document).
Whoever can write the database file can delete the last entries or rewrite one and recompute the whole
chain, and the chain alone would still verify; an anchor written elsewhere cannot be reached from the
database: a chain that ends before an anchor was shortened, a chain whose entry n. N no longer carries the
anchored hash was rewritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SEPARATOR = ";"


@dataclass(frozen=True)
class Anchor:
    entry_id: int
    entry_hash: str
    written_at: str  # ISO local time when the anchor was written
    source: str  # where it was found: "copia equilibri-….sqlite3", "documento …", the checkpoint file

    def line(self) -> str:
        """One line of the append-only checkpoint file (the source is where the line is)."""
        return SEPARATOR.join((str(self.entry_id), self.entry_hash, self.written_at))

    @property
    def label(self) -> str:
        return f"n. {self.entry_id}:{self.entry_hash[:16]}"


def parse_line(text: str, source: str) -> Anchor | None:
    parts = text.strip().split(SEPARATOR)
    if len(parts) != 3 or not parts[0].isdigit() or len(parts[1]) != 64:
        return None
    return Anchor(int(parts[0]), parts[1], parts[2], source)


def parse_label(text: str, source: str, written_at: str = "") -> Anchor | None:
    """The short form printed in documents: 'n. 123:abcdef…' → an anchor whose hash is a prefix."""
    number, _, digest = text.removeprefix("n. ").partition(":")
    if not number.isdigit() or len(digest) < 16:
        return None
    return Anchor(int(number), digest, written_at, source)


def anchor_problems(anchors: list[Anchor], last_id: int, hashes: Mapping[int, str]) -> list[str]:
    """Italian findings, one per anchor the chain contradicts (`hashes`: the chain's id → hash)."""
    problems = []
    for anchor in sorted(anchors, key=lambda a: a.entry_id):
        when = f" del {anchor.written_at}" if anchor.written_at else ""
        if anchor.entry_id > last_id:
            problems.append(f"registro accorciato: {anchor.source}{when} conosce la voce n. {anchor.entry_id}, "
                            f"ma il registro finisce alla n. {last_id}")
        elif not hashes.get(anchor.entry_id, "").startswith(anchor.entry_hash):
            problems.append(f"registro riscritto: la voce n. {anchor.entry_id} non ha più l'impronta registrata "
                            f"in {anchor.source}{when}")
    return problems
