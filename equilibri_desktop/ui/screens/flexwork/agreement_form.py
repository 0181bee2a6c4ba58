"""The individual agreement's fields (art. 19 L. 81/2017): worker, dates, alternation, places, tools, the two
bands, rest, directive power, safety notice, notice periods, justified cause, disability and priority; the
law's checks on notice and bands are shown next to the fields while typing."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from equilibri_desktop.domain.flexwork.agreement import AgreementInput
from equilibri_desktop.domain.flexwork.codes import AgreementDuration, EmploymentType, Priority
from equilibri_desktop.services.flexwork import agreements
from equilibri_desktop.services.flexwork.dto import AgreementDetail
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
from equilibri_desktop.ui.service_messages import field_error_text
from equilibri_desktop.ui.widgets.date_edit import DateEdit
from equilibri_desktop.ui.widgets.field_messages import ERROR_STYLE
from equilibri_desktop.ui.widgets.person_picker import PersonPicker

LIVE_FIELDS = ("notice_days_worker", "notice_days_employer", "contact", "disconnection", "end_on")
DATES = ("signed_on", "start_on", "end_on", "employment_start", "safety_notice_on")
TEXTS = ("tools", "rest_times", "directive_power", "justified_cause")
NUMBERS = ("remote_days", "office_days", "notice_days_worker", "notice_days_employer")
BANDS = ("contact_start", "contact_end", "disconnection_start", "disconnection_end")


class AgreementForm(Designed, QWidget):
    FORM = "flexwork/agreement_form"
    WIDGETS = {"person_edit": PersonPicker, "duration_edit": QComboBox, "employment_type_edit": QComboBox,
               "priority_edit": QComboBox, "worker_disabled_edit": QCheckBox, **place_widgets("places"),
               **{f"{n}_edit": DateEdit for n in DATES}, **{f"{n}_edit": QPlainTextEdit for n in TEXTS},
               **{f"{n}_edit": QSpinBox for n in NUMBERS}, **{f"{n}_edit": QLineEdit for n in BANDS}}

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_band_required = False  # the pathway's collective agreement asks for a contact band
        ui = self.load_designed()
        self.worker = ui.person_edit
        self.worker.set_search(lambda text, limit: [
            (r.uuid, r.name, f"{r.name} — {r.detail}") for r in agreements.worker_choices(ctx.db, text, limit)])
        self.duration = fill_choices(ui.duration_edit, AgreementDuration)
        self.signed_on, self.start_on, self.end_on = ui.signed_on_edit, ui.start_on_edit, ui.end_on_edit
        self.employment_start = ui.employment_start_edit
        self.employment_type = fill_choices(ui.employment_type_edit, EmploymentType)
        self.remote_days, self.office_days = ui.remote_days_edit, ui.office_days_edit
        self.places = place_boxes(self, "places")
        self.tools = ui.tools_edit
        self.contact, self.disconnection = band_edits(self, "contact"), band_edits(self, "disconnection")
        self.rest_times, self.directive = ui.rest_times_edit, ui.directive_power_edit
        self.safety_on = ui.safety_notice_on_edit
        self.notice_worker, self.notice_employer = ui.notice_days_worker_edit, ui.notice_days_employer_edit
        self.justified, self.disabled = ui.justified_cause_edit, ui.worker_disabled_edit
        self.priority = fill_choices(ui.priority_edit, Priority)
        for spin in (self.notice_worker, self.notice_employer):
            spin.valueChanged.connect(lambda _v: self.check_now())
        self.disabled.toggled.connect(lambda _v: self.check_now())
        self.duration.currentIndexChanged.connect(lambda _i: self.check_now())
        for edit in (*self.contact, *self.disconnection, self.start_on, self.end_on):
            edit.editingFinished.connect(self.check_now)

    def load(self, detail: AgreementDetail | None, default_tools: str = "") -> None:
        clear_field_errors(self)
        a = detail.data if detail else AgreementInput(tools=default_tools)
        self.worker.set_person(detail.worker.uuid if detail else None, detail.worker.name if detail else "")
        select_code(self.duration, a.duration)
        for edit, value in ((self.signed_on, a.signed_on), (self.start_on, a.start_on), (self.end_on, a.end_on),
                            (self.employment_start, a.employment_start), (self.safety_on, a.safety_notice_on)):
            edit.setDate(value)
        select_code(self.employment_type, a.employment_type)
        self.remote_days.setValue(a.remote_days)
        self.office_days.setValue(a.office_days)
        for place, box in self.places.items():
            box.setChecked(place in a.places)
        self.tools.setPlainText(a.tools)
        for (start, end), (first, last) in ((self.contact, (a.contact_start, a.contact_end)),
                                            (self.disconnection, (a.disconnection_start, a.disconnection_end))):
            set_band(start, first)
            set_band(end, last)
        self.rest_times.setPlainText(a.rest_times)
        self.directive.setPlainText(a.directive_power)
        self.justified.setPlainText(a.justified_cause)
        self.notice_worker.setValue(a.notice_days_worker)
        self.notice_employer.setValue(a.notice_days_employer)
        self.disabled.setChecked(a.worker_disabled)
        select_code(self.priority, a.priority)
        clear_field_errors(self)  # the values set above ran the live checks

    def collect(self) -> AgreementInput:
        return AgreementInput(
            person_uuid=self.worker.person_uuid(), duration=AgreementDuration(self.duration.currentData()),
            signed_on=self.signed_on.date(), start_on=self.start_on.date(), end_on=self.end_on.date(),
            employment_start=self.employment_start.date(),
            employment_type=EmploymentType(self.employment_type.currentData()),
            remote_days=self.remote_days.value(), office_days=self.office_days.value(),
            places=tuple(p for p, box in self.places.items() if box.isChecked()), tools=self.tools.toPlainText(),
            contact_start=band_text(self.contact[0]), contact_end=band_text(self.contact[1]),
            disconnection_start=band_text(self.disconnection[0]), disconnection_end=band_text(self.disconnection[1]),
            rest_times=self.rest_times.toPlainText(), directive_power=self.directive.toPlainText(),
            safety_notice_on=self.safety_on.date(), notice_days_worker=self.notice_worker.value(),
            notice_days_employer=self.notice_employer.value(), justified_cause=self.justified.toPlainText(),
            worker_disabled=self.disabled.isChecked(), priority=Priority(self.priority.currentData()))

    def check_now(self) -> None:
        """The law's checks on notice and bands as soon as a value changes (the service repeats them on save)."""
        problems = {e.field: e for e in self.collect().problems(self.contact_band_required)}
        for field in LIVE_FIELDS:
            label = self.findChild(QLabel, f"{field}_error")
            error = problems.get(field)
            label.setText(field_error_text(error) if error else "")
            label.setStyleSheet(ERROR_STYLE)
            label.setVisible(error is not None)
