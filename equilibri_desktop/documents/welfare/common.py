"""Pieces the welfare documents share: title block, the engagement's key facts, number formats, headings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.fonts import BOLD
from equilibri_desktop.documents.letterhead import build_document
from equilibri_desktop.documents.welfare.data import EngagementHeader
from equilibri_desktop.domain.money import format_euro
from equilibri_desktop.domain.organisation import OrganisationProfile

HEADING = st.make_style("welfare_heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4,
                        keepWithNext=1, textColor=st.ACCENT)
ESTIMATE_NOTE = ("STIMA — valori indicativi calcolati con le aliquote indicate, non un conteggio di busta paga: "
                 "contributi e imposte effettivi dipendono dalla situazione di ciascun lavoratore.")


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def euro(value: Decimal | None) -> str:
    return format_euro(value) if value is not None else "—"


def pct(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}".replace(".", ",") + "%"


def title_block(kind: str, header: EngagementHeader) -> list[Flowable]:
    return [
        Paragraph(escape(kind.upper()), st.TITLE),
        Paragraph(f"N. {escape(header.number_label)} del {day(header.issued_on)} – {escape(header.firm_name)}",
                  st.make_style("welfare_sub", parent=st.BODY_LEFT, alignment=1)),
    ]


def facts(header: EngagementHeader, extra: Sequence[tuple[str, str]] = ()) -> Flowable:
    rows = [("Incarico", header.engagement_title), ("Impresa o rete", header.firm_name)]
    if len(header.firm_names) > 1:
        rows.append(("Imprese della rete", "; ".join(header.firm_names)))
    if header.ateco:
        rows.append(("Settore ATECO", header.ateco))
    if header.employees_women or header.employees_men:
        rows.append(("Dipendenti", f"{header.employees_women} donne, {header.employees_men} uomini"))
    if header.collective_agreement:
        rows.append(("Contratto collettivo", header.collective_agreement))
    if header.union_representation:
        rows.append(("Rappresentanza sindacale", header.union_representation))
    rows.append(("Consulente", header.consultant or "—"))
    rows.extend(extra)
    return st.data_table(["Voce", "Dato"], rows, widths=(1.2, 3))


def heading(text: str) -> Paragraph:
    return Paragraph(escape(text), HEADING)


def build(path: Path, profile: OrganisationProfile, story: Sequence[Flowable], title: str) -> str:
    return build_document(Path(path), profile, story, title=title, subject=title,
                          keywords=("welfare aziendale", "Governare gli equilibri"))
