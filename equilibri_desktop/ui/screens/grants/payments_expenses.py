"""Erogazioni › Rendiconto: the beneficiary's receipts (eligible or not, with their files), the totals, and
the balance recomputed from the eligible spending; submitting the final report unlocks the balance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableWidget

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.grants.codes import ApplicationStatus as S
from equilibri_desktop.services.grants import expenses as grant_expenses
from equilibri_desktop.services.grants.payment_dto import ExpenseReport, ExpenseRow, PaymentFile
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.grants.payments_common import (
    coloured,
    date_item,
    euro,
    euro_in_text,
    fill_row,
    money_item,
    selected_key,
)
from equilibri_desktop.ui.screens.grants.payments_expense_dialog import CATEGORIES, ExpenseDialog
from equilibri_desktop.ui.widgets.sortable_item import SortableItem

EDITABLE = frozenset({S.IMPRESA_COSTITUITA, S.IN_EROGAZIONE, S.RENDICONTATA})
class ExpensesPanel(FormScreen):
    FORM = "grants/payment_expenses"
    WIDGETS = {"expenses_table": QTableWidget, "totals_label": QLabel, "new_expense_button": QPushButton,
               "edit_expense_button": QPushButton, "remove_expense_button": QPushButton,
               "open_attachment_button": QPushButton, "submit_report_button": QPushButton}
    changed = Signal()  # the report changed: tranches and list amounts move with it

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.layout().setContentsMargins(8, 8, 8, 4)
        self.ctx = ctx
        self.file: PaymentFile | None = None
        self.report: ExpenseReport | None = None
        self.dialog: ExpenseDialog | None = None
        ui = self.ui
        ui.expenses_table.verticalHeader().hide()
        header = ui.expenses_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        ui.expenses_table.itemSelectionChanged.connect(self._update_buttons)
        ui.expenses_table.doubleClicked.connect(self.edit_expense)
        ui.new_expense_button.clicked.connect(self.new_expense)
        ui.edit_expense_button.clicked.connect(self.edit_expense)
        ui.remove_expense_button.clicked.connect(self.remove_expense)
        ui.open_attachment_button.clicked.connect(self.open_attachment)
        ui.submit_report_button.clicked.connect(self.submit_report)
        self.can_write = ctx.db.actor.can(Permission.PAYMENTS_WRITE)
        self.show_file(None)

    def show_file(self, file: PaymentFile | None) -> None:
        self.file = file
        self.show_report(grant_expenses.expense_report(self.ctx.db, file.application.uuid) if file else None)

    def show_report(self, report: ExpenseReport | None) -> None:
        self.report = report
        table = self.ui.expenses_table
        table.setSortingEnabled(False)
        rows = report.rows if report else ()
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            eligible = coloured(SortableItem(tr("sì") if row.eligible else tr("no")), row.eligible)
            attachment = SortableItem("📎 " + Path(row.attachment_path).name if row.attachment_path else "")
            fill_row(table, index, [date_item(row.spent_on), SortableItem(row.supplier),
                                    SortableItem(row.document_number), SortableItem(row.category),
                                    money_item(row.amount_cents), eligible,
                                    SortableItem(row.ineligible_reason), attachment], row.uuid)
        table.setSortingEnabled(True)
        self.ui.totals_label.setText(self._totals_text(report) if report else "")
        self._update_buttons()

    def _totals_text(self, r: ExpenseReport) -> str:
        share = self.file.max_cost_share_pct if self.file else ""
        lines = [tr("Spese rendicontate {total}: ammissibili <b>{eligible}</b>, non ammissibili {ineligible}.").format(
                     total=euro_in_text(r.total_cents), eligible=euro_in_text(r.eligible_cents),
                     ineligible=euro_in_text(r.ineligible_cents)),
                 tr("Contributo dovuto: il minore tra il concesso ({granted}) e il {share}% delle spese ammissibili "
                    "= <b>{due}</b>; meno le altre tranche ({others}) → saldo <b>{balance}</b>.").format(
                     granted=euro_in_text(r.granted_cents), share=share, due=euro_in_text(r.due_cents),
                     others=euro_in_text(r.other_tranches_cents), balance=euro_in_text(r.balance_cents))]
        if r.excess_cents and r.submitted:
            lines.append('<span style="color:#b00020">' + tr("Già erogati {excess} oltre il dovuto: da recuperare.")
                         .format(excess=euro_in_text(r.excess_cents)) + "</span>")
        elif r.excess_cents:  # an advance paid before the expenses: lawful until the final report says otherwise
            lines.append(tr("L'anticipo erogato supera di {excess} le spese rendicontate finora: è regolare, il "
                            "conto si chiude con il rendiconto finale.").format(excess=euro_in_text(r.excess_cents)))
        lines.append(tr("Rendiconto finale presentato: il saldo segue le correzioni.") if r.submitted else
                     tr("Il saldo sarà ricalcolato quando presenti il rendiconto finale."))
        return "<br>".join(lines)

    def selected_row(self) -> ExpenseRow | None:
        key = selected_key(self.ui.expenses_table)
        return next((r for r in self.report.rows if r.uuid == key), None) if self.report and key else None

    def _update_buttons(self) -> None:
        ui, row = self.ui, self.selected_row()
        editable = bool(self.file) and self.can_write and S(self.file.application.status) in EDITABLE
        ui.new_expense_button.setEnabled(editable)
        ui.edit_expense_button.setEnabled(editable and row is not None)
        ui.remove_expense_button.setEnabled(editable and row is not None)
        ui.open_attachment_button.setEnabled(row is not None and bool(row.attachment_path))
        ui.submit_report_button.setEnabled(editable and self.file.application.status == S.IN_EROGAZIONE
                                           and bool(self.report and self.report.rows))

    # --- actions ------------------------------------------------------------------------------
    def _categories(self) -> tuple[str, ...]:
        return (*CATEGORIES, *(r.category for r in self.report.rows if r.category)) if self.report else CATEGORIES

    def new_expense(self) -> None:
        if self.file is not None:
            self._open(ExpenseDialog(self.ctx, self.file.application.uuid, self, categories=self._categories()))

    def edit_expense(self) -> None:
        row = self.selected_row()
        if row is not None and self.ui.edit_expense_button.isEnabled():
            self._open(ExpenseDialog(self.ctx, self.file.application.uuid, self, row, self._categories()))

    def _open(self, dialog: ExpenseDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog.report))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, report: ExpenseReport | None) -> None:
        self.dialog = None
        self.show_report(report)
        self.changed.emit()

    def remove_expense(self) -> None:
        row = self.selected_row()
        if row is None or not Messages.confirm(self, tr("Elimina spesa"), tr(
                "Togliere dal rendiconto la spesa di {amount} di «{supplier}»?").format(
                amount=euro(row.amount_cents), supplier=row.supplier), ok_label=tr("Elimina")):
            return
        self._run(lambda: grant_expenses.remove_expense(self.ctx.db, row.uuid), tr("Spesa non eliminata"))

    def submit_report(self) -> None:
        if self.file is None or not Messages.confirm(self, tr("Rendiconto finale"), tr(
                "Registrare il rendiconto finale? La domanda passa a «Rendicontata» e il saldo è ricalcolato "
                "dalle spese ammissibili."), ok_label=tr("Presenta")):
            return
        self._run(lambda: grant_expenses.submit_final_report(self.ctx.db, self.file.application.uuid),
                  tr("Rendiconto non presentato"))

    def _run(self, action, failure_title: str) -> None:
        run_operation(self, action, on_success=self._saved, error_title=failure_title)

    def open_attachment(self) -> None:
        row = self.selected_row()
        path = grant_expenses.attachment_file(self.ctx.db, row.uuid) if row else None
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

