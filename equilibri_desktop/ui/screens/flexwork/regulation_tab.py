"""The company regulation's choices: agile or remote work (public bodies), days per week or month, the contact
and disconnection bands, tools and who provides them, places, safety notice, trial period, PIAO section;
saved, then printed as PDF/A into the document register."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from equilibri_desktop.domain.flexwork.codes import Period, Place, ToolsProvider, WorkMode
from equilibri_desktop.domain.flexwork.regulation import RegulationInput
from equilibri_desktop.services.flexwork import documents, pathways
from equilibri_desktop.services.flexwork.dto import PathwayDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.flexwork.fields import (
    FieldForm,
    band_text,
    scrolling,
    select_code,
    set_band,
)


def place_boxes(form: FieldForm, field: str, label: str) -> dict[Place, QCheckBox]:
    holder = QWidget(form)
    grid = QGridLayout(holder)  # two a row: four side by side would widen the form past a laptop's width
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for index, place in enumerate(Place):
        boxes[place] = QCheckBox(domain_tr(place.label), holder)
        grid.addWidget(boxes[place], index // 2, index % 2)
    form.add(field, label, holder)
    holder.setFocusProxy(boxes[Place.HOME])
    return boxes


class RegulationTab(QWidget):
    saved = Signal(object)  # PathwayDetail
    printed = Signal(object)  # DocumentRef

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PathwayDetail | None = None
        f = self.form = FieldForm()
        self.work_mode = f.choice("work_mode", tr("&Modalità"), WorkMode)
        self.days = f.number("days", tr("&Giornate"), 31, 0)
        self.period = f.choice("period", tr("&Periodo"), Period)
        self.contact = f.band("contact", tr("Fascia di &contattabilità"))
        self.disconnection = f.band("disconnection", tr("Fascia di &disconnessione"))
        self.tools = f.text("tools", tr("S&trumenti"))
        self.provider = f.choice("tools_provider", tr("&Chi fornisce gli strumenti"), ToolsProvider)
        self.places = place_boxes(f, "places", tr("&Luoghi ammessi"))
        self.safety = f.text("safety_notice", tr("Informativa sulla &sicurezza"))
        self.trial = f.number("trial_months", tr("Periodo di &prova (mesi)"), 24, 0)
        self.piao = f.line("piao_section", tr("Sezione del PIA&O (enti pubblici)"))
        self.adopted_on = f.date("adopted_on", tr("&Adottato il"))
        self.save_button = QPushButton(tr("&Salva le scelte"))
        self.save_button.setObjectName("save_regulation_button")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(tr("Stampa il &regolamento (PDF/A)"))
        self.print_button.setObjectName("print_regulation_button")
        self.print_button.clicked.connect(self.print_regulation)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(body))

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
