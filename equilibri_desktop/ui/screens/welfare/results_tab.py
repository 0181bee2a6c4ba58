"""Survey results of the engagement, or of one firm of a network: charts of interest by category and by sex,
and the table; groups under 5 respondents show «n.d.», never a number."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)

from equilibri_desktop.domain.welfare.catalogue import NeedCategory
from equilibri_desktop.domain.welfare.results import MIN_GROUP, SurveyResults
from equilibri_desktop.services.welfare import documents, survey
from equilibri_desktop.services.welfare.dto import EngagementDetail
from equilibri_desktop.ui.domain_text import domain_tr
from equilibri_desktop.ui.i18n import tr
from equilibri_desktop.ui.operations import run_operation
from equilibri_desktop.ui.screens.welfare.charts import bar_chart, put_chart
from equilibri_desktop.ui.screens.welfare.common import FormTab, fill_table


def _cell(mean, share) -> str:
    """Mean interest · share answering 4-5, or «n.d.» for a withheld group."""
    if mean.suppressed or share.suppressed:
        return tr("n.d.")
    return f"{mean.text()} · {share.text(0)}%"


class ResultsTab(FormTab):
    FORM = "welfare/results"
    WIDGETS = {"scope_combo": QComboBox, "respondents_label": QLabel, "print_report_button": QPushButton,
               "interest_chart_box": QWidget, "sex_chart_box": QWidget, "suppressed_label": QLabel,
               "results_view": QTableWidget}
    printed = Signal(object)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EngagementDetail | None = None
        self.results: SurveyResults | None = None
        self.ui.scope_combo.activated.connect(lambda _i: self.refresh())
        layout = self.form.findChild(QHBoxLayout, "charts_layout")
        layout.setStretch(0, 1)
        layout.setStretch(1, 1)
        self.ui.print_report_button.clicked.connect(self.print_report)

    def load(self, detail: EngagementDetail | None) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        combo = self.ui.scope_combo
        combo.clear()
        combo.addItem(tr("Tutte le imprese") if detail and detail.is_network else tr("L'impresa"), None)
        if detail and detail.is_network:
            for firm in detail.firms:
                combo.addItem(firm.name, firm.uuid)
        self.refresh()

    def refresh(self) -> None:
        if self.detail is None:
            self.show_results(None)
            return
        engagement_uuid, firm = self.detail.uuid, self.ui.scope_combo.currentData()
        run_operation(self, lambda: survey.survey_results(self.ctx.db, engagement_uuid, firm),
                      on_success=self.show_results, writes=False)

    def show_results(self, results: SurveyResults | None) -> None:
        self.results = results
        labels = [domain_tr(n.label) for n in NeedCategory]
        if results is None or results.overall.suppressed:
            put_chart(self.ui.interest_chart_box, None)
            put_chart(self.ui.sex_chart_box, None)
            count = results.respondents if results else 0
            self.ui.respondents_label.setText(tr("Risposte: {n}").format(n=count))
            self.ui.suppressed_label.setText(tr("Meno di {m} risposte: per tutelare l'anonimato non si mostrano "
                                                "risultati.").format(m=MIN_GROUP) if count else "")
            fill_table(self.ui.results_view, [tr("Categoria")], [[label] for label in labels])
            return
        self.ui.respondents_label.setText(tr("Risposte: {n}").format(n=results.respondents))
        overall = [float(f.value) if f.value is not None else None for f in results.overall.mean_interest]
        put_chart(self.ui.interest_chart_box, bar_chart(tr("Interesse medio per categoria (1-5)"), labels,
                                                        [(tr("Tutte le risposte"), overall)]))
        shown = [g for g in results.by_sex if not g.suppressed]
        withheld = [domain_tr(g.label) for g in results.by_sex if g.suppressed and g.respondents]
        put_chart(self.ui.sex_chart_box, bar_chart(
            tr("Interesse medio per sesso"), labels,
            [(domain_tr(g.label), [float(f.value) if f.value is not None else None for f in g.mean_interest])
             for g in shown]) if shown else None)
        self.ui.suppressed_label.setText(tr("Non mostrati (meno di {m} risposte): {groups}.").format(
            m=MIN_GROUP, groups=", ".join(withheld)) if withheld else "")
        groups = [results.overall, *[g for g in results.by_sex if g.respondents]]
        # The overall group is named by the domain in Italian, not by a catalogued label: named here.
        names = [tr("Tutte le risposte"), *[domain_tr(g.label) for g in groups[1:]]]
        headers = [tr("Categoria"), *[f"{name} ({g.respondents if not g.suppressed else tr('<5')})"
                                      for name, g in zip(names, groups, strict=True)]]
        rows = [[label, *[_cell(g.mean_interest[i], g.high_interest_pct[i]) for g in groups]]
                for i, label in enumerate(labels)]
        fill_table(self.ui.results_view, headers, rows, stretch=0)

    def print_report(self) -> None:
        if self.detail is None:
            return
        engagement_uuid = self.detail.uuid
        run_operation(self, lambda: documents.print_survey_report(self.ctx.db, engagement_uuid),
                      on_success=self.printed.emit, label=tr("Stampa del rapporto…"))
