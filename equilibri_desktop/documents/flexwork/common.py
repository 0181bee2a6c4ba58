"""Pieces the flexible-work documents share: dates, headings, the two-party signature row, the PDF/A build."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import BOLD, REGULAR
from equilibri_desktop.documents.letterhead import build_document
from equilibri_desktop.domain.organisation import OrganisationProfile

HEADING = st.make_style("flexwork_heading", fontName=BOLD, fontSize=10.5, leading=13.5, spaceBefore=8,
                        spaceAfter=3, keepWithNext=1, textColor=st.ACCENT)
SUB = st.make_style("flexwork_sub", parent=st.BODY_LEFT, alignment=1)
SIG = st.make_style("flexwork_sig", alignment=1, spaceAfter=1)


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def title_block(kind: str, number_label: str, issued_on: date, subject: str) -> list[Flowable]:
    return [Paragraph(escape(kind.upper()), st.TITLE),
            Paragraph(f"N. {escape(number_label)} del {day(issued_on)} – {escape(subject)}", SUB)]


def articles(items: Sequence[tuple[str, str]]) -> list[Flowable]:
    story: list[Flowable] = []
    for number, (title, text) in enumerate(items, 1):
        story.append(Paragraph(f"Art. {number} – {escape(title)}", HEADING))
        story += [Paragraph(escape(line), st.BODY) for line in text.split("\n") if line.strip()]
    return story


def _block(lines: Sequence[str], width: float) -> Table:
    rows = [[Paragraph(line, SIG)] for line in lines] + [[Paragraph("Luogo e data ______________________", SIG)],
                                                        [Spacer(1, 11 * mm)]]
    block = Table(rows, colWidths=[width])
    block.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LINEBELOW", (0, -1), (-1, -1), 0.5, st.INK)])
    return block


def signatures(left: Sequence[str], right: Sequence[str] | None, closing: Sequence[Flowable] = ()) -> Flowable:
    """Two signature blocks side by side (or one, on the right), kept on the page of the closing text."""
    width = st.CONTENT_WIDTH / 2 - 6 * mm
    # A lone signer signs on the right, as on the office's other acts.
    pair = [_block(left, width), _block(right, width)] if right else [Spacer(1, 1), _block(left, width)]
    row = Table([pair], colWidths=[st.CONTENT_WIDTH / 2] * 2)
    row.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5 * mm)])
    return KeepTogether([*closing, Paragraph("Letto, approvato e sottoscritto.", st.BODY_LEFT), row])


def build(path: Path, profile: OrganisationProfile, story: Sequence[Flowable], title: str) -> str:
    return build_document(Path(path), profile, story, title=title, subject=title,
                          keywords=("lavoro agile", "L. 81/2017", "Governare gli equilibri"))
