"""What the list's actions (delete, merge, import, export) read and ask of the list screen that holds them.

A Protocol in its own module so the actions depend on this contract, not on the screen that creates them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.screens.registry.table_model import RegistryTableModel


class ListScreen(Protocol):
    """A registry list as its actions see it; the screen is also the parent of their dialogs."""

    ctx: AppContext
    ui: Any  # the list's widgets: delete_button, merge_button, import_button, export_button
    model: RegistryTableModel
    KIND: str  # "persons" | "organisations"
    DELETE: Callable  # the service call deleting one record of this kind

    def selected_rows(self) -> list: ...

    def row_label(self, row) -> str: ...

    def refresh(self) -> None: ...

    def select_uuid(self, record_uuid: uuid.UUID) -> bool: ...

    def show_status(self, text: str) -> None: ...

    def criteria(self) -> Any: ...

    def export(self, path: Path, criteria, sort_key: str, descending: bool): ...

    def export_message(self, result) -> str: ...
