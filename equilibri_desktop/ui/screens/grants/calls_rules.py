"""The call form's «Regole e atto» tab: the money rules that vary by call (the smallest partial grant and the
days to accept it, the leftover rule, spending floor, age reference, repayment term, maintenance, age of the
tax-arrears check) and who adopts the decision and on which budget line. A tab of its own: load(values),
collect() → the CallInput fields it edits, problems() → what its inputs know is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.ui.forms import child, load_form
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.widgets.money_edit import MoneyEdit

MONEY = ("min_partial_grant_cents", "min_eligible_spending_cents")
# field: (minimum, maximum) — the same bounds the domain checks.
DAYS = {"partial_acceptance_days": (1, 180), "repayment_term_days": (1, 365), "maintenance_months": (0, 120),
        "tax_check_max_age_days": (1, 365)}
TEXTS = {"deciding_officer_role": 120, "deciding_officer_appointment": 200, "procedure_officer": 200,
         "budget_chapter": 60, "budget_commitment": 60, "funding_act": 300, "territorial_plan": 300,
         "commission_act": 200}
NO_YEAR = 1999  # the spin box's "special value": no budget year yet


class CallRulesTab:
    TITLE = "&8 Regole e atto"
    FORM = "grants/call_rules_tab"
    # What tests/ui/test_forms.py checks the form against.
    WIDGETS: dict[str, type] = {
        **{f"{name}_edit": MoneyEdit for name in MONEY}, **{f"{name}_edit": QSpinBox for name in DAYS},
        **{f"{name}_edit": QLineEdit for name in TEXTS}, "leftover_to_later_edit": QCheckBox,
        "age_reference_edit": QComboBox, "budget_year_edit": QSpinBox}

    def __init__(self, edited: Callable[[str], None], parent: QWidget | None = None):
        self.widget = load_form(self.FORM, parent)
        self._edited = edited
        w = self.widget
        self.money = {name: child(w, MoneyEdit, f"{name}_edit") for name in MONEY}
        self.days = {name: child(w, QSpinBox, f"{name}_edit") for name in DAYS}
        self.texts = {name: child(w, QLineEdit, f"{name}_edit") for name in TEXTS}
        self.leftover = child(w, QCheckBox, "leftover_to_later_edit")
        self.age_reference = child(w, QComboBox, "age_reference_edit")
        self.budget_year = child(w, QSpinBox, "budget_year_edit")
        for name, (low, high) in DAYS.items():
            self.days[name].setRange(low, high)
        for name, limit in TEXTS.items():
            self.texts[name].setMaxLength(limit)
        self.budget_year.setRange(NO_YEAR, 2100)
        self.budget_year.setSpecialValueText(tr("non indicato"))
        self.age_reference.addItem(tr("Alla chiusura del bando"), "scadenza")
        self.age_reference.addItem(tr("Alla presentazione della domanda"), "domanda")
        for name, edit in self.money.items():
            edit.textEdited.connect(lambda _t, f=name: edited(f))
        for name, box in self.days.items():
            box.valueChanged.connect(lambda _v, f=name: edited(f))
        for name, edit in self.texts.items():
            edit.textEdited.connect(lambda _t, f=name: edited(f))
        self.leftover.toggled.connect(lambda _on: edited("leftover_to_later"))
        self.age_reference.currentIndexChanged.connect(lambda _i: edited("age_reference"))
        self.budget_year.valueChanged.connect(lambda _v: edited("budget_year"))

    def load(self, values: CallInput) -> None:
        for name, edit in self.money.items():
            edit.set_cents(getattr(values, name) or None)
        for name, box in self.days.items():
            box.setValue(getattr(values, name))
        for name, edit in self.texts.items():
            edit.setText(getattr(values, name))
            edit.setCursorPosition(0)
        self.leftover.setChecked(values.leftover_to_later)
        self.age_reference.setCurrentIndex(max(0, self.age_reference.findData(values.age_reference)))
        self.budget_year.setValue(values.budget_year or NO_YEAR)

    def collect(self) -> dict[str, object]:
        year = self.budget_year.value()
        return {**{name: edit.cents() or 0 for name, edit in self.money.items()},
                **{name: box.value() for name, box in self.days.items()},
                **{name: edit.text() for name, edit in self.texts.items()},
                "leftover_to_later": self.leftover.isChecked(),
                "age_reference": self.age_reference.currentData(),
                "budget_year": None if year == NO_YEAR else year}

    def problems(self) -> dict[str, str]:
        return {name: edit.problem() for name, edit in self.money.items() if edit.problem()}

    def set_read_only(self, read_only: bool) -> None:
        for edit in (*self.money.values(), *self.texts.values()):
            edit.setReadOnly(read_only)
        for box in self.days.values():
            box.setReadOnly(read_only)
        self.budget_year.setReadOnly(read_only)
        self.leftover.setEnabled(not read_only)
        self.age_reference.setEnabled(not read_only)
