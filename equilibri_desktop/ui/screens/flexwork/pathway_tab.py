"""The pathway's card: the organisation from the registry, private or public, consultant, collective agreement
and its contact-band rule, INAIL PAT and tariff item; below, the stages reached with their dates."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QWidget

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.flexwork.codes import Sector, Stage
from equilibri_desktop.domain.flexwork.pathway import PathwayInput, StageInput
from equilibri_desktop.services.flexwork import pathways
from equilibri_desktop.services.flexwork.dto import PathwayDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.flexwork.fields import Designed, fill_choices, select_code
from equilibri_desktop.ui.screens.welfare.common import fill_table
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.person_picker import PersonPicker


class PathwayTab(Designed, QWidget):
    FORM = "flexwork/pathway"
    WIDGETS = {
        "card_fields": QWidget, "organisation_edit": PersonPicker, "sector_edit": QComboBox,
        "consultant_edit": QLineEdit, "collective_agreement_edit": QLineEdit, "contact_band_required_edit": QCheckBox,
        "inail_pat_edit": QLineEdit, "inail_tariff_edit": QLineEdit, "notes_edit": QPlainTextEdit,
        "save_pathway_button": QPushButton, "stages_view": QTableWidget, "stage_fields": QWidget,
        "stage_edit": QComboBox, "stage_on_edit": DateEdit, "stage_note_edit": QLineEdit,
        "move_stage_button": QPushButton,
    }
    saved = Signal(object)  # PathwayDetail

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PathwayDetail | None = None
        self.dirty = False
        ui = self.load_designed()
        self.form, self.stage_form = ui.card_fields, ui.stage_fields
        self.organisation = ui.organisation_edit
        self.organisation.set_search(lambda text, limit: [
            (r.uuid, r.name, f"{r.name} — {r.detail}" if r.detail else r.name)
            for r in pathways.employer_choices(ctx.db, text, limit)])
        self.sector = fill_choices(ui.sector_edit, Sector)
        self.consultant, self.collective = ui.consultant_edit, ui.collective_agreement_edit
        self.contact_required = ui.contact_band_required_edit
        self.pat, self.tariff, self.notes = ui.inail_pat_edit, ui.inail_tariff_edit, ui.notes_edit
        self.save_button = ui.save_pathway_button
        self.save_button.clicked.connect(self.save)
        for edit in (self.consultant, self.collective, self.pat, self.tariff):
            edit.textEdited.connect(self._touched)
            edit.returnPressed.connect(self.save)
        self.stage = fill_choices(ui.stage_edit, Stage)
        self.stage_on, self.stage_note = ui.stage_on_edit, ui.stage_note_edit
        self.stage_button = ui.move_stage_button
        self.stage_button.clicked.connect(self.move_stage)
        self.stages_view = ui.stages_view

    def _touched(self, *_args) -> None:
        self.dirty = True

    def load(self, detail: PathwayDetail | None) -> None:
        self.detail = detail
        clear_field_errors(self.form)
        clear_field_errors(self.stage_form)
        self.organisation.set_person(detail.organisation.uuid if detail else None,
                                     detail.organisation.name if detail else "")
        self.organisation.setReadOnly(detail is not None)  # one pathway per organisation
        select_code(self.sector, detail.sector if detail else Sector.PRIVATE)
        self.consultant.setText(detail.consultant if detail else self.ctx.db.actor.display_name)
        self.collective.setText(detail.collective_agreement if detail else "")
        self.contact_required.setChecked(bool(detail and detail.contact_band_required))
        self.pat.setText(detail.inail_pat if detail else "")
        self.tariff.setText(detail.inail_tariff if detail else "")
        self.notes.setPlainText(detail.notes if detail else "")
        self.stage_on.setDate(office_today())
        self.stage_button.setEnabled(detail is not None)
        if detail is not None:
            following = min(list(Stage).index(detail.stage) + 1, len(Stage) - 1)
            self.stage.setCurrentIndex(following)
        fill_table(self.stages_view, [tr("Fase"), tr("Data"), tr("Nota"), tr("Registrata da")],
                   [(domain_tr(s.stage.label), (f"{s.reached_on:%d/%m/%Y}", s.reached_on.toordinal()), s.note,
                     s.recorded_by) for s in (detail.stages if detail else ())], stretch=2)
        self.dirty = False

    def collect(self) -> PathwayInput:
        return PathwayInput(self.organisation.person_uuid(), Sector(self.sector.currentData()),
                            self.consultant.text(), self.collective.text(), self.contact_required.isChecked(),
                            self.pat.text(), self.tariff.text(), self.notes.toPlainText())

    def save(self) -> None:
        data, detail = self.collect(), self.detail
        if detail is None:
            call = lambda: pathways.create_pathway(self.ctx.db, data)  # noqa: E731
        else:
            call = lambda: pathways.update_pathway(self.ctx.db, detail.uuid, data, detail.version)  # noqa: E731
        run_operation(self, call, on_success=self._saved, form=self.form, error_title=tr("Salvataggio non eseguito"))

    def _saved(self, detail: PathwayDetail) -> None:
        self.load(detail)
        self.saved.emit(detail)

    def move_stage(self) -> None:
        if self.detail is None:
            return
        data = StageInput(Stage(self.stage.currentData()), self.stage_on.date(), self.stage_note.text())
        pathway_uuid = self.detail.uuid
        run_operation(self, lambda: pathways.move_stage(self.ctx.db, pathway_uuid, data), on_success=self._saved,
                      form=self.stage_form, error_title=tr("Fase non registrata"))
