"""The call form's inputs as one CallInput: filling them, reading them back, what they know is wrong by
themselves, and read-only mode. Opening and closing are typed in Rome time and stored in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from types import SimpleNamespace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.domain.grants.codes import LastGrantRule, TieBreak
from equilibri_desktop.domain.office_time import OFFICE_TZ, office_time
from equilibri_desktop.domain.person_kinds import OccupationalStatus
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.grants.calls_municipalities import (
    MunicipalityChecklist,
)
from equilibri_desktop.ui.screens.grants.calls_tables import (
    CriteriaEditor,
    TranchesEditor,
)
from equilibri_desktop.ui.widgets.input_watch import input_problems
from equilibri_desktop.ui.widgets.money_edit import DecimalEdit

TEXT_FIELDS = ("title", "act_number", "cup", "rna_code", "deciding_officer")
PLAIN_FIELDS = ("notes", "premises_text", "legal_references_text", "payment_terms_text", "obligations_text",
                "revocation_text")
DATE_FIELDS = ("act_date", "constitution_deadline", "report_deadline")
MONEY_FIELDS = ("budget_cents", "max_grant_cents")
DECIMAL_FIELDS = ("max_cost_share_pct", "min_cofinancing_pct", "women_share_above_pct", "admission_threshold")
MOMENTS = ("opens_at", "closes_at")
AGES = ("min_age", "max_age")
NOON = QTime(12, 0)
# One check box per status a person can have in the registry, named after its code.
OCCUPATION_CHECKS = tuple(f"occupation_{status.value}_check" for status in OccupationalStatus)


def to_utc(day: date | None, clock: QTime) -> datetime | None:
    if day is None:
        return None
    local = datetime.combine(day, time(clock.hour(), clock.minute()))
    return local.replace(tzinfo=OFFICE_TZ).astimezone(UTC)


def from_utc(moment: datetime | None) -> tuple[date | None, QTime]:
    if moment is None:
        return None, NOON
    local = office_time(moment)
    return local.date(), QTime(local.hour, local.minute)


class CallFields:
    def __init__(self, form: QWidget, ui: SimpleNamespace, edited, municipality_choices):
        self.form, self.ui = form, ui
        self._procedure: dict[str, object] = {}  # a_sportello, observation_days: no widgets yet (GRANT-PROC)
        for combo, codes in ((ui.tie_break_edit, TieBreak), (ui.last_grant_rule_edit, LastGrantRule)):
            for code in codes:
                combo.addItem(domain_tr(code.label), code.value)
        self.municipalities = MunicipalityChecklist(ui.municipality_ids_edit, ui.municipalities_count_label,
                                                    lambda: edited("municipality_ids"), ui.sud_est_button,
                                                    ui.all_municipalities_button, ui.no_municipalities_button)
        self.municipalities.set_choices(municipality_choices)
        self.criteria = CriteriaEditor(ui.criteria_edit, ui.total_points_label, lambda: edited("criteria"),
                                       ui.add_criterion_button, ui.remove_criterion_button, ui.criterion_up_button,
                                       ui.criterion_down_button)
        self.tranches = TranchesEditor(ui.tranches_edit, ui.tranches_total_label, lambda: edited("tranches"),
                                       ui.add_tranche_button, ui.remove_tranche_button)
        for name in AGES:
            getattr(ui, f"{name}_edit").setMaxLength(3)
        for name in MOMENTS:
            getattr(ui, f"{name}_time_edit").timeChanged.connect(lambda _t, f=name: edited(f))
        self.occupations = {status.value: getattr(ui, f"occupation_{status.value}_check")
                            for status in OccupationalStatus}
        for box in self.occupations.values():
            box.toggled.connect(lambda _on: edited("allowed_occupations"))
        # An error on the group puts the focus on its first box.
        ui.allowed_occupations_edit.setFocusProxy(self.occupations[OccupationalStatus.DISOCCUPATA.value])

    def _edit(self, name: str):
        return getattr(self.ui, f"{name}_edit")

    def fill(self, values: CallInput) -> None:
        # The procedure settings have no widget here yet: kept as loaded so a save does not reset them.
        self._procedure = {"a_sportello": values.a_sportello, "observation_days": values.observation_days}
        for name in TEXT_FIELDS:
            self._edit(name).setText(getattr(values, name))
        for name in PLAIN_FIELDS:
            self._edit(name).setPlainText(getattr(values, name))
        for name in DATE_FIELDS:
            self._edit(name).setDate(getattr(values, name))
        for name in MONEY_FIELDS:
            self._edit(name).set_cents(getattr(values, name) or None)
        for name in DECIMAL_FIELDS:
            self._edit(name).setValue(getattr(values, name))
        for name in MOMENTS:
            day, clock = from_utc(getattr(values, name))
            self._edit(name).setDate(day)
            getattr(self.ui, f"{name}_time_edit").setTime(clock)
        for name in AGES:
            value = getattr(values, name)
            self._edit(name).setText("" if value is None else str(value))
        for name in ("tie_break", "last_grant_rule"):
            combo = self._edit(name)
            combo.setCurrentIndex(max(0, combo.findData(getattr(values, name))))
        for code, box in self.occupations.items():
            box.setChecked(code in values.allowed_occupations)
        self.municipalities.set_ids(values.municipality_ids)
        self.criteria.fill(values.criteria)
        self.tranches.fill(values.tranches)
        for edit in self.form.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long titles show their beginning

    def collect(self) -> CallInput:
        ages = {name: int(text) if (text := self._edit(name).text().strip()).isdigit() else None for name in AGES}
        return CallInput(
            **{name: self._edit(name).text() for name in TEXT_FIELDS},
            **{name: self._edit(name).toPlainText() for name in PLAIN_FIELDS},
            **{name: self._edit(name).date() for name in DATE_FIELDS},
            **{name: self._edit(name).cents() or 0 for name in MONEY_FIELDS},
            **{name: self._edit(name).value() for name in DECIMAL_FIELDS},
            **{name: to_utc(self._edit(name).date(), getattr(self.ui, f"{name}_time_edit").time())
               for name in MOMENTS},
            **ages, tie_break=self.ui.tie_break_edit.currentData(),
            last_grant_rule=self.ui.last_grant_rule_edit.currentData(),
            allowed_occupations=tuple(code for code, box in self.occupations.items() if box.isChecked()),
            municipality_ids=self.municipalities.ids(), criteria=self.criteria.values(),
            tranches=self.tranches.values(), **self._procedure,
        )

    def local_errors(self) -> dict[str, str]:
        """What the inputs know is wrong before the service is asked (not a date, not a number)."""
        errors = input_problems(self.form, final=True)
        for edit in self.form.findChildren(DecimalEdit):
            if edit.problem():
                errors[edit.objectName().removesuffix("_edit")] = edit.problem()
        for name in DECIMAL_FIELDS:
            if name not in errors and self._edit(name).value() is None:
                errors[name] = tr("Scrivi un numero.")
        for name in AGES:
            text = self._edit(name).text().strip()
            if text and not text.isdigit():
                errors[name] = tr("Scrivi l'età in anni, solo cifre.")
        for name, editor in (("criteria", self.criteria), ("tranches", self.tranches)):
            if problem := editor.problems():
                errors[name] = problem
        return errors

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.form.findChildren(QLineEdit) + self.form.findChildren(QPlainTextEdit):
            if edit.objectName().endswith("_edit"):
                edit.setReadOnly(read_only)
        for name in MOMENTS:
            getattr(self.ui, f"{name}_time_edit").setReadOnly(read_only)
        for widget in (self._edit("tie_break"), self._edit("last_grant_rule"), *self.occupations.values()):
            widget.setEnabled(not read_only)
        self.municipalities.set_read_only(read_only)
        self.criteria.set_read_only(read_only)
        self.tranches.set_read_only(read_only)
