"""The organisational assessment: aggregate figures only (roles suited to remote work, workers by sex, with
children under 12, caregivers, with disabilities) and notes on tools, data security and current practices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.flexwork.pathway import AssessmentInput
from equilibri_desktop.services.flexwork import pathways
from equilibri_desktop.services.flexwork.dto import PathwayDetail
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.flexwork.fields import FieldForm, scrolling


class AssessmentTab(QWidget):
    saved = Signal(object)  # PathwayDetail

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PathwayDetail | None = None
        self.form = FieldForm()
        self.assessed_on = self.form.date("assessed_on", tr("Data della &valutazione"))
        counts = (("roles_total", tr("&Ruoli (mansioni) in organico")),
                  ("roles_remote", tr("Ruoli &adatti al lavoro da remoto")), ("workers_women", tr("&Lavoratrici")),
                  ("workers_men", tr("Lavorator&i")), ("workers_children_12", tr("Con &figli fino a 12 anni")),
                  ("workers_caregivers", tr("&Caregiver")), ("workers_disabled", tr("Con &disabilità")))
        notes = (("tools", tr("S&trumenti disponibili e mancanti")), ("data_security", tr("Sicurezza dei &dati")),
                 ("current_practices", tr("&Pratiche attuali")))
        self.counts = {name: self.form.number(name, label, 100000) for name, label in counts}
        self.notes = {name: self.form.text(name, label) for name, label in notes}
        self.save_button = QPushButton(tr("&Salva la valutazione"))
        self.save_button.setObjectName("save_assessment_button")
        self.save_button.clicked.connect(self.save)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.form)
        column.addWidget(self.save_button)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(body))

    def load(self, detail: PathwayDetail | None) -> None:
        self.detail = detail
        clear_field_errors(self.form)
        a = detail.assessment if detail else None
        self.assessed_on.setDate(a.assessed_on if a else office_today())
        for name, spin in self.counts.items():
            spin.setValue(getattr(a, name) if a else 0)
        for name, edit in self.notes.items():
            edit.setPlainText(getattr(a, name) if a else "")

    def collect(self) -> AssessmentInput:
        return AssessmentInput(assessed_on=self.assessed_on.date(),
                               **{n: s.value() for n, s in self.counts.items()},
                               **{n: e.toPlainText() for n, e in self.notes.items()})

    def save(self) -> None:
        if self.detail is None:
            return
        data, pathway_uuid = self.collect(), self.detail.uuid
        run_operation(self, lambda: pathways.save_assessment(self.ctx.db, pathway_uuid, data),
                      on_success=self.saved.emit, form=self.form, error_title=tr("Valutazione non salvata"))
