"""The company regulation's choices: agile or remote work (public bodies), days per week or month, the contact
and disconnection bands, tools and who provides them, places, safety notice, trial period, PIAO section;
saved, then printed as PDF/A into the document register."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from equilibri_desktop.domain.flexwork.codes import Period, ToolsProvider, WorkMode
from equilibri_desktop.domain.flexwork.regulation import RegulationInput
from equilibri_desktop.services.flexwork import documents, pathways
from equilibri_desktop.services.flexwork.dto import PathwayDetail
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.flexwork.fields import (
    Designed,
    band_edits,
    band_text,
    fill_choices,
    place_boxes,
    place_widgets,
    select_code,
    set_band,
)
from equilibri_desktop.ui.widgets.date_edit import DateEdit


class RegulationTab(Designed, QWidget):
    FORM = "flexwork/regulation"
    WIDGETS = {
        "regulation_fields": QWidget, "work_mode_edit": QComboBox, "days_edit": QSpinBox, "period_edit": QComboBox,
        "contact_start_edit": QLineEdit, "contact_end_edit": QLineEdit, "disconnection_start_edit": QLineEdit,
        "disconnection_end_edit": QLineEdit, "tools_edit": QPlainTextEdit, "tools_provider_edit": QComboBox,
        **place_widgets("places"), "safety_notice_edit": QPlainTextEdit, "trial_months_edit": QSpinBox,
        "piao_section_edit": QLineEdit, "adopted_on_edit": DateEdit, "save_regulation_button": QPushButton,
        "print_regulation_button": QPushButton,
    }
    saved = Signal(object)  # PathwayDetail
    printed = Signal(object)  # DocumentRef

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PathwayDetail | None = None
        ui = self.load_designed()
        self.form = ui.regulation_fields
        self.work_mode = fill_choices(ui.work_mode_edit, WorkMode)
        self.days, self.period = ui.days_edit, fill_choices(ui.period_edit, Period)
        self.contact, self.disconnection = band_edits(self.form, "contact"), band_edits(self.form, "disconnection")
        self.tools, self.provider = ui.tools_edit, fill_choices(ui.tools_provider_edit, ToolsProvider)
        self.places = place_boxes(self.form, "places")
        self.safety, self.trial, self.piao = ui.safety_notice_edit, ui.trial_months_edit, ui.piao_section_edit
        self.adopted_on = ui.adopted_on_edit
        self.save_button = ui.save_regulation_button
        self.save_button.clicked.connect(self.save)
        self.print_button = ui.print_regulation_button
        self.print_button.clicked.connect(self.print_regulation)

    def load(self, detail: PathwayDetail | None) -> None:
        self.detail = detail
        clear_field_errors(self.form)
        r = (detail.regulation if detail else None) or RegulationInput()
        select_code(self.work_mode, r.work_mode)
        self.days.setValue(r.days)
        select_code(self.period, r.period)
        set_band(self.contact[0], r.contact_start)
        set_band(self.contact[1], r.contact_end)
        set_band(self.disconnection[0], r.disconnection_start)
        set_band(self.disconnection[1], r.disconnection_end)
        self.tools.setPlainText(r.tools)
        select_code(self.provider, r.tools_provider)
        for place, box in self.places.items():
            box.setChecked(place in r.places)
        self.safety.setPlainText(r.safety_notice)
        self.trial.setValue(r.trial_months)
        self.piao.setText(r.piao_section)
        self.adopted_on.setDate(r.adopted_on)
        self.print_button.setEnabled(bool(detail and detail.regulation))

    def collect(self) -> RegulationInput:
        return RegulationInput(
            work_mode=WorkMode(self.work_mode.currentData()), days=self.days.value(),
            period=Period(self.period.currentData()), contact_start=band_text(self.contact[0]),
            contact_end=band_text(self.contact[1]), disconnection_start=band_text(self.disconnection[0]),
            disconnection_end=band_text(self.disconnection[1]), tools=self.tools.toPlainText(),
            tools_provider=ToolsProvider(self.provider.currentData()),
            places=tuple(p for p, box in self.places.items() if box.isChecked()),
            safety_notice=self.safety.toPlainText(), trial_months=self.trial.value(), piao_section=self.piao.text(),
            adopted_on=self.adopted_on.date())

    def save(self) -> None:
        if self.detail is None:
            return
        data, pathway_uuid = self.collect(), self.detail.uuid
        run_operation(self, lambda: pathways.save_regulation(self.ctx.db, pathway_uuid, data),
                      on_success=self._saved, form=self.form, error_title=tr("Regolamento non salvato"))

    def _saved(self, detail: PathwayDetail) -> None:
        self.load(detail)
        self.saved.emit(detail)

    def print_regulation(self) -> None:
        if self.detail is None:
            return
        pathway_uuid = self.detail.uuid
        run_operation(self, lambda: documents.print_regulation(self.ctx.db, pathway_uuid),
                      on_success=self.printed.emit, error_title=tr("Stampa non eseguita"))
