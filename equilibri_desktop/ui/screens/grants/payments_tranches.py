"""Erogazioni › Tranche e pagamenti: each tranche (gross, 4% withholding, net), its checks with date and
outcome, the conditions of the payment in green or red, and «Paga» — blocked while a condition is missing,
unless the responsabile pays with a written reason."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.errors import FieldError, ValidationError
from equilibri_desktop.domain.grants.codes import PaymentCheckKind
from equilibri_desktop.services.grants import payments as grant_payments
from equilibri_desktop.services.grants.payment_dto import PaymentFile, TrancheRow
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import (
    FormScreen,
    clear_field_errors,
    show_field_errors,
)
from equilibri_desktop.ui.screens.grants.liquidation_action import LiquidationButton
from equilibri_desktop.ui.screens.grants.payments_checks import (
    fill_checks,
    fill_conditions,
    payment_state_text,
)
from equilibri_desktop.ui.screens.grants.payments_common import (
    coloured,
    date_item,
    euro,
    fill_row,
    money_item,
    select_key,
    selected_key,
)
from equilibri_desktop.ui.service_messages import said
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.sortable_item import SortableItem


class TranchesPanel(FormScreen):
    FORM = "grants/payment_tranches"
    WIDGETS = {
        "tranches_table": QTableWidget, "checks_group": QGroupBox, "checks_table": QTableWidget,
        "check_kind_edit": QComboBox, "checked_on_edit": DateEdit, "checked_on_error": QLabel,
        "passed_edit": QComboBox, "reference_edit": QLineEdit, "record_check_button": QPushButton,
        "payment_group": QGroupBox, "conditions_list": QListWidget, "liquidation_act_edit": QLineEdit,
        "liquidation_date_edit": DateEdit, "paid_on_edit": DateEdit, "override_label": QLabel,
        **{f"{name}_error": QLabel for name in ("liquidation_act", "liquidation_date", "paid_on")},
        "pay_button": QPushButton, "override_button": QPushButton,
    }
    changed = Signal()  # a check or a payment was saved: the screen reloads the file

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.layout().setContentsMargins(8, 8, 8, 4)
        self.ctx = ctx
        self.file: PaymentFile | None = None
        self.tranche: TrancheRow | None = None
        ui = self.ui
        for kind in PaymentCheckKind:
            ui.check_kind_edit.addItem(domain_tr(kind.label), kind.value)
        ui.passed_edit.addItem(tr("Regolare / positivo"), True)
        ui.passed_edit.addItem(tr("Non regolare / negativo"), False)
        for table, stretch in ((ui.tranches_table, 1), (ui.checks_table, 0)):
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        ui.checks_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.checks_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        ui.checks_table.setColumnWidth(0, 210)
        ui.tranches_table.itemSelectionChanged.connect(self._tranche_chosen)
        ui.checks_table.itemSelectionChanged.connect(self._check_chosen)
        ui.record_check_button.clicked.connect(self.record_check)
        self._filling = False
        ui.paid_on_edit.dateChanged.connect(lambda _d: self._filling or self._refresh_conditions())
        ui.pay_button.clicked.connect(lambda: self.pay(override=False))
        ui.override_button.clicked.connect(lambda: self.pay(override=True))
        self.liquidation = LiquidationButton(ctx, self)
        self.form.findChild(QHBoxLayout, "pay_buttons_layout").insertWidget(1, self.liquidation)
        self.liquidation.generated.connect(ui.override_label.setText)
        self.can_write = ctx.db.actor.can(Permission.PAYMENTS_WRITE)
        self.can_approve = ctx.db.actor.can(Permission.PAYMENTS_APPROVE)
        self.show_file(None)

    @staticmethod
    def ask_override_reason(parent: QWidget, missing: list[str]) -> str | None:
        """The responsabile's reason to pay with conditions missing; None if cancelled. Tests patch it."""
        text, ok = QInputDialog.getMultiLineText(
            parent, tr("Paga con una deroga"),
            tr("Mancano queste condizioni:\n{missing}\n\nScrivi il motivo per cui paghi comunque "
               "(resta agli atti con il tuo nome):").format(missing="\n".join(f"• {m}" for m in missing)))
        return text if ok else None

    # --- showing ------------------------------------------------------------------------------
    def show_file(self, file: PaymentFile | None) -> None:
        current = self.tranche.uuid if self.tranche else None
        self.file = file
        table = self.ui.tranches_table
        table.blockSignals(True)
        tranches = file.tranches if file else ()
        table.setRowCount(len(tranches))
        for row, t in enumerate(tranches):
            status = coloured(SortableItem(domain_tr(t.status_label)), True if t.status == "pagata" else None)
            fill_row(table, row, [SortableItem(str(t.position)), SortableItem(t.label),
                                  SortableItem(domain_tr(t.condition_label)), money_item(t.gross_cents),
                                  money_item(t.withholding_cents), money_item(t.net_cents),
                                  status, date_item(t.paid_on), SortableItem(t.liquidation_act)], t.uuid)
        table.blockSignals(False)
        self._fit_height(table, max(2, len(tranches)))
        if not (current and select_key(table, current)):
            first_open = next((t.uuid for t in tranches if t.is_open), tranches[0].uuid if tranches else None)
            if first_open is None or not select_key(table, first_open):
                self._show_tranche(None)
        self._tranche_chosen()

    @staticmethod
    def _fit_height(table: QTableWidget, rows: int) -> None:
        """As tall as its tranches (two or three): every one visible without scrolling."""
        table.resizeRowsToContents()
        row_height = table.rowHeight(0) if table.rowCount() else table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * row_height
                             + 2 * table.frameWidth() + 2)

    def _tranche_chosen(self) -> None:
        key = selected_key(self.ui.tranches_table)
        tranche = next((t for t in self.file.tranches if t.uuid == key), None) if self.file else None
        if tranche is not None and (self.tranche is None or self.tranche.uuid != tranche.uuid):
            self._filling = True  # (blocking the signals would leave DateEdit.date() stale)
            self.ui.paid_on_edit.setDate(tranche.paid_on or office_today())
            self._filling = False
            self.ui.liquidation_act_edit.setText(tranche.liquidation_act)
            self.ui.liquidation_date_edit.setDate(tranche.liquidation_date)
        self._show_tranche(tranche)
        if tranche is not None and tranche.is_open and self.ui.paid_on_edit.date() not in (None, tranche.conditions_on):
            self._refresh_conditions()

    def _show_tranche(self, tranche: TrancheRow | None) -> None:
        self.tranche = tranche
        ui = self.ui
        clear_field_errors(self.form)
        ui.checks_group.setTitle(tr("Verifiche: {tranche}").format(tranche=tranche.label) if tranche
                                 else tr("Verifiche della tranche"))
        fill_checks(ui.checks_table, tranche.checks if tranche else ())
        fill_conditions(ui.conditions_list, tranche.conditions if tranche else ())
        is_open = tranche is not None and tranche.is_open
        self.liquidation.set_tranche(tranche.uuid if tranche else None)
        editable = is_open and self.can_write
        for widget in (ui.check_kind_edit, ui.checked_on_edit, ui.passed_edit, ui.reference_edit,
                       ui.record_check_button):
            widget.setEnabled(editable)
        for widget in (ui.liquidation_act_edit, ui.liquidation_date_edit, ui.paid_on_edit):
            widget.setEnabled(is_open and self.can_approve)
        self._update_pay_buttons()

    def _update_pay_buttons(self) -> None:
        ui, tranche = self.ui, self.tranche
        is_open = tranche is not None and tranche.is_open
        missing = tranche.missing if tranche else ()
        # The procedure's order (decision and acceptance) is not a condition one may override.
        blocked = said(self.file.payment_blocked) if self.file else ""
        ui.pay_button.setEnabled(is_open and self.can_approve and not missing and not blocked)
        ui.pay_button.setToolTip(blocked)
        ui.override_button.setVisible(is_open and self.can_approve and bool(missing) and not blocked)
        ui.override_label.setText(blocked if is_open and blocked else payment_state_text(tranche, self.can_approve))

    def _check_chosen(self) -> None:
        kind = selected_key(self.ui.checks_table)
        check = next((c for c in self.tranche.checks if c.kind == kind), None) if self.tranche and kind else None
        if check is None:
            return
        ui = self.ui
        ui.check_kind_edit.setCurrentIndex(ui.check_kind_edit.findData(check.kind))
        ui.checked_on_edit.setDate(check.checked_on if not check.from_other_tranche else None)
        ui.passed_edit.setCurrentIndex(0 if check.passed in (None, True) else 1)
        ui.reference_edit.setText("" if check.from_other_tranche else check.reference)

    def _refresh_conditions(self) -> None:
        """The conditions for the payment date typed (a DURC valid today may have expired by then)."""
        on = self.ui.paid_on_edit.date()
        if self.tranche is None or not self.tranche.is_open or on is None:
            return
        self._show_tranche(grant_payments.get_tranche(self.ctx.db, self.tranche.uuid, on))

    # --- actions ------------------------------------------------------------------------------
    def record_check(self) -> None:
        if self.tranche is None:
            return
        ui = self.ui
        problem = ui.checked_on_edit.problem()
        if problem:
            show_field_errors(self.form, ValidationError(FieldError("checked_on", problem)))
            return
        tranche, kind, day = self.tranche.uuid, ui.check_kind_edit.currentData(), ui.checked_on_edit.date()
        passed, reference = ui.passed_edit.currentData(), ui.reference_edit.text()
        run_operation(self, lambda: grant_payments.record_check(self.ctx.db, tranche, kind, day, passed, reference),
                      on_success=lambda _row: self._check_recorded(), form=self.form,
                      label=tr("Registrazione della verifica"))

    def _check_recorded(self) -> None:
        self.ui.reference_edit.clear()
        self.changed.emit()

    def pay(self, override: bool) -> None:
        tranche = self.tranche
        if tranche is None or not tranche.is_open:
            return
        ui = self.ui
        for edit, field in ((ui.liquidation_date_edit, "liquidation_date"), (ui.paid_on_edit, "paid_on")):
            if edit.problem():
                show_field_errors(self.form, ValidationError(FieldError(field, edit.problem())))
                return
        reason = ""
        if override:
            reason = self.ask_override_reason(self, [c.message for c in tranche.missing])
            if reason is None:
                return
            if not reason.strip():
                Messages.warn(self, tr("Pagamento non eseguito"), tr("Per pagare con una deroga scrivi il motivo."))
                return
        elif not Messages.confirm(self, tr("Paga tranche"), tr(
                "Registrare il pagamento di «{label}»: lordo {gross}, ritenuta {withheld}, netto {net}?").format(
                label=tranche.label, gross=euro(tranche.gross_cents), withheld=euro(tranche.withholding_cents),
                net=euro(tranche.net_cents)), ok_label=tr("Paga")):
            return
        act, acted_on, paid_on = ui.liquidation_act_edit.text(), ui.liquidation_date_edit.date(), ui.paid_on_edit.date()
        run_operation(self, lambda: grant_payments.pay_tranche(self.ctx.db, tranche.uuid, act, acted_on, paid_on,
                                                               reason),
                      on_success=lambda _row: self.changed.emit(), form=self.form, label=tr("Pagamento della tranche"))

    def selected_tranche_uuid(self) -> uuid.UUID | None:
        return self.tranche.uuid if self.tranche else None
