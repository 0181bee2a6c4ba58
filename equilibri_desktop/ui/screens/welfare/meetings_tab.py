"""Meetings and consulting hours of an engagement: add one with Enter, delete after confirming."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
)

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.welfare.engagement import MeetingInput
from equilibri_desktop.services.welfare import engagements
from equilibri_desktop.services.welfare.dto import EngagementDetail
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.welfare.common import (
    FormTab,
    fill_table,
    from_qdate,
    hours_text,
    to_qdate,
)


class MeetingsTab(FormTab):
    FORM = "welfare/meetings"
    WIDGETS = {"meetings_view": QTableWidget, "held_on_edit": QDateEdit, "hours_edit": QDoubleSpinBox,
               "topic_edit": QLineEdit, "participants_edit": QLineEdit, "next_steps_edit": QLineEdit,
               "add_meeting_button": QPushButton, "delete_meeting_button": QPushButton, "total_hours_label": QLabel}
    changed = Signal(object)  # EngagementDetail

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EngagementDetail | None = None
        self.ui.add_meeting_button.clicked.connect(self.add_meeting)
        self.ui.delete_meeting_button.clicked.connect(self.delete_meeting)
        for edit in (self.ui.topic_edit, self.ui.participants_edit, self.ui.next_steps_edit):
            edit.returnPressed.connect(self.add_meeting)

    def load(self, detail: EngagementDetail | None) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        meetings = detail.meetings if detail else ()
        fill_table(self.ui.meetings_view, [tr("Data"), tr("Ore"), tr("Argomento"), tr("Partecipanti"),
                                           tr("Passi successivi")],
                   [((f"{m.held_on:%d/%m/%Y}", m.held_on), (hours_text(m.hours), m.hours), m.topic, m.participants,
                     m.next_steps) for m in meetings], stretch=2, right=(1,))
        total = detail.hours if detail else Decimal(0)
        self.ui.total_hours_label.setText(tr("Ore di consulenza: {h}").format(h=hours_text(total)))
        self.ui.held_on_edit.setDate(to_qdate(office_today()))
        if not self.ui.hours_edit.value():
            self.ui.hours_edit.setValue(1)

    def add_meeting(self) -> None:
        if self.detail is None:
            return
        ui, engagement_uuid = self.ui, self.detail.uuid
        data = MeetingInput(from_qdate(ui.held_on_edit.date()), Decimal(str(round(ui.hours_edit.value(), 2))),
                            ui.topic_edit.text(), ui.participants_edit.text(), ui.next_steps_edit.text())
        clear_field_errors(self.form)
        run_operation(self, lambda: engagements.add_meeting(self.ctx.db, engagement_uuid, data),
                      on_success=self._added, form=self.form)

    def _added(self, detail: EngagementDetail) -> None:
        for edit in (self.ui.topic_edit, self.ui.participants_edit, self.ui.next_steps_edit):
            edit.clear()
        self.load(detail)
        self.changed.emit(detail)
        self.ui.topic_edit.setFocus()

    def delete_meeting(self) -> None:
        row = self.ui.meetings_view.currentRow()
        if self.detail is None or row < 0:
            return
        held_on = self.ui.meetings_view.item(row, 0).sort_value
        topic = self.ui.meetings_view.item(row, 2).text()
        meeting = next(m for m in self.detail.meetings if m.held_on == held_on and m.topic == topic)
        if not Messages.confirm(self, tr("Elimina incontro"),
                                tr("Eliminare l'incontro «{t}»?").format(t=topic)):
            return
        engagement_uuid = self.detail.uuid
        run_operation(self, lambda: engagements.delete_meeting(self.ctx.db, engagement_uuid, meeting.uuid),
                      on_success=lambda d: (self.load(d), self.changed.emit(d)))
