"""Issue 10 point 7: the grant letters of a batch open as one combined PDF, to print at once."""

from __future__ import annotations

import pdfplumber

from equilibri_desktop.services.grants import document_batch
from equilibri_desktop.services.grants import documents as grant_documents
from tests.grant_document_helpers import ISSUED
from tests.test_grant_documents import scenario  # noqa: F401 - fixture


def test_the_letters_of_a_batch_become_one_pdf_in_ranking_order(db, scenario):  # noqa: F811
    grant_documents.generate_decision(db, scenario.ranking.uuid, issued_on=ISSUED)
    refs = grant_documents.generate_grant_communications(db, scenario.ranking.uuid, lambda *_: None, lambda: False,
                                                         issued_on=ISSUED)
    combined = document_batch.combine_for_printing(db, [r.uuid for r in refs], "comunicazioni")
    parts = [grant_documents_pages(db, r.uuid) for r in refs]
    with pdfplumber.open(combined) as pdf:
        assert len(pdf.pages) == sum(parts) and len(refs) == 3
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert text.index("€ 15.000,00") < text.rindex("€ 10.000,00")  # Rossi and Ferri first, Verdi last
    assert combined.parent.name == "stampe"


def grant_documents_pages(db, doc_uuid) -> int:
    from equilibri_desktop.services.documents import register as document_register

    with pdfplumber.open(document_register.document_path(db, doc_uuid)) as pdf:
        return len(pdf.pages)
