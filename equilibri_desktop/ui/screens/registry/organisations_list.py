"""Anagrafiche › Enti e imprese: the list, with search-as-you-type over name, codes, contacts and town."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QTableView

from equilibri_desktop.domain.organisation_rules import SizeClass
from equilibri_desktop.domain.registry_kinds import kind_choices
from equilibri_desktop.services.registry import export as registry_export
from equilibri_desktop.services.registry import municipalities, organisations
from equilibri_desktop.services.registry.organisation_dto import OrganisationRow
from equilibri_desktop.services.registry.search import (
    OrganisationFilter,
    Sort,
    count_organisations,
    search_organisations,
)
from equilibri_desktop.ui.domain_text import domain_choices, domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.screens.registry.list_base import LIST_WIDGETS, RegistryList
from equilibri_desktop.ui.screens.registry.table_model import RegistryColumn

WIDTHS = (250, 160, 108, 145, 110, 92, 80, 110)


def _employees(value: int | None) -> str:
    return "" if value is None else str(value)


def count_organisations_text(total: int) -> str:
    if total == 1:
        return tr("1 ente")
    return tr("{n} enti").format(n=f"{total:,}".replace(",", "."))


class OrganisationsListScreen(RegistryList):
    FORM = "registry/organisations_list"
    WIDGETS = {**LIST_WIDGETS, "organisations_view": QTableView, "kind_filter": QComboBox,
               "municipality_filter": QComboBox, "size_filter": QComboBox, "alliance_filter": QComboBox}
    VIEW = "organisations_view"
    KIND = "organisations"

    def columns(self) -> list[RegistryColumn]:
        return [
            RegistryColumn("name", tr("Denominazione"), sort="name"),
            RegistryColumn("kind_label", tr("Tipo"), domain_tr, sort="kind",
                           tooltip=lambda row: domain_tr(row.kind_label)),
            RegistryColumn("vat_number", tr("Partita IVA"), sort="vat_number",
                           tooltip=lambda row: tr("Codice fiscale: {code}").format(code=row.fiscal_code)
                           if row.fiscal_code else ""),
            RegistryColumn("municipality", tr("Comune"), sort="municipality"),
            RegistryColumn("phone", tr("Telefono")),
            RegistryColumn("employees", tr("Dipendenti"), _employees, align_right=True, sort="employees",
                           tooltip=lambda row: row.size_class_label),
            RegistryColumn("alliance_role_label", tr("Alleanza"), domain_tr, sort="alliance_role"),
            RegistryColumn("email", tr("E-mail"),
                           tooltip=lambda row: tr("PEC: {pec}").format(pec=row.pec) if row.pec else ""),
        ]

    def column_width(self, number: int) -> int:
        return WIDTHS[number]

    def fill_filters(self) -> None:
        ui = self.ui
        ui.kind_filter.addItem(tr("Tutti"), None)
        for code, label in domain_choices(kind_choices()):
            ui.kind_filter.addItem(label, code)
        ui.municipality_filter.addItem(tr("Tutti"), None)
        for ref in municipalities.list_municipalities(self.ctx.db):
            ui.municipality_filter.addItem(ref.name, ref.id)
        ui.size_filter.addItem(tr("Tutte"), None)
        for size in SizeClass:
            ui.size_filter.addItem(size.label, size.value)
        ui.alliance_filter.addItem(tr("Tutti"), None)
        ui.alliance_filter.addItem(tr("Aderenti all'alleanza"), True)
        ui.alliance_filter.addItem(tr("Non aderenti"), False)
        for combo in (ui.kind_filter, ui.municipality_filter, ui.size_filter, ui.alliance_filter):
            combo.currentIndexChanged.connect(self.refresh)

    def reset_filters(self) -> None:
        for combo in (self.ui.kind_filter, self.ui.municipality_filter, self.ui.size_filter, self.ui.alliance_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def criteria(self) -> OrganisationFilter:
        ui = self.ui
        return OrganisationFilter(text=ui.search_edit.text(), kind=ui.kind_filter.currentData(),
                                  municipality_id=ui.municipality_filter.currentData(),
                                  size_class=ui.size_filter.currentData(),
                                  alliance_member=ui.alliance_filter.currentData())

    def search(self, criteria, sort_key, descending, offset, limit):
        return search_organisations(self.ctx.db, criteria, Sort(sort_key, descending), offset, limit)

    def count(self, criteria, at_most: int | None = None) -> int:
        return count_organisations(self.ctx.db, criteria, at_most)

    def count_text(self, total: int) -> str:
        return count_organisations_text(total)

    def row_label(self, row: OrganisationRow) -> str:
        return row.name + (f" ({row.vat_number})" if row.vat_number else "")

    DELETE = staticmethod(organisations.delete_organisation)

    def export(self, path: Path, criteria, sort_key: str, descending: bool):
        return registry_export.export_organisations(self.ctx.db, path, criteria, Sort(sort_key, descending),
                                                    overwrite=True)  # the save dialog asked

    def export_message(self, result) -> str:
        return tr("Esportati {n} enti in {file}. IBAN e note restano nel programma.").format(
            n=result.rows, file=result.path)
