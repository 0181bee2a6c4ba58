"""The main window's menu bar; the actions become attributes of the window so screens and tests reach them."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from equilibri_desktop import APP_NAME
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.manual import ManualDialog
from equilibri_desktop.ui.window_protocols import MenuWindow


def _action(window: MenuWindow, text: str, slot, shortcut=None, name: str = "") -> QAction:
    action = QAction(text, window, objectName=name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def open_field_kit(window: MenuWindow) -> None:
    """Field mode beside the office program: the kit's own encrypted database, in its own window."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from equilibri_desktop.ui.screens.field.field_mode import open_field_mode

    chosen, _ = QFileDialog.getOpenFileName(window, tr("Apri un kit da campo"), "", tr("Kit da campo (*.eqk)"))
    if chosen:
        open_field_mode(window, window.config, window.ui_state, Path(chosen), window.field_windows.append)


def build_menus(window: MenuWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    window.backup_action = _action(window, tr("Crea &copia di sicurezza"), window.backup_now, "Ctrl+B",
                                   "backup_action")
    file_menu.addAction(window.backup_action)
    window.field_windows = []  # kept referenced while open
    file_menu.addAction(_action(window, tr("Apri un &kit da campo…"), lambda: open_field_kit(window), None,
                                "field_kit_action"))
    file_menu.addSeparator()
    window.lock_action = _action(window, tr("&Blocca sessione"), window.lock_session, "Ctrl+L", "lock_action")
    window.change_password_action = _action(window, tr("Cambia pass&word…"), window.change_password, None,
                                            "change_password_action")
    window.logout_action = _action(window, tr("Esci dall'&account"), window.logout, None, "logout_action")
    for action in (window.lock_action, window.change_password_action, window.logout_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(_action(window, tr("&Esci"), window.close, QKeySequence.StandardKey.Quit, "quit_action"))
    view_menu = bar.addMenu(tr("&Visualizza"))
    view_menu.addAction(_action(window, tr("&Home"), lambda: window.open_screen("home"), "Alt+Home",
                                "home_action"))
    view_menu.addAction(_action(window, tr("&Aggiorna"), window.refresh_current,
                                QKeySequence.StandardKey.Refresh, "refresh_action"))
    tools_menu = bar.addMenu(tr("&Strumenti"))
    tools_menu.addAction(_action(window, tr("&Preferenze…"), window.show_preferences,
                                 QKeySequence.StandardKey.Preferences, "preferences_action"))
    tools_menu.addAction(_action(window, tr("Apri la cartella dei &dati"), window.open_data_folder, None,
                                 "data_folder_action"))
    help_menu = bar.addMenu(tr("&Aiuto"))
    help_menu.addAction(_action(window, tr("&Manuale"), lambda: ManualDialog.open_for(window, window.ui_state.language),
                                QKeySequence.StandardKey.HelpContents, "manual_action"))
    help_menu.addAction(_action(window, tr("&Informazioni su {app}").format(app=APP_NAME), window.show_about,
                                None, "about_action"))
