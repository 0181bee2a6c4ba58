"""The application page's «Istruttoria» tab: the eligibility checklist of the formal check (EligibilityPanel),
in place of the form's placeholder. A tab of its own: its form is grants/application_review_tab; load(values,
detail) shows the stored application's checklist; a check confirmed there is stored at once, so it collects
nothing. `changed` reports a recompute or a confirmation (the procedure's gates may have moved)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.screens.grants.application_form import load_tab
from equilibri_desktop.ui.screens.grants.eligibility_panel import EligibilityPanel


class ReviewTab:
    FORM = "grants/application_review_tab"
    WIDGETS: dict[str, type] = {"review_placeholder": QLabel}

    def __init__(self, ctx: AppContext):
        self.widget, self.ui = load_tab(self)
        self.panel = EligibilityPanel(ctx)
        self.ui.review_placeholder.hide()
        self.widget.layout().addWidget(self.panel)
        self.changed = self.panel.changed

    def load(self, _values: ApplicationInput, detail: ApplicationDetail | None) -> None:
        self.panel.set_application(detail.uuid if detail else None)

    def collect(self) -> dict[str, object]:
        return {}

    def problems(self) -> dict[str, str]:
        return {}
