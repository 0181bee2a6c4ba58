"""What every screen receives: the open database, where data lives, and the UI state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from equilibri_desktop.config import AppConfig
from equilibri_desktop.ui.ui_state import UiState

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown
    from equilibri_desktop.services.admin.database import Database
    from equilibri_desktop.ui.navigator import Navigator


@dataclass
class AppContext:
    db: Database
    config: AppConfig
    ui_state: UiState
    demo: bool = False
    # Set by the main window; None only for screens built alone (tests of a single screen).
    navigator: Navigator | None = None
