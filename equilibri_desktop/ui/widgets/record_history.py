"""A record's history from the audit trail, as a table: `RecordHistoryPanel(ctx).show_record(uuid)`.

Entries are worded through ui/audit_catalogue.py, like the activity log's.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.services.access import audit
from equilibri_desktop.services.access.audit import AuditRow
from equilibri_desktop.ui.audit_catalogue import change_text
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.sortable_item import SortableItem


def when_text(row: AuditRow) -> str:
    return row.at.astimezone().strftime("%d/%m/%Y %H:%M:%S")


class RecordHistoryPanel(QWidget):
    """Everything the audit trail holds about one record, oldest first; values of sensitive fields
    appear masked, as they were written. Needs only REGISTRY_READ (the service checks)."""

    COLUMNS = (QT_TRANSLATE_NOOP("RecordHistory", "Data e ora"), QT_TRANSLATE_NOOP("RecordHistory", "Utente"),
               QT_TRANSLATE_NOOP("RecordHistory", "Azione"), QT_TRANSLATE_NOOP("RecordHistory", "Modifiche"),
               QT_TRANSLATE_NOOP("RecordHistory", "Dettaglio"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_uuid: uuid.UUID | None = None
        self.rows: tuple[AuditRow, ...] = ()
        self.setObjectName("record_history")
        self.title_label = QLabel(tr("Storia delle modifiche"), objectName="record_history_title")
        self.empty_label = QLabel(objectName="record_history_empty", wordWrap=True)
        self.table = QTableWidget(0, len(self.COLUMNS), objectName="record_history_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RecordHistory", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        # One change per line, long values wrapped: the row grows as tall as its changes, nothing is cut.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized to the contents in refresh()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(4, 240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title_label, self.empty_label, self.table):
            layout.addWidget(widget)
        self.clear()

    def clear(self) -> None:
        self.record_uuid, self.rows = None, ()
        self.table.setRowCount(0)
        self.empty_label.setText(tr("Nessun record scelto."))
        self.empty_label.show()

    def show_record(self, record_uuid: uuid.UUID) -> None:
        self.record_uuid = record_uuid
        self.refresh()

    def refresh(self) -> None:
        if self.record_uuid is None:
            return
        self.rows = audit.record_history(self.ctx.db, self.record_uuid)
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = [SortableItem(when_text(row), row.id), SortableItem(row.username),
                     SortableItem(domain_tr(row.action_label)),
                     SortableItem("\n".join(change_text(c, row.table_name) for c in row.changes)),
                     SortableItem(row.detail)]
            for column, cell in enumerate(cells):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(number, column, cell)
        table.setSortingEnabled(True)
        table.sortItems(0, Qt.SortOrder.AscendingOrder)  # oldest first: the story in the order it happened
        # Set here, not once: a screen that hosts the panel may reset its tables' headers after building it.
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in range(3):  # date, user, action: as wide as their longest text (filled in after the rows)
            table.resizeColumnToContents(column)
        table.resizeRowsToContents()
        self.empty_label.setText(tr("Nessuna attività registrata per questo record."))
        self.empty_label.setVisible(not self.rows)
