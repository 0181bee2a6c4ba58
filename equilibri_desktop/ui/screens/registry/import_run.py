"""What the import wizard's pages read and ask of the wizard that holds them.

A Protocol in its own module so the pages depend on this small contract, not on the wizard that imports them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from equilibri_desktop.services.imports.outcomes import ImportPreview, ImportResult
from equilibri_desktop.ui.context import AppContext


class ImportRun(Protocol):
    ctx: AppContext
    path: Path | None
    kind: str  # "persons" or "organisations"
    preview: ImportPreview | None
    dry_result: ImportResult | None  # the simulation of dry_mapping
    dry_mapping: dict[int, str] | None
    result: ImportResult | None  # the real run

    def simulate(self, mapping: dict[int, str]) -> None:
        """Start the simulation in the background; the wizard moves on when it is done."""

    def run_import(self) -> None:
        """Start the real import in the background; the wizard moves on when it is done."""
