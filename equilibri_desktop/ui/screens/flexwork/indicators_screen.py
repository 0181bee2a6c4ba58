"""Lavoro flessibile › Indicatori: organisations by stage and with a regulation, workers with agreements by sex
and priority category, agile days, commuting saved, the before/after questionnaire averages (small groups
withheld) — as a table and QtCharts bar charts; exported to .xlsx for the funder's report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton, QTableWidget, QWidget

from equilibri_desktop.services.flexwork import indicators
from equilibri_desktop.services.flexwork.dto import Indicators
from equilibri_desktop.services.flexwork.indicators import WITHHELD
from equilibri_desktop.ui.dialogs.messages import Messages
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screen import ScreenBehaviour
from equilibri_desktop.ui.screens.flexwork.fields import Designed
from equilibri_desktop.ui.screens.flexwork.monitoring_tab import figure, group_name
from equilibri_desktop.ui.screens.welfare.charts import bar_chart, put_chart
from equilibri_desktop.ui.screens.welfare.common import fill_table


def _or_dash(value) -> str:
    return figure(value) if value is not None else tr("non mostrato (meno di 5)")


class FlexworkIndicatorsScreen(ScreenBehaviour, Designed, QWidget):
    FORM = "flexwork/indicators"
    WIDGETS = {"export_button": QPushButton, "indicators_view": QTableWidget, "stage_chart_box": QWidget,
               "people_chart_box": QWidget, "scores_chart_box": QWidget}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: Indicators | None = None
        ui = self.load_designed()
        self.export_button = ui.export_button
        self.export_button.clicked.connect(self.export)
        self.table = ui.indicators_view
        self.stage_chart, self.people_chart, self.scores_chart = (ui.stage_chart_box, ui.people_chart_box,
                                                                  ui.scores_chart_box)
        self.refresh()

    def refresh(self) -> None:
        run_operation(self, lambda: indicators.indicators(self.ctx.db), on_success=self.show_figures, writes=False)

    def show_figures(self, data: Indicators) -> None:
        self.data = data
        rows = [(tr("Organizzazioni in percorso"), str(data.pathways)),
                (tr("con regolamento adottato"), str(data.with_regulation)),
                (tr("Accordi individuali"), str(data.agreements)),
                (tr("Giornate agili a settimana"), str(data.remote_days_week)),
                (tr("Ore di viaggio risparmiate a settimana"), _or_dash(data.commute_hours_saved_week)),
                (tr("Km risparmiati a settimana"), _or_dash(data.commute_km_saved_week)),
                (tr("Comunicazioni da inviare"), str(data.communications_pending)),
                (tr("Comunicazioni in ritardo"), str(data.communications_late)),
                (tr("Postazioni e voucher di coworking"), str(data.placements))]
        fill_table(self.table, [tr("Indicatore"), tr("Valore")], rows, stretch=0, right=(1,))
        # As tall as its rows, no more: the charts below then stay within a laptop's height.
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
                                  + sum(self.table.rowHeight(r) for r in range(self.table.rowCount())))
        stages = [(domain_tr(label), n) for label, n in data.by_stage]
        put_chart(self.stage_chart, bar_chart(tr("Organizzazioni per fase"), [s for s, _n in stages],
                                              [(tr("Organizzazioni"), [float(n) for _s, n in stages])],
                                              maximum=max(5, max((n for _s, n in stages), default=0))))
        # Each breakdown may fold its small groups into one line: name it by breakdown so the two stay apart.
        people = [(tr("Sesso: gruppi sotto 5") if label == WITHHELD else group_name(label), n)
                  for label, n in data.agreements_by_sex]
        people += [(tr("Priorità: gruppi sotto 5") if label == WITHHELD else domain_tr(label), n)
                   for label, n in data.agreements_by_priority]
        put_chart(self.people_chart, bar_chart(tr("Lavoratori con accordo in corso"), [p for p, _n in people],
                                               [(tr("Lavoratori"), [float(n) for _p, n in people])],
                                               maximum=max(5, max((n for _p, n in people), default=0))))
        m = data.monitoring
        names = [tr("Benessere"), tr("Equilibrio vita-lavoro"), tr("Organizzazione")]

        def scores(group) -> list[float | None]:
            values = (group.wellbeing, group.balance, group.organisation)
            return [float(v) if v is not None else None for v in values]

        put_chart(self.scores_chart, bar_chart(tr("Questionari: prima e dopo (1–5)"), names,
                                               [(tr("Prima"), scores(m.before)), (tr("Dopo"), scores(m.after))]))

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Esporta indicatori"),
                                                    str(Path.home() / "indicatori-lavoro-flessibile.xlsx"),
                                                    tr("Cartella di lavoro Excel (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        run_operation(self, lambda: indicators.export_indicators(self.ctx.db, path),
                      on_success=lambda written: Messages.inform(self, tr("Esportazione completata"),
                                                                 tr("Indicatori salvati in {p}.").format(p=written)),
                      error_title=tr("Esportazione non eseguita"))
