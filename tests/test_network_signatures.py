"""Digitally signed agreements, checked offline with certificates made inside the test: PAdES (pyHanko) and
CAdES .p7m, valid, tampered, changed after signing, signed by the wrong person; refusals record nothing."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from equilibri_desktop.domain.clock import FixedClock, use_clock
from equilibri_desktop.domain.network.codes import AgreementStatus as S
from equilibri_desktop.services.documents import register
from equilibri_desktop.services.network import agreements, documents, signatures
from equilibri_desktop.services.network.signature_check import (
    TRUST_NOTE,
    SignatureCheckError,
    inspect_signed_file,
)
from tests.network_helpers import agreement_input, make_body
from tests.signing_helpers import (
    change_page_after_signing,
    flip_inside,
    sign_cades,
    sign_pades,
    throwaway_certificate,
)

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def art15(db):
    """An art. 15 agreement between two municipalities, in signature, with its registered PDF."""
    with use_clock(FixedClock(NOW)):
        bodies = [make_body(db, 0, "comune"), make_body(db, 1, "comune", "Carpiano")]
        draft = agreements.create_agreement(db, agreement_input(bodies, kind="tra_pa"))
        ref = documents.generate_agreement_document(db, draft.uuid)
        sent = agreements.send_for_signature(db, draft.uuid, draft.version)
    return sent, bodies, register.document_path(db, ref.uuid)


def _state(db, agreement_uuid):
    detail = agreements.get_agreement(db, agreement_uuid)
    return detail.status, [p.signature_status for p in detail.parties], len(detail.attachments)


def test_pades_signed_by_both_signatories_puts_the_agreement_in_force(db, art15, tmp_path, caplog):
    sent, bodies, pdf = art15
    first = throwaway_certificate(bodies[0].rep_name, bodies[0].rep_fiscal_code)  # matched by codice fiscale
    second = throwaway_certificate(bodies[1].rep_name)  # no CF in the certificate: matched by name
    once = sign_pades(pdf, tmp_path / "uno.pdf", *first)
    twice = sign_pades(once, tmp_path / "accordo-firmato.pdf", *second, field="Firma2")
    with caplog.at_level(logging.DEBUG), use_clock(FixedClock(NOW)):
        detail = signatures.attach_digitally_signed(db, sent.uuid, twice)
    assert bodies[0].rep_fiscal_code not in caplog.text  # no personal data in the log
    assert detail.status == S.IN_VIGORE
    assert [p.signature_method for p in detail.parties] == ["digitale", "digitale"]
    report = detail.attachments[-1].check_report
    assert "PAdES: 2 firme" in report and "NON sono state controllate" in report and bodies[1].name in report
    assert detail.parties[0].signed_on is not None
    registered = documents.agreement_documents(db, sent.uuid)[0]  # the signed copy matched back to its PDF
    assert (registered.has_signed_copy
            and register.signed_copy_path(db, registered.uuid).read_bytes() == twice.read_bytes())


def test_one_signature_at_a_time_and_the_same_signer_again(db, art15, tmp_path):
    sent, bodies, pdf = art15
    once = sign_pades(pdf, tmp_path / "uno.pdf", *throwaway_certificate(bodies[0].rep_name, bodies[0].rep_fiscal_code))
    with use_clock(FixedClock(NOW)):
        signatures.attach_digitally_signed(db, sent.uuid, once)
        assert _state(db, sent.uuid) == (S.IN_FIRMA, ["firmato", "da_inviare"], 1)


@pytest.mark.parametrize("damage", ["tampered", "changed_after", "wrong_signer"])
def test_pades_refusals_say_why_and_record_nothing(db, art15, tmp_path, damage):
    sent, bodies, pdf = art15
    if damage == "wrong_signer":
        signed = sign_pades(pdf, tmp_path / "x.pdf", *throwaway_certificate("Mario Estraneo", "STRMRA80A01F205X"))
        expected = "non è tra i firmatari"
    else:
        signed = sign_pades(pdf, tmp_path / "x.pdf", *throwaway_certificate(bodies[0].rep_name))
        if damage == "tampered":
            signed.write_bytes(flip_inside(signed.read_bytes(), b"Alleanza locale"))
            expected = "alterato"
        else:
            signed = change_page_after_signing(signed, tmp_path / "y.pdf")
            expected = "modificato dopo"
    with pytest.raises(SignatureCheckError) as err, use_clock(FixedClock(NOW)):
        signatures.attach_digitally_signed(db, sent.uuid, signed)
    assert expected in str(err.value) and "Nessuna parte" in str(err.value)
    assert _state(db, sent.uuid) == (S.IN_FIRMA, ["da_inviare", "da_inviare"], 0)


def test_cades_p7m_valid_tampered_and_wrong_signer(db, art15, tmp_path):
    sent, bodies, pdf = art15
    content = pdf.read_bytes()
    good = sign_cades(content, tmp_path / "accordo.pdf.p7m",
                      *throwaway_certificate(bodies[1].rep_name, bodies[1].rep_fiscal_code))
    report = inspect_signed_file(good)
    assert report.format == "CAdES" and report.content == content and report.trust_note == TRUST_NOTE
    assert report.signatures[0].fiscal_code == bodies[1].rep_fiscal_code and report.signatures[0].signing_time
    broken = tmp_path / "rotto.pdf.p7m"
    broken.write_bytes(flip_inside(good.read_bytes(), b"Alleanza locale"))
    stranger = sign_cades(content, tmp_path / "altro.p7m", *throwaway_certificate("Mario Estraneo"))
    with use_clock(FixedClock(NOW)):
        with pytest.raises(SignatureCheckError, match="alterato"):
            signatures.attach_digitally_signed(db, sent.uuid, broken)
        with pytest.raises(SignatureCheckError, match="non è tra i firmatari"):
            signatures.attach_digitally_signed(db, sent.uuid, stranger)
        assert _state(db, sent.uuid) == (S.IN_FIRMA, ["da_inviare", "da_inviare"], 0)
        detail = signatures.attach_digitally_signed(db, sent.uuid, good)
    assert [p.signature_status for p in detail.parties] == ["da_inviare", "firmato"]


def test_files_that_are_neither_pdf_nor_p7m_or_carry_no_signature(db, art15, tmp_path):
    sent, _bodies, pdf = art15
    word = tmp_path / "accordo.docx"
    word.write_bytes(b"PK\x03\x04 not a pdf")
    with pytest.raises(SignatureCheckError, match="non è un PDF né un file firmato .p7m"):
        signatures.attach_digitally_signed(db, sent.uuid, word)
    with pytest.raises(SignatureCheckError, match="non contiene firme digitali"):
        signatures.attach_digitally_signed(db, sent.uuid, pdf)
    junk = tmp_path / "busta.p7m"
    junk.write_bytes(b"\x30\x03\x02\x01\x00")
    with pytest.raises(SignatureCheckError, match="non è una busta CAdES"):
        inspect_signed_file(junk)


def test_annexes_and_scans_are_kept_with_their_checksum_and_opened_only_unchanged(db, tmp_path):
    from equilibri_desktop.domain.errors import DomainError, ValidationError
    from equilibri_desktop.domain.file_names import UnsafeFileError
    from equilibri_desktop.services.network import attachments

    bodies = [make_body(db, 0), make_body(db, 1)]
    draft = agreements.create_agreement(db, agreement_input(bodies))
    sheet = tmp_path / "scheda progetto.pdf"
    sheet.write_bytes(b"%PDF-1.4 scheda")
    with pytest.raises(ValidationError) as err:
        attachments.add_attachment(db, draft.uuid, sheet, " ")
    assert "che cosa contiene" in err.value.for_field("attachment_description")
    program = tmp_path / "scheda.pdf.exe"
    program.write_bytes(b"MZ")
    with pytest.raises(UnsafeFileError):
        attachments.add_attachment(db, draft.uuid, program, "Scheda")
    detail = attachments.add_attachment(db, draft.uuid, sheet, "Scheda del progetto")
    [annex] = detail.attachments
    assert annex.kind == "allegato" and annex.description == "Scheda del progetto" and len(annex.sha256) == 64
    stored = attachments.attachment_path(db, annex.uuid)
    assert stored.read_bytes() == b"%PDF-1.4 scheda" and stored.parent != tmp_path
    stored.write_bytes(b"%PDF-1.4 cambiata")
    with pytest.raises(DomainError) as err:
        attachments.attachment_path(db, annex.uuid)
    assert "SHA-256" in str(err.value)
