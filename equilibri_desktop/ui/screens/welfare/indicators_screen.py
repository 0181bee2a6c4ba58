"""Consulenza PMI › Indicatori welfare: firms consulted, plans adopted, workers covered by sex, measures by
category and hours, for one year or all; exported to .xlsx for the funder's report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QTableWidget, QWidget

from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.services.welfare import indicators
from equilibri_desktop.services.welfare.dto import Indicators
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import FormScreen
from equilibri_desktop.ui.screens.welfare.charts import bar_chart, put_chart
from equilibri_desktop.ui.screens.welfare.common import fill_table, hours_text

FIRST_YEAR = 2017  # the network's plans started in 2017 (D.g.r. X/5969)


class IndicatorsScreen(FormScreen):
    FORM = "welfare/indicators"
    WIDGETS = {"year_combo": QComboBox, "export_button": QPushButton, "indicators_view": QTableWidget,
               "categories_view": QTableWidget, "categories_chart_box": QWidget}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: Indicators | None = None
        self.ui.year_combo.addItem(tr("Tutti gli anni"), None)
        for year in range(office_today().year, FIRST_YEAR - 1, -1):
            self.ui.year_combo.addItem(str(year), year)
        self.ui.year_combo.activated.connect(lambda _i: self.refresh())
        self.ui.export_button.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        year = self.ui.year_combo.currentData()
        run_operation(self, lambda: indicators.indicators(self.ctx.db, year), on_success=self.show_figures,
                      writes=False)

    def show_figures(self, data: Indicators) -> None:
        self.data = data
        rows = [(tr("Imprese seguite"), data.firms_consulted), (tr("Incarichi di consulenza"), data.engagements),
                (tr("di cui reti di imprese"), data.networks), (tr("Ore di consulenza"), hours_text(data.hours)),
                (tr("Risposte all'indagine"), data.responses), (tr("Piani adottati"), data.plans_adopted),
                (tr("Lavoratrici coperte"), data.workers_covered_women),
                (tr("Lavoratori coperti"), data.workers_covered_men)]
        fill_table(self.ui.indicators_view, [tr("Indicatore"), tr("Valore")],
                   [(label, str(value)) for label, value in rows], stretch=0, right=(1,))
        categories = [(domain_tr(label), count) for label, count in data.measures_by_category]
        fill_table(self.ui.categories_view, [tr("Categoria fiscale"), tr("Misure")],
                   [(label, (str(count), count)) for label, count in categories], stretch=0, right=(1,))
        top = max((count for _l, count in categories), default=0)
        put_chart(self.ui.categories_chart_box, bar_chart(
            tr("Misure nei piani adottati, per categoria"), [label for label, _c in categories],
            [(tr("Misure"), [float(count) for _l, count in categories])], maximum=max(5, top)))

    def export(self) -> None:
        year = self.ui.year_combo.currentData()
        name = f"indicatori-welfare-{year or 'tutti'}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, tr("Esporta indicatori"), str(Path.home() / name),
                                                    tr("Cartella di lavoro Excel (*.xlsx)"))
        if not path:
            return
        run_operation(self, lambda: indicators.export_indicators(self.ctx.db, path, year),
                      on_success=lambda written: Messages.inform(self, tr("Esportazione completata"),
                                                                 tr("Indicatori salvati in {p}.").format(p=written)))
