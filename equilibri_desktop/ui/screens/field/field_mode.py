"""Starting field mode: `equilibri --field KIT` or «Apri un kit da campo…» in the office program. The passphrase
is asked (again after a wrong one), the kit opened off the UI thread, then the field window is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from equilibri_desktop.config import AppConfig
from equilibri_desktop.domain.field.errors import WrongPassphraseError
from equilibri_desktop.services.access import users
from equilibri_desktop.services.field import laptop
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.login import run_login
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.field.field_window import FieldWindow
from equilibri_desktop.ui.screens.field.passphrase_dialog import PassphraseDialog
from equilibri_desktop.ui.ui_state import UiState

MAX_ATTEMPTS = 5


def open_field_mode(parent: QWidget | None, config: AppConfig, ui_state: UiState, kit_path: Path,
                    on_open: Callable[[FieldWindow], None], on_give_up: Callable[[], None] = lambda: None,
                    attempt: int = 1) -> None:
    asked = PassphraseDialog.ask(parent, tr("Kit da campo: {name}").format(name=kit_path.name))
    if asked is None:
        on_give_up()
        return
    # The passphrase lives only until the worker has used it: the window keeps the derived sealing key.
    secret = [asked]
    del asked

    def opened(result) -> None:
        db, info, seal_key = result
        ctx = AppContext(db=db, config=db.config, ui_state=ui_state)
        if users.has_users(db):  # the kit carried the field user's own account: she signs in as in the office
            login = run_login(ctx, parent, username=info.username)
            if login is None:
                db.dispose()
                on_give_up()
                return
            db.actor = login.actor
        window = FieldWindow(ctx, info, seal_key)
        window.show()
        on_open(window)

    def failed(error: BaseException) -> None:
        if isinstance(error, WrongPassphraseError) and attempt < MAX_ATTEMPTS:
            open_field_mode(parent, config, ui_state, kit_path, on_open, on_give_up, attempt + 1)
        else:
            on_give_up()

    run_operation(parent, lambda: laptop.open_for_field_mode(kit_path, secret.pop(), config.data_dir),
                  on_success=opened,
                  on_failure=failed, label=tr("Apertura del kit e dei dati del portatile…"),
                  error_title=tr("Kit non aperto"))
