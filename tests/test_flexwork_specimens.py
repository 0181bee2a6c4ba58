"""`equilibri-admin specimens` includes a company regulation on agile work and an individual agreement: PDF/A,
with the legal figures and their sources, both signature blocks, and nothing read from a database."""

from __future__ import annotations

import re
from datetime import date

import pdfplumber

from equilibri_desktop.services.documents.specimens import EXAMPLE_PROFILE
from equilibri_desktop.services.flexwork.specimens import render_flexwork_specimens


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))


def test_regulation_and_agreement_specimens(tmp_path):
    regulation, agreement = render_flexwork_specimens(EXAMPLE_PROFILE.normalised(), tmp_path, date(2026, 12, 7))
    assert regulation.name == "40-lavoro-agile-regolamento.pdf"
    text = _text(regulation)
    assert "REGOLAMENTO AZIENDALE SUL LAVORO AGILE" in text and "N. ESEMPIO del 07/12/2026" in text
    assert "fino a 2 giornate di lavoro agile a settimana" in text
    assert "dalle 19:30 alle 08:00" in text
    assert "11 ore consecutive di riposo giornaliero (art. 7 D.Lgs. 66/2003" in text
    assert "almeno 30 giorni, 90 per il recesso del datore da un lavoratore con disabilità" in text
    assert "art. 18 c. 3-bis" in text and "Il legale rappresentante" in text
    text = _text(agreement)
    assert "ACCORDO INDIVIDUALE DI LAVORO AGILE" in text and "FRRCHR85M52F205Z" in text
    assert "genitore di figli fino a 12 anni" in text and "art. 22 L. 81/2017" in text
    assert "Il datore di lavoro" in text and "Il lavoratore" in text  # both signature blocks
    assert "per 5 anni dalla sottoscrizione (DM 149/2022)" in text
    with pdfplumber.open(agreement) as pdf:
        assert b"pdfaid" in pdf.doc.catalog["Metadata"].resolve().get_data()
