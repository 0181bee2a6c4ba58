"""Domande › one application › «De minimis e RNA»: the de minimis aid the applicant declares she received in the
rolling three years (saved with the application, Ctrl+S), and the COR code the Registro nazionale aiuti gave the
grant with the date of the de minimis check (recorded on their own, by who decides the grants)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.domain.grants.legal_figures import de_minimis_ceiling
from equilibri_desktop.domain.money import format_euro, from_cents
from equilibri_desktop.services.grants import registration
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screen import clear_field_errors
from equilibri_desktop.ui.screens.grants.application_form import load_tab


class DeMinimisTab(QObject):
    """A tab of its own: its form is grants/application_deminimis_tab; load(values, detail), collect() and
    problems() as the page's other tabs; the COR code is recorded at once, apart from the application's save."""

    FORM = "grants/application_deminimis_tab"
    WIDGETS: dict[str, type] = {"de_minimis_received_cents_edit": QLineEdit, "rna_cor_code_edit": QLineEdit,
                                "de_minimis_checked_on_edit": QLineEdit, "record_cor_button": QPushButton,
                                "state_label": QLabel, "declared_hint": QLabel}
    changed = Signal()  # the declared amount was edited: the page has unsaved changes
    recorded = Signal()  # the COR code was recorded

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.widget, self.ui = load_tab(self)
        self.ctx = ctx
        self.application_uuid: uuid.UUID | None = None
        ceiling = de_minimis_ceiling(office_today())
        self.ui.declared_hint.setText(self.ui.declared_hint.text().format(
            ceiling=format_euro(from_cents(ceiling.value)), source=ceiling.source))
        self.ui.de_minimis_received_cents_edit.textEdited.connect(lambda _text: self.changed.emit())
        self.ui.record_cor_button.clicked.connect(self.record)
        self.ui.rna_cor_code_edit.returnPressed.connect(self.record)
        self.can_decide = ctx.db.actor.can(Permission.GRANTS_DECIDE)

    # --- the tab protocol ---------------------------------------------------------------
    def load(self, values: ApplicationInput, detail: ApplicationDetail | None) -> None:
        self.set_declared(values.de_minimis_received_cents, detail is None or detail.editable)
        self.set_application(detail.uuid if detail else None)

    def collect(self) -> dict[str, object]:
        return {"de_minimis_received_cents": self.declared_cents()}

    # --- the declared amount: part of the application's values ------------------------------
    def set_declared(self, cents: int | None, editable: bool) -> None:
        self.ui.de_minimis_received_cents_edit.set_cents(cents)
        self.ui.de_minimis_received_cents_edit.setEnabled(editable)

    def declared_cents(self) -> int | None:
        return self.ui.de_minimis_received_cents_edit.cents()

    def problems(self) -> dict[str, str]:
        problem = self.ui.de_minimis_received_cents_edit.problem()
        return {"de_minimis_received_cents": problem} if problem else {}

    # --- the COR code: recorded on its own ------------------------------------------------
    def set_application(self, application_uuid: uuid.UUID | None) -> None:
        self.application_uuid = application_uuid
        clear_field_errors(self.widget)
        record = None
        if application_uuid is not None:
            record = run_now(self.widget, lambda: registration.rna_record(self.ctx.db, application_uuid))[1]
        self.ui.rna_cor_code_edit.setText(record.cor_code if record else "")
        self.ui.de_minimis_checked_on_edit.setDate(record.de_minimis_checked_on if record else None)
        can = application_uuid is not None and self.can_decide
        for widget in (self.ui.rna_cor_code_edit, self.ui.de_minimis_checked_on_edit, self.ui.record_cor_button):
            widget.setEnabled(can)
        if application_uuid is None:
            self.ui.state_label.setText(tr("Salva la domanda prima di registrare il codice COR."))
        elif record and record.cor_code:
            self.ui.state_label.setText(tr("Codice COR registrato: la determinazione e la comunicazione lo riportano."))
        else:
            self.ui.state_label.setText(tr("Il codice COR si ottiene registrando l'aiuto nel Registro nazionale aiuti "
                                        "prima della concessione (D.M. 115/2017, art. 9)."))

    def record(self) -> None:
        if self.application_uuid is None or not self.ui.record_cor_button.isEnabled():
            return
        application, code, day = (self.application_uuid, self.ui.rna_cor_code_edit.text(),
                                  self.ui.de_minimis_checked_on_edit.date())
        run_operation(self.widget, lambda: registration.record_rna(self.ctx.db, application, code, day),
                      on_success=lambda _none: self._recorded(), form=self.widget,
                      label=tr("Registrazione del codice COR"),
                      error_title=tr("Codice COR non registrato"))

    def _recorded(self) -> None:
        clear_field_errors(self.widget)
        self.ui.state_label.setText(tr("Codice COR registrato: la determinazione e la comunicazione lo riportano."))
        self.recorded.emit()
