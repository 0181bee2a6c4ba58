"""The organisational assessment: aggregate figures only (roles suited to remote work, workers by sex, with
children under 12, caregivers, with disabilities) and notes on tools, data security and current practices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QSpinBox, QWidget

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.flexwork.pathway import AssessmentInput
from equilibri_desktop.services.flexwork import pathways
from equilibri_desktop.services.flexwork.dto import PathwayDetail
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.flexwork.fields import Designed
from equilibri_desktop.ui.widgets.date_edit import DateEdit

COUNTS = ("roles_total", "roles_remote", "workers_women", "workers_men", "workers_children_12", "workers_caregivers",
          "workers_disabled")
NOTES = ("tools", "data_security", "current_practices")


class AssessmentTab(Designed, QWidget):
    FORM = "flexwork/assessment"
    WIDGETS = {"assessment_fields": QWidget, "assessed_on_edit": DateEdit, **{f"{n}_edit": QSpinBox for n in COUNTS},
               **{f"{n}_edit": QPlainTextEdit for n in NOTES}, "save_assessment_button": QPushButton}
    saved = Signal(object)  # PathwayDetail

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PathwayDetail | None = None
        ui = self.load_designed()
        self.form, self.assessed_on = ui.assessment_fields, ui.assessed_on_edit
        self.counts = {name: getattr(ui, f"{name}_edit") for name in COUNTS}
        self.notes = {name: getattr(ui, f"{name}_edit") for name in NOTES}
        self.save_button = ui.save_assessment_button
        self.save_button.clicked.connect(self.save)

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
