"""The application page's form: the widgets it must have (the page and its tabs find them by name) and what
its tabs share (combo filling, percentages as typed, the legal forms offered)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)

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
    "tabs": QTabWidget, "applicant_tab": QWidget, "project_tab": QWidget, "review_tab": QWidget,
    "declarations_box": QWidget,
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


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}".replace(".", ",")


def fill_combo(combo: QComboBox, choices: Sequence[tuple[str, str]], blank: str | None = "—") -> None:
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in choices:
        combo.addItem(label, code)
