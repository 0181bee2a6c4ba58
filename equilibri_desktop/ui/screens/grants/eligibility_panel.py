"""The eligibility checklist of one application, for the application screens to embed: what the rules
computed (with colour and mark), the detail, what the officer confirmed and why; Ricalcola, Conferma tutto
and Modifica esito."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.office_time import office_text
from equilibri_desktop.services.grants import eligibility as grant_eligibility
from equilibri_desktop.services.grants.eligibility import Checklist, EligibilityRow
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.grants.eligibility_dialog import OutcomeDialog
from equilibri_desktop.ui.screens.grants.eligibility_texts import detail_text

# outcome code → mark, text colour, background
LOOK = {"ok": ("✔", "#1d6b36", "#e7f4ea"), "ko": ("✖", "#b00020", "#fbe9eb"), "nd": ("?", "#8a4b00", "#fff4e0")}
COLUMNS = (QT_TRANSLATE_NOOP("EligibilityPanel", "Requisito"), QT_TRANSLATE_NOOP("EligibilityPanel", "Calcolato"),
           QT_TRANSLATE_NOOP("EligibilityPanel", "Dettaglio"), QT_TRANSLATE_NOOP("EligibilityPanel", "Confermato"),
           QT_TRANSLATE_NOOP("EligibilityPanel", "Motivo e conferma"))


def _outcome_cell(code: str, label: str) -> QTableWidgetItem:
    if not code:
        cell = QTableWidgetItem(tr("da confermare"))
        cell.setForeground(QBrush(QColor("#5b6b7b")))
        return cell
    mark, colour, background = LOOK.get(code, ("", "#000000", "#ffffff"))
    cell = QTableWidgetItem(f"{mark} {domain_tr(label)}")
    cell.setForeground(QBrush(QColor(colour)))
    cell.setBackground(QBrush(QColor(background)))
    return cell


class EligibilityPanel(QWidget):
    changed = Signal(object)  # Checklist, after a recompute or a confirmation

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eligibility_panel")
        self.ctx = ctx
        self.application_uuid: uuid.UUID | None = None
        self.checklist: Checklist | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("eligibility_summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("eligibility_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("EligibilityPanel", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.activated.connect(lambda _index: self.change_outcome())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.recompute_button = QPushButton(tr("Ri&calcola"), self)
        self.confirm_all_button = QPushButton(tr("Conferma t&utto"), self)
        self.change_button = QPushButton(tr("Modifica &esito…"), self)
        self.recompute_tip = tr("Rileggi i dati della domanda e del bando e ricalcola le verifiche")
        self.recompute_button.setToolTip(self.recompute_tip)
        self.confirm_all_button.setToolTip(tr("Conferma le verifiche calcolate come soddisfatte o non soddisfatte"))
        self.change_button.setToolTip(tr("Conferma o cambia l'esito della riga scelta (Invio o doppio clic)"))
        self.recompute_button.clicked.connect(self.recompute)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.change_button.clicked.connect(self.change_outcome)
        for button in (self.recompute_button, self.confirm_all_button, self.change_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.set_application(None)

    # --- what the host calls ----------------------------------------------------------------
    def set_application(self, application_uuid: uuid.UUID | None) -> None:
        self.application_uuid = application_uuid
        self._show(None)
        if application_uuid is not None:
            run_operation(self, lambda: grant_eligibility.get_checklist(self.ctx.db, application_uuid), writes=False,
                          on_success=lambda checklist: self._loaded(application_uuid, checklist))

    def _loaded(self, application_uuid: uuid.UUID, checklist: Checklist) -> None:
        if application_uuid == self.application_uuid:  # not another application chosen meanwhile
            self._show(checklist)

    @property
    def can_write(self) -> bool:
        return self.ctx.db.actor.can(Permission.GRANTS_WRITE)

    # --- actions ----------------------------------------------------------------------------
    def recompute(self) -> None:
        self._run(lambda: grant_eligibility.compute_eligibility(self.ctx.db, self.application_uuid))

    def confirm_all(self) -> None:
        self._run(lambda: grant_eligibility.confirm_all(self.ctx.db, self.application_uuid))

    def change_outcome(self) -> None:
        row = self.selected_row()
        if row is None or not self.change_button.isEnabled():
            return
        answer = OutcomeDialog.ask(self, row)
        if answer is None:
            return
        outcome, reason = answer
        self._run(lambda: grant_eligibility.confirm_check(self.ctx.db, self.application_uuid, row.rule, outcome,
                                                          reason))

    def _run(self, call) -> None:
        if self.application_uuid is None:
            return
        rule = self.selected_row().rule if self.selected_row() else None
        run_operation(self, call, on_success=lambda checklist: self._done(checklist, rule),
                      label=tr("Verifica dei requisiti"))

    def _done(self, checklist: Checklist, rule: str | None) -> None:
        self._show(checklist, rule)
        self.changed.emit(checklist)

    def selected_row(self) -> EligibilityRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.checklist is None:
            return None
        return self.checklist.rows[rows[0].row()]

    def _show(self, checklist: Checklist | None, select_rule: str | None = None) -> None:
        self.checklist = checklist
        rows = checklist.rows if checklist else ()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            confirmed = _outcome_cell(row.confirmed, row.confirmed_label)
            if row.overridden:
                font = QFont(confirmed.font())
                font.setBold(True)
                confirmed.setFont(font)
            who = ""
            if row.confirmed:
                who = tr("{user}, {when}").format(user=row.confirmed_by, when=office_text(row.confirmed_at))
            note = " — ".join(part for part in (row.override_reason, who) if part)
            cells = (QTableWidgetItem(domain_tr(row.rule_label)), _outcome_cell(row.computed, row.computed_label),
                     QTableWidgetItem(detail_text(row)), confirmed, QTableWidgetItem(note))
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())
                self.table.setItem(number, column, cell)
            if row.rule == select_rule:
                self.table.selectRow(number)
        self.table.resizeRowsToContents()
        self.summary_label.setText(self._summary(checklist))
        self._enable()

    def _summary(self, checklist: Checklist | None) -> str:
        if self.application_uuid is None:
            return tr("Una domanda nuova: compila le schede, poi «Protocolla». Dopo la chiusura del bando "
                      "«Avvia istruttoria» calcola qui i requisiti da confermare.")
        if checklist is None or not checklist.rows:
            return tr("Requisiti non ancora calcolati: si calcolano con «Avvia istruttoria», dopo la chiusura del "
                      "bando (o subito per un bando a sportello).")
        if checklist.eligible is False:
            return tr("<b style='color:#b00020'>✖ Non ammissibile</b>: almeno un requisito confermato non è "
                      "soddisfatto.")
        if checklist.all_confirmed:
            return tr("<b style='color:#1d6b36'>✔ Requisiti confermati</b>: la domanda è ammissibile.")
        rules = ", ".join(domain_tr(rule) for rule in checklist.pending)
        if len(checklist.pending) == 1:
            return tr("<b style='color:#8a4b00'>Da completare</b>: 1 verifica da confermare ({rules}).").format(
                rules=rules)
        return tr("<b style='color:#8a4b00'>Da completare</b>: {n} verifiche da confermare ({rules}).").format(
            n=len(checklist.pending), rules=rules)

    def _enable(self) -> None:
        ready = self.application_uuid is not None and self.can_write
        has_rows = bool(self.checklist and self.checklist.rows)
        # Nothing to recompute before the formal check has computed the list once: say where it starts.
        self.recompute_button.setEnabled(ready and has_rows)
        self.recompute_button.setToolTip(self.recompute_tip if has_rows or not ready else tr(
            "Le verifiche si calcolano la prima volta con «Avvia istruttoria»; poi qui si ricalcolano."))
        self.confirm_all_button.setEnabled(ready and has_rows)
        self.change_button.setEnabled(ready and self.selected_row() is not None)
