"""The application page's shell form (header, workflow buttons, tabs, save), how each tab loads its own form,
and what the tabs share (combo filling, percentages as typed, the legal forms offered)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTabWidget, QWidget

from equilibri_desktop.ui.forms import child, load_form

# Imported for their registration with the form loader: the tabs' forms promote inputs to them.
from equilibri_desktop.ui.widgets.date_edit import DateEdit  # noqa: F401
from equilibri_desktop.ui.widgets.person_picker import PersonPicker  # noqa: F401

LEGAL_FORMS = ("Impresa individuale", "Società cooperativa", "Cooperativa sociale",
               "Società a responsabilità limitata semplificata", "Società a responsabilità limitata",
               "Società in nome collettivo", "Società in accomandita semplice")
_BUTTONS = ("back_button", "register_button", "start_review_button", "request_integration_button",
            "notify_reasons_button", "admit_button", "exclude_button", "renounce_button", "save_button",
            "cancel_button")
# The page's own form is the shell around the tabs: header, workflow buttons, the tab widget, messages, save.
PAGE_WIDGETS: dict[str, type] = {
    **{name: QPushButton for name in _BUTTONS},
    **{name: QLabel for name in ("form_title", "status_badge", "status_label", "info_label", "messages_label")},
    "tabs": QTabWidget,
}


def load_tab(tab: object, parent: QWidget | None = None) -> tuple[QWidget, SimpleNamespace]:
    """A tab's own form (`tab.FORM`) and its named widgets (`tab.WIDGETS`); the page adds the widget to its tabs.
    Loaded outside the page (the forms test) the promoted inputs are their Qt base classes."""
    widget = load_form(tab.FORM, parent)
    return widget, SimpleNamespace(**{name: child(widget, cls, name) for name, cls in tab.WIDGETS.items()})


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}".replace(".", ",")


def fill_combo(combo: QComboBox, choices: Sequence[tuple[str, str]], blank: str | None = "—") -> None:
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in choices:
        combo.addItem(label, code)
