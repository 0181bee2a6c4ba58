"""The home page's flexible-work section: Ministry communications whose 5-day deadline is near or past. The
query lives in services.flexwork.reminders; a line opens the pathway."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QWidget

from equilibri_desktop.services.flexwork.dto import CommunicationReminder
from equilibri_desktop.services.flexwork.reminders import flexwork_reminders
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.flexwork.fields import Designed
from equilibri_desktop.ui.screens.home.reminder_section import ReminderSection


def reminder_text(reminder: CommunicationReminder) -> str:
    day = f"{reminder.due_on:%d/%m/%Y}"
    kind = domain_tr(reminder.kind.label).lower()
    if reminder.overdue:
        text = tr("{organisation}: comunicazione di {kind} per {worker} scaduta il {day}")
    else:
        text = tr("{organisation}: comunicazione di {kind} per {worker} entro il {day}")
    return text.format(organisation=reminder.organisation, kind=kind, worker=reminder.worker, day=day)


class FlexworkAlerts(Designed, ReminderSection):
    FORM = "flexwork/home_alerts"
    WIDGETS = {"flexwork_alerts_list": QListWidget}

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(tr("Lavoro agile: comunicazioni al Ministero in scadenza"))
        self.setObjectName("flexwork_alerts_group")
        self.ctx = ctx
        self.watch(self.load_designed().flexwork_alerts_list)

    def refresh(self) -> None:
        self.show_lines((reminder_text(r), r.record_kind, r.record_uuid) for r in flexwork_reminders(self.ctx.db))
