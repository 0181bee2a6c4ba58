"""The catalogue of good practices: one block per firm with its measures, description and results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import BOLD
from equilibri_desktop.documents.letterhead import build_document
from equilibri_desktop.domain.organisation import OrganisationProfile

FIRM = st.make_style("practice_firm", fontName=BOLD, spaceBefore=8, spaceAfter=3, keepWithNext=1)


@dataclass(frozen=True)
class PracticeEntry:
    firm: str
    measure: str
    description: str
    results: str
    recorded_on: date


def build_practices_pdf(entries: Sequence[PracticeEntry], profile: OrganisationProfile, path: Path,
                        issued_on: date) -> str:
    """Write the catalogue as PDF/A-2b; return its SHA-256."""
    story: list[Flowable] = [Paragraph("CATALOGO DELLE BUONE PRATICHE DELLE IMPRESE DELLA RETE", st.TITLE),
                             Paragraph(f"Aggiornato al {issued_on:%d/%m/%Y}", st.SMALL)]
    firm = None
    for entry in entries:
        block: list[Flowable] = []
        if entry.firm != firm:
            firm = entry.firm
            block.append(Paragraph(escape(firm), FIRM))
        text = f"<b>{escape(entry.measure)}</b>"
        if entry.description:
            text += f" – {escape(entry.description)}"
        if entry.results:
            text += f". <i>Risultati:</i> {escape(entry.results)}"
        block.append(Paragraph(text + f" <font size=7>(registrata il {entry.recorded_on:%d/%m/%Y})</font>", st.BODY))
        story.append(KeepTogether(block))
    if not entries:
        story.append(Paragraph("Nessuna buona pratica registrata.", st.BODY))
    return build_document(path, profile, story, title="Catalogo delle buone pratiche",
                          subject="Buone pratiche delle imprese della rete", keywords=("buone pratiche", "rete"))
