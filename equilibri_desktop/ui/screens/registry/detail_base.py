"""What the person and organisation detail pages share: header with back/edit/delete, a notice after a
save with warnings, the merges table, the change history tab and read-only tables."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import FieldError
from equilibri_desktop.services.registry.dto import RecordStamp
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.formatting import local_datetime
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screens.registry.pages import RegistryPage
from equilibri_desktop.ui.screens.registry.table_model import day_text
from equilibri_desktop.ui.service_messages import field_error_text
from equilibri_desktop.ui.widgets.record_history import RecordHistoryPanel

DETAIL_WIDGETS = {"back_button": QPushButton, "name_label": QLabel, "badges_label": QLabel,
                  "edit_button": QPushButton, "delete_button": QPushButton, "notice_label": QLabel,
                  "tabs": QTabWidget, "stamp_label": QLabel, "merges_table": QTableWidget, "history_tab": QWidget}
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_COLUMN_WIDTH = 150


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[Any] | None = None) -> None:
    """Read-only rows; `keys[i]` (e.g. a uuid) is kept on the first cell of row i."""
    table.setRowCount(len(rows))
    for number, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            if column == 0 and keys is not None:
                item.setData(UUID_ROLE, keys[number])
            table.setItem(number, column, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):  # readable headers even when the table is empty
        table.setColumnWidth(column, max(table.columnWidth(column), MIN_COLUMN_WIDTH))
    table.horizontalHeader().setStretchLastSection(True)


def current_key(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(UUID_ROLE) if item is not None else None


def stamp_text(stamp: RecordStamp) -> str:
    return tr("Creata il {created} da {created_by}; ultima modifica il {updated} da {updated_by}.").format(
        created=local_datetime(stamp.created_at), created_by=stamp.created_by,
        updated=local_datetime(stamp.updated_at), updated_by=stamp.updated_by)


def or_dash(text: str | None) -> str:
    return text if text else "—"


class RecordDetail(RegistryPage):
    back = Signal()
    edit_requested = Signal(object)  # the detail DTO
    deleted = Signal(object)  # uuid

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: Any = None
        self.history = self._history_panel()
        for table in self.form.findChildren(QTableWidget):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.back_button.clicked.connect(self.back)
        self.ui.edit_button.clicked.connect(self.edit)
        self.ui.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.edit)
        self.ui.tabs.currentChanged.connect(self._tab_changed)

    def open_application(self, application_uuid: uuid.UUID | None) -> None:
        """A grant application lives in Start-up e contributi › Domande: the navigator opens it there (it does
        nothing when the user may not read grants, or when the screen stands alone in a test)."""
        if application_uuid is not None and self.ctx.navigator is not None:
            self.ctx.navigator.open_application(application_uuid)

    def _history_panel(self) -> RecordHistoryPanel:
        """The change history from the audit trail."""
        panel = RecordHistoryPanel(self.ctx, self.ui.history_tab)
        self.ui.history_tab.layout().addWidget(panel)
        return panel

    def _tab_changed(self, index: int) -> None:
        # The history is read when its tab is opened: most visits to a record never look at it.
        if self.ui.tabs.widget(index) is self.ui.history_tab and self.detail:
            self.history.show_record(self.detail.uuid)

    # --- for subclasses --------------------------------------------------------------------
    def fetch(self, record_uuid: uuid.UUID) -> Any:
        raise NotImplementedError

    def show_values(self, detail: Any) -> None:
        raise NotImplementedError

    def heading(self, detail: Any) -> str:
        """The record's name at the top of the page."""
        return detail.name

    def remove(self, detail: Any) -> None:
        raise NotImplementedError

    # --- showing --------------------------------------------------------------------------
    def show_record(self, record_uuid: uuid.UUID, warnings: Sequence[FieldError] = ()) -> bool:
        # Deleted or merged by a colleague meanwhile: the service says so, the runner shows it.
        found, detail = run_now(self, lambda: self.fetch(record_uuid), error_title=tr("Scheda non disponibile"))
        if found:
            self.show_detail(detail, warnings)
        return found

    def show_detail(self, detail: Any, warnings: Sequence[FieldError] = ()) -> None:
        self.detail = detail
        self.ui.name_label.setText(self.heading(detail))
        self.ui.stamp_label.setText(stamp_text(detail.stamp))
        self.show_values(detail)
        self._fill_merges(detail.merges)
        self.show_notice([tr("Salvato, con questi avvisi:")] + [f"• {field_error_text(w)}" for w in warnings]
                         if warnings else [])
        self.history.clear()
        self._tab_changed(self.ui.tabs.currentIndex())
        writable = self.ctx.db.actor.can(Permission.REGISTRY_WRITE)
        self.ui.edit_button.setEnabled(writable)
        self.ui.delete_button.setEnabled(writable)

    def refresh(self) -> None:
        if self.detail is not None:
            self.show_record(self.detail.uuid)

    def show_notice(self, lines: Sequence[str]) -> None:
        self.ui.notice_label.setText("\n".join(lines))
        self.ui.notice_label.setVisible(bool(lines))

    def _fill_merges(self, merges) -> None:
        fill_table(self.ui.merges_table, [
            [local_datetime(m.merged_at), m.merged_by, m.dropped_label, ", ".join(m.fields_from_dropped) or "—",
             str(m.moved_links)] for m in merges])

    # --- actions --------------------------------------------------------------------------
    def edit(self) -> None:
        if self.detail is not None and self.ui.edit_button.isEnabled() and self.isVisible():
            self.edit_requested.emit(self.detail)

    def delete(self) -> None:
        detail = self.detail
        if detail is None or not self.ui.delete_button.isEnabled():
            return
        if not Messages.confirm(self, tr("Elimina"), tr(
                "Eliminare la scheda di {name}? L'eliminazione resta nel registro delle attività.").format(
                name=self.ui.name_label.text()), ok_label=tr("Elimina")):
            return
        run_operation(self, lambda: self.remove(detail), on_success=lambda _none: self._removed(detail),
                      error_title=tr("Eliminazione non eseguita"))

    def _removed(self, detail: Any) -> None:
        self.detail = None
        self.deleted.emit(detail.uuid)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)


def date_or_dash(value) -> str:
    return day_text(value) or "—"
