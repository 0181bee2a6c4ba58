"""The agreement PDF: PDF/A-2b, numbered articles from the template, each party's obligations and signature
block, the code and "Pagina X di Y" in every footer, twelve parties as well as two; registered with SHA-256."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime

import pdfplumber
import pikepdf
import pytest

from equilibri_desktop.documents.network.agreement import build_agreement_pdf
from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.network.codes import AgreementKind
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.documents.specimens import EXAMPLE_PROFILE
from equilibri_desktop.services.network import agreements, documents
from equilibri_desktop.services.network.document_data import agreement_document_data
from equilibri_desktop.services.network.specimens import (
    example_agreement,
    render_network_specimens,
)
from tests.network_helpers import agreement_input, make_body

TODAY = date(2026, 3, 2)


def _pages(path):
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _render(tmp_path, kind, parties, digital=False):
    detail = example_agreement(kind, parties, TODAY)
    data = agreement_document_data(detail, "Governare gli equilibri", digital, TODAY)
    path = tmp_path / f"{kind.value}-{parties}.pdf"
    digest = build_agreement_pdf(data, EXAMPLE_PROFILE.normalised(), path)
    return detail, path, digest


@pytest.mark.parametrize("parties", [2, 12])
def test_every_page_carries_the_code_and_its_number(tmp_path, parties):
    detail, path, digest = _render(tmp_path, AgreementKind.PARTENARIATO, parties)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    pages = _pages(path)
    for number, text in enumerate(pages, start=1):
        assert f"Accordo {detail.code}" in text
        assert f"Pagina {number} di {len(pages)}" in text
    whole = "\n".join(pages)
    articles = re.findall(r"Art\. (\d+) – ", whole)
    assert articles == [str(n) for n in range(1, len(articles) + 1)] and len(articles) == 9
    assert whole.count("si impegna a:") == parties
    assert whole.count("Luogo e data") == parties  # one signature block per party
    for party in detail.parties:
        assert party.signatory_name in whole
    assert "{" not in whole  # every template field filled
    assert "27,50/ora" in whole and "Totale" in whole
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert "/OutputIntents" in pdf.Root


def test_twelve_parties_keep_signature_rows_whole(tmp_path):
    _detail, path, _ = _render(tmp_path, AgreementKind.PARTENARIATO, 12)
    blocks = re.compile(r"Per (?:A\.S\.S\.E\.MI|Comune|Cooperativa|Officine|Associazione)")
    pages = _pages(path)
    # A block's "Per <party>" and its "Luogo e data" line are always on the same page.
    assert [len(blocks.findall(t)) for t in pages] == [t.count("Luogo e data") for t in pages]
    assert sum(t.count("Luogo e data") for t in pages) == 12


def test_art_15_is_laid_out_for_digital_signature(tmp_path):
    _detail, path, _ = _render(tmp_path, AgreementKind.TRA_PA, 2)
    whole = "\n".join(_pages(path))
    assert "ACCORDO TRA PUBBLICHE AMMINISTRAZIONI" in whole and "art. 15 L. 241/1990" in whole
    assert whole.count("firmato digitalmente") >= 2 and "Luogo e data" not in whole
    assert "pena di nullità" in whole


def test_generated_agreement_is_registered_with_its_checksum(db, tmp_path):
    with use_clock(FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC))):
        bodies = [make_body(db, i) for i in range(3)]
        detail = agreements.create_agreement(db, agreement_input(bodies))
        ref = documents.generate_agreement_document(db, detail.uuid)
    assert ref.kind_label.startswith("Accordo") and ref.record_uuid == detail.uuid
    path = register.document_path(db, ref.uuid)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == ref.sha256
    assert [d.uuid for d in documents.agreement_documents(db, detail.uuid)] == [ref.uuid]
    text = "\n".join(_pages(path))
    assert bodies[1].name in text and detail.code in text


def test_specimens_include_the_two_agreements(tmp_path):
    paths = render_network_specimens(EXAMPLE_PROFILE.normalised(), tmp_path, TODAY)
    assert [p.name for p in paths] == ["20-accordo-partenariato-5-parti-carta.pdf",
                                       "21-accordo-art15-tra-enti-pubblici.pdf"]
    five = "\n".join(_pages(paths[0]))
    assert five.count("Luogo e data") == 5


def test_the_office_edits_the_template_of_a_kind(db):
    from equilibri_desktop.domain.errors import ValidationError
    from equilibri_desktop.services.network import templates

    premises, articles = templates.get_template(db, AgreementKind.RETE)
    with pytest.raises(ValidationError) as err:
        templates.save_template(db, AgreementKind.RETE, premises + "\n{sindaco}", articles)
    assert "{sindaco}" in err.value.for_field("premises_text")
    with pytest.raises(ValidationError) as err:
        templates.save_template(db, AgreementKind.RETE, premises, articles.replace("{impegni}", ""))
    assert "{impegni}" in err.value.for_field("articles_text")
    own = articles + "\n## Clausola sociale\nLe parti applicano i contratti collettivi di settore."
    templates.save_template(db, AgreementKind.RETE, premises, own)
    with use_clock(FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC))):
        bodies = [make_body(db, i) for i in range(2)]
        detail = agreements.create_agreement(db, agreement_input(bodies, kind="rete"))
    assert detail.articles_text.endswith("contratti collettivi di settore.")
    data = agreement_document_data(detail, "Progetto", False, TODAY)
    assert data.articles[-1].title == "Clausola sociale" and len(data.articles) == 10
