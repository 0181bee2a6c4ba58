"""The home page's network section: signatures pending too long, agreements expiring within 60 days, tacit
renewals coming due, and the user's own follow-ups with firms. A reminder opens its record."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from equilibri_desktop.services.network import reminders
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.home.reminder_section import ReminderSection
from equilibri_desktop.ui.service_messages import said


class NetworkReminders(ReminderSection):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(tr("Rete e accordi: promemoria"), parent)
        self.setObjectName("network_reminders_group")
        self.ctx = ctx
        items = QListWidget(self)
        items.setObjectName("network_reminders_list")
        QVBoxLayout(self).addWidget(items)
        self.watch(items)

    def refresh(self) -> None:
        labels = {"firma": tr("Firma in attesa"), "scadenza": tr("Scadenza"), "rinnovo": tr("Rinnovo"),
                  "ricontatto": tr("Da ricontattare")}
        self.show_lines((f"{labels.get(r.kind, r.kind)} — {said(r.text)}", r.record_kind, r.record_uuid)
                        for r in reminders.network_reminders(self.ctx.db))
