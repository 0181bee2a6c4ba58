"""The welfare plan: measures with their cost and tax treatment for the plan's year, the deductibility rule
with its consequence, and the estimate against salary, labelled as such."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.welfare import common as c
from equilibri_desktop.documents.welfare.data import PlanData
from equilibri_desktop.domain.organisation import OrganisationProfile

KIND = "Piano di welfare aziendale"


def _measures(data: PlanData) -> list[Flowable]:
    rows = []
    for m in data.measures:
        what = escape(m.label) + (f"<br/><font size=7.5>{escape(m.provider)}</font>" if m.provider else "")
        rows.append([Paragraph(what, st.CELL), m.category, m.amount_per_worker, str(m.workers), m.total])
    rows.append([Paragraph("<b>Totale</b>", st.CELL), "", None, "", data.total_cost])
    return [c.heading("Misure del piano"),
            st.data_table(["Misura", "Categoria fiscale", "Per lavoratore", "Lavoratori", "Costo"], rows,
                          widths=(2.9, 2.5, 1.4, 1.4, 1.4), money_columns={2, 4}, right_columns={3})]


def _tax_notes(data: PlanData) -> list[Flowable]:
    rows = [[m.label, "Esente" if m.exempt else "Tassato", m.rule, m.source] for m in data.measures]
    story: list[Flowable] = [
        c.heading(f"Trattamento fiscale per il {data.year}"),
        st.data_table(["Misura", "Esito", "Regola applicata", "Fonte"], rows, widths=(2.2, 1, 3.4, 2)),
    ]
    warnings = [w for m in data.measures for w in m.warnings]
    if warnings:
        story.append(c.heading("Avvertenze"))
        story += [Paragraph(f"• {escape(w)}", st.BODY_LEFT) for w in warnings]
    return story


def _deductibility(data: PlanData) -> list[Flowable]:
    return [
        c.heading("Deducibilità per l'impresa"),
        Paragraph(f"Fonte del piano: <b>{escape(data.basis)}</b>. {escape(data.deductible_rule)} "
                  f"({escape(data.deductible_source)}).", st.BODY),
        Paragraph(escape(data.deductible_consequence), st.BODY),
        *([c.heading("Premio di risultato e welfare"), Paragraph(escape(data.productivity_note), st.BODY)]
          if data.productivity_note else []),
    ]


def _estimate(data: PlanData) -> list[Flowable]:
    rows = [[m.label, m.worker_gain, m.firm_saving] for m in data.measures if m.total]
    return [
        c.heading("Stima: welfare o aumento in busta paga"),
        Paragraph(c.ESTIMATE_NOTE, st.NOTE),
        Paragraph(f"Aliquote usate: contributi a carico dell'impresa {c.pct(data.employer_contributions)}, a "
                  f"carico del lavoratore {c.pct(data.employee_contributions)}, imposte sul reddito "
                  f"{c.pct(data.income_tax)}.", st.BODY),
        st.data_table(["Misura", "Netto in più per lavoratore (stima)", "Minor costo per l'impresa (stima)"],
                      rows, widths=(3, 2, 2), money_columns={1, 2}),
        Paragraph(f"Nel complesso (stima): {c.euro(data.worker_gain)} netti in più per i lavoratori e "
                  f"{c.euro(data.firm_saving)} di minor costo per l'impresa rispetto a pagare lo stesso valore "
                  "come retribuzione.", st.BODY),
    ]


def build_plan_pdf(data: PlanData, profile: OrganisationProfile, path: Path) -> str:
    extra = [("Anno d'imposta", str(data.year)), ("Fonte del piano", data.basis),
             ("Lavoratori coperti", f"{data.workers_women} donne, {data.workers_men} uomini"),
             ("Costo del lavoro dell'anno", c.euro(data.labour_costs)), ("Adottato il", c.day(data.adopted_on))]
    story: list[Flowable] = [*c.title_block(KIND, data.header), c.facts(data.header, extra), *_measures(data),
                             *_tax_notes(data), *_deductibility(data), *_estimate(data)]
    if data.notes:
        story += [c.heading("Note"), st.para(data.notes)]
    return c.build(path, profile, story, f"{KIND} {data.year} – {data.header.firm_name}")
