"""Start-up e contributi › Erogazioni: the funded applications with granted, paid and remaining amounts, and
for the one chosen its firm, tranches and checks, expense report and revocation; the transparency table.

Everyone with GRANTS_READ sees it; without PAYMENTS_WRITE it is read-only, paying needs PAYMENTS_APPROVE and
the transparency export GRANTS_DECIDE (the services refuse the same things)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.errors import DomainError
from equilibri_desktop.domain.grants.protocol import parse_protocol_label
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.services.grants import transparency as grant_transparency
from equilibri_desktop.services.grants.payment_dto import FundedRow, PaymentFile
from equilibri_desktop.services.grants.payment_queries import FUNDED_STATUSES
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.grants.acceptance_terms import apply_acceptance_terms
from equilibri_desktop.ui.screens.grants.payments_acceptance import AcceptancePanel
from equilibri_desktop.ui.screens.grants.payments_common import (
    euro_in_text,
    fill_row,
    money_item,
    select_key,
    selected_key,
)
from equilibri_desktop.ui.screens.grants.payments_expenses import ExpensesPanel
from equilibri_desktop.ui.screens.grants.payments_firm import FirmPanel
from equilibri_desktop.ui.screens.grants.payments_revocation import RevocationPanel
from equilibri_desktop.ui.screens.grants.payments_tranches import TranchesPanel
from equilibri_desktop.ui.tasks import run_task
from equilibri_desktop.ui.widgets.sortable_item import SortableItem


class PaymentsScreen(FormScreen):
    FORM = "grants/payment_screen"
    WIDGETS = {"call_filter": QComboBox, "status_filter": QComboBox, "export_button": QPushButton,
               "splitter": QSplitter, "funded_table": QTableWidget, "detail_title": QLabel,
               "detail_tabs": QTabWidget, "status_label": QLabel,
               **{f"{name}_tab": QWidget for name in ("firm", "tranches", "expenses", "revocation")}}

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[uuid.UUID, FundedRow] = {}
        self.file: PaymentFile | None = None
        ui = self.ui
        self.firm = FirmPanel(ctx, ui.firm_tab)
        self.tranches = TranchesPanel(ctx, ui.tranches_tab)
        self.expenses = ExpensesPanel(ctx, ui.expenses_tab)
        self.revocation = RevocationPanel(ctx, ui.revocation_tab)
        for tab, panel in ((ui.firm_tab, self.firm), (ui.tranches_tab, self.tranches),
                           (ui.expenses_tab, self.expenses), (ui.revocation_tab, self.revocation)):
            tab.layout().setContentsMargins(0, 0, 0, 0)
            tab.layout().addWidget(panel)
        self.firm.saved.connect(self._firm_saved)
        self.acceptance = AcceptancePanel(ctx, ui.tranches_tab)
        ui.tranches_tab.layout().insertWidget(0, self.acceptance)
        self.acceptance.saved.connect(lambda _file: self.reload())
        for panel in (self.tranches, self.expenses, self.revocation):
            panel.changed.connect(self.reload)
        table = ui.funded_table
        table.verticalHeader().hide()
        table.setWordWrap(False)  # one line per beneficiary; a long call title ends in "…" (full on hover)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._chosen)
        ui.splitter.setSizes([200, 450])  # six beneficiaries in view above the detail
        ui.status_filter.addItem(tr("Tutti gli stati"), "")
        for status in FUNDED_STATUSES:
            ui.status_filter.addItem(domain_tr(status.label), status.value)
        ui.call_filter.currentIndexChanged.connect(lambda _i: self.show_list())
        ui.status_filter.currentIndexChanged.connect(lambda _i: self.show_list())
        ui.export_button.clicked.connect(self.export_transparency)
        ui.export_button.setVisible(ctx.db.actor.can(Permission.GRANTS_DECIDE))
        QShortcut(QKeySequence.StandardKey.Find, self, activated=ui.call_filter.setFocus)
        if not ctx.db.actor.can(Permission.PAYMENTS_WRITE):
            ui.status_label.setText(tr("Sola lettura: per registrare imprese, verifiche e spese serve il permesso "
                                       "«pagamenti»."))
        self.load_calls()
        self.refresh()

    # --- list ---------------------------------------------------------------------------------
    def load_calls(self) -> None:
        combo = self.ui.call_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("Tutti i bandi"), "")
        for call in grant_payments.funded_calls(self.ctx.db):
            combo.addItem(call.title, str(call.uuid))  # Qt finds plain strings, not Python objects
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh(self) -> None:
        """The list as it stands, then the office date applied (a partial grant not accepted in time lapses):
        shown again only if something lapsed."""
        self.show_list()
        apply_acceptance_terms(self, self.ctx, self._lapsed)

    def _lapsed(self, message: str, _calls: frozenset[uuid.UUID]) -> None:
        self.ui.status_label.setText(message)
        self.reload()

    def show_list(self, select: uuid.UUID | None = None) -> None:
        select = select or selected_key(self.ui.funded_table)
        rows = grant_payments.list_funded(self.ctx.db, self.selected_call(),
                                          self.ui.status_filter.currentData() or None)
        self.rows = {row.uuid: row for row in rows}
        table = self.ui.funded_table
        table.blockSignals(True)
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            protocol = SortableItem(row.protocol, parse_protocol_label(row.protocol) or (0, 0))
            call_title = SortableItem(row.call_title)
            call_title.setToolTip(row.call_title)
            fill_row(table, index, [SortableItem(row.public_code), protocol, SortableItem(row.applicant_name),
                                    SortableItem(row.business_name), call_title,
                                    SortableItem(domain_tr(row.status_label)), money_item(row.granted_cents),
                                    money_item(row.paid_cents), money_item(row.remaining_cents)], row.uuid)
        table.setSortingEnabled(True)
        table.blockSignals(False)
        if not (select and select_key(table, select)) and rows:
            table.selectRow(0)
        self._chosen()

    def open_record(self, record_uuid: uuid.UUID) -> bool:
        """One funded application (from a work queue): every call and status, its tranches shown."""
        for combo in (self.ui.call_filter, self.ui.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.show_list(select=record_uuid)
        found = self.file is not None and self.file.application.uuid == record_uuid
        if found:
            self.ui.detail_tabs.setCurrentWidget(self.ui.tranches_tab)
        return found

    def selected_call(self) -> uuid.UUID | None:
        value = self.ui.call_filter.currentData()
        return uuid.UUID(value) if value else None

    def selected_uuid(self) -> uuid.UUID | None:
        return selected_key(self.ui.funded_table)

    def _chosen(self) -> None:
        key = self.selected_uuid()
        if self.file is not None and key == self.file.application.uuid:
            return
        self._show(grant_payments.get_payment_file(self.ctx.db, key) if key else None)

    def _show(self, file: PaymentFile | None) -> None:
        self.file = file
        self.ui.detail_tabs.setEnabled(file is not None)
        if file is None:
            self.ui.detail_title.setText(tr("Nessuna domanda finanziata.") if not self.rows else "")
        else:
            a = file.application
            self.ui.detail_title.setText(tr(
                "Domanda {protocol} ({code}) — {name}, «{business}» — {status}: concesso {granted}, pagato {paid}, "
                "da pagare {remaining}").format(protocol=a.protocol, code=a.public_code, name=a.applicant_name,
                                                business=a.business_name, status=domain_tr(a.status_label),
                                                granted=euro_in_text(a.granted_cents), paid=euro_in_text(a.paid_cents),
                                                remaining=euro_in_text(a.remaining_cents)))
        for panel in (self.firm, self.acceptance, self.tranches, self.expenses, self.revocation):
            panel.show_file(file)

    def reload(self) -> None:
        """After a change: the detail and the list row (amounts, status) from the database again."""
        key = self.file.application.uuid if self.file else None
        self.file = None
        self.show_list(select=key)

    def _firm_saved(self, file: PaymentFile) -> None:
        self.ui.status_label.setText(tr("Impresa registrata: tranche calcolate dal piano del bando."))
        self.reload()
        self.ui.detail_tabs.setCurrentWidget(self.ui.tranches_tab)

    # --- transparency export ------------------------------------------------------------------
    @staticmethod
    def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
        """Where to write the table (.xlsx or .csv by the filter chosen); tests patch it."""
        path, chosen = QFileDialog.getSaveFileName(parent, tr("Esporta tabella trasparenza"), suggested,
                                                   tr("Excel (*.xlsx);;CSV per Excel, separato da punto e virgola "
                                                      "(*.csv)"))
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path

    def export_transparency(self) -> None:
        path = self.ask_export_path(self, str(Path.home() / "trasparenza-contributi.xlsx"))
        if path is None:
            return
        call = self.selected_call()
        self.ui.export_button.setEnabled(False)
        self.ui.status_label.setText(tr("Esportazione in corso…"))
        run_task(lambda _ctx: grant_transparency.export_transparency(self.ctx.db, path, call,
                                                                                  overwrite=True), parent=self,
                 label=tr("Esportazione della tabella trasparenza…"), on_done=self._exported,
                 on_error=self._export_failed, cancellable=False)

    def _exported(self, result: grant_transparency.TransparencyExport) -> None:
        self.ui.export_button.setEnabled(True)
        self.ui.status_label.setText(tr("Tabella trasparenza esportata in {path}: {rows} contributi, {hidden} "
                                        "indicati solo con il codice della domanda.").format(
            path=result.path, rows=result.rows, hidden=result.anonymised))

    def _export_failed(self, error: Exception, _details: str) -> None:
        self.ui.export_button.setEnabled(True)
        self.ui.status_label.setText(tr("Esportazione non riuscita."))
        if not isinstance(error, (DomainError, OSError)):
            raise error
        Messages.warn(self, tr("Esportazione non riuscita"), str(error))
