"""Pieces every grant document shares: act title, subject with CUP, letter heading, numbered points, amounts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from babel.numbers import format_decimal
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import BOLD, REGULAR
from equilibri_desktop.documents.grants.data import (
    ActReference,
    CallReference,
    DocumentHeader,
    Recipient,
    Signatory,
)
from equilibri_desktop.documents.letterhead import build_document
from equilibri_desktop.domain.money import (
    amount_in_words,
    format_amount_with_words,
    format_euro,
    from_cents,
)
from equilibri_desktop.domain.organisation import OrganisationProfile

APPEAL_NOTICE = (
    "Avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale competente "
    "entro 60 giorni dalla notifica o dalla piena conoscenza dell’atto (D.Lgs. 104/2010), oppure ricorso "
    "straordinario al Presidente della Repubblica entro 120 giorni (D.P.R. 1199/1971)."
)

ACT_TITLE = st.make_style("act_title", parent=st.TITLE, fontSize=12.5, leading=16, spaceAfter=6)
SECTION = st.make_style("section", fontName=BOLD, alignment=TA_CENTER, spaceBefore=8, spaceAfter=6)
CENTRED_NOTE = st.make_style("centred_note", alignment=TA_CENTER, fontSize=9, leading=11, spaceAfter=6)
HEADING = st.make_style("grant_heading", fontName=BOLD, spaceBefore=8, spaceAfter=4, keepWithNext=1)
POINT = st.make_style("point", parent=st.BODY, leftIndent=8 * mm, bulletIndent=0, bulletFontName=REGULAR)
# Amounts in words are long single words: justified, the line before them would be stretched apart.
POINT_LEFT = st.make_style("point_left", parent=POINT, alignment=TA_LEFT)
BLOCK = st.make_style("block", parent=st.BODY, leftIndent=8 * mm)
CELL_SMALL = st.make_style("cell_small", parent=st.CELL, fontSize=7.5, leading=9.5, textColor=st.MUTED)


def day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"


def points(value: Decimal | None) -> str:
    """Scores as the commission writes them: `78,50`; a dash while not scored."""
    if value is None:
        return "—"
    return format_decimal(value, format="#,##0.00", locale="it_IT", decimal_quantization=True)


def euro(cents: int) -> str:
    # A no-break space keeps the symbol with its figures; text extraction still reads a plain space.
    return format_euro(from_cents(cents)).replace("€ ", "€\u00a0")


def euro_words(cents: int) -> str:
    """`€ 5.000,00 (euro cinquemila/00)`."""
    return format_amount_with_words(from_cents(cents)).replace("€ ", "€\u00a0")


def words(cents: int) -> str:
    """`euro cinquemila/00`."""
    return amount_in_words(from_cents(cents))


def text(value: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return escape(value.strip()).replace("\n", "<br/>")


def blocks(value: str) -> list[str]:
    """Blocks of an editable text, separated by blank lines; each comes back as escaped markup."""
    chunks = [c for c in value.replace("\r\n", "\n").split("\n\n") if c.strip()]
    return [text(c) for c in chunks]


def lines(value: str) -> list[str]:
    """One item per non-empty line (VISTI references, obligations)."""
    return [text(ln) for ln in value.replace("\r\n", "\n").split("\n") if ln.strip()]


def numbered(items: Iterable[str], *, start: int = 1, style=POINT, label: str = "{}.") -> list[Paragraph]:
    return [Paragraph(item, style, bulletText=label.format(i)) for i, item in enumerate(items, start=start)]


def dashed(items: Iterable[str], style=POINT) -> list[Paragraph]:
    return [Paragraph(item, style, bulletText="–") for item in items]


def plural(count: int, one: str, many: str) -> str:
    """`1 domanda`, `3 domande`."""
    return f"{count} {one if count == 1 else many}"


def ranking_named(kind_label: str, *, of: bool = False) -> str:
    """"la graduatoria definitiva" / "lo scorrimento della graduatoria", or with `of` "della …" / "dello …"."""
    label = kind_label.strip().lower()
    masculine = label.startswith("scorrimento")  # the only masculine kind of ranking act
    article = ("dello" if of else "lo") if masculine else ("della" if of else "la")
    return f"{article} {escape(label)}"


def call_title(title: str, markup: bool = True) -> str:
    """What follows the word "avviso" in a sentence: «Title», or the title itself when it already begins
    with "Avviso" (offices often name calls "Avviso pubblico «…»"), so no act reads "avviso «Avviso …»"."""
    text = title.strip()
    words = text.split(maxsplit=1)
    named = words[1] if len(words) == 2 and words[0].lower() == "avviso" else f"«{text}»"
    return escape(named) if markup else named


def call_citation(call: CallReference) -> str:
    """«Title», approvato con determinazione n. 12/2025 del 10/01/2025 (markup)."""
    cited = call_title(call.title)
    if call.act_number:
        cited += f", approvato con {escape(call.act_number)}"
        if call.act_date:
            cited += f" del {day(call.act_date)}"
    return cited


BLANK = "____"


def act_citation(act: ActReference) -> str:
    when = day(act.issued_on) if act.issued_on else BLANK
    return f"{escape(act.kind_label)} n. {escape(act.number_label)} del {when}"


def official_label(header: DocumentHeader) -> str:
    """"12 del 14/07/2026" once registered; "____ del ____" on a draft printed for signature."""
    if header.registered:
        return f"{escape(header.official_number)} del {day(header.official_date)}"
    return f"{BLANK} del {BLANK}"


def internal_reference(header: DocumentHeader) -> str:
    return f"rif. interno n. {header.number_label}" if header.number else ""


def cup_markup(cup: str) -> str:
    return f"CUP\u00a0{escape(cup)}" if cup else "CUP <i>non indicato</i>"


def subject(body: str, cup: str) -> Paragraph:
    """The OGGETTO line: it always names the CUP (required on every administrative document)."""
    return Paragraph(f"OGGETTO: {body} – {cup_markup(cup)}.", st.SUBJECT)


def act_title(kind: str, header: DocumentHeader) -> Paragraph:
    """`DETERMINAZIONE N. 4/2025 DEL 12/03/2025` with the official number, or `N. ____ DEL ____` on a draft
    (with the program's internal reference in small print, to match the signed copy back)."""
    label = official_label(header).upper()
    note = "" if header.registered or not header.number else (
        f'<br/><font size="8">bozza per la firma – {internal_reference(header)} del {day(header.issued_on)}</font>')
    return Paragraph(f"{escape(kind.upper())} N. {label}{note}", ACT_TITLE)


def section(title: str, *, by: str = "") -> list[Flowable]:
    """PREMESSO / VISTI / DETERMINA (after `by`, who decides): never left alone at the foot of a page."""
    lead = [Paragraph(escape(by.upper()), SECTION)] if by else []
    return [CondPageBreak(30 * mm), *lead, Paragraph(escape(title), SECTION)]


def letter_heading(header: DocumentHeader, recipient: Recipient) -> Table:
    """Reference and date on the left, the addressee in the right half (name and address wrap)."""
    ref = [escape(header.protocol) if header.protocol else f"Prot. n. {official_label(header)}"]
    place = f"{escape(header.place)}, " if header.place else ""
    ref.append(f"{place}{day(header.issued_on)}")
    if not header.protocol and not header.registered and header.number:
        ref.append(f'<font size="8">{internal_reference(header)}</font>')
    to = [f"<b>{text(recipient.name)}</b>"]
    if recipient.address.strip():
        to.append(text(recipient.address))
    if recipient.pec:
        to.append(f"PEC: {escape(recipient.pec)}")
    elif recipient.email:
        to.append(f"E-mail: {escape(recipient.email)}")
    left = Paragraph("<br/>".join(ref), st.BODY_LEFT)
    right = Paragraph("<br/>".join(["Alla cortese attenzione di", *to]), st.BODY_LEFT)
    table = Table([[left, right]], colWidths=[st.CONTENT_WIDTH * 0.5, st.CONTENT_WIDTH * 0.5], hAlign="LEFT")
    table.setStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ])
    return table


def key_values(rows: Sequence[tuple[str, str]], *, label_share: float = 0.42) -> Table:
    """A two-column summary (label: value) without rules, for deadlines and amounts in letters."""
    width = st.CONTENT_WIDTH
    data = [[Paragraph(escape(k), st.CELL), Paragraph(v, st.CELL)] for k, v in rows]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT")
    table.setStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, st.RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])
    return table


def signature(signatory: Signatory, closing: list[Flowable]) -> Flowable:
    """The signatory of a letter, on the same page as its closing paragraphs."""
    return st.signature_block(signatory.role, signatory.name, keep_with=closing)


def officer(name: str, contact: str) -> list[Flowable]:
    """Who runs the procedure and where to read the file (L. 241/1990 artt. 5 and 8)."""
    if not name and not contact:
        return []
    parts = []
    if name:
        parts.append(f"Responsabile del procedimento: {escape(name)}.")
    if contact:
        parts.append(f"Per informazioni e per prendere visione degli atti: {escape(contact)}.")
    return [Paragraph(" ".join(parts), st.BODY)]


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def build_grant_document(
    path: Path,
    profile: OrganisationProfile,
    header: DocumentHeader,
    story: Sequence[Flowable],
    *,
    title: str,
    subject_text: str,
    keywords: Sequence[str] = (),
) -> str:
    """Lay out on the letterhead with the document's own CUP in the footer of every page; return SHA-256."""
    footer_profile = replace(
        profile,
        project_cup=header.cup or profile.project_cup,
        project_title=header.project_title or profile.project_title,
    )
    words = (*keywords, f"CUP {header.cup}") if header.cup else tuple(keywords)
    return build_document(Path(path), footer_profile, story, title=title, subject=subject_text, keywords=words)
