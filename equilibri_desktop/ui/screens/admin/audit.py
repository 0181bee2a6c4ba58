"""Amministrazione › Registro delle attività: search the audit trail, see what changed, verify the hash
chain and export to .xlsx (AUDIT_READ)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
)

from equilibri_desktop.domain.audit import AuditAction
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.access import audit, audit_reports
from equilibri_desktop.services.access.audit import AuditFilter, AuditRow
from equilibri_desktop.ui.audit_catalogue import field_title, filter_choices, record_title, value_text
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.models.paged_table import Column, PagedTableModel
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.tasks import run_task
from equilibri_desktop.ui.widgets.record_history import when_text
from equilibri_desktop.ui.widgets.sortable_item import SortableItem


def _columns() -> list[Column]:
    return [
        Column("id", tr("N."), align_right=True, sortable=False),
        Column("at", tr("Data e ora"), lambda at: at.astimezone().strftime("%d/%m/%Y %H:%M:%S"), sortable=False),
        Column("username", tr("Utente"), sortable=False),
        Column("action_label", tr("Azione"), domain_tr, sortable=False),
        Column("record", tr("Su"), lambda record: record_title(*record), sortable=False),
        Column("changes", tr("Campi modificati"), lambda changes: ", ".join(field_title(c.field) for c in changes),
               sortable=False),
        Column("detail", tr("Dettaglio"), sortable=False),
    ]


class AuditScreen(FormScreen):
    FORM = "admin/audit"
    WIDGETS = {
        "user_combo": QComboBox,
        "table_combo": QComboBox,
        "action_combo": QComboBox,
        "since_check": QCheckBox,
        "since_edit": QDateEdit,
        "until_check": QCheckBox,
        "until_edit": QDateEdit,
        "record_uuid_edit": QLineEdit,
        "record_uuid_error": QLabel,
        "search_button": QPushButton,
        "clear_button": QPushButton,
        "splitter": QSplitter,
        "entries_view": QTableView,
        "details_label": QLabel,
        "changes_table": QTableWidget,
        "verify_result_label": QLabel,
        "count_label": QLabel,
        "status_label": QLabel,
        "verify_button": QPushButton,
        "export_button": QPushButton,
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.criteria = AuditFilter()
        self.last_verify: audit_reports.VerifyResult | None = None
        self.model = PagedTableModel(_columns(), self._load, self._count, self)
        view = self.ui.entries_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((50, 140, 120, 150, 300, 240)):  # the detail takes the rest
            view.setColumnWidth(column, width)
        view.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_entry(current))
        changes_header = self.ui.changes_table.horizontalHeader()
        changes_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        changes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.changes_table.verticalHeader().hide()
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 3)
        self._fill_fixed_filters()
        day = office_today()  # the office's day, not the machine's (a UTC server is an hour behind Rome)
        today = QDate(day.year, day.month, day.day)
        self.ui.since_edit.setDate(today.addMonths(-1))
        self.ui.until_edit.setDate(today)
        for combo in (self.ui.user_combo, self.ui.table_combo, self.ui.action_combo):
            combo.activated.connect(self.apply_filters)
        for check, edit in ((self.ui.since_check, self.ui.since_edit), (self.ui.until_check, self.ui.until_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filters)
            edit.dateChanged.connect(self.apply_filters)
        self.ui.record_uuid_edit.returnPressed.connect(self.apply_filters)
        self.ui.search_button.clicked.connect(self.apply_filters)
        self.ui.clear_button.clicked.connect(self.clear_filters)
        self.ui.verify_button.clicked.connect(self.verify)
        self.ui.export_button.clicked.connect(self.export)
        self.refresh()

    def _fill_fixed_filters(self) -> None:
        self.ui.table_combo.addItem(tr("Tutte"), None)
        for label, name in filter_choices():
            self.ui.table_combo.addItem(label, name)
        self.ui.action_combo.addItem(tr("Tutte"), None)
        for action in AuditAction:
            self.ui.action_combo.addItem(domain_tr(action.label), action.value)

    # --- list -----------------------------------------------------------------------------
    def _load(self, offset: int, limit: int, _sort_key: str | None, _descending: bool) -> tuple[AuditRow, ...]:
        return audit.search_audit(self.ctx.db, self.criteria, offset, limit).items  # newest first

    def _count(self) -> int:
        return audit.count_audit(self.ctx.db, self.criteria)

    def refresh(self) -> None:
        combo = self.ui.user_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("Tutti"), None)
        for username in audit.audit_users(self.ctx.db):
            combo.addItem(username, username)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)
        self._reload()

    def _reload(self) -> None:
        self.model.reload()
        total = self.model.total
        self.ui.count_label.setText(tr("1 voce") if total == 1
                                    else tr("{n} voci").format(n=f"{total:,}".replace(",", ".")))
        if total:
            self.ui.entries_view.selectRow(0)
        self.show_entry(self.ui.entries_view.currentIndex())

    def collect_filter(self) -> AuditFilter | None:
        """The filters as typed; None (with the error shown next to the field) if the record code is wrong."""
        text = self.ui.record_uuid_edit.text().strip()
        record = None
        self.ui.record_uuid_error.hide()
        if text:
            try:
                record = uuid.UUID(text)
            except ValueError:
                self.ui.record_uuid_error.setText(tr("Non è un codice di record valido: copialo dalla scheda o "
                                                     "dall'esportazione (32 cifre e lettere, con i trattini)."))
                self.ui.record_uuid_error.show()
                self.ui.record_uuid_edit.setFocus()
                return None
        since = self.ui.since_edit.date().toPython() if self.ui.since_check.isChecked() else None
        until = self.ui.until_edit.date().toPython() if self.ui.until_check.isChecked() else None
        return AuditFilter(username=self.ui.user_combo.currentData(), since=since, until=until,
                           table_name=self.ui.table_combo.currentData(), record_uuid=record,
                           action=self.ui.action_combo.currentData())

    def apply_filters(self, *_args) -> None:
        criteria = self.collect_filter()
        if criteria is None:
            return
        self.criteria = criteria
        self._reload()

    def clear_filters(self) -> None:
        for combo in (self.ui.user_combo, self.ui.table_combo, self.ui.action_combo):
            combo.setCurrentIndex(0)
        for check in (self.ui.since_check, self.ui.until_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.ui.since_edit.setEnabled(False)
        self.ui.until_edit.setEnabled(False)
        self.ui.record_uuid_edit.clear()
        self.apply_filters()

    def filter_record(self, record_uuid: uuid.UUID) -> None:
        """Show every entry about one record (the history view reaches the full trail this way)."""
        self.ui.record_uuid_edit.setText(str(record_uuid))
        self.apply_filters()

    # --- details --------------------------------------------------------------------------
    def show_entry(self, index: QModelIndex) -> None:
        table = self.ui.changes_table
        if not index.isValid():
            self.ui.details_label.setText(tr("Nessuna voce scelta."))
            table.setRowCount(0)
            return
        row: AuditRow = self.model.row_object(index.row())
        lines = [tr("Voce n. {id} — {when} — {user} — {action}").format(
            id=row.id, when=when_text(row), user=row.username, action=domain_tr(row.action_label))]
        if row.table_name:
            lines.append(tr("Su: {record}").format(record=record_title(row.table_name, row.record_name)))
        if row.detail:
            lines.append(tr("Dettaglio: {detail}").format(detail=row.detail))
        if not row.changes:
            lines.append(tr("Nessun campo modificato."))
        # The raw form, as the trail and the export hold it: table, record code and field names.
        raw = f"{row.table_name} {row.record_uuid or ''}".strip()
        if raw or row.changes:
            lines.append(tr("Forma registrata: {raw}").format(
                raw="; ".join([raw] * bool(raw) + [", ".join(c.field for c in row.changes)] * bool(row.changes))))
        self.ui.details_label.setText("\n".join(lines))
        table.setRowCount(len(row.changes))
        for number, change in enumerate(row.changes):
            for column, text in enumerate((field_title(change.field),
                                           value_text(change.old, change.field, row.table_name),
                                           value_text(change.new, change.field, row.table_name))):
                table.setItem(number, column, SortableItem(text))

    # --- verify and export ----------------------------------------------------------------
    def verify(self) -> None:
        self.ui.verify_button.setEnabled(False)
        self.ui.status_label.setText(tr("Verifica in corso…"))
        run_task(lambda _task: audit_reports.verify_chain(self.ctx.db), parent=self,
                 label=tr("Verifica dell'integrità del registro delle attività…"), on_done=self._verified,
                 on_error=self._failed(tr("Verifica non eseguita")), writes_database=False, cancellable=False)

    def _verified(self, result: audit_reports.VerifyResult) -> None:
        self.last_verify = result
        self.ui.verify_button.setEnabled(True)
        self.ui.status_label.clear()
        label = self.ui.verify_result_label
        if result.ok:
            label.setText(tr(
                "Registro integro: {n} voci controllate, nessuna modificata, cancellata o spostata. Ultima voce "
                "n. {last}, impronta {digest}. Annotala fuori dal programma: permette di accorgersi anche di "
                "voci tolte in fondo.").format(n=result.checked, last=result.last_id, digest=result.last_hash))
        else:
            label.setText(tr(
                "ATTENZIONE: il registro è stato alterato alla voce n. {id}: {reason}. Le {n} voci precedenti "
                "sono integre. Conserva una copia del database e avvisa il responsabile della protezione dei "
                "dati.").format(id=result.first_broken_id, reason=result.reason, n=result.checked))
        label.setProperty("state", "ok" if result.ok else "broken")
        label.style().unpolish(label)
        label.style().polish(label)
        label.show()
        if not result.ok:
            Messages.warn(self, tr("Registro delle attività alterato"), label.text())

    def _failed(self, title: str):
        def failed(error: Exception, _details: str) -> None:
            self.ui.verify_button.setEnabled(True)
            self.ui.export_button.setEnabled(True)
            self.ui.status_label.setText(title)
            Messages.warn(self, title, str(error))
        return failed

    def export(self) -> None:
        default = self.ctx.config.documents_dir / f"registro-attivita-{office_today():%Y%m%d}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Esporta il registro delle attività"), str(default),
                                                tr("Cartella di lavoro Excel (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        criteria = self.criteria
        self.ui.export_button.setEnabled(False)
        run_task(lambda _task: audit_reports.export_audit_xlsx(self.ctx.db, criteria, path), parent=self,
                 label=tr("Esportazione del registro delle attività…"), on_done=lambda n: self._exported(n, path),
                 on_error=self._failed(tr("Esportazione non eseguita")), cancellable=False)

    def _exported(self, count: int, path: Path) -> None:
        self.ui.export_button.setEnabled(True)
        self.last_export = path
        self.ui.status_label.setText(tr("Esportate {n} voci in {file}.").format(n=count, file=path.name))
        self.refresh()  # the export is itself an entry of the trail
