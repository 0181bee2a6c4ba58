"""Page geometry, paragraph styles, the data table and the signature block shared by every document."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from equilibri_desktop.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from equilibri_desktop.domain.money import format_euro

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f3a5f")  # dark institutional blue for rules and the body name
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e4e9ef")
ZEBRA_FILL = colors.HexColor("#f6f8fa")

# Paragraphs resolve their fonts when constructed, long before a document is built.
register_fonts()


def make_style(name: str, parent: ParagraphStyle | None = None, **kw) -> ParagraphStyle:
    """A style that names its fonts: ReportLab's own defaults are Helvetica, bound at import time."""
    if parent is None:
        kw = dict(fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=13.5, textColor=INK) | kw
    return ParagraphStyle(name, parent=parent, **kw)


BODY = make_style("body", alignment=TA_JUSTIFY, spaceAfter=6)
BODY_LEFT = make_style("body_left", spaceAfter=6)
TITLE = make_style("title", fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER, spaceBefore=4, spaceAfter=10)
SUBJECT = make_style("subject", fontName=BOLD, fontSize=10, leading=13.5, spaceAfter=8)
SMALL = make_style("small", fontSize=8, leading=10, textColor=MUTED)
NOTE = make_style("note", fontName=ITALIC, fontSize=8, leading=10, textColor=MUTED)
CELL = make_style("cell", fontSize=9, leading=11.5)
CELL_RIGHT = make_style("cell_right", parent=CELL, alignment=TA_RIGHT)
CELL_HEAD = make_style("cell_head", parent=CELL, fontName=BOLD)
CELL_HEAD_RIGHT = make_style("cell_head_right", parent=CELL_HEAD, alignment=TA_RIGHT)

DIGITAL_SIGNATURE_NOTE = "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate"

Cell = str | Decimal | int | Flowable | None


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A Paragraph of plain text: user data may hold `<` or `&`, which ReportLab reads as markup."""
    return Paragraph(escape(text), style)


def placeholder(value: str, missing: str) -> str:
    """Markup for a profile field, or an italic note that it has not been set yet."""
    return escape(value) if value.strip() else f"<i>{escape(missing)}</i>"


def _cell(value: Cell, money: bool, right: bool = False) -> Flowable:
    if isinstance(value, Flowable):
        return value
    if value is None:
        return Paragraph("", CELL)
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        text = format_euro(value) if money else str(value)
    else:
        text = str(value)
    return Paragraph(escape(text), CELL_RIGHT if money or right else CELL)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    widths: Sequence[float] | None = None,
    money_columns: Collection[int] = (),
    total_width: float = CONTENT_WIDTH,
    right_columns: Collection[int] = (),
) -> Table:
    """A table that wraps cell text, keeps each row whole and repeats its header on every page.

    `widths` are relative weights (e.g. `(1, 4, 2)`); Decimal cells in `money_columns` are printed
    as `€ 1.234,56` and right-aligned, like their header; text in `right_columns` (scores, counts) is
    right-aligned too.
    """
    count = len(header)
    if any(len(row) != count for row in rows):
        raise ValueError("Ogni riga della tabella deve avere tante celle quante l'intestazione")
    weights = list(widths) if widths else [1.0] * count
    if len(weights) != count:
        raise ValueError("Servono tante larghezze quante colonne")
    col_widths = [total_width * w / sum(weights) for w in weights]
    money = set(money_columns)
    right = money | set(right_columns)
    head = [Paragraph(escape(h), CELL_HEAD_RIGHT if i in right else CELL_HEAD) for i, h in enumerate(header)]
    body = [[_cell(v, i in money, i in right) for i, v in enumerate(row)] for row in rows]
    table = Table([head, *body], colWidths=col_widths, repeatRows=1, splitInRow=0, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def signature_block(
    role: str,
    name: str,
    *,
    place_and_date: str | None = None,
    digitally_signed: bool = True,
    keep_with: Sequence[Flowable] = (),
) -> Flowable:
    """Place and date on the left, the signatory centred in the right half, kept on one page.

    `keep_with` holds the closing flowables (e.g. the last paragraph) that must share the signature's
    page, so a signature never stands alone on a page.
    """
    centred = make_style("sig", alignment=TA_CENTER, spaceAfter=1)
    rows: list[list[Flowable]] = [
        [Paragraph(placeholder(role, "Ruolo del firmatario non impostato"), centred)],
        [Paragraph(f"<b>{placeholder(name, 'Nome del firmatario non impostato')}</b>", centred)],
    ]
    if digitally_signed:
        note = make_style("sig_note", parent=NOTE, alignment=TA_CENTER)
        rows.append([Paragraph(f"<i>{DIGITAL_SIGNATURE_NOTE}</i>", note)])
    else:
        rows.append([Spacer(1, 14 * mm)])
    signer = Table(rows, colWidths=[CONTENT_WIDTH * 0.48], hAlign="RIGHT")
    signer.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)])
    if not digitally_signed:
        signer.setStyle([("LINEBELOW", (0, -1), (-1, -1), 0.5, INK)])
    parts: list[Flowable] = [*keep_with, Spacer(1, 8 * mm)]
    if place_and_date:
        parts.append(Paragraph(escape(place_and_date), BODY_LEFT))
    parts.append(signer)
    return KeepTogether(parts)
