"""Attendance typed from the signed sheet: pick the session, type a few letters of a surname, Enter marks
the first match present and the search is ready for the next name (300 people in minutes). The sign-in
sheets are printed from here too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from equilibri_desktop.domain.search_keys import person_name_key
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.events import attendance, sign_in
from equilibri_desktop.services.events.dto import AttendanceRow
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.events.rows_model import Col, RowsModel, row_at
from equilibri_desktop.ui.widgets.document_files import open_document


def _columns() -> list[Col]:
    return [Col(tr("Presente"), lambda r: "✔" if r.present else ""), Col(tr("Cognome e nome"), lambda r: r.name),
            Col(tr("Ente"), lambda r: r.organisation), Col(tr("Stato"), lambda r: domain_tr(r.status_label))]


class AttendanceTab(FormScreen):
    FORM = "events/event_attendance"
    WIDGETS = {"session_combo": QComboBox, "sign_in_button": QPushButton, "all_sheets_button": QPushButton,
               "find_edit": QLineEdit, "attendance_view": QTableView, "attendance_count": QLabel,
               "absent_button": QPushButton}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(_columns(), self)
        view = self.ui.attendance_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self.ui.session_combo.activated.connect(lambda _i: self.refresh())
        self.ui.find_edit.textEdited.connect(self._find)
        self.ui.find_edit.returnPressed.connect(self.mark_found)
        self.ui.absent_button.clicked.connect(lambda: self._mark(row_at(view), False))
        self.ui.sign_in_button.clicked.connect(self.print_sheet)
        self.ui.all_sheets_button.clicked.connect(self.print_all_sheets)
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_sheet)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.ui.find_edit.setFocus)

    def allow_printing(self, allowed: bool) -> None:
        """The sign-in sheets: both buttons and Ctrl+P (field mode turns them off)."""
        self.ui.sign_in_button.setVisible(allowed)
        self.ui.all_sheets_button.setVisible(allowed)
        self.print_shortcut.setEnabled(allowed)

    def show_event(self, detail) -> None:
        combo = self.ui.session_combo
        chosen = combo.currentData()
        combo.clear()
        for s in detail.sessions if detail else ():
            combo.addItem(f"{s.label} {s.topic}".strip(), s.uuid)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))
        self.refresh()

    def session_uuid(self):
        return self.ui.session_combo.currentData()

    def refresh(self) -> None:
        rows = attendance.session_attendance(self.ctx.db, self.session_uuid()) if self.session_uuid() else ()
        self.model.set_rows(rows)
        self._count()
        self._find(self.ui.find_edit.text())

    def _count(self) -> None:
        present = sum(1 for r in self.model.rows if r.present)
        self.ui.attendance_count.setText(tr("Presenti {n} su {total}").format(n=present, total=len(self.model.rows)))

    def _find(self, text: str) -> None:
        """Select the first person not yet marked whose name starts with (or contains) what was typed."""
        key = person_name_key(text, "").strip()
        if not key:
            return
        rows = self.model.rows
        order = sorted(range(len(rows)), key=lambda i: (rows[i].present, not person_name_key(rows[i].name, "")
                                                        .startswith(key)))
        hit = next((i for i in order if key in person_name_key(rows[i].name, "")), None)
        if hit is not None:
            self.ui.attendance_view.selectRow(hit)

    def mark_found(self) -> None:
        row = row_at(self.ui.attendance_view)
        if row is not None and self.ui.find_edit.text().strip():
            self._mark(row, True)

    def _mark(self, row: AttendanceRow | None, present: bool) -> None:
        session_uuid = self.session_uuid()
        if row is None or session_uuid is None:
            return
        run_operation(self, lambda: attendance.mark_attendance(self.ctx.db, session_uuid, row.participant_uuid,
                                                               present), on_success=self._marked,
                      label=tr("Registrazione della presenza…"))

    def _marked(self, marked: AttendanceRow) -> None:
        rows = self.model.rows
        index = next((i for i, r in enumerate(rows) if r.participant_uuid == marked.participant_uuid), None)
        if index is not None:  # update the one row in place: no reload between two names
            rows[index] = marked
            self.model.dataChanged.emit(self.model.index(index, 0), self.model.index(index, 3),
                                        [Qt.ItemDataRole.DisplayRole])
        self._count()
        self.ui.find_edit.clear()
        self.ui.find_edit.setFocus()

    def print_sheet(self) -> None:
        session_uuid = self.session_uuid()
        if session_uuid is None:
            return
        run_operation(self, lambda: sign_in.generate_sign_in_sheet(self.ctx.db, session_uuid),
                      on_success=self._open, label=tr("Foglio firme…"))

    def print_all_sheets(self) -> None:
        sessions = [self.ui.session_combo.itemData(i) for i in range(self.ui.session_combo.count())]

        def call(task):
            refs = []
            for n, session_uuid in enumerate(sessions):
                task.check()
                refs.append(sign_in.generate_sign_in_sheet(self.ctx.db, session_uuid))
                task.progress(n + 1, len(sessions))
            return refs

        run_operation(self, call, on_success=lambda refs: refs and self._open(refs[0]), cancellable=True,
                      label=tr("Fogli firme di tutte le sessioni…"))

    def _open(self, ref) -> None:
        self.last_document = ref
        open_document(self, lambda: register.document_path(self.ctx.db, ref.uuid), ref)
