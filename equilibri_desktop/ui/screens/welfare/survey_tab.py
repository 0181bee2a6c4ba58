"""Typing the paper questionnaires, keyboard-fast: every answer is a short list or a number, Enter saves the
form and clears it for the next one (the firm of a network stays chosen). Files go through the import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QSpinBox

from equilibri_desktop.domain.welfare.catalogue import NeedCategory
from equilibri_desktop.domain.welfare.survey import CHILD_FIELDS
from equilibri_desktop.domain.welfare.survey_codes import (
    AgeBand,
    BonusToWelfare,
    CommuteMode,
    CommuteTime,
    Contract,
    Household,
    Sex,
    TimePreference,
)
from equilibri_desktop.services.welfare import survey
from equilibri_desktop.services.welfare.dto import EngagementDetail
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.welfare.common import FormTab, compact, fill_enum, wrap_labels

CHOICES = {"sesso": (Sex, False), "eta": (AgeBand, False), "contratto": (Contract, False),
           "nucleo": (Household, False), "tempo_tragitto": (CommuteTime, True), "mezzo": (CommuteMode, True),
           "preferenza_tempi": (TimePreference, True), "premio_in_welfare": (BonusToWelfare, True)}
COUNTS = (*CHILD_FIELDS, "familiari_non_autosufficienti")
INTERESTS = tuple(f"interesse_{n.value}" for n in NeedCategory)


class SurveyTab(FormTab):
    FORM = "welfare/survey_entry"
    KEEP_TOP = True
    WIDGETS = {**{f"{f}_edit": QComboBox for f in CHOICES}, **{f"{f}_edit": QSpinBox for f in COUNTS + INTERESTS},
               "part_time_edit": QCheckBox, "organisation_edit": QComboBox, "add_response_button": QPushButton,
               "import_button": QPushButton, "count_label": QLabel}
    changed = Signal()
    import_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EngagementDetail | None = None
        for field, (enum, optional) in CHOICES.items():
            fill_enum(getattr(self.ui, f"{field}_edit"), enum, "—" if optional else None)
            compact(getattr(self.ui, f"{field}_edit"), 10)
        compact(self.ui.organisation_edit, 20)
        wrap_labels(self.form)
        self.ui.add_response_button.clicked.connect(self.add_response)
        self.ui.import_button.clicked.connect(self.import_requested)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # Combos, spin boxes and the check box leave Enter unhandled, so it reaches the tab from any answer.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_response()
            return
        super().keyPressEvent(event)

    def load(self, detail: EngagementDetail | None) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        combo = self.ui.organisation_edit
        combo.clear()
        combo.addItem(tr("Non indicata"), None)
        for firm in detail.firms if detail else ():
            combo.addItem(firm.name, firm.uuid)
        combo.setEnabled(bool(detail and detail.is_network))
        self.show_count(detail.responses if detail else 0)
        self.reset()

    def show_count(self, count: int) -> None:
        self.ui.count_label.setText(tr("Risposte registrate: {n}").format(n=count))

    def reset(self) -> None:
        """Empty form for the next questionnaire: focus on the first answer."""
        for field, (_enum, optional) in CHOICES.items():
            getattr(self.ui, f"{field}_edit").setCurrentIndex(0 if optional else -1)
        for field in COUNTS + INTERESTS:
            getattr(self.ui, f"{field}_edit").setValue(0)
        self.ui.part_time_edit.setChecked(False)
        self.ui.sesso_edit.setFocus()

    def collect(self) -> dict[str, object]:
        raw: dict[str, object] = {}
        for field in CHOICES:
            raw[field] = getattr(self.ui, f"{field}_edit").currentData() or ""
        raw.update({f: getattr(self.ui, f"{f}_edit").value() for f in COUNTS})
        raw.update({f: getattr(self.ui, f"{f}_edit").value() or "" for f in INTERESTS})  # 0 = not answered
        raw["part_time"] = "si" if self.ui.part_time_edit.isChecked() else "no"
        return raw

    def add_response(self) -> None:
        if self.detail is None:
            return
        raw, engagement_uuid, firm = self.collect(), self.detail.uuid, self.ui.organisation_edit.currentData()
        clear_field_errors(self.form)
        run_operation(self, lambda: survey.add_response(self.ctx.db, engagement_uuid, raw, firm),
                      on_success=self._added, form=self.form)

    def _added(self, count: int) -> None:
        self.show_count(count)
        self.reset()
        self.changed.emit()
