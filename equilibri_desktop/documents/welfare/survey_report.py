"""The needs survey report: who answered, interest by category overall and by sex (charts and tables),
per firm for a network; every group under 5 respondents is printed as withheld, never as a number."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.welfare import common as c
from equilibri_desktop.documents.welfare.charts import interest_chart
from equilibri_desktop.documents.welfare.data import SurveyReportData
from equilibri_desktop.domain.organisation import OrganisationProfile
from equilibri_desktop.domain.welfare.results import (
    MIN_GROUP,
    SHORT_SUPPRESSED,
    Figure,
    SurveyResults,
)

KIND = "Rapporto sull'indagine dei bisogni"


def _cell(mean: Figure, share: Figure) -> str:
    if mean.suppressed or share.suppressed:
        return SHORT_SUPPRESSED
    return f"{mean.text()} · {share.text(0)}" + ("%" if share.value is not None else "")


def _interest_table(data: SurveyReportData, results: SurveyResults) -> Flowable:
    groups = [results.overall, *[g for g in results.by_sex if g.respondents]]
    header = ["Categoria", *[f"{g.label} ({g.respondents_text})" for g in groups]]
    rows = [[label, *[_cell(g.mean_interest[i], g.high_interest_pct[i]) for g in groups]]
            for i, label in enumerate(data.need_labels)]
    return st.data_table(header, rows, widths=(2.2, *[1.6] * len(groups)))


def _composition(results: SurveyResults) -> list[Flowable]:
    rows = [[comp.question, label, figure.text(0, short=True)] for comp in results.compositions
            for label, figure in comp.rows]
    return [c.heading("Chi ha risposto"), st.data_table(["Domanda", "Risposta", "Persone"], rows, widths=(2, 2, 1),
                                                        right_columns={2})]


def _charts(data: SurveyReportData, results: SurveyResults) -> list[Flowable]:
    story: list[Flowable] = []
    if not results.overall.suppressed:
        story.append(interest_chart(data.need_labels, [("Tutte le risposte",
                                                        [f.value for f in results.overall.mean_interest])],
                                    "Interesse medio per categoria (1 = nessuno, 5 = molto)"))
    shown = [g for g in results.by_sex if not g.suppressed]
    withheld = [g.label for g in results.by_sex if g.suppressed and g.respondents]
    if shown:
        story.append(interest_chart(data.need_labels, [(g.label, [f.value for f in g.mean_interest]) for g in shown],
                                    "Interesse medio per categoria e sesso"))
    if withheld:
        story.append(Paragraph(f"Non riportati per non rendere riconoscibili le persone (meno di {MIN_GROUP} "
                               f"risposte): {', '.join(withheld)}.", st.NOTE))
    return story


def _section(data: SurveyReportData, results: SurveyResults) -> list[Flowable]:
    if results.overall.suppressed:
        return [Paragraph(f"Le risposte sono meno di {MIN_GROUP}: per tutela dell'anonimato non si riportano "
                          "risultati.", st.BODY)]
    return [*_charts(data, results), c.heading("Interesse per categoria"),
            Paragraph("In ogni cella: interesse medio (da 1 a 5) · quota di chi ha risposto 4 o 5. "
                      f"«n.d.»: meno di {MIN_GROUP} risposte, dato non riportato.", st.NOTE),
            _interest_table(data, results), *_composition(results)]


def build_survey_report_pdf(data: SurveyReportData, profile: OrganisationProfile, path: Path) -> str:
    story: list[Flowable] = [
        *c.title_block(KIND, data.header),
        c.facts(data.header, [("Risposte raccolte", str(data.results.respondents))]),
        Paragraph(f"Il questionario è anonimo. Nessun dato è riportato per gruppi di meno di {MIN_GROUP} persone: "
                  "al loro posto compare «n.d.».", st.NOTE),
        c.heading("Risultati complessivi"), *_section(data, data.results),
    ]
    for name, results in data.per_firm:
        story += [c.heading(f"Risultati di {name}"), *_section(data, results)]
    return c.build(path, profile, story, f"{KIND} – {data.header.firm_name}")
