"""Home › «Da fare»: the current user's work queues (services.grants.work_queue), one row per record that
waits for her; Enter or a double click opens it through the navigator."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from equilibri_desktop.services.grants import work_queue as queues
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr

# What each queue asks of the user, as the home page words it.
QUEUE_LABELS = {
    queues.FORMAL_CHECK: QT_TRANSLATE_NOOP("WorkQueue", "Istruttoria da avviare"),
    queues.REPLY: QT_TRANSLATE_NOOP("WorkQueue", "In attesa di risposta (termine)"),
    queues.TO_SCORE: QT_TRANSLATE_NOOP("WorkQueue", "Da valutare (criteri fatti)"),
    queues.TO_PUBLISH: QT_TRANSLATE_NOOP("WorkQueue", "Graduatoria da pubblicare"),
    queues.TO_PAY: QT_TRANSLATE_NOOP("WorkQueue", "Tranche pagabile"),
    queues.SIGNED_COPY: QT_TRANSLATE_NOOP("WorkQueue", "Manca la copia firmata"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole


class WorkQueuePanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(tr("Da fare"), parent)
        self.setObjectName("work_queue_group")
        self.ctx = ctx
        self.rows: tuple[queues.QueueRow, ...] = ()
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("work_queue_table")
        self.table.setHorizontalHeaderLabels([tr("Che cosa"), tr("Pratica"), tr("Dettaglio")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("work_queue_empty")
        self.empty_label.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.rows = queues.work_queue(self.ctx.db)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = (QCoreApplication.translate("WorkQueue", QUEUE_LABELS[row.queue]), row.label, row.detail)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        self.table.setVisible(bool(self.rows))
        self.empty_label.setVisible(not self.rows)
        self.empty_label.setText(tr("Niente in attesa per il tuo ruolo."))
        # As tall as its rows, up to six; more scroll. The group never takes more room than that.
        self.table.resizeRowsToContents()
        shown = sum(self.table.rowHeight(r) for r in range(min(len(self.rows), 6)))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + shown
                                  + 2 * self.table.frameWidth() + 2)

    def open_row(self, number: int) -> bool:
        if not 0 <= number < len(self.rows) or self.ctx.navigator is None:
            return False
        row = self.rows[number]
        return self.ctx.navigator.open_record(row.record_kind, row.record_uuid)
