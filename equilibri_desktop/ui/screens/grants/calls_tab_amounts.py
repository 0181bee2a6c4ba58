"""The call form's «Importi e requisiti» tab: budget and ceilings, shares, the applicants' ages and occupational
statuses, and the municipalities whose residents may apply."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton, QWidget

from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.domain.person_kinds import OccupationalStatus
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.grants.calls_fields import CallTab, Edited
from equilibri_desktop.ui.screens.grants.calls_municipalities import MunicipalityChecklist

AGES = ("min_age", "max_age")
# One check box per status a person can have in the registry, named after its code.
OCCUPATION_CHECKS = tuple(f"occupation_{status.value}_check" for status in OccupationalStatus)


class AmountsTab(CallTab):
    TITLE = "&2 Importi e requisiti"
    FORM = "grants/call_amounts_tab"
    MONEY = ("budget_cents", "max_grant_cents")
    DECIMALS = ("max_cost_share_pct", "min_cofinancing_pct", "women_share_above_pct")
    OWN_WIDGETS = {**{f"{name}_edit": QLineEdit for name in AGES}, **dict.fromkeys(OCCUPATION_CHECKS, QCheckBox),
                   "allowed_occupations_edit": QWidget, "municipality_ids_edit": QListWidget,
                   "municipalities_count_label": QLabel, "sud_est_button": QPushButton,
                   "all_municipalities_button": QPushButton, "no_municipalities_button": QPushButton}

    def __init__(self, edited: Edited, municipality_choices: Sequence, parent: QWidget | None = None):
        super().__init__(edited, parent)
        ui = self.ui
        self.municipalities = MunicipalityChecklist(
            ui.municipality_ids_edit, ui.municipalities_count_label, lambda: edited("municipality_ids"),
            ui.sud_est_button, ui.all_municipalities_button, ui.no_municipalities_button)
        self.municipalities.set_choices(municipality_choices)
        for name in AGES:
            self.edit(name).setMaxLength(3)
        self.occupations = {status.value: getattr(ui, f"occupation_{status.value}_check")
                            for status in OccupationalStatus}
        for box in self.occupations.values():
            box.toggled.connect(lambda _on: edited("allowed_occupations"))
        # An error on the group puts the focus on its first box.
        self.edit("allowed_occupations").setFocusProxy(self.occupations[OccupationalStatus.DISOCCUPATA.value])

    def _load_own(self, values: CallInput) -> None:
        for name in AGES:
            value = getattr(values, name)
            self.edit(name).setText("" if value is None else str(value))
        for code, box in self.occupations.items():
            box.setChecked(code in values.allowed_occupations)
        self.municipalities.set_ids(values.municipality_ids)

    def _collect_own(self) -> dict[str, object]:
        ages = {name: int(text) if (text := self.edit(name).text().strip()).isdigit() else None for name in AGES}
        return {**ages, "allowed_occupations": tuple(code for code, box in self.occupations.items() if box.isChecked()),
                "municipality_ids": self.municipalities.ids()}

    def _own_problems(self) -> dict[str, str]:
        errors = {}
        for name in AGES:
            text = self.edit(name).text().strip()
            if text and not text.isdigit():
                errors[name] = tr("Scrivi l'età in anni, solo cifre.")
        return errors

    def _set_own_read_only(self, read_only: bool) -> None:
        for box in self.occupations.values():
            box.setEnabled(not read_only)
        self.municipalities.set_read_only(read_only)
