"""Start-up e contributi › Valutazione: a commission member's list of applications and scoring sheet.

The member picks a call, then an application; Enter (or a double click) starts the work on it: the
conflict declaration first, then one spin box per criterion limited to its maximum, the live total and
a note; Ctrl+S saves, Ctrl+D reopens the declaration.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QWidget,
)

from equilibri_desktop.domain.grants.scoring import format_points
from equilibri_desktop.services.grants import evaluation as grant_evaluation
from equilibri_desktop.services.grants.evaluation_dto import (
    ApplicationToScore,
    ScoringSheet,
)
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.grants.calls_commission import role_text
from equilibri_desktop.ui.screens.grants.evaluation_dialogs import ConflictDialog
from equilibri_desktop.ui.screens.grants.evaluation_list import (
    fill_applications_table,
    finished_by_me,
)
from equilibri_desktop.ui.screens.grants.evaluation_project import ProjectPane
from equilibri_desktop.ui.screens.grants.evaluation_sheet import CriteriaEditor
from equilibri_desktop.ui.service_messages import said
from equilibri_desktop.ui.widgets.table_columns import ElidedToolTips


class EvaluationScreen(FormScreen):
    FORM = "grants/evaluation_screen"
    WIDGETS = {
        "call_combo": QComboBox,
        "member_label": QLabel,
        "splitter": QSplitter,
        "applications_table": QTableWidget,
        "sheet_group": QGroupBox,
        "sheet_title_label": QLabel,
        "sheet_subtitle_label": QLabel,
        "declaration_label": QLabel,
        "declare_button": QPushButton,
        "criteria_scroll": QScrollArea,
        "criteria_widget": QWidget,
        "total_label": QLabel,
        "note_edit": QPlainTextEdit,
        "sheet_error": QLabel,
        "save_button": QPushButton,
        "status_label": QLabel,
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sheet: ScoringSheet | None = None
        self.rows: list[ApplicationToScore] = []
        self.criteria = CriteriaEditor(self.ui.criteria_widget, self._update_total)
        # What is being scored sits beside the grid, under the list: project, cost plan, attachments.
        self.project = ProjectPane(ctx, self)
        left = QSplitter(Qt.Orientation.Vertical, self.ui.splitter)
        left.setChildrenCollapsible(False)
        self.ui.splitter.insertWidget(0, left)
        left.addWidget(self.ui.applications_table)
        left.addWidget(self.project)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        self.ui.note_edit.setTabChangesFocus(True)  # Tab goes on to «Salva», as in every other field
        table = self.ui.applications_table
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # applicant and business share what the short columns leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.elided_tooltips = ElidedToolTips(table)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([640, 460])  # the sheet needs about 460 px; the list takes the rest
        table.currentCellChanged.connect(self._row_changed)
        table.activated.connect(lambda _index: self.start_work())
        self._call_index = -1
        self.ui.call_combo.currentIndexChanged.connect(self._call_changed)
        self.ui.declare_button.clicked.connect(self.declare)
        self.ui.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.declare)
        self.show_sheet(None)
        self.refresh()

    # --- calls and list ---------------------------------------------------------------------
    def current_call(self) -> uuid.UUID | None:
        return self.ui.call_combo.currentData()

    def refresh(self) -> None:
        """The calls this user sits on, then the list of the chosen one (kept across refreshes)."""
        chosen = self.current_call()
        calls = grant_evaluation.my_calls(self.ctx.db)
        combo = self.ui.call_combo
        combo.blockSignals(True)
        combo.clear()
        for call in calls:
            combo.addItem(call.title, call.call_uuid)
            combo.setItemData(combo.count() - 1, call.title, Qt.ItemDataRole.ToolTipRole)
        index = max(0, combo.findData(chosen)) if chosen else 0
        combo.setCurrentIndex(index if calls else -1)
        combo.blockSignals(False)
        self._call_index = combo.currentIndex()
        if not calls:
            self.ui.member_label.setText("")
            self.ui.status_label.setText(tr("Non fai parte della commissione di nessun bando: i componenti sono "
                                            "indicati nella scheda del bando."))
        else:
            member = calls[combo.currentIndex()]
            self.ui.member_label.setText(tr("Componente: {name} ({role})").format(name=member.member_name,
                                                                                 role=role_text(member.member_role).lower()))
        # Coming back to the screen must not throw away points typed and not saved yet.
        self.load_applications(reload_sheet=not self.has_unsaved_changes())

    def open_record(self, application_uuid: uuid.UUID) -> bool:
        """One application to score (from a work queue): its call chosen, its sheet shown."""
        if self.has_unsaved_changes():
            return False
        combo = self.ui.call_combo
        for index in range(combo.count()):
            if index != combo.currentIndex():
                combo.setCurrentIndex(index)
            uuids = [row.application_uuid for row in self.rows]
            if application_uuid in uuids:
                self.ui.applications_table.setCurrentCell(uuids.index(application_uuid), 0)
                return self.sheet is not None and self.sheet.application_uuid == application_uuid
        return False

    def _call_changed(self, index: int) -> None:
        if index == self._call_index:
            return
        if self.has_unsaved_changes() and not Messages.confirm(
                self, tr("Punteggi non salvati"),
                tr("I punteggi di questa domanda non sono stati salvati. Scartarli?"), tr("Scarta")):
            self.ui.call_combo.blockSignals(True)
            self.ui.call_combo.setCurrentIndex(self._call_index)
            self.ui.call_combo.blockSignals(False)
            return
        self._call_index = index
        self.sheet = None
        self.load_applications()

    def load_applications(self, reload_sheet: bool = True) -> None:
        call = self.current_call()
        keep = self.sheet.application_uuid if self.sheet else None
        self.rows = grant_evaluation.applications_to_score(self.ctx.db, call) if call else []
        table = self.ui.applications_table
        table.blockSignals(True)
        fill_applications_table(table, self.rows)
        table.blockSignals(False)
        done = finished_by_me(self.rows)
        if call:
            self.ui.status_label.setText(tr("Domande in valutazione: {n}; completate da te: {done}.")
                                         .format(n=len(self.rows), done=done))
        uuids = [r.application_uuid for r in self.rows]
        chosen = keep if keep in uuids else (uuids[0] if uuids else None)
        table.blockSignals(True)
        table.setCurrentCell(uuids.index(chosen) if chosen else -1, 0)
        table.blockSignals(False)
        if reload_sheet or chosen != keep:
            self.show_sheet(chosen)

    def _row_changed(self, row: int, _column: int, previous_row: int, _previous_column: int) -> None:
        if row < 0 or row == previous_row or row >= len(self.rows):
            return
        if self.has_unsaved_changes() and not Messages.confirm(
                self, tr("Punteggi non salvati"),
                tr("I punteggi di questa domanda non sono stati salvati. Scartarli?"), tr("Scarta")):
            table = self.ui.applications_table
            table.blockSignals(True)
            table.setCurrentCell(previous_row, 0)
            table.blockSignals(False)
            return
        self.show_sheet(self.rows[row].application_uuid)

    # --- the sheet --------------------------------------------------------------------------
    def show_sheet(self, application_uuid: uuid.UUID | None) -> None:
        self.sheet = grant_evaluation.scoring_sheet(self.ctx.db, application_uuid) if application_uuid else None
        self._show(self.sheet)

    def _show(self, sheet: ScoringSheet | None) -> None:
        self.ui.sheet_error.hide()
        self.project.load(sheet.project if sheet else None)
        if sheet is None:
            self.ui.sheet_title_label.setText(tr("Scegli una domanda dall'elenco."))
            for label in (self.ui.sheet_subtitle_label, self.ui.declaration_label, self.ui.total_label):
                label.setText("")
            self.criteria.show_sheet(None)
            self.ui.note_edit.clear()
            for widget in (self.ui.declare_button, self.ui.save_button, self.ui.note_edit):
                widget.setEnabled(False)
            return
        self.ui.sheet_title_label.setText(tr("<b>Domanda {protocol}</b> — codice {code}").format(
            protocol=sheet.protocol, code=sheet.public_code))
        self.ui.sheet_subtitle_label.setText(" · ".join(
            part for part in (sheet.applicant_name, sheet.business_name, domain_tr(sheet.service_label),
                              domain_tr(sheet.status_label))
            if part))
        if sheet.declaration is None:
            text = tr("Conflitto di interessi: <b>non ancora dichiarato</b>. Dichiara prima di assegnare i punti.")
        elif sheet.declaration:
            text = tr("Hai dichiarato un <b>conflitto di interessi</b> il {day}: ti astieni.").format(
                day=f"{sheet.declared_on:%d/%m/%Y}")
        else:
            text = tr("Nessun conflitto di interessi (dichiarato il {day}).").format(
                day=f"{sheet.declared_on:%d/%m/%Y}")
        self.ui.declaration_label.setText(text)
        self.ui.declare_button.setEnabled(sheet.scorable)
        self.criteria.show_sheet(sheet)
        if (last := self.criteria.last()) is not None:  # the grid, then the note, then «Salva»
            QWidget.setTabOrder(last, self.ui.note_edit)
            QWidget.setTabOrder(self.ui.note_edit, self.ui.save_button)
        # The rows show whole up to a dozen criteria; a longer grid scrolls.
        self.ui.criteria_scroll.setMinimumHeight(min(self.ui.criteria_widget.sizeHint().height() + 4, 340))
        self.ui.note_edit.setPlainText(sheet.note)
        self.ui.note_edit.setEnabled(sheet.editable)
        self.ui.save_button.setEnabled(sheet.editable)
        if not sheet.editable:
            self.ui.sheet_error.setStyleSheet("color: #7a5b00; font-weight: normal;")
            self.ui.sheet_error.setText(said(sheet.not_editable_reason))
            self.ui.sheet_error.show()
        self._update_total()

    def _update_total(self) -> None:
        if self.sheet is None:
            return
        points = self.criteria.points()
        total = sum(points.values(), Decimal(0))
        self.ui.total_label.setText(tr("Totale: <b>{total}</b> su {max} — criteri valutati {done} di {count}").format(
            total=format_points(total), max=format_points(self.sheet.max_total), done=len(points),
            count=len(self.sheet.criteria)))

    def has_unsaved_changes(self) -> bool:
        if self.sheet is None or not self.sheet.editable:
            return False
        stored = {c.code: c.points for c in self.sheet.criteria if c.points is not None}
        return self.criteria.points() != stored or self.ui.note_edit.toPlainText().strip() != self.sheet.note

    # --- actions ----------------------------------------------------------------------------
    def start_work(self) -> None:
        """Enter on an application: declare first if needed, else go to the first criterion."""
        if self.sheet is None:
            return
        if self.sheet.declaration is None:
            self.declare()
        elif self.sheet.editable:
            self.criteria.focus_first()

    def declare(self) -> None:
        sheet = self.sheet
        if sheet is None or not self.ui.declare_button.isEnabled():
            return
        answer = ConflictDialog.ask(self, f"{sheet.protocol} — {sheet.public_code} ({sheet.applicant_name})",
                                    sheet.declaration, sheet.declaration_note)
        if answer is None:
            return
        has_conflict, note = answer
        if has_conflict and any(c.points is not None for c in sheet.criteria) and not Messages.confirm(
                self, tr("Conflitto di interessi"),
                tr("I punti che hai già assegnato a questa domanda saranno tolti. Continuare?"), tr("Togli i punti")):
            return
        run_operation(self, lambda: grant_evaluation.declare_conflict(self.ctx.db, sheet.application_uuid,
                                                                      has_conflict, note),
                      on_success=self._declared, label=tr("Registrazione della dichiarazione"))

    def _declared(self, sheet: ScoringSheet) -> None:
        self.sheet = sheet
        self.ui.status_label.setText(tr("Dichiarazione registrata."))
        self.load_applications()
        if self.sheet and self.sheet.editable:
            self.criteria.focus_first()

    def save(self) -> bool:
        """Points with an error next to their box are not sent: the member corrects them first."""
        sheet = self.sheet
        if sheet is None or not sheet.editable:
            return False
        problems = self.criteria.problems()
        if problems:
            self.criteria.show_errors(problems)
            self.ui.status_label.setText(tr("Correggi i punteggi segnalati in rosso."))
            return False
        self.criteria.clear_errors()
        run_operation(self, lambda: grant_evaluation.score(self.ctx.db, sheet.application_uuid, self.criteria.points(),
                                                           self.ui.note_edit.toPlainText()),
                      on_success=lambda saved: self._saved(saved, sheet.public_code),
                      form=self.ui.criteria_widget, label=tr("Salvataggio dei punteggi"))
        return True

    def _saved(self, sheet: ScoringSheet, code: str) -> None:
        self.sheet = sheet
        self.load_applications()
        self.ui.status_label.setText(tr("Punteggi della domanda {code} salvati.").format(code=code))
