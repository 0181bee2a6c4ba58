"""The agreements list of «Accordi»: filters by kind, status, municipality and sector, a paged model sorted in
SQL (click a header), the count and the .xlsx export. Each refresh first lets the office date move agreements
on (stated entry into force, expiry, tacit renewal)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from equilibri_desktop.domain.network.codes import AgreementKind, AgreementStatus
from equilibri_desktop.domain.registry_kinds import OrganisationKind
from equilibri_desktop.services.network import agreements, lifecycle, overview
from equilibri_desktop.services.network.dto import AgreementFilter
from equilibri_desktop.services.registry.municipalities import list_municipalities
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.models.paged_table import Column, PagedTableModel
from equilibri_desktop.ui.operations import run_now, run_operation
from equilibri_desktop.ui.screens.network.common import FileChooser, day


def _kind(code: str) -> str:
    # The list shows the kind without its legal basis ("… (art. 15 L. 241/1990)"): the page shows it whole.
    return domain_tr(AgreementKind(code).label).split(" (")[0]


def _columns() -> list[Column]:
    return [Column("code", tr("Codice")), Column("kind", tr("Tipo"), _kind), Column("title", tr("Titolo")),
            Column("status", tr("Stato"), lambda s: domain_tr(AgreementStatus(s).label)),
            Column("lead_name", tr("Capofila")), Column("signatures", tr("Firme"), align_right=True),
            Column("end_date", tr("Scadenza"), day)]


_SORT_KEYS = {"signatures": "signed"}  # the column shows "signed/parties"; it sorts by the signatures


class AgreementsList:
    """Works on the list widgets of the agreements form; `on_open(uuid)` shows the chosen agreement."""

    def __init__(self, page, ui, ctx, on_open):
        self.page, self.ui, self.ctx, self.on_open = page, ui, ctx, on_open
        self.criteria = AgreementFilter()
        self.model = PagedTableModel(_columns(), self._load, self._count, page)
        view = ui.agreements_table
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Kind and lead are long: a fixed share, elided (the page shows them whole); the title takes the rest.
        for column, width in ((1, 90), (4, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(False)
        view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._open_row(current.row()))
        self._fill_choices()
        ui.search_edit.returnPressed.connect(self.refresh)
        for combo in (ui.kind_filter_combo, ui.status_filter_combo, ui.municipality_filter_combo,
                      ui.sector_filter_combo):
            combo.activated.connect(lambda _i: self.reload())
        ui.export_button.clicked.connect(self.export)

    def _fill_choices(self) -> None:
        ui = self.ui
        for combo in (ui.kind_filter_combo, ui.status_filter_combo, ui.sector_filter_combo,
                      ui.municipality_filter_combo):
            combo.addItem(tr("Tutti"), None)
            combo.setMinimumContentsLength(8)  # long kind and sector names must not widen the list pane
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for kind in AgreementKind:
            ui.kind_filter_combo.addItem(_kind(kind.value), kind.value)
        for status in AgreementStatus:
            ui.status_filter_combo.addItem(domain_tr(status.label), status.value)
        for kind in OrganisationKind:
            ui.sector_filter_combo.addItem(domain_tr(kind.label), kind.value)
        for ref in list_municipalities(self.ctx.db):
            ui.municipality_filter_combo.addItem(ref.name, ref.id)

    def current_criteria(self) -> AgreementFilter:
        ui = self.ui
        return AgreementFilter(ui.search_edit.text(), ui.kind_filter_combo.currentData(),
                               ui.status_filter_combo.currentData(), ui.municipality_filter_combo.currentData(),
                               ui.sector_filter_combo.currentData())

    # --- the model's queries (short reads answered on the spot) --------------------------------
    def _load(self, offset: int, limit: int, sort: str | None, descending: bool):
        criteria, key = self.criteria, _SORT_KEYS.get(sort or "", sort)
        return agreements.search_agreements(self.ctx.db, criteria, offset, limit, key, descending).items

    def _count(self) -> int:
        return agreements.count_agreements(self.ctx.db, self.criteria)

    # --- actions ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The office date first (it may change statuses), then the list."""
        run_operation(self.page, lambda: lifecycle.apply_dates(self.ctx.db), on_success=lambda _c: self.reload(),
                      label=tr("Aggiornamento degli accordi…"))

    def reload(self) -> None:
        self.criteria = self.current_criteria()
        view = self.ui.agreements_table
        view.selectionModel().blockSignals(True)
        run_now(self.page, self.model.reload, error_title=tr("Ricerca non eseguita"))
        view.selectionModel().blockSignals(False)
        total = self.model.total
        self.ui.count_label.setText(tr("1 accordo") if total == 1 else tr("{n} accordi").format(n=total))
        shown = self.page.detail.uuid if self.page.detail else None
        row = self.model.row_of_uuid(shown) if shown else None
        if row is not None:
            view.selectionModel().blockSignals(True)
            view.selectRow(row)
            view.selectionModel().blockSignals(False)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.on_open(self.model.row_object(row).uuid)

    def export(self) -> None:
        path = FileChooser.save_file(self.page, tr("Esporta gli accordi"), "accordi.xlsx", tr("Excel (*.xlsx)"))
        if path:
            criteria = self.current_criteria()
            run_operation(self.page, lambda: overview.export_agreements(self.ctx.db, path, criteria), writes=False,
                          on_success=lambda n: self.ui.message_label.setText(
                              tr("{n} accordi esportati in {path}.").format(n=n, path=path)))
