"""The agreement PDF/A-2b: title with project and CUP, a block per party, PREMESSO CHE, numbered articles with
each party's obligations and contributions, a signature block per party; the agreement's code and "Pagina X di Y"
in every footer so pages cannot be swapped between agreements."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from equilibri_desktop import APP_NAME
from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from equilibri_desktop.documents.letterhead import Letterhead, PageCountCanvas
from equilibri_desktop.documents.network.data import AgreementDocumentData, PartyBlock
from equilibri_desktop.documents.pdfa import finalize_pdfa
from equilibri_desktop.domain.money import format_euro
from equilibri_desktop.domain.network.templates import OBLIGATIONS_MARK
from equilibri_desktop.domain.organisation import OrganisationProfile

TITLE = st.make_style("agr_title", parent=st.TITLE, fontSize=13, leading=17, spaceAfter=2)
SUBTITLE = st.make_style("agr_subtitle", alignment=TA_CENTER, fontSize=9.5, leading=12.5, spaceAfter=10)
SECTION = st.make_style("agr_section", fontName=BOLD, alignment=TA_CENTER, spaceBefore=8, spaceAfter=6)
ARTICLE = st.make_style("agr_article", fontName=BOLD, spaceBefore=9, spaceAfter=3, keepWithNext=1)
PARTY = st.make_style("agr_party", parent=st.BODY, leftIndent=6 * mm, spaceAfter=4)
PARTY_HEAD = st.make_style("agr_party_head", fontName=BOLD, leftIndent=6 * mm, spaceBefore=4, keepWithNext=1)
POINT = st.make_style("agr_point", parent=st.BODY_LEFT, leftIndent=10 * mm, bulletIndent=5 * mm, spaceAfter=2)
SIG = st.make_style("agr_sig", alignment=TA_CENTER, fontSize=9, leading=11.5)
SIG_NOTE = st.make_style("agr_sig_note", parent=st.NOTE, alignment=TA_CENTER)


def euro(value: Decimal) -> str:
    return format_euro(value).replace("€ ", "€\u00a0")


def _hours(value: Decimal) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}"
    return text.replace(".", ",")


def _party_identity(number: int, p: PartyBlock) -> list[Flowable]:
    ids = " – ".join(x for x in (f"C.F. {escape(p.fiscal_code)}" if p.fiscal_code else "",
                                 f"P.IVA {escape(p.vat_number)}" if p.vat_number else "") if x)
    seat = ", ".join(x for x in (escape(p.address), escape(p.municipality)) if x)
    signatory = f"rappresentato/a da <b>{escape(p.signatory_name)}</b>"
    if p.signatory_fiscal_code:
        signatory += f" (C.F. {escape(p.signatory_fiscal_code)})"
    signatory += f", in qualità di {escape(p.capacity_label)}"
    if p.delegation_act:
        signatory += f", giusta {escape(p.delegation_act)}"
    parts = [f"<b>{number}. {escape(p.name)}</b>" + (f", {escape(p.legal_form)}" if p.legal_form else "")]
    if seat:
        parts.append(f"con sede in {seat}")
    for item in (ids, f"PEC {escape(p.pec)}" if p.pec else "", signatory):
        if item:
            parts.append(item)
    return [Paragraph(", ".join(parts) + f" – di seguito anche «{escape(p.role_label)}»;", PARTY)]


def _obligations(parties: Sequence[PartyBlock]) -> list[Flowable]:
    story: list[Flowable] = []
    for number, p in enumerate(parties, start=1):
        block: list[Flowable] = [
            Paragraph(f"{number}. {escape(p.name)} ({escape(p.role_label.lower())}) si impegna a:", PARTY_HEAD)]
        lines = [ln.strip().rstrip(";") for ln in p.obligations.splitlines() if ln.strip()]
        block += [Paragraph(escape(ln) + ";", POINT, bulletText="–") for ln in lines] or [
            Paragraph("<i>impegni da definire</i>", POINT, bulletText="–")]
        contributions = []
        if p.cash:
            contributions.append(f"cofinanziamento in denaro di {euro(p.cash)}")
        if p.in_kind_value:
            what = f" ({escape(p.in_kind_description)})" if p.in_kind_description else ""
            contributions.append(f"cofinanziamento in natura{what}: {_hours(p.in_kind_hours)} ore × "
                                 f"{euro(p.in_kind_rate)}/ora = {euro(p.in_kind_value)}")
        if contributions:
            block.append(Paragraph("; ".join(contributions) + ".", POINT, bulletText="–"))
        story.append(KeepTogether(block))  # a party's commitments never split from its name
    rows = [(p.name, p.cash, p.in_kind_value, p.cash + p.in_kind_value) for p in parties]
    total = [sum((r[i] for r in rows), Decimal("0")) for i in (1, 2, 3)]
    table = st.data_table(("Parte", "In denaro", "In natura", "Totale"), [*rows, ("Totale", *total)],
                          widths=(5, 2, 2, 2), money_columns=(1, 2, 3))
    # Kept whole up to a page's worth of parties; a longer table repeats its header on the next page.
    story.append(KeepTogether([Spacer(1, 2 * mm), table]) if len(rows) <= 20 else table)
    return story


def _articles(data: AgreementDocumentData) -> list[Flowable]:
    story: list[Flowable] = []
    for number, article in enumerate(data.articles, start=1):
        story.append(Paragraph(f"Art. {number} – {escape(article.title)}", ARTICLE))
        for line in article.body.splitlines():
            if line.strip() == OBLIGATIONS_MARK:
                story += _obligations(data.parties)
            elif line.strip():
                story.append(Paragraph(escape(line.strip()), st.BODY))
    return story


def _signature(p: PartyBlock, digital: bool, width: float) -> Table:
    rows: list[list[Flowable]] = [
        [Paragraph(f"Per <b>{escape(p.name)}</b>", SIG)],
        [Paragraph(f"il/la {escape(p.capacity_label)}", SIG)],
        [Paragraph(escape(p.signatory_name), SIG)],
    ]
    if digital:
        rows.append([Paragraph(f"<i>{st.DIGITAL_SIGNATURE_NOTE}</i>", SIG_NOTE)])
    else:
        rows += [[Paragraph("Luogo e data ______________________", SIG)], [Spacer(1, 11 * mm)]]
    block = Table(rows, colWidths=[width])
    style = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    if not digital:
        style.append(("LINEBELOW", (0, -1), (-1, -1), 0.5, st.INK))
    block.setStyle(style)
    return block


def _signatures(data: AgreementDocumentData) -> list[Flowable]:
    """Two blocks a row, each row kept whole: twelve parties take six rows, two parties one."""
    width = st.CONTENT_WIDTH / 2 - 6 * mm
    blocks = [_signature(p, data.digital, width) for p in data.parties]
    story: list[Flowable] = [Paragraph("Letto, approvato e sottoscritto.", st.BODY_LEFT)]
    for start in range(0, len(blocks), 2):
        pair = blocks[start:start + 2] + ([Spacer(1, 1)] if len(blocks[start:start + 2]) == 1 else [])
        row = Table([pair], colWidths=[st.CONTENT_WIDTH / 2] * 2)
        row.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5 * mm)])
        story.append(row)
    return [KeepTogether(story[:2]), *story[2:]]


def agreement_story(data: AgreementDocumentData) -> list[Flowable]:
    cup = f"CUP\u00a0{escape(data.cup)}" if data.cup else "CUP <i>non indicato</i>"
    kind, _, basis = data.kind_label.partition(" (")  # "… (art. 15 L. 241/1990)": the basis under the title
    story: list[Flowable] = [
        Paragraph(escape(kind.upper()), TITLE),
        *([Paragraph(f"ai sensi dell'{escape(basis.rstrip(')'))}", SUBTITLE)] if basis else []),
        Paragraph(f"«{escape(data.title)}»", st.make_style("agr_name", parent=TITLE, fontSize=11.5, leading=15)),
        Paragraph(f"Progetto «{escape(data.project_title)}» – {cup} – codice {escape(data.code)}", SUBTITLE),
    ]
    if data.amendment_of:
        story.append(Paragraph(f"Atto modificativo dell'accordo {escape(data.amendment_of)}: "
                               f"{escape(data.amendment_reason)}", st.BODY))
    story.append(Paragraph("TRA", SECTION))
    for number, party in enumerate(data.parties, start=1):
        story += _party_identity(number, party)
    story.append(Paragraph("PREMESSO CHE", SECTION))
    story += [Paragraph(escape(p.strip().rstrip(";.")) + ";", POINT, bulletText="–")
              for p in data.premises if p.strip()]
    story.append(Paragraph("SI CONVIENE E SI STIPULA QUANTO SEGUE", SECTION))
    story += _articles(data)
    story += _signatures(data)
    return story


def _canvas_for(code: str):
    class AgreementCanvas(PageCountCanvas):
        """The page label of the letterhead, with the agreement's code on the line above it."""

        def draw_page_label(self, right_x: float, y: float) -> None:
            super().draw_page_label(right_x, y)
            self.saveState()
            self.setFont(BOLD, 7.5)
            self.setFillColor(st.MUTED)
            self.drawRightString(right_x, y + 10, f"Accordo {code}")
            self.restoreState()

    return AgreementCanvas


def build_agreement_pdf(data: AgreementDocumentData, profile: OrganisationProfile, path: Path) -> str:
    """Write the agreement at `path` as PDF/A-2b; return its SHA-256."""
    register_fonts()
    letterhead = Letterhead(profile)
    author = profile.body_name or APP_NAME
    title = f"{data.kind_label} {data.code} – {data.title}"
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT), title=title, author=author, creator=APP_NAME,
        lang="it-IT", initialFontName=REGULAR, leftMargin=st.MARGIN_LEFT, rightMargin=st.MARGIN_RIGHT,
        topMargin=st.PAGE_HEIGHT - letterhead.body_top, bottomMargin=letterhead.body_bottom)
    doc.addPageTemplates([PageTemplate(id="agreement", frames=[letterhead.body_frame()], onPage=letterhead.draw)])
    doc.build(agreement_story(data), canvasmaker=_canvas_for(data.code))
    return finalize_pdfa(Path(path), title=title, author=author, subject=data.kind_label,
                         keywords=("accordo", data.code, data.cup), source=buffer.getvalue())
