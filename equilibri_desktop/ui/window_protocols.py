"""What the main window's helpers (the signed-in account, the menu bar) read and ask of the window.

Protocols in their own module so ui/account.py and ui/main_menus.py depend on these contracts, not on
ui/main_window.py, which creates them. The window is also the helpers' Qt parent (a QMainWindow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QWidget

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown
    from equilibri_desktop.config import AppConfig
    from equilibri_desktop.services.access.users import LoginSession
    from equilibri_desktop.ui.context import AppContext
    from equilibri_desktop.ui.ui_state import UiState


class AccountWindow(Protocol):
    """The window as the signed-in account sees it: logging out forgets its screens, logging in fills them."""

    ctx: AppContext | None
    ui_state: UiState

    def unsaved_screens(self) -> list[QWidget]: ...

    def keep_drafts(self) -> None: ...

    def detach(self) -> None: ...

    def attach(self, ctx: AppContext, login: LoginSession | None = None) -> None: ...

    def close(self) -> bool: ...


class MenuWindow(Protocol):
    """The window as its menu bar sees it: the commands the menus call, and where the actions are kept (screens
    and tests reach them as the window's attributes)."""

    config: AppConfig
    ui_state: UiState
    field_windows: list[Any]  # the field mode's windows, kept referenced while open
    backup_action: QAction
    lock_action: QAction
    change_password_action: QAction
    logout_action: QAction

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name

    def backup_now(self) -> None: ...

    def lock_session(self) -> None: ...

    def change_password(self) -> None: ...

    def logout(self, ask: bool = True) -> bool: ...

    def close(self) -> bool: ...

    def open_screen(self, name: str) -> Any: ...

    def refresh_current(self) -> None: ...

    def show_preferences(self) -> None: ...

    def open_data_folder(self) -> None: ...

    def show_about(self) -> None: ...
