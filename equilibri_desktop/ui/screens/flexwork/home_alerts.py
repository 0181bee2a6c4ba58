"""The home page's flexible-work section: Ministry communications whose 5-day deadline is near or past. The
query lives in services.flexwork.reminders; a line opens the pathway."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QSizePolicy, QWidget

from equilibri_desktop.services.flexwork.dto import CommunicationReminder
from equilibri_desktop.services.flexwork.reminders import flexwork_reminders
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.flexwork.fields import Designed


def reminder_text(reminder: CommunicationReminder) -> str:
    day = f"{reminder.due_on:%d/%m/%Y}"
    kind = domain_tr(reminder.kind.label).lower()
    if reminder.overdue:
        text = tr("{organisation}: comunicazione di {kind} per {worker} scaduta il {day}")
    else:
        text = tr("{organisation}: comunicazione di {kind} per {worker} entro il {day}")
    return text.format(organisation=reminder.organisation, kind=kind, worker=reminder.worker, day=day)


class FlexworkAlerts(Designed, QGroupBox):
    FORM = "flexwork/home_alerts"
    WIDGETS = {"flexwork_alerts_list": QListWidget}

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(tr("Lavoro agile: comunicazioni al Ministero in scadenza"))
        self.setObjectName("flexwork_alerts_group")
        self.ctx = ctx
        self.items = self.load_designed().flexwork_alerts_list
        self.items.itemActivated.connect(self._open)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def refresh(self) -> None:
        # A few indexed rows, read in place like the network reminders beside it.
        found = flexwork_reminders(self.ctx.db)
        self.items.clear()
        for reminder in found:
            item = QListWidgetItem(reminder_text(reminder))
            item.setData(Qt.ItemDataRole.UserRole, (reminder.record_kind, reminder.record_uuid))
            self.items.addItem(item)
        self.items.setFixedHeight(8 + self.items.sizeHintForRow(0) * min(max(len(found), 1), 6))
        self.setVisible(bool(found))

    def _open(self, item: QListWidgetItem) -> None:
        kind, record_uuid = item.data(Qt.ItemDataRole.UserRole)
        if self.ctx.navigator is not None:
            self.ctx.navigator.open_record(kind, record_uuid)


def add_flexwork_alerts(page) -> FlexworkAlerts:
    """Put the section at the end of the home page's form and return it."""
    section = FlexworkAlerts(page.ctx, page.form)
    page.form.layout().addWidget(section)
    return section
