"""The sign-in sheet of one session: who is registered, a column to sign, the session's hours."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.events.data import SignInSheetData
from equilibri_desktop.documents.letterhead import build_document
from equilibri_desktop.domain.organisation import OrganisationProfile

_ROW_HEIGHT = 9 * mm  # room for a handwritten signature


def _facts(data: SignInSheetData) -> Table:
    label = st.make_style("si_label", parent=st.CELL, textColor=st.MUTED)
    facts = [
        ("Evento", f"<b>{escape(data.event_title)}</b> ({escape(data.event_kind_label.lower())})"),
        ("Sessione", f"{data.session_position} di {data.session_count}"
                     + (f" – {escape(data.topic)}" if data.topic else "")),
        ("Data e orario", (f"{data.day:%d/%m/%Y}, dalle {data.starts:%H:%M} alle {data.ends:%H:%M} "
                           f"({escape(data.hours_label)})")),
        ("Luogo", escape(data.place) or "—"),
        ("Docente / relatore", escape(data.trainer) or "—"),
    ]
    table = Table([[Paragraph(k, label), Paragraph(v, st.CELL)] for k, v in facts],
                  colWidths=[st.CONTENT_WIDTH * 0.25, st.CONTENT_WIDTH * 0.75], hAlign="LEFT")
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1)])
    return table


def _rows_table(data: SignInSheetData) -> Table:
    head = ["N.", "Cognome e nome", "Ente / organizzazione", "Firma", "Ore"]
    body = [[str(i + 1), Paragraph(escape(r.name), st.CELL), Paragraph(escape(r.organisation), st.CELL), "",
             data.hours_label] for i, r in enumerate(data.rows)]
    start = len(body)
    body += [[str(start + i + 1), "", "", "", ""] for i in range(data.blank_rows)]
    weights = (0.06, 0.30, 0.27, 0.27, 0.10)
    table = Table([[Paragraph(h, st.CELL_HEAD) for h in head], *body], repeatRows=1, hAlign="LEFT",
                  colWidths=[st.CONTENT_WIDTH * w for w in weights], rowHeights=[None] + [_ROW_HEIGHT] * len(body))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.REGULAR), ("FONTSIZE", (0, 1), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, st.RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.8, st.ACCENT),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"), ("ALIGN", (4, 1), (4, -1), "RIGHT"),
        ("BACKGROUND", (3, 1), (3, -1), colors.white),
    ]))
    return table


def sign_in_story(data: SignInSheetData) -> list[Flowable]:
    return [
        Paragraph(f"FOGLIO FIRME – n. {escape(data.number_label)}", st.TITLE),
        _facts(data),
        Spacer(1, 4 * mm),
        _rows_table(data),
        Spacer(1, 4 * mm),
        Paragraph("Firmando, la/il partecipante conferma la propria presenza per l'orario indicato. I dati sono "
                  "trattati secondo l'informativa privacy consegnata all'iscrizione (art. 13 Reg. UE 2016/679).",
                  st.NOTE),
        Spacer(1, 8 * mm),
        Paragraph("Firma del docente / responsabile d'aula: ______________________________", st.BODY_LEFT),
    ]


def build_sign_in_sheet_pdf(data: SignInSheetData, profile: OrganisationProfile, path: Path) -> str:
    """Write the sheet as PDF/A-2b at `path`; return its SHA-256."""
    return build_document(path, profile, sign_in_story(data),
                          title=f"Foglio firme n. {data.number_label} – {data.event_title}",
                          subject=f"Foglio firme, sessione del {data.day:%d/%m/%Y}",
                          keywords=("foglio firme", data.event_title))
