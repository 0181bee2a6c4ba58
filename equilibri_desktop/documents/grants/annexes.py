"""Ranking annexes of the grant decision: A for publication (codes only), B restricted (with identities)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import BOLD
from equilibri_desktop.documents.grants import common as c
from equilibri_desktop.documents.grants.data import (
    AnnexKind,
    RankingAnnexData,
    RankingRow,
)
from equilibri_desktop.domain.organisation import OrganisationProfile

PUBLIC_NOTE = (
    "Versione destinata alla pubblicazione (D.Lgs. 33/2013, artt. 26 e 27). Le domande sono identificate "
    "dal codice casuale comunicato a ciascuna richiedente; non sono riportati nomi, codici fiscali, indirizzi "
    "né altri dati da cui si possa desumere una situazione di disagio economico o sociale (art. 26, comma 4)."
)
RESTRICTED_NOTE = (
    "DOCUMENTO RISERVATO – NON PUBBLICARE. Contiene dati personali trattati per compito di interesse "
    "pubblico (GDPR, art. 6, par. 1, lett. e); l’accesso è limitato al personale autorizzato."
)
_RESTRICTED_BANNER = st.make_style(
    "restricted", parent=st.BODY_LEFT, fontName=BOLD, textColor=st.ACCENT, borderColor=st.ACCENT,
    borderWidth=0.8, borderPadding=4, leftIndent=4, rightIndent=4, spaceBefore=8, spaceAfter=12,
)


def _position(row: RankingRow) -> str:
    return str(row.position) if row.position is not None else "—"


def _public_table(rows: tuple[RankingRow, ...]) -> Flowable:
    # Built from position, code, score, outcome and amount only: identities are never read here.
    body = [
        [_position(r), r.public_code, c.points(r.score), r.outcome_label, _money_cell(r.amount_cents)]
        for r in rows
    ]
    return st.data_table(
        ["Pos.", "Codice domanda", "Punteggio", "Esito", "Contributo"],
        body,
        widths=(0.8, 1.7, 1.3, 2.6, 1.8),
        money_columns={4},
        right_columns={0, 2},
    )


def _identity(row: RankingRow) -> Paragraph:
    who = row.identity
    if who is None:
        return Paragraph("<i>dati non disponibili</i>", st.CELL)
    person = []
    if who.fiscal_code:
        person.append(f"C.F.\u00a0{escape(who.fiscal_code)}")
    # Labelled: a bare town under the birth date would read as the birthplace.
    born = f" a {escape(who.birthplace)}" if who.birthplace else ""
    if who.birth_date:
        person.append(f"nata{born} il {c.day(who.birth_date)}")
    elif born:
        person.append(f"nata{born}")
    lines = [" · ".join(person)] if person else []
    if who.municipality:
        lines.append(f"residente a {escape(who.municipality)}")
    if who.protocol:
        lines.append(f"prot. {escape(who.protocol)}")
    small = "".join(f"<br/><font size=7.5 color='#555555'>{line}</font>" for line in lines)
    return Paragraph(f"<b>{c.text(who.name)}</b>{small}", st.CELL)


def _restricted_table(rows: tuple[RankingRow, ...]) -> Flowable:
    body = [
        [_position(r), r.public_code, _identity(r), c.points(r.score), r.outcome_label, _money_cell(r.amount_cents)]
        for r in rows
    ]
    return st.data_table(
        ["Pos.", "Codice", "Richiedente", "Punti", "Esito", "Contributo"],
        body,
        widths=(0.75, 1.35, 4.1, 0.8, 1.9, 1.6),  # an 8-character public code on one line
        money_columns={5},
        right_columns={0, 3},
    )


def _money_cell(cents: int) -> Paragraph:
    return Paragraph(escape(c.euro(cents)) if cents else "—", st.CELL_RIGHT)


def _totals(data: RankingAnnexData) -> Flowable:
    funded = sum(1 for r in data.rows if r.amount_cents)
    rows = [
        # Ranked = admitted with a position; the ones below the threshold are listed but not "in graduatoria".
        ("Domande in graduatoria", str(sum(1 for r in data.rows if r.position is not None))),
        ("Domande non ammesse (sotto la soglia)", str(sum(1 for r in data.rows if r.position is None))),
        ("Domande finanziate", str(funded)),
        ("Soglia di ammissione", f"{c.points(data.admission_threshold)} punti"),
        ("Totale dei contributi concessi", f"<b>{escape(c.euro(data.total_granted_cents))}</b>"),
    ]
    if data.call.budget_cents:
        rows.insert(3, ("Dotazione dell’avviso", escape(c.euro(data.call.budget_cents))))
        rows.append(("Residuo", escape(c.euro(data.call.budget_cents - data.total_granted_cents))))
    return c.key_values(rows, label_share=0.55)


def build_ranking_annex_pdf(data: RankingAnnexData, profile: OrganisationProfile, path: Path) -> str:
    """Write annex A or B of the decision as PDF/A-2b at `path`; return its SHA-256."""
    public = data.kind is AnnexKind.PUBLIC
    decision = f"determinazione n. {c.official_label(data.decision)}"
    heading = "ALLEGATO A" if public else "ALLEGATO B"
    version = "versione pubblicabile" if public else "versione riservata con i dati identificativi"
    ranking = f"{escape(data.ranking.kind_label)} n. {data.ranking.number} del {c.day(data.ranking.ranked_on)}"
    story: list[Flowable] = [
        Paragraph(f"{heading} ALLA {decision.upper()}", c.ACT_TITLE),
        c.subject(
            f"Avviso {c.call_title(data.call.title)} – {ranking} ({version})", data.decision.cup or data.call.cup
        ),
    ]
    if public:
        story.append(Paragraph(escape(PUBLIC_NOTE), st.NOTE))
        story.append(c.gap(3))
        story.append(_public_table(data.rows))
    else:
        story.append(Paragraph(escape(RESTRICTED_NOTE), _RESTRICTED_BANNER))
        story.append(_restricted_table(data.rows))
    story.append(KeepTogether([c.gap(5), _totals(data)]))
    title = f"Allegato {data.kind.value} alla {decision}"
    return c.build_grant_document(
        path, profile, data.decision, story,
        title=title,
        subject_text=f"{data.ranking.kind_label} – avviso {c.call_title(data.call.title, markup=False)}",
        keywords=("graduatoria", f"allegato {data.kind.value}"),
    )
