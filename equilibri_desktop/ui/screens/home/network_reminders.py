"""The home page's network section: signatures pending too long, agreements expiring within 60 days, tacit
renewals coming due, and the user's own follow-ups with firms. A reminder opens its record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.services.network import reminders
from equilibri_desktop.ui.i18n import tr


class NetworkReminders(QGroupBox):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(tr("Rete e accordi: promemoria"), parent)
        self.setObjectName("network_reminders_group")
        self.ctx = ctx
        self.items = QListWidget(self)
        self.items.setObjectName("network_reminders_list")
        self.items.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no empty band below
        self.hide()

    def refresh(self) -> None:
        # Read in place like the rest of the home page (a few indexed rows): a background task would outlive a
        # home page that is rebuilt or closed while it runs.
        self._show(reminders.network_reminders(self.ctx.db))

    def _show(self, found) -> None:
        self.items.clear()
        labels = {"firma": tr("Firma in attesa"), "scadenza": tr("Scadenza"), "rinnovo": tr("Rinnovo"),
                  "ricontatto": tr("Da ricontattare")}
        for reminder in found:
            item = QListWidgetItem(f"{labels.get(reminder.kind, reminder.kind)} — {reminder.text}")
            item.setData(Qt.ItemDataRole.UserRole, (reminder.record_kind, reminder.record_uuid))
            self.items.addItem(item)
        self.items.setFixedHeight(8 + self.items.sizeHintForRow(0) * min(max(len(found), 1), 6))
        self.setVisible(bool(found))

    def _open(self, item: QListWidgetItem) -> None:
        kind, record_uuid = item.data(Qt.ItemDataRole.UserRole)
        if self.ctx.navigator is not None:
            self.ctx.navigator.open_record(kind, record_uuid)


def add_network_reminders(page) -> NetworkReminders:
    """Put the section at the end of the home page's form and return it."""
    section = NetworkReminders(page.ctx, page.form)
    page.form.layout().addWidget(section)
    return section
