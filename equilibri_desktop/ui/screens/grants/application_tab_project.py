"""The application page's «Progetto d'impresa» tab: the business, its service and users, the planned legal form
and ATECO code, the women's shares (companies only), the municipalities served, internal notes. A tab of its own:
its form is grants/application_project_tab; load(values, detail), collect(), problems()."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from equilibri_desktop.domain.addresses import MunicipalityRef
from equilibri_desktop.domain.grants.application_parts import parse_percent
from equilibri_desktop.domain.grants.application_rules import ApplicationInput
from equilibri_desktop.domain.grants.codes import ServiceKind
from equilibri_desktop.services.grants.application_dto import ApplicationDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.forms import child
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.grants.application_form import LEGAL_FORMS, fill_combo, load_tab, percent_text

TEXTS = ("business_name", "ateco_code")
PLAIN = ("service_description", "target_users", "notes")
PERCENTS = ("women_quota_pct", "women_board_pct")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProjectTab(QObject):
    """Drives the `<field>_edit` widgets of its own form; `changed` reports what no `_edit` signal does
    (a municipality ticked)."""

    FORM = "grants/application_project_tab"
    WIDGETS: dict[str, type] = {
        **{f"{name}_edit": QLineEdit for name in (*TEXTS, *PERCENTS)},
        **{f"{name}_edit": QPlainTextEdit for name in PLAIN},
        "service_kind_edit": QComboBox, "planned_legal_form_edit": QComboBox,
        "served_municipality_ids_edit": QListWidget}

    changed = Signal()

    def __init__(self, places: Sequence[MunicipalityRef], parent: QObject | None = None):
        super().__init__(parent)
        self.widget, self.ui = load_tab(self)
        page = self.page = self.widget
        self.service_kind = child(page, QComboBox, "service_kind_edit")
        self.legal_form = child(page, QComboBox, "planned_legal_form_edit")
        self.served = child(page, QListWidget, "served_municipality_ids_edit")
        fill_combo(self.service_kind, [(kind.value, domain_tr(kind.label)) for kind in ServiceKind])
        self.legal_form.addItems(("", *LEGAL_FORMS))
        for ref in places:
            item = QListWidgetItem(ref.name, self.served)
            item.setData(ID_ROLE, ref.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.served.itemChanged.connect(lambda _item: self.changed.emit())

    def _edit(self, name: str):
        return child(self.page, QWidget, f"{name}_edit")

    def load(self, values: ApplicationInput, _detail: ApplicationDetail | None = None) -> None:
        for name in TEXTS:
            self._edit(name).setText(getattr(values, name))
        for name in PLAIN:
            self._edit(name).setPlainText(getattr(values, name))
        for name in PERCENTS:
            self._edit(name).setText(percent_text(getattr(values, name)))
        self.service_kind.setCurrentIndex(max(0, self.service_kind.findData(values.service_kind)))
        self.legal_form.setCurrentText(values.planned_legal_form)
        served = set(values.served_municipality_ids)
        listing = self.served
        for row in range(listing.count()):
            item = listing.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in served else Qt.CheckState.Unchecked)

    def _percent(self, name: str) -> Decimal | None:
        try:
            return parse_percent(self._edit(name).text())
        except ValueError:
            return None  # reported by problems() before any save

    def collect(self) -> dict[str, object]:
        """The ApplicationInput fields this tab edits."""
        listing = self.served
        served = tuple(listing.item(row).data(ID_ROLE) for row in range(listing.count())
                       if listing.item(row).checkState() == Qt.CheckState.Checked)
        return {**{name: self._edit(name).text() for name in TEXTS},
                **{name: self._edit(name).toPlainText() for name in PLAIN},
                **{name: self._percent(name) for name in PERCENTS},
                "service_kind": self.service_kind.currentData() or "",
                "planned_legal_form": self.legal_form.currentText(), "served_municipality_ids": served}

    def raw(self) -> tuple:
        """Texts the values may not show (a wrong percentage)."""
        return tuple(self._edit(name).text() for name in PERCENTS)

    def problems(self) -> dict[str, str]:
        errors = {}
        for name in PERCENTS:
            try:
                parse_percent(self._edit(name).text())
            except ValueError as error:
                errors[name] = str(error)
        return errors

    def set_editable(self, editable: bool, company: bool) -> None:
        for name in (*TEXTS, *PLAIN, "service_kind", "planned_legal_form", "served_municipality_ids"):
            self._edit(name).setEnabled(editable)
        for name in PERCENTS:
            self._edit(name).setEnabled(editable and company)
            self._edit(name).setPlaceholderText("" if company else tr("solo per società"))
