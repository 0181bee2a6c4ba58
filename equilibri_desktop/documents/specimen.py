"""The "Pagina di prova": one letterhead page used by the installation self-test and the settings preview."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from equilibri_desktop.documents import styles as st
from equilibri_desktop.documents.letterhead import build_document
from equilibri_desktop.domain.clock import office_today
from equilibri_desktop.domain.money import format_amount_with_words
from equilibri_desktop.domain.organisation import OrganisationProfile

TITLE = "PAGINA DI PROVA DELLA CARTA INTESTATA"
SAMPLE_GRANT = Decimal("5000.00")
_SAMPLE_ROWS = (
    ("1", "Contributo per l’avvio di un servizio di pre- e post-scuola", Decimal("5000.00")),
    ("2", "Cofinanziamento dell’impresa (in denaro e in natura)", Decimal("1234.56")),
    ("3", "Totale del piano di attività", Decimal("6234.56")),
)


def build_test_page_pdf(profile: OrganisationProfile, path: Path) -> str:
    """Write the test page as PDF/A-2b at `path`; return its SHA-256. Works with an empty profile too."""
    cup = escape(profile.project_cup) if profile.project_cup else "<i>non impostato</i>"
    project = st.placeholder(profile.project_title, "titolo del progetto non impostato")
    story = [
        Paragraph(TITLE, st.TITLE),
        Paragraph(
            f"<b>Oggetto:</b> verifica della carta intestata – progetto “{project}” – CUP\u00a0{cup}.",
            st.SUBJECT,
        ),
        Paragraph(
            "Questa pagina serve a controllare che l’intestazione, il piè di pagina e i caratteri "
            "speciali siano stampati correttamente: lettere accentate (à, è, é, ì, ò, ù, È), il "
            "simbolo dell’euro (€) e l’apostrofo tipografico. Se il testo è leggibile, nulla è "
            "tagliato ai margini e il logo è proporzionato, l’ente può produrre determinazioni, "
            "accordi e lettere con questa carta intestata; altrimenti correggi i dati nelle "
            "impostazioni (denominazione, sede e città, codici fiscali, CUP).",
            st.BODY,
        ),
        st.data_table(
            ["N.", "Voce di esempio", "Importo"],
            [list(row) for row in _SAMPLE_ROWS],
            widths=(0.6, 6, 1.9),
            money_columns={2},
        ),
        Paragraph(
            f"Importo di prova in cifre e in lettere: <b>{escape(format_amount_with_words(SAMPLE_GRANT))}</b>.",
            st.make_style("amount", parent=st.BODY, spaceBefore=8),
        ),
        st.signature_block(
            profile.signatory_role,
            profile.signatory_name,
            place_and_date=f"Data: {office_today():%d/%m/%Y}",
        ),
    ]
    return build_document(
        path,
        profile,
        story,
        title="Pagina di prova della carta intestata",
        subject="Verifica di intestazione, piè di pagina e caratteri dei documenti PDF/A",
        keywords=("pagina di prova", "carta intestata"),
    )
