"""The plain fields of the application page (occupation, business plan, shares, municipalities served,
declarations): the widgets the page's form must have, filling them and reading them back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.grants.application_parts import (
    DECLARATIONS,
    parse_percent,
)
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.domain.grants.codes import ApplicantKind, ServiceKind
from equilibri_desktop.domain.person_kinds import OccupationalStatus
from equilibri_desktop.ui.domain_text import domain_choices, domain_tr
from equilibri_desktop.ui.i18n import tr

# Imported for their registration with the form loader: the page's form promotes inputs to them.
from equilibri_desktop.ui.widgets.date_edit import DateEdit  # noqa: F401
from equilibri_desktop.ui.widgets.person_picker import PersonPicker  # noqa: F401

LEGAL_FORMS = ("Impresa individuale", "Società cooperativa", "Cooperativa sociale",
               "Società a responsabilità limitata semplificata", "Società a responsabilità limitata",
               "Società in nome collettivo", "Società in accomandita semplice")
_BUTTONS = ("back_button", "register_button", "start_review_button", "request_integration_button",
            "notify_reasons_button", "admit_button", "exclude_button", "renounce_button", "save_button",
            "cancel_button", "add_co_applicant_button", "remove_co_applicant_button", "add_cost_button",
            "remove_cost_button", "all_declarations_button", "add_attachment_button", "open_attachment_button",
            "verify_attachments_button", "remove_attachment_button")
_LABELS = ("form_title", "status_badge", "status_label", "info_label", "messages_label", "applicant_info",
           "totals_label", "attachments_status", "review_placeholder")
# Loaded outside the page (the forms test) the promoted inputs are their Qt base classes.
PAGE_WIDGETS: dict[str, type] = {
    **{name: QPushButton for name in _BUTTONS}, **{name: QLabel for name in _LABELS},
    "tabs": QTabWidget, "applicant_tab": QWidget, "review_tab": QWidget, "declarations_box": QWidget,
    "call_uuid_edit": QComboBox, "applicant_uuid_edit": QLineEdit, "co_applicant_edit": QLineEdit,
    "co_applicant_role_edit": QLineEdit, "co_applicants_table": QTableWidget, "occupational_status_edit": QComboBox,
    "did_date_edit": QLineEdit, "applicant_kind_edit": QComboBox, "vulnerability_route_edit": QCheckBox,
    "business_name_edit": QLineEdit, "service_kind_edit": QComboBox, "service_description_edit": QPlainTextEdit,
    "target_users_edit": QPlainTextEdit, "planned_legal_form_edit": QComboBox, "ateco_code_edit": QLineEdit,
    "women_quota_pct_edit": QLineEdit, "women_board_pct_edit": QLineEdit, "notes_edit": QPlainTextEdit,
    "served_municipality_ids_edit": QListWidget, "cost_items_table": QTableWidget,
    "own_cofinancing_cents_edit": QLineEdit, "attachments_table": QTableWidget, "attachment_kind_edit": QComboBox,
    "history_table": QTableWidget,
}
_TEXTS = ("business_name", "ateco_code")
_PLAIN = ("service_description", "target_users", "notes")
_PERCENTS = ("women_quota_pct", "women_board_pct")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}".replace(".", ",")


def _fill_combo(combo: QComboBox, choices: Sequence[tuple[str, str]], blank: str | None = "—") -> None:
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in choices:
        combo.addItem(label, code)


class ApplicationFields(QObject):
    changed = Signal()  # a change no `<field>_edit` signal reports (a municipality ticked, a declaration)

    def __init__(self, ui: SimpleNamespace, places: Sequence[MunicipalityRef], parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        _fill_combo(ui.occupational_status_edit, domain_choices(OccupationalStatus.choices()))
        _fill_combo(ui.applicant_kind_edit, [(kind.value, domain_tr(kind.label)) for kind in ApplicantKind], blank=None)
        _fill_combo(ui.service_kind_edit, [(kind.value, domain_tr(kind.label)) for kind in ServiceKind])
        ui.planned_legal_form_edit.addItems(("", *LEGAL_FORMS))
        for ref in places:
            item = QListWidgetItem(ref.name, ui.served_municipality_ids_edit)
            item.setData(ID_ROLE, ref.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        ui.served_municipality_ids_edit.itemChanged.connect(lambda _item: self.changed.emit())
        layout = ui.declarations_box.layout()
        self.declarations: dict[str, QCheckBox] = {}
        for code, label in DECLARATIONS:
            # A check box cannot wrap its text, and the de minimis declaration alone is wider than a laptop:
            # the box carries no text, a wrapping label beside it reads the declaration (a click ticks it).
            box = QCheckBox(ui.declarations_box)
            box.setObjectName(f"declaration_{code}")
            box.setAccessibleName(label)
            box.toggled.connect(lambda _on: self.changed.emit())
            text = QLabel(label, ui.declarations_box, wordWrap=True)
            text.setObjectName(f"declaration_{code}_label")
            text.mousePressEvent = lambda _event, box=box: box.toggle()
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            layout.addLayout(row)
            self.declarations[code] = box
        ui.all_declarations_button.clicked.connect(lambda: [box.setChecked(True) for box in self.declarations.values()])

    # --- values ---------------------------------------------------------------------------
    def set_values(self, values: ApplicationInput) -> None:
        ui = self.ui
        for name in _TEXTS:
            getattr(ui, f"{name}_edit").setText(getattr(values, name))
        for name in _PLAIN:
            getattr(ui, f"{name}_edit").setPlainText(getattr(values, name))
        for name in _PERCENTS:
            getattr(ui, f"{name}_edit").setText(percent_text(getattr(values, name)))
        for combo, code in ((ui.occupational_status_edit, values.occupational_status),
                            (ui.applicant_kind_edit, values.applicant_kind),
                            (ui.service_kind_edit, values.service_kind)):
            combo.setCurrentIndex(max(0, combo.findData(code)))
        ui.planned_legal_form_edit.setCurrentText(values.planned_legal_form)
        ui.did_date_edit.setDate(values.did_date)
        ui.vulnerability_route_edit.setChecked(values.vulnerability_route)
        served = set(values.served_municipality_ids)
        listing = ui.served_municipality_ids_edit
        for row in range(listing.count()):
            item = listing.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in served else Qt.CheckState.Unchecked)
        for code, box in self.declarations.items():
            box.setChecked(code in values.declarations)

    def _percent(self, name: str) -> Decimal | None:
        try:
            return parse_percent(getattr(self.ui, f"{name}_edit").text())
        except ValueError:
            return None  # reported by the page before any save

    def collect(self, **others) -> ApplicationInput:
        ui = self.ui
        listing = ui.served_municipality_ids_edit
        served = tuple(listing.item(row).data(ID_ROLE) for row in range(listing.count())
                       if listing.item(row).checkState() == Qt.CheckState.Checked)
        return replace(ApplicationInput(
            **{name: getattr(ui, f"{name}_edit").text() for name in _TEXTS},
            **{name: getattr(ui, f"{name}_edit").toPlainText() for name in _PLAIN},
            **{name: self._percent(name) for name in _PERCENTS},
            occupational_status=ui.occupational_status_edit.currentData() or "",
            applicant_kind=ui.applicant_kind_edit.currentData() or ApplicantKind.SINGOLA.value,
            service_kind=ui.service_kind_edit.currentData() or "",
            planned_legal_form=ui.planned_legal_form_edit.currentText(), did_date=ui.did_date_edit.date(),
            vulnerability_route=ui.vulnerability_route_edit.isChecked(), served_municipality_ids=served,
            declarations=frozenset(code for code, box in self.declarations.items() if box.isChecked())), **others)

    def raw(self) -> tuple:
        """Texts the values above may not show (a wrong date or percentage)."""
        ui = self.ui
        return (ui.did_date_edit.text(), ui.women_quota_pct_edit.text(), ui.women_board_pct_edit.text())

    # --- state ----------------------------------------------------------------------------
    def set_editable(self, editable: bool, company: bool) -> None:
        ui = self.ui
        for widget in (ui.occupational_status_edit, ui.did_date_edit, ui.applicant_kind_edit,
                       ui.vulnerability_route_edit, ui.business_name_edit, ui.service_kind_edit,
                       ui.service_description_edit, ui.target_users_edit, ui.planned_legal_form_edit,
                       ui.ateco_code_edit, ui.notes_edit, ui.served_municipality_ids_edit, ui.all_declarations_button,
                       *self.declarations.values()):
            widget.setEnabled(editable)
        for name in _PERCENTS:
            getattr(ui, f"{name}_edit").setEnabled(editable and company)
            getattr(ui, f"{name}_edit").setPlaceholderText("" if company else tr("solo per società"))

    def reveal(self, form: QWidget, field: str) -> None:
        """Show the tab holding `field` and put the cursor in its input."""
        target = form.findChild(QWidget, f"{field}_edit") or form.findChild(QWidget, f"{field}_error")
        tabs: QTabWidget = self.ui.tabs
        for index in range(tabs.count()):
            if target is not None and tabs.widget(index).isAncestorOf(target):
                tabs.setCurrentIndex(index)
                break
        if target is not None and target.objectName().endswith("_edit") and target.isEnabled():
            target.setFocus()
        elif field == "cost_items":
            self.ui.cost_items_table.setFocus()

