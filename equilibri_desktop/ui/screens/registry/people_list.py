"""Anagrafiche › Persone: the list, with search-as-you-type, filters, and the people without an
acknowledged privacy notice marked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QTableView

from equilibri_desktop.domain.access import Permission
from equilibri_desktop.domain.person_kinds import ConsentKind, OccupationalStatus
from equilibri_desktop.services.registry import export as registry_export
from equilibri_desktop.services.registry import municipalities, people
from equilibri_desktop.services.registry.person_dto import PersonRow
from equilibri_desktop.services.registry.search import (
    PersonFilter,
    Sort,
    count_people,
    search_people,
)
from equilibri_desktop.ui.domain_text import domain_choices, domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.list_base import LIST_WIDGETS, RegistryList
from equilibri_desktop.ui.screens.registry.table_model import RegistryColumn, day_text

WIDTHS = (190, 104, 142, 84, 146, 108, 176, 100)


def _privacy_text(missing: bool) -> str:
    return tr("⚠ manca") if missing else ""


def count_people_text(total: int) -> str:
    if total == 1:
        return tr("1 persona")
    return tr("{n} persone").format(n=f"{total:,}".replace(",", "."))


class PeopleListScreen(RegistryList):
    FORM = "registry/people_list"
    WIDGETS = {**LIST_WIDGETS, "people_view": QTableView, "municipality_filter": QComboBox,
               "status_filter": QComboBox, "consent_filter": QComboBox, "privacy_missing_check": QCheckBox,
               "protected_check": QCheckBox}
    VIEW = "people_view"
    KIND = "persons"

    def columns(self) -> list[RegistryColumn]:
        return [
            RegistryColumn("display_name", tr("Cognome e nome"), sort="name"),
            # Next to the name, where the eye is: who still has to receive the privacy notice.
            RegistryColumn("missing_privacy_ack", tr("Informativa"), _privacy_text,
                           tooltip=lambda row: tr("Nessuna presa visione dell'informativa privacy registrata")
                           if row.missing_privacy_ack else "",
                           attention=lambda row: row.missing_privacy_ack),
            RegistryColumn("fiscal_code", tr("Codice fiscale"), sort="fiscal_code"),
            RegistryColumn("birth_date", tr("Nascita"), day_text, sort="birth_date"),
            RegistryColumn("municipality", tr("Comune"), sort="municipality",
                           tooltip=lambda row: tr("Indirizzo riservato") if row.address_hidden else row.address),
            RegistryColumn("phone", tr("Telefono"), sort="phone"),
            RegistryColumn("email", tr("E-mail"), sort="email"),
            RegistryColumn("occupational_status_label", tr("Condizione"), domain_tr, sort="occupational_status"),
        ]

    def column_width(self, number: int) -> int:
        return WIDTHS[number]

    def fill_filters(self) -> None:
        ui = self.ui
        ui.municipality_filter.addItem(tr("Tutti"), None)
        for ref in municipalities.list_municipalities(self.ctx.db):
            ui.municipality_filter.addItem(ref.name, ref.id)
        ui.status_filter.addItem(tr("Tutte"), None)
        for code, label in domain_choices(OccupationalStatus.choices()):
            ui.status_filter.addItem(label, code)
        ui.consent_filter.addItem(tr("—"), None)
        for code, label in domain_choices(ConsentKind.choices()):
            ui.consent_filter.addItem(label, code)
        for combo in (ui.municipality_filter, ui.status_filter, ui.consent_filter):
            combo.currentIndexChanged.connect(self.refresh)
        for check in (ui.privacy_missing_check, ui.protected_check):
            check.toggled.connect(self.refresh)

    def apply_permissions(self) -> None:
        # Who may not see protected people may not filter by the flag either (the service refuses).
        allowed = self.can(Permission.PROTECTED_DATA)
        self.ui.protected_check.setVisible(allowed)
        if not allowed:
            self.ui.protected_check.setChecked(False)
        super().apply_permissions()

    def reset_filters(self) -> None:
        for widget in (self.ui.municipality_filter, self.ui.status_filter, self.ui.consent_filter,
                       self.ui.privacy_missing_check, self.ui.protected_check):
            widget.blockSignals(True)
        self.ui.municipality_filter.setCurrentIndex(0)
        self.ui.status_filter.setCurrentIndex(0)
        self.ui.consent_filter.setCurrentIndex(0)
        self.ui.privacy_missing_check.setChecked(False)
        self.ui.protected_check.setChecked(False)
        for widget in (self.ui.municipality_filter, self.ui.status_filter, self.ui.consent_filter,
                       self.ui.privacy_missing_check, self.ui.protected_check):
            widget.blockSignals(False)

    def criteria(self) -> PersonFilter:
        ui = self.ui
        protected = True if ui.protected_check.isChecked() and self.can(Permission.PROTECTED_DATA) else None
        return PersonFilter(text=ui.search_edit.text(), municipality_id=ui.municipality_filter.currentData(),
                            occupational_status=ui.status_filter.currentData(),
                            privacy_ack_missing=ui.privacy_missing_check.isChecked(),
                            consent_missing=ui.consent_filter.currentData(), protected=protected)

    def search(self, criteria, sort_key, descending, offset, limit):
        return search_people(self.ctx.db, criteria, Sort(sort_key, descending), offset, limit)

    def count(self, criteria, at_most: int | None = None) -> int:
        return count_people(self.ctx.db, criteria, at_most)

    def count_text(self, total: int) -> str:
        return count_people_text(total)

    def row_label(self, row: PersonRow) -> str:
        born = f", {day_text(row.birth_date)}" if row.birth_date else ""
        return f"{row.display_name}{born}"

    DELETE = staticmethod(people.delete_person)

    def export(self, path: Path, criteria, sort_key: str, descending: bool):
        return registry_export.export_people(self.ctx.db, path, criteria, Sort(sort_key, descending),
                                             overwrite=True)  # the save dialog asked

    def export_message(self, result) -> str:
        text = tr("Esportate {n} persone in {file}.").format(n=result.rows, file=result.path)
        text += "\n\n" + tr("Le persone protette non sono mai incluse nelle esportazioni, qualunque sia il filtro.")
        if result.excluded_protected:
            text += " " + tr("Escluse da questo elenco: {n}.").format(n=result.excluded_protected)
        return text
