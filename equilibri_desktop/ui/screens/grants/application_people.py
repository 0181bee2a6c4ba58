"""The application page's «Richiedente» tab: the call, the applicant picked from the registry (with a warning
when she cannot apply), her occupational status and DID, the applicant kind and the co-applicants of a
company, the vulnerability route. A tab of its own: its form is grants/application_applicant_tab; load(values,
detail), collect() → the ApplicationInput fields it edits, problems() → what it knows is wrong."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from equilibri_desktop.domain.grants.application_parts import CoApplicantInput
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.domain.grants.codes import ApplicantKind
from equilibri_desktop.domain.person_kinds import OccupationalStatus
from equilibri_desktop.services.grants import applications as grant_applications
from equilibri_desktop.services.grants.application_dto import (
    ApplicationDetail,
    CoApplicantEntry,
    PersonSummary,
)
from equilibri_desktop.services.registry.search import PersonFilter, Sort, search_people
from equilibri_desktop.ui.context import AppContext
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_choices, domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_now
from equilibri_desktop.ui.screens.grants.application_form import fill_combo, load_tab
from equilibri_desktop.ui.screens.registry.table_model import day_text

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def person_search(ctx: AppContext):
    """The pickers' search: the registry's own, a page of 20."""
    def search(text: str, limit: int):
        rows = search_people(ctx.db, PersonFilter(text=text), Sort(), 0, limit).items
        return [(row.uuid, row.display_name, " — ".join(part for part in (
            row.display_name, day_text(row.birth_date), row.fiscal_code, row.municipality) if part)) for row in rows]
    return search


def summary_text(person: PersonSummary) -> str:
    born = tr("nata il {day}").format(day=day_text(person.birth_date)) if person.birth_date else ""
    place = tr("indirizzo riservato") if person.address_hidden else ", ".join(
        part for part in (person.address, person.municipality) if part)
    parts = (tr("CF {code}").format(code=person.fiscal_code) if person.fiscal_code else tr("senza codice fiscale"),
             born, place)
    return " · ".join(part for part in parts if part)


class ApplicantSection(QObject):
    FORM = "grants/application_applicant_tab"
    WIDGETS: dict[str, type] = {
        "call_uuid_edit": QComboBox, "applicant_uuid_edit": QLineEdit, "applicant_info": QLabel,
        "occupational_status_edit": QComboBox, "did_date_edit": QLineEdit, "applicant_kind_edit": QComboBox,
        "vulnerability_route_edit": QCheckBox, "co_applicant_edit": QLineEdit, "co_applicant_role_edit": QLineEdit,
        "add_co_applicant_button": QPushButton, "co_applicants_table": QTableWidget,
        "remove_co_applicant_button": QPushButton}

    changed = Signal()  # a change no `<field>_edit` signal reports (a person chosen, a co-applicant)
    company_changed = Signal()  # the applicant kind changed: co-applicants and shares open or close
    call_changed = Signal()  # another call: its minimum co-financing applies

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.widget, self.ui = load_tab(self)
        self.ctx, ui = ctx, self.ui
        fill_combo(ui.occupational_status_edit, domain_choices(OccupationalStatus.choices()))
        fill_combo(ui.applicant_kind_edit, [(kind.value, domain_tr(kind.label)) for kind in ApplicantKind], blank=None)
        self.problem = ""  # why the chosen applicant cannot apply
        self._co: list[CoApplicantEntry] = []
        self._minimums: dict[uuid.UUID, Decimal | None] = {}  # the calls' minimum co-financing
        search = person_search(ctx)
        ui.applicant_uuid_edit.set_search(search)
        ui.co_applicant_edit.set_search(search)
        ui.applicant_uuid_edit.personChosen.connect(self._applicant_chosen)
        ui.add_co_applicant_button.clicked.connect(self.add_co_applicant)
        ui.remove_co_applicant_button.clicked.connect(self.remove_co_applicant)
        ui.co_applicant_role_edit.returnPressed.connect(self.add_co_applicant)
        header = ui.co_applicants_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.co_applicants_table.setColumnWidth(1, 160)
        ui.co_applicants_table.verticalHeader().hide()
        ui.applicant_kind_edit.currentIndexChanged.connect(lambda _i: self.company_changed.emit())
        ui.call_uuid_edit.currentIndexChanged.connect(lambda _i: self.call_changed.emit())

    def focus_first(self) -> None:
        """A new application starts from the applicant when the only open call is already chosen."""
        (self.ui.applicant_uuid_edit if self.call_uuid() else self.ui.call_uuid_edit).setFocus()

    def fill_calls(self, keep: uuid.UUID | None = None) -> None:
        """Calls taking applications (and the application's own, whatever its state)."""
        combo = self.ui.call_uuid_edit
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("— scegli il bando —"), None)
        for call in grant_applications.list_calls(self.ctx.db):
            if call.accepts_applications or call.uuid == keep:
                combo.addItem(call.title, call.uuid)
                self._minimums[call.uuid] = call.min_cofinancing_pct
        combo.blockSignals(False)

    # --- values ---------------------------------------------------------------------------
    def load(self, values: ApplicationInput, detail: ApplicationDetail | None) -> None:
        """The values shown; the stored application's applicant and co-applicants, and whether she can apply."""
        applicant = detail.applicant if detail else None
        co_applicants = detail.co_applicants if detail else ()
        problem = grant_applications.describe_person(self.ctx.db, applicant.uuid)[1] if applicant else ""
        call_uuid = values.call_uuid
        self.fill_calls(call_uuid)
        combo = self.ui.call_uuid_edit
        index = combo.findData(call_uuid) if call_uuid else -1
        combo.setCurrentIndex(index if index >= 0 else (1 if combo.count() == 2 else 0))
        self.ui.applicant_uuid_edit.blockSignals(True)
        self.ui.applicant_uuid_edit.set_person(applicant.uuid if applicant else None,
                                               applicant.display_name if applicant else "")
        self.ui.applicant_uuid_edit.blockSignals(False)
        self._show_applicant(applicant, problem)
        self._co = list(co_applicants)
        self._fill_co()
        for combo, code in ((self.ui.occupational_status_edit, values.occupational_status),
                            (self.ui.applicant_kind_edit, values.applicant_kind)):
            combo.setCurrentIndex(max(0, combo.findData(code)))
        self.ui.did_date_edit.setDate(values.did_date)
        self.ui.vulnerability_route_edit.setChecked(values.vulnerability_route)

    def collect(self) -> dict[str, object]:
        """The ApplicationInput fields this tab edits."""
        ui = self.ui
        return {"call_uuid": self.call_uuid(), "applicant_uuid": self.applicant_uuid(),
                "co_applicants": self.co_applicants(),
                "occupational_status": ui.occupational_status_edit.currentData() or "",
                "applicant_kind": ui.applicant_kind_edit.currentData() or ApplicantKind.SINGOLA.value,
                "did_date": ui.did_date_edit.date(), "vulnerability_route": ui.vulnerability_route_edit.isChecked()}

    def problems(self) -> dict[str, str]:
        """A date typed wrong is found by the page with every other date input (`input_problems`)."""
        return {}

    def raw(self) -> tuple:
        """The DID date as typed (a wrong date is no date in the values)."""
        return (self.ui.did_date_edit.text(),)

    def company(self) -> bool:
        return self.ui.applicant_kind_edit.currentData() == ApplicantKind.SOCIETA.value

    def call_uuid(self) -> uuid.UUID | None:
        return self.ui.call_uuid_edit.currentData()

    def minimum_cofinancing(self) -> Decimal | None:
        """The chosen call's minimum co-financing (percent of the eligible costs), None without a call."""
        return self._minimums.get(self.call_uuid())

    def applicant_uuid(self) -> uuid.UUID | None:
        return self.ui.applicant_uuid_edit.person_uuid()

    def co_applicants(self) -> tuple[CoApplicantInput, ...]:
        return tuple(CoApplicantInput(entry.person.uuid, entry.role) for entry in self._co)

    # --- applicant ------------------------------------------------------------------------
    def _applicant_chosen(self, person_uuid: uuid.UUID | None) -> None:
        summary, problem = None, ""
        if person_uuid is not None:
            found, described = run_now(self.ui.applicant_uuid_edit,
                                       lambda: grant_applications.describe_person(self.ctx.db, person_uuid),
                                       error_title=tr("Persona non disponibile"))
            if found:
                summary, problem = described
        self._show_applicant(summary, problem)
        if summary is not None:
            self._offer_registry_facts(summary)
        self.changed.emit()

    def _offer_registry_facts(self, person: PersonSummary) -> None:
        """Fill what the registry already knows into fields still empty; never over what was typed."""
        status = self.ui.occupational_status_edit
        if not status.currentData() and person.occupational_status:
            index = status.findData(person.occupational_status)
            if index >= 0:
                status.setCurrentIndex(index)
        if not self.ui.did_date_edit.text().strip() and person.did_date:
            self.ui.did_date_edit.setDate(person.did_date)

    def _show_applicant(self, person: PersonSummary | None, problem: str) -> None:
        self.problem = problem
        self.ui.applicant_info.setText(summary_text(person) if person else "")
        self.ui.applicant_info.setVisible(person is not None)

    # --- co-applicants --------------------------------------------------------------------
    def add_co_applicant(self) -> None:
        person_uuid = self.ui.co_applicant_edit.person_uuid()
        if person_uuid is None:
            self.ui.co_applicant_edit.setFocus()
            return
        if any(entry.person.uuid == person_uuid for entry in self._co):
            Messages.inform(self.ui.co_applicant_edit, tr("Co-richiedenti"), tr("Questa persona è già indicata."))
            return
        found, described = run_now(self.ui.co_applicant_edit,
                                   lambda: grant_applications.describe_person(self.ctx.db, person_uuid),
                                   error_title=tr("Persona non disponibile"))
        if not found:
            return
        summary, _problem = described
        self._co.append(CoApplicantEntry(summary, " ".join(self.ui.co_applicant_role_edit.text().split())))
        self.ui.co_applicant_edit.set_person(None)
        self.ui.co_applicant_role_edit.clear()
        self._fill_co()
        self.ui.co_applicant_edit.setFocus()
        self.changed.emit()

    def remove_co_applicant(self) -> None:
        row = self.ui.co_applicants_table.currentRow()
        if 0 <= row < len(self._co):
            del self._co[row]
            self._fill_co()
            self.changed.emit()

    def _fill_co(self) -> None:
        table = self.ui.co_applicants_table
        table.setRowCount(len(self._co))
        for row, entry in enumerate(self._co):
            for column, text in enumerate((entry.person.display_name, entry.person.fiscal_code, entry.role)):
                table.setItem(row, column, QTableWidgetItem(text))

    def set_editable(self, editable: bool, draft: bool) -> None:
        """The call and the applicant change only on a draft; co-applicants only for a company."""
        ui, company = self.ui, self.company()
        for widget in (ui.occupational_status_edit, ui.did_date_edit, ui.applicant_kind_edit,
                       ui.vulnerability_route_edit):
            widget.setEnabled(editable)
        for widget in (ui.co_applicant_edit, ui.co_applicant_role_edit, ui.add_co_applicant_button,
                       ui.remove_co_applicant_button):
            widget.setEnabled(company and editable)
        ui.call_uuid_edit.setEnabled(editable and draft)
        ui.applicant_uuid_edit.setEnabled(editable and draft)
