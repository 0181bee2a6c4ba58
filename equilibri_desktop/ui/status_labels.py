"""The permanent labels of the main window's status bar: who is working, on which database, last backup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from equilibri_desktop.config import AppConfig
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.formatting import backup_age_text
from equilibri_desktop.ui.i18n import tr

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown
    from equilibri_desktop.services.access.users import LoginSession

REFRESH_MS = 60_000  # the backup age is shown in minutes/hours: once a minute is enough


class StatusLabels(QObject):
    def __init__(self, status_bar: QStatusBar, config: AppConfig):
        super().__init__(status_bar)
        self.config = config
        self.user = QLabel(objectName="status_user")
        self.database = QLabel(objectName="status_database")
        self.backup = QLabel(objectName="status_backup")
        for label in (self.user, self.database, self.backup):
            status_bar.addPermanentWidget(label)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.database.setText(tr("Database: {where}").format(where=config.database_label))

    def refresh(self, login: LoginSession | None, username: str) -> None:
        from equilibri_desktop.services.admin import maintenance

        if login is not None:
            user = login.user
            roles = ", ".join(domain_tr(role.label) for role in user.roles)
            roles += tr(", dati protetti") if user.protected_data else ""
            self.user.setText(tr("Utente: {user} — {roles}").format(user=user.display_name, roles=roles))
        else:
            self.user.setText(tr("Utente: {user}").format(user=username))
        self.database.setText(tr("Database: {where}").format(where=self.config.database_label))
        if self.config.is_sqlite:
            age = backup_age_text(maintenance.last_backup_at(self.config))
            self.backup.setText(tr("Ultima copia: {age}").format(age=age))
        else:
            self.backup.setText(tr("Copie: sul server"))
