"""The call form's «Generale» tab: title, act, CUP and RNA code, when applications open and close (typed in
Rome time, stored in UTC), the deadlines for the firm and the final report, internal notes."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTimeEdit, QWidget

from equilibri_desktop.domain.grants.call_rules import CallInput
from equilibri_desktop.ui.forms import child
from equilibri_desktop.ui.screens.grants.calls_fields import CallTab, Edited, from_utc, to_utc

MOMENTS = ("opens_at", "closes_at")


class GeneralTab(CallTab):
    TITLE = "&1 Generale"
    FORM = "grants/call_general_tab"
    TEXTS = ("title", "act_number", "cup", "rna_code")
    PLAINS = ("notes",)
    DATES = ("act_date", "constitution_deadline", "report_deadline")
    OWN_WIDGETS = {**{f"{name}_edit": QLineEdit for name in MOMENTS},  # the day, a date input
                   **{f"{name}_time_edit": QTimeEdit for name in MOMENTS}}

    def __init__(self, edited: Edited, parent: QWidget | None = None):
        super().__init__(edited, parent)
        self.times = {name: child(self.widget, QTimeEdit, f"{name}_time_edit") for name in MOMENTS}
        for name, clock in self.times.items():
            clock.timeChanged.connect(lambda _t, f=name: edited(f))

    def _load_own(self, values: CallInput) -> None:
        for name in MOMENTS:
            day, clock = from_utc(getattr(values, name))
            self.edit(name).setDate(day)
            self.times[name].setTime(clock)

    def _collect_own(self) -> dict[str, object]:
        return {name: to_utc(self.edit(name).date(), self.times[name].time()) for name in MOMENTS}

    def _set_own_read_only(self, read_only: bool) -> None:
        for clock in self.times.values():
            clock.setReadOnly(read_only)
